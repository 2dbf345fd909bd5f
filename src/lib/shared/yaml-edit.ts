// Small, verified edits to YAML text (radar.yaml, blip front matter): change only the lines an edit is about.
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';

/** A path into a YAML document: map keys and sequence indexes, e.g. `['editions', 3, 'state']`. */
export type YamlPath = ReadonlyArray<string | number>;

/** One change to a YAML document. Values are plain data (strings, numbers, lists, maps). */
export type YamlEdit =
  | { op: 'set'; path: YamlPath; value: unknown }
  | { op: 'append'; path: YamlPath; value: unknown }
  | { op: 'replace-item'; path: YamlPath; index: number; value: unknown };

const SIMPLE = /^[A-Za-z0-9][A-Za-z0-9_.\-/]*$/;
const RESERVED = /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*)?\.?\d+(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|\.inf|\.nan)$/i;

/**
 * A scalar as YAML text on one line: simple words, ids and dates stay plain (`trial`, `2026-10-15`, `ADR-014`);
 * anything else is double-quoted (JSON's quoting is valid YAML), as the importer writes. Why: a value never
 * folds over several lines, so an edit touches exactly its own line.
 */
export function yamlScalar(v: unknown): string {
  if (typeof v === 'string') {
    if (SIMPLE.test(v) && !RESERVED.test(v) && !/^\d{4}-\d{2}$/.test(v)) return v;
    return JSON.stringify(v);
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return 'null';
  throw new Error(`yamlScalar: not a scalar: ${JSON.stringify(v)}`);
}

/** Block-style lines for a value under `indent` (a map's keys, or a list's items), in the value's own key order. */
function blockLines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    return value.flatMap((item) => {
      const inner = blockLines(item, indent + '  ');
      if (isPlainObject(item) || Array.isArray(item)) {
        if (inner.length === 0) return [`${indent}- ${Array.isArray(item) ? '[]' : '{}'}`];
        return [`${indent}- ${inner[0].slice(indent.length + 2)}`, ...inner.slice(1)];
      }
      return [`${indent}- ${yamlScalar(item)}`];
    });
  }
  if (isPlainObject(value)) {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .flatMap(([k, v]) => {
        if (Array.isArray(v)) return v.length === 0 ? [`${indent}${k}: []`] : [`${indent}${k}:`, ...blockLines(v, indent + '  ')];
        if (isPlainObject(v)) return Object.keys(v).length === 0 ? [`${indent}${k}: {}`] : [`${indent}${k}:`, ...blockLines(v, indent + '  ')];
        return [`${indent}${k}: ${yamlScalar(v)}`];
      });
  }
  return [`${indent}${yamlScalar(value)}`];
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
};

/** The text of one edit, done by splicing lines; undefined when the document's shape needs the library instead. */
function splice(text: string, doc: Document, edit: YamlEdit): string | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (edit.op === 'set') {
    const parentPath = edit.path.slice(0, -1);
    const key = edit.path[edit.path.length - 1];
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    if (!isMap(parent) || (parent as YAMLMap).flow) return undefined;
    const existing = (parent as YAMLMap).get(key, true) as Node | undefined;
    if (existing && isScalar(existing) && existing.range && !isPlainObject(edit.value) && !Array.isArray(edit.value)) {
      // Replace the value's own characters; a comment after it stays.
      return text.slice(0, existing.range[0]) + yamlScalar(edit.value) + text.slice(existing.range[1]);
    }
    if (existing) return undefined;
    // A new key goes after the map's last key, indented like its first one.
    const pairs = (parent as YAMLMap).items;
    if (pairs.length === 0) return undefined;
    const firstKey = pairs[0].key as Node;
    const lastValue = (pairs[pairs.length - 1].value ?? pairs[pairs.length - 1].key) as Node;
    if (!firstKey.range || !lastValue?.range) return undefined;
    const indent = text.slice(lineStart(text, firstKey.range[0]), firstKey.range[0]);
    const insertAt = lineEnd(text, Math.max(lastValue.range[1] - 1, 0));
    const indentText = /^[ \t]*$/.test(indent) ? indent : ' '.repeat(indent.length);
    const lines = blockLines({ [String(key)]: edit.value }, indentText);
    const prefix = insertAt === text.length && !text.endsWith('\n') ? eol : '';
    return text.slice(0, insertAt) + prefix + lines.join(eol) + eol + text.slice(insertAt);
  }
  const seq = doc.getIn(edit.path, true);
  if (!isSeq(seq) || (seq as YAMLSeq).flow || seq.items.length === 0 || !seq.range) return undefined;
  const first = seq.items[0] as Node;
  if (!first.range) return undefined;
  const dashLine = lineStart(text, first.range[0]);
  const dash = text.indexOf('-', dashLine);
  const indent = text.slice(dashLine, dash);
  if (!/^[ \t]*$/.test(indent)) return undefined;
  const lines = blockLines([edit.value], indent);
  if (edit.op === 'append') {
    const last = seq.items[seq.items.length - 1] as Node;
    if (!last.range) return undefined;
    const at = lineEnd(text, Math.max(last.range[1] - 1, 0));
    const prefix = at === text.length && !text.endsWith('\n') ? eol : '';
    return text.slice(0, at) + prefix + lines.join(eol) + eol + text.slice(at);
  }
  const item = seq.items[edit.index] as Node | undefined;
  if (!item?.range) return undefined;
  const start = lineStart(text, item.range[0]);
  const next = seq.items[edit.index + 1] as Node | undefined;
  const end = next?.range ? lineStart(text, next.range[0]) : lineEnd(text, Math.max(item.range[1] - 1, 0));
  return text.slice(0, start) + lines.join(eol) + eol + text.slice(end);
}

/** The same edit through the YAML library (keeps comments and key order, may re-wrap long text). */
function viaLibrary(doc: Document, edit: YamlEdit): void {
  if (edit.op === 'set') doc.setIn(edit.path, doc.createNode(edit.value));
  else if (edit.op === 'append') {
    const seq = doc.getIn(edit.path, true);
    if (isSeq(seq)) {
      // An empty `[]` (a new radar's `editions: []`) becomes a block list: items in flow style were written as
      // `[ { id: 2026-11, … } ]`, which no editor would write or easily edit (a new adopter's trial, 3 December 2026).
      if (seq.items.length === 0) seq.flow = false;
      seq.add(doc.createNode(edit.value));
    } else doc.setIn(edit.path, doc.createNode([edit.value]));
  } else {
    const seq = doc.getIn(edit.path, true);
    if (!isSeq(seq)) throw new Error(`No list at ${edit.path.join('.')}`);
    seq.set(edit.index, doc.createNode(edit.value));
  }
}

/**
 * Applies edits to YAML text so that only the lines they are about change: each edit is spliced into the text
 * as lines indented like their neighbours, and the result is parsed back and compared with the same edit made
 * through the `yaml` Document API. If they differ (an unusual layout, such as a flow `[...]` list), the
 * Document API's output is used instead, which keeps comments and key order but may re-wrap folded text.
 * Throws when the text is not valid YAML.
 */
export function editYaml(text: string, edits: readonly YamlEdit[]): string {
  let current = text;
  for (const edit of edits) {
    const doc = parseDocument(current);
    if (doc.errors.length) throw new Error(`Not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    const expectedDoc = parseDocument(current);
    viaLibrary(expectedDoc, edit);
    const expected = expectedDoc.toJS();
    const spliced = splice(current, doc, edit);
    if (spliced !== undefined) {
      const check = parseDocument(spliced);
      if (check.errors.length === 0 && isDeepStrictEqual(check.toJS(), expected)) {
        current = spliced;
        continue;
      }
    }
    current = expectedDoc.toString();
  }
  return current;
}

/** Splits a Markdown file into its front matter and the rest, keeping every byte of both. */
export function splitFrontMatter(text: string): { open: string; fm: string; rest: string } | undefined {
  const m = /^(---\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$)[\s\S]*)$/.exec(text);
  return m ? { open: m[1], fm: m[2], rest: m[3] } : undefined;
}

/** editYaml on the front matter of a Markdown file; the body is left byte for byte. Throws without front matter. */
export function editFrontMatter(text: string, edits: readonly YamlEdit[]): string {
  const parts = splitFrontMatter(text);
  if (!parts) throw new Error('The file has no front matter');
  return parts.open + editYaml(parts.fm, edits) + parts.rest;
}
