// Parses YAML or JSON text into data, or one editor-facing issue with the line where the parser stopped.
import { parse as parseYaml } from 'yaml';
import { issue, type ContentIssue } from './errors';
import { yamlSyntaxIssue } from './yaml-errors';
import { parseJsonStrict } from './json-errors';

export type Parsed = { ok: true; data: unknown } | { ok: false; issues: ContentIssue[] };

export function parseYamlText(text: string, file: string): Parsed {
  try {
    return { ok: true, data: parseYaml(text) };
  } catch (e) {
    const err = e as { message?: string; linePos?: { line: number; col: number }[] };
    const pos = err.linePos?.[0];
    const plain = yamlSyntaxIssue(file, text);
    return { ok: false, issues: [plain ?? issue(file, '', `is not valid YAML: ${(err.message ?? '').split('\n')[0]}`, { line: pos?.line, column: pos?.col })] };
  }
}

/** JSON `text` as data, or the one issue naming its first mistake in plain words ({@link parseJsonStrict}). */
export function parseJsonText(text: string, file: string): Parsed {
  const res = parseJsonStrict(file, text);
  return res.ok ? res : { ok: false, issues: [res.issue] };
}
