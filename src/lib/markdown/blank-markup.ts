// A block's source with what did parse blanked out, so rules that look for markup left as text read only the text.

/**
 * The block `body.slice(start, end)` (a paragraph, heading or table cell) as written, with spaces in place of what
 * must not be read as text left as typed: `parsed` (source ranges of links, references, code spans and inline HTML
 * that parsed, as [start, end) offsets into `body`), code inside inline HTML (`<code>a[0][1]</code>`, also `kbd`,
 * `samp`, `var`, `pre`) and backslash escapes (`\\[`, `\\{`). Lengths and line breaks are kept, so an offset into the
 * result is an offset into the source. Counted in UTF-16 units, as `parsed` and regular-expression matches are: split
 * by code points, every blanked range after an emoji fell that many places late (a new adopter's trial, 2 December
 * 2026). Used by textLeftAsWritten (./analyse.ts) and the foreign-syntax rules (./foreign-syntax.ts).
 */
export function blankParsedMarkup(body: string, start: number, end: number, parsed: readonly [number, number][] = []): string {
  const source = body.slice(start, end);
  const chars = source.split('');
  const blank = (a: number, b: number) => {
    for (let i = Math.max(0, a); i < Math.min(source.length, b); i++) if (source[i] !== '\n') chars[i] = ' ';
  };
  for (const [a, b] of parsed) blank(a - start, b - start);
  for (const m of source.matchAll(/<(code|kbd|samp|var|pre)\b[^>]*>[\s\S]*?<\/\1\s*>/gi)) blank(m.index, m.index + m[0].length);
  for (const m of source.matchAll(/\\[\s\S]/g)) blank(m.index, m.index + 2);
  return chars.join('');
}
