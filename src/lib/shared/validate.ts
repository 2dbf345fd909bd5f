// Runs a zod schema over parsed content and turns its issues into editor-facing ContentIssues.
import type { z } from 'zod';
import { issue, pathToField, showValue, type ContentIssue } from './errors';
import { locate } from './source-lines';
import { closest } from './closest';
import { controlCharMessage, controlCharPaths } from './control-chars';

export interface SourceInfo {
  /** Project-relative file path for messages. */
  file: string;
  /** The YAML/JSON text the data came from, to find lines; omit when unknown. */
  text?: string;
  /** Lines before `text` starts in the file (front matter starts after `---`). */
  lineOffset?: number;
  /**
   * A complete message for an unknown field that means something elsewhere (e.g. another tool's name for one of
   * ours, src/lib/handbook/foreign-fields.ts); `undefined` keeps the plain "unknown field" message.
   */
  unknownFieldHint?: (key: string) => string | undefined;
}

/**
 * When a YAML field's value is empty because it starts with `#` (YAML reads `owner: #platform` as a key and a
 * comment), the message saying so and how to quote it; otherwise undefined. `line` is the 1-based line in `text`.
 */
export function commentedValueMessage(text: string, line: number, key: string): string | undefined {
  const src = text.split('\n')[line - 1] ?? '';
  const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^\\s*(?:-\\s+)?["']?${esc}["']?\\s*:\\s+(#.*?)\\s*$`).exec(src);
  if (!m) return undefined;
  const value = m[1].replace(/"/g, '\\"');
  return `starts with "#", which YAML reads as a comment, so the value is empty: put it in quotes, e.g. \`${key}: "${value}"\``;
}

/**
 * For a YAML value of the wrong type, what the editor wrote and how to write what they meant, or undefined:
 * `title: 1.10` is a number to YAML (said as "1.1 is not valid: expected text"), `title:` with nothing after it is
 * empty (said as "null is not valid"), and `tags: secrets` is text where a list is taken (a new adopter's trial,
 * 2 December 2026). `line` is the 1-based line of `key` in `text`.
 */
export function yamlTypeSlipMessage(text: string, line: number, key: string, expected: string, found: unknown): string | undefined {
  const src = text.split('\n')[line - 1] ?? '';
  const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`^\\s*(?:-\\s+)?["']?${esc}["']?\\s*:(?:\\s+(.*?))?\\s*$`).exec(src);
  if (!m) return undefined;
  const written = (m[1] ?? '').replace(/\s+#.*$/, '');
  if (expected === 'string' && (typeof found === 'number' || typeof found === 'boolean') && written)
    return `${written} is read by YAML as ${typeof found === 'number' ? 'a number' : 'yes or no'}, not text: put it in quotes, \`${key}: "${written.replace(/"/g, '\\"')}"\``;
  if (found === null && written === '') return `is empty: write its value after "${key}:"`;
  if (expected === 'array' && typeof found === 'string' && written && !/^[[{|>]/.test(written))
    return `"${found}" is not a list: write it as one, \`${key}: [${written}]\``;
  return undefined;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = data;
  for (const [i, p] of path.entries()) {
    // A single value written where a list is taken is read as its only item (redirect_from: /old/): item 0 is it.
    if (p === 0 && i === path.length - 1 && cur !== null && cur !== undefined && typeof cur !== 'object') return cur;
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

/** How the file writes a field, for "add …" hints: YAML (`title: …`) or JSON (`"title": …`). */
export type FieldSyntax = 'yaml' | 'json';

/**
 * The message for a required value that is missing: `is required: add \`owner: …\` (text)`, naming the field as
 * the editor must type it. `key` is the field's own name (last path part); numeric keys (list items) get no hint.
 */
export function missingValueMessage(key: PropertyKey | undefined, expected: string | undefined, syntax: FieldSyntax = 'yaml'): string {
  const what = expected ? ` (${expected})` : '';
  if (typeof key !== 'string') return `is required${what}`;
  const written = syntax === 'json' ? `"${key}": …` : `${key}: …`;
  return `is required: add \`${written}\`${what}`;
}

/** The types a union accepts, in words, from zod's per-branch issues: "text or a date". */
function unionExpected(zi: z.core.$ZodIssue): string | undefined {
  const branches = (zi as { errors?: z.core.$ZodIssue[][] }).errors ?? [];
  const words = [
    ...new Set(
      branches.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => typeWords[(i as { expected: string }).expected] ?? (i as { expected: string }).expected)),
    ),
  ];
  // The date schemas accept text or the Date a YAML loader makes; for an editor both are "a date".
  if (words.length === 2 && words.includes('text') && words.includes('a date')) return 'a date, YYYY-MM-DD';
  return words.length ? words.join(' or ') : undefined;
}

/**
 * Plain-words message for one zod issue: what was found and what is allowed. `key` and `syntax` let a missing
 * value say exactly what to add (see missingValueMessage).
 */
export function describeZodIssue(zi: z.core.$ZodIssue, found: unknown, key?: PropertyKey, syntax: FieldSyntax = 'yaml'): string {
  switch (zi.code) {
    case 'invalid_type': {
      const expected = typeWords[zi.expected] ?? zi.expected;
      if (found === undefined) return missingValueMessage(key, expected, syntax);
      return `${showValue(found)} is not valid: expected ${expected}`;
    }
    case 'invalid_value': {
      // A missing field of a fixed set of values said "nothing is not one of adr|pilot-report|…" (a new adopter's
      // trial, 2 December 2026): it is told what to add, as any other missing field is.
      if (found === undefined) return missingValueMessage(key, `one of ${zi.values.map(String).join('|')}`, syntax);
      const near = typeof found === 'string' ? closest(found, zi.values.map(String)) : undefined;
      return `${showValue(found)} is not one of ${zi.values.map(String).join('|')}${near === undefined ? '' : `: did you mean "${near}"?`}`;
    }
    case 'unrecognized_keys':
      return `unknown field${zi.keys.length > 1 ? 's' : ''} ${zi.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_format': {
      // A pattern's own message is written for editors and may be complete ({found} marks the value); zod's format
      // name ("regex") means nothing to them. Until 1 December 2026 such messages were printed after "is not a valid
      // regex:" with {found} left in.
      const own = zi.message && !zi.message.startsWith('Invalid') ? zi.message : undefined;
      if (own?.includes('{found}')) return own.replace('{found}', showValue(found));
      if (own) return `${showValue(found)} is not valid: ${own}`;
      return zi.format === 'regex' ? `${showValue(found)} is not in the expected form` : `${showValue(found)} is not a valid ${zi.format}`;
    }
    case 'too_small':
      if (zi.origin === 'string' && Number(zi.minimum) === 1) return found === '' ? 'must not be empty' : `is required`;
      if (zi.origin === 'array') return `needs at least ${zi.minimum} item${Number(zi.minimum) === 1 ? '' : 's'}`;
      return `${showValue(found)} is too small (minimum ${zi.minimum})`;
    case 'too_big':
      return `${showValue(found)} is too big (maximum ${zi.maximum})`;
    case 'invalid_union':
      if (found === undefined) return missingValueMessage(key, unionExpected(zi), syntax);
      return `${showValue(found)} is not valid${unionExpected(zi) ? `: expected ${unionExpected(zi)}` : ''}`;
    default:
      // Custom refinements write complete messages themselves; they may use {found} for the value.
      return zi.message.includes('{found}') ? zi.message.replace('{found}', showValue(found)) : zi.message;
  }
}

/**
 * Validate `data`; returns the parsed value or the issues (never throws). Besides the schema's own rules, every
 * string must be free of the characters no page, feed or calendar can carry (src/lib/shared/control-chars.ts):
 * every content area's data passes here, so the rule is kept once.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  src: SourceInfo,
): { ok: true; value: z.output<S> } | { ok: false; issues: ContentIssue[] } {
  const res = schema.safeParse(data);
  const at = (path: ReadonlyArray<PropertyKey>) => (src.text !== undefined ? locate(src.text, path, src.lineOffset ?? 0) : undefined);
  const controls = controlCharPaths(data).map(({ path, char }) => {
    const pos = at(path);
    return issue(src.file, pathToField(path), controlCharMessage(char), { line: pos?.line, column: pos?.column });
  });
  if (res.success) return controls.length ? { ok: false, issues: controls } : { ok: true, value: res.data };
  const syntax: FieldSyntax = src.file.endsWith('.json') ? 'json' : 'yaml';
  const issues = res.error.issues.flatMap((zi): ContentIssue[] => {
    const found = valueAt(data, zi.path);
    if (zi.code === 'unrecognized_keys' && zi.keys.length > 0) {
      // Keys another tool uses get their own message; the rest are listed together, as before.
      const hinted = zi.keys.map((k) => [k, src.unknownFieldHint?.(k)] as const);
      const out = hinted
        .filter(([, h]) => h)
        .map(([k, h]) => {
          const pos = at([...zi.path, k]);
          return issue(src.file, pathToField([...zi.path, k]), h!, { line: pos?.line, column: pos?.column });
        });
      const plain = hinted.filter(([, h]) => !h).map(([k]) => k);
      // A key one slip away from a field the schema has at that place (`ownr` for `owner`) is named: the plain
      // "unknown field" left editors to find it, and the field it was meant to be was then reported missing too (a
      // new adopter's trial, 2 December 2026).
      // Only fields not already written are candidates.
      const allowed = shapeKeysAt(schema, zi.path);
      const written = (f: string) => found !== null && typeof found === 'object' && f in found;
      const unused = allowed?.filter((f) => !written(f));
      // Each unknown key is its own issue, at the line where the key is written and with the key as its field: one
      // issue for several keys was annotated on the first key's line only, with no field (a new adopter's trial,
      // 2 December 2026: "content check" as the annotation's title).
      for (const k of plain) {
        const pos = at([...zi.path, k]);
        const near = unused ? closest(k, unused) : undefined;
        // One slip from a field already written (`titel` beside `title`): a second copy, not a field to rename.
        const twin = near === undefined && allowed ? closest(k, allowed.filter(written)) : undefined;
        const message =
          near !== undefined
            ? `unknown field "${k}": did you mean "${near}"?`
            : twin !== undefined
              ? `unknown field "${k}": "${twin}" is already set, so remove it`
              : `unknown field "${k}": remove it${allowed?.length ? `, or use one of the fields allowed here: ${allowed.join(', ')}` : ''}`;
        out.push(issue(src.file, pathToField([...zi.path, k]), message, { line: pos?.line, column: pos?.column }));
      }
      return out;
    }
    const pos = at(zi.path);
    const key = zi.path[zi.path.length - 1];
    // `owner: #team` is a key and a comment to YAML: say so, rather than "null is not valid".
    const commented =
      syntax === 'yaml' && (found === null || found === undefined) && pos && typeof key === 'string' && src.text !== undefined
        ? commentedValueMessage(src.text, pos.line - (src.lineOffset ?? 0), key)
        : undefined;
    const slip =
      commented === undefined && syntax === 'yaml' && zi.code === 'invalid_type' && pos && typeof key === 'string' && src.text !== undefined
        ? yamlTypeSlipMessage(src.text, pos.line - (src.lineOffset ?? 0), key, zi.expected, found)
        : undefined;
    // A top-level field that is missing has no line of its own: the issue goes on the block's first line (the front
    // matter's opening `---`, a JSON file's `{`), so a pull request shows it on the file rather than nowhere (a new
    // adopter's trial, 2 December 2026: "owner is required" had no line, so no annotation).
    const line = pos?.line ?? (found === undefined && zi.path.length === 1 && src.text !== undefined ? Math.max(1, src.lineOffset ?? 0) : undefined);
    return [issue(src.file, pathToField(zi.path), commented ?? slip ?? describeZodIssue(zi, found, key, syntax), { line, column: pos?.column })];
  });
  return { ok: false, issues: [...controls, ...issues] };
}

/** What zod 4 keeps of a schema's definition, as far as {@link shapeKeysAt} reads it. */
interface SchemaDef {
  type: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  in?: unknown;
  element?: unknown;
  options?: unknown[];
  left?: unknown;
  right?: unknown;
}

const defOf = (s: unknown): SchemaDef | undefined => (s as { _zod?: { def?: SchemaDef } })?._zod?.def;

/**
 * The field names `schema` allows in the object at `path` (through optional, default, nullable, pipe and array
 * wrappers, and every object of a union), or undefined when no object schema is found there.
 */
export function shapeKeysAt(schema: unknown, path: ReadonlyArray<PropertyKey>): string[] | undefined {
  const objects = (s: unknown, depth = 0): Record<string, unknown>[] => {
    const d = defOf(s);
    if (!d || depth > 20) return [];
    if (d.type === 'object' && d.shape) return [d.shape];
    if (d.type === 'union') return (d.options ?? []).flatMap((o) => objects(o, depth + 1));
    if (d.type === 'intersection') return [...objects(d.left, depth + 1), ...objects(d.right, depth + 1)];
    const inner = d.innerType ?? d.in;
    return inner ? objects(inner, depth + 1) : [];
  };
  const unwrapArray = (s: unknown, depth = 0): unknown => {
    const d = defOf(s);
    if (!d || depth > 20) return undefined;
    if (d.type === 'array') return d.element;
    const inner = d.innerType ?? d.in;
    return inner ? unwrapArray(inner, depth + 1) : undefined;
  };
  let current: unknown[] = [schema];
  for (const p of path) {
    current =
      typeof p === 'number'
        ? current.map((s) => unwrapArray(s)).filter((s) => s !== undefined)
        : current.flatMap((s) => objects(s)).flatMap((shape) => (p as string) in shape ? [shape[p as string]] : []);
    if (!current.length) return undefined;
  }
  const keys = current.flatMap((s) => objects(s)).flatMap((shape) => Object.keys(shape));
  return keys.length ? [...new Set(keys)] : undefined;
}

/** Field position helper for cross-reference rules that run after schema validation. */
export function lineOf(src: SourceInfo, path: ReadonlyArray<PropertyKey>): { line?: number; column?: number } {
  if (src.text === undefined) return {};
  const pos = locate(src.text, path, src.lineOffset ?? 0);
  return pos ? { line: pos.line, column: pos.column } : {};
}
