// Characters no output of the site can carry: the C0 controls other than tab, line feed and carriage return, DEL, the
// C1 controls and the two noncharacters U+FFFE and U+FFFF. XML 1.0 §2.2 (Char) excludes the C0 ones and the
// noncharacters from every feed and sitemap, not even as a character reference; RFC 5545 §3.3.11 excludes CONTROL
// (C0 and DEL) from calendar TEXT; the HTML standard makes each of them a parse error
// ("control-character-in-input-stream"); a lone surrogate is not a character at all (see CONTROL_CHAR). A title with a bell (U+0007), written with a JSON or YAML escape, passed
// the check and made /feed.xml unreadable to every XML parser (a new adopter's trial, 2 December 2026).
import { markdownBody } from './frontmatter';

/**
 * One character the site cannot carry (see the file's comment), or half of one: a UTF-16 surrogate without its other
 * half, which a JSON or YAML escape (`\ud800`) can write and no UTF-8 output can carry. Feeds, calendars and pages
 * silently had U+FFFD in its place and the releases API kept the escape, whose meaning RFC 8259 §8.2 leaves undefined
 * (a machine-outputs trial, 3 December 2026). Matched by code unit: the expression has no `u` flag.
 */
export const CONTROL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const NAMES: Record<number, string> = {
  0x00: 'null',
  0x07: 'bell',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x1b: 'escape',
  0x7f: 'delete',
};

/** `U+0007 (bell)`: the character's code point, and its name where it has a well-known one. */
export function controlCharName(c: string): string {
  const cp = c.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    NAMES[cp] ??
    (cp >= 0x80 && cp <= 0x9f
      ? 'a C1 control, often left by text copied from a Windows-1252 document'
      : cp >= 0xd800 && cp <= 0xdfff
        ? 'half of a UTF-16 surrogate pair, alone'
        : cp >= 0xfffe
          ? 'a noncharacter'
          : 'a control character');
  return `${hex} (${name})`;
}

/**
 * The message for `c` found in a value or a body: names the character, says why it cannot stay and what to do,
 * including the escapes that write one (a JSON `\u0007` or a YAML `"\a"` shows nothing odd in the file as written).
 */
export function controlCharMessage(c: string): string {
  return `contains the invisible character ${controlCharName(c)}, which web pages, feeds and calendars cannot carry (XML 1.0 §2.2, RFC 5545 §3.3.11): delete it, or the escape that writes it (such as \\u${c.codePointAt(0)!.toString(16).padStart(4, '0')} in JSON or \\a, \\e, \\f, \\v in a double-quoted YAML string)`;
}

/** The first such character in each string of `data` (objects and arrays walked), with the path to that string. */
export function controlCharPaths(data: unknown): { path: PropertyKey[]; char: string }[] {
  const out: { path: PropertyKey[]; char: string }[] = [];
  const walk = (v: unknown, path: PropertyKey[]) => {
    if (typeof v === 'string') {
      const m = CONTROL_CHAR.exec(v);
      if (m) out.push({ path, char: m[0] });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object' && !(v instanceof Date)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(data, []);
  return out;
}

/**
 * The first such character in a Markdown file's body (the text after its front matter, split as every reader splits
 * it, ./frontmatter.ts; the values are {@link controlCharPaths}'), with its 1-based line and column in `text` (LF line
 * endings); undefined when there is none.
 */
export function bodyControlChar(text: string): { char: string; line: number; column: number } | undefined {
  const lines = text.split('\n');
  const body = markdownBody(text);
  // The body is the end of the text, so its first line is the text's line count less its own.
  const first = body === undefined ? 0 : lines.length - body.split('\n').length;
  for (let i = first; i < lines.length; i++) {
    const m = CONTROL_CHAR.exec(lines[i]);
    if (m) return { char: m[0], line: i + 1, column: [...lines[i].slice(0, m.index)].length + 1 };
  }
  return undefined;
}
