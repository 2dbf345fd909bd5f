// Finds the line of a field in YAML or JSON source, so editors are pointed at the exact place.
import { parseDocument, isMap, isSeq, isPair, isScalar, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

function offsetToPosition(text: string, offset: number): Position {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/**
 * Position of `path` inside YAML/JSON `text` (JSON is valid YAML for this purpose).
 * Falls back to the deepest ancestor that exists; a missing key points at its parent.
 * `lineOffset` shifts lines when `text` is a front-matter block inside a larger file.
 */
export function locate(
  text: string,
  path: ReadonlyArray<PropertyKey>,
  lineOffset = 0,
): Position | undefined {
  let doc;
  try {
    doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  } catch {
    return undefined;
  }
  let node: Node | null | undefined = doc.contents as Node | null;
  let keyOffset: number | undefined;
  let matched = 0;
  for (const p of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(p));
      if (!pair) break;
      const k = pair.key as Node;
      keyOffset = k.range?.[0];
      matched++;
      node = pair.value as Node | null;
      if (!node) break;
    } else if (isSeq(node) && typeof p === 'number') {
      const item = node.items[p] as Node | undefined;
      if (!item) break;
      node = item;
      keyOffset = undefined;
      matched++;
    } else break;
  }
  // A field missing at the top level has no useful line: the whole file would be blamed.
  if (path.length > 0 && matched === 0) return undefined;
  const offset = keyOffset ?? node?.range?.[0];
  if (offset === undefined) return undefined;
  const pos = offsetToPosition(text, offset);
  return { line: pos.line + lineOffset, column: pos.column };
}

/** Number of lines before the front-matter body starts (the opening `---` line). */
export const FRONTMATTER_LINE_OFFSET = 1;
