// Runs a zod schema over parsed content and turns its issues into editor-facing ContentIssues.
import type { z } from 'zod';
import { issue, pathToField, showValue, type ContentIssue } from './errors';
import { locate } from './source-lines';

export interface SourceInfo {
  /** Project-relative file path for messages. */
  file: string;
  /** The YAML/JSON text the data came from, to find lines; omit when unknown. */
  text?: string;
  /** Lines before `text` starts in the file (front matter starts after `---`). */
  lineOffset?: number;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = data;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p as string];
  }
  return cur;
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
  int: 'a whole number',
};

/** Plain-words message for one zod issue: what was found and what is allowed. */
export function describeZodIssue(zi: z.core.$ZodIssue, found: unknown): string {
  switch (zi.code) {
    case 'invalid_type': {
      const expected = typeWords[zi.expected] ?? zi.expected;
      if (found === undefined) return `is required (expected ${expected})`;
      return `${showValue(found)} is not valid: expected ${expected}`;
    }
    case 'invalid_value':
      return `${showValue(found)} is not one of ${zi.values.map(String).join('|')}`;
    case 'unrecognized_keys':
      return `unknown field${zi.keys.length > 1 ? 's' : ''} ${zi.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_format':
      return `${showValue(found)} is not a valid ${zi.format}${zi.message && !zi.message.startsWith('Invalid') ? `: ${zi.message}` : ''}`;
    case 'too_small':
      if (zi.origin === 'string' && Number(zi.minimum) === 1) return found === '' ? 'must not be empty' : `is required`;
      if (zi.origin === 'array') return `needs at least ${zi.minimum} item${Number(zi.minimum) === 1 ? '' : 's'}`;
      return `${showValue(found)} is too small (minimum ${zi.minimum})`;
    case 'too_big':
      return `${showValue(found)} is too big (maximum ${zi.maximum})`;
    case 'invalid_union':
      return `${showValue(found)} is not valid: ${zi.message}`;
    default:
      // Custom refinements write complete messages themselves; they may use {found} for the value.
      return zi.message.includes('{found}') ? zi.message.replace('{found}', showValue(found)) : zi.message;
  }
}

/** Validate `data`; returns the parsed value or the issues (never throws). */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  src: SourceInfo,
): { ok: true; value: z.output<S> } | { ok: false; issues: ContentIssue[] } {
  const res = schema.safeParse(data);
  if (res.success) return { ok: true, value: res.data };
  const issues = res.error.issues.map((zi) => {
    const found = valueAt(data, zi.path);
    // An unknown key is best shown where the key itself is written.
    const at = zi.code === 'unrecognized_keys' && zi.keys.length > 0 ? [...zi.path, zi.keys[0]] : zi.path;
    const pos = src.text !== undefined ? locate(src.text, at, src.lineOffset ?? 0) : undefined;
    return issue(src.file, pathToField(zi.path), describeZodIssue(zi, found), {
      line: pos?.line,
      column: pos?.column,
    });
  });
  return { ok: false, issues };
}

/** Field position helper for cross-reference rules that run after schema validation. */
export function lineOf(src: SourceInfo, path: ReadonlyArray<PropertyKey>): { line?: number; column?: number } {
  if (src.text === undefined) return {};
  const pos = locate(src.text, path, src.lineOffset ?? 0);
  return pos ? { line: pos.line, column: pos.column } : {};
}
