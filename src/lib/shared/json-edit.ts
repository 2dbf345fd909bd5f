// Small edits to JSON text (release files) that change only the values they set, with jsonc-parser's modify().
import { applyEdits, modify, type JSONPath } from 'jsonc-parser';

/** One change: set a value (undefined removes the property), or insert an item into a list at `path`'s last index. */
export interface JsonEdit {
  path: JSONPath;
  value: unknown;
  /** Insert `value` as a new list item at the index that ends `path` (the items after it move down). */
  insert?: boolean;
}

/** The indentation a JSON file uses (its first indented line), so edits match it; 2 spaces when it has none. */
export function detectIndent(text: string): { insertSpaces: boolean; tabSize: number } {
  const m = /\n([ \t]+)\S/.exec(text);
  if (!m) return { insertSpaces: true, tabSize: 2 };
  return m[1].startsWith('\t') ? { insertSpaces: false, tabSize: 1 } : { insertSpaces: true, tabSize: m[1].length };
}

/**
 * Applies edits in order. Every other byte of the file stays as it was; new values are laid out in the file's own
 * indentation. A new property goes where `keyOrder(parentPath)` puts it (after the last existing key that comes
 * before it in that order, e.g. the schema's), or last when the parent has no order.
 */
export function editJson(text: string, edits: readonly JsonEdit[], keyOrder: (parent: JSONPath) => readonly string[] | undefined = () => undefined): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const formattingOptions = { ...detectIndent(text), eol };
  let current = text;
  for (const e of edits) {
    const parent = e.path.slice(0, -1);
    const key = e.path[e.path.length - 1];
    const order = typeof key === 'string' ? keyOrder(parent) : undefined;
    const getInsertionIndex = (existing: string[]): number => {
      if (!order || !order.includes(key as string)) return existing.length;
      const rank = order.indexOf(key as string);
      let at = 0;
      existing.forEach((k, i) => {
        const r = order.indexOf(k);
        if (r !== -1 && r < rank) at = i + 1;
      });
      return at;
    };
    current = applyEdits(current, modify(current, e.path, e.value, { formattingOptions, getInsertionIndex, isArrayInsertion: e.insert === true }));
  }
  return current;
}
