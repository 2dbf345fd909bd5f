// Reads and validates traceability.yaml; the file is optional, so a handbook without it simply has no map.
import fs from 'node:fs';
import { readContent } from '../shared/read';
import path from 'node:path';
import type { ContentIssue } from '../shared/errors';
import { parseYamlText } from '../shared/parse';
import { validate } from '../shared/validate';
import { contentPaths } from '../shared/content-dir';
import { traceabilitySchema, type Traceability } from './schema';


export interface LoadedTraceability {
  /** Project-relative path, for messages. */
  file: string;
  /** The YAML text, so cross-reference errors can give a line. */
  text: string;
  /** Undefined when the file does not parse or validate (the issues say why). */
  map?: Traceability;
  issues: ContentIssue[];
}

/**
 * Parses and validates `text` as the traceability map of `file` (project-relative path, for messages). Never
 * throws: a YAML or schema problem comes back as issues naming the file, field and line.
 */
export function parseTraceability(file: string, text: string): LoadedTraceability {
  const parsed = parseYamlText(text, file);
  if (!parsed.ok) return { file, text, issues: parsed.issues };
  const v = validate(traceabilitySchema, parsed.data, { file, text });
  return v.ok ? { file, text, map: v.value, issues: [] } : { file, text, issues: v.issues };
}

/**
 * The map of the content directory under `root` (the project root; `traceability.yaml` in the directory the
 * content-directory setting names, or `file`), or undefined when the handbook has no such file — the optional case:
 * no page, no link, no check.
 */
export function loadTraceability(root: string, file: string = contentPaths(root).traceability): LoadedTraceability | undefined {
  const abs = path.join(root, file);
  if (!fs.existsSync(abs)) return undefined;
  return parseTraceability(file, readContent(abs, file));
}
