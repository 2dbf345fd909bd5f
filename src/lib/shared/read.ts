// The one reader for content files: UTF-8 only, byte-order mark stripped, Windows and old Mac line endings made \n.
import fs from 'node:fs';
import path from 'node:path';
import { issue, type ContentIssue } from './errors';
import { skippedFolder } from './walk';
import { bodyControlChar, controlCharMessage } from './control-chars';

export interface ContentText {
  /** The text with a leading BOM removed and every CRLF / CR as LF; bytes that are not UTF-8 become U+FFFD. */
  text: string;
  /**
   * Set when the bytes are not UTF-8 text (names the first bad byte's line and column, and what to do), when a
   * Markdown file's front matter has old Mac line endings (`frontMatterLineEndings`), or when its body has a
   * character no page can carry (src/lib/shared/control-chars.ts).
   */
  issue?: ContentIssue;
}

/** Index of the first byte that breaks UTF-8 (RFC 3629 §4: no overlongs, no surrogates, ≤ U+10FFFF), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    let n = 0;
    let min = 0;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Normalises text already in memory the same way (BOM, CRLF/CR → LF). */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * `text` (LF line endings, no BOM: as the reader gives it) laid out as `previous`, the file's bytes as last saved: with
 * its BOM, and with CRLF line endings when it used them. The editing commands edit normalised text, so a file saved on
 * Windows came back with every line changed and its BOM gone, though they promise to change only the lines they edit
 * (an operations trial, 3 December 2026). A new file (`previous` undefined) is written as given.
 */
export function keepLayout(previous: string | undefined, text: string): string {
  if (previous === undefined) return text;
  const bom = previous.startsWith('\uFEFF') ? '\uFEFF' : '';
  const crlf = (previous.match(/\r\n/g)?.length ?? 0) > 0 && (previous.match(/\r\n/g)?.length ?? 0) >= (previous.match(/(?<!\r)\n/g)?.length ?? 0);
  const body = text.replace(/^\uFEFF/, '');
  return bom + (crlf ? body.replace(/\r?\n/g, '\r\n') : body);
}

/** Writes a content file an editing command changed, keeping its BOM and line endings (see keepLayout). */
export function writeContentFile(absPath: string, text: string): void {
  let previous: string | undefined;
  try {
    previous = fs.readFileSync(absPath, 'utf8');
  } catch {
    previous = undefined;
  }
  fs.writeFileSync(absPath, keepLayout(previous, text));
}

const MARKDOWN_FILE = /\.mdx?$/i;

/**
 * An error for a Markdown file (`text`: as decoded, line endings kept) whose front matter has a line ending in a
 * carriage return alone (CR, as classic Mac OS saved text), else undefined. This reader makes such lines LF, so the
 * check read the page; Astro's content loader finds front matter only with LF or CRLF before its closing `---`
 * (@astrojs/internal-helpers, frontmatter.js), so the build then stopped with "title: Required" and no line (a new
 * adopter's trial, 1 December 2026). Only front matter matters: in the body, both read a lone CR as a line break.
 */
export function frontMatterLineEndings(file: string, text: string): ContentIssue | undefined {
  const src = text.replace(/^\uFEFF/, '');
  if (!/^---(?:\r\n|\r|\n)/.test(src)) return undefined;
  let line = 1;
  let start = 0;
  for (const m of src.matchAll(/\r\n|\r|\n/g)) {
    // The closing `---` ends the front matter; what ends that line does not matter to Astro.
    if (line > 1 && src.slice(start, m.index) === '---') return undefined;
    if (m[0] === '\r') {
      return issue(file, '', 'has front matter whose lines end in a carriage return alone (CR, the line ending of classic Mac OS), which the build cannot read: save the file with LF or CRLF line endings', { line });
    }
    start = m.index + m[0].length;
    line++;
  }
  return undefined;
}

/**
 * Decodes a content file's bytes. `file` is the project-relative path used in the issue. A UTF-16 file (its BOM
 * says so) or any byte sequence that is not UTF-8 gives an error such as
 * `content/x.yaml:3:7  is not UTF-8 text: byte 0xE9 cannot start or continue a character here (the file may be saved as Windows-1252 or Latin-1): save it as UTF-8`.
 */
export function decodeContent(bytes: Uint8Array, file: string): ContentText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: '', issue: issue(file, '', 'is UTF-16 text, not UTF-8: save it as UTF-8', { line: 1 }) };
  }
  const bad = firstInvalidUtf8(bytes);
  const decoded = decoder.decode(bytes);
  const text = normaliseText(decoded);
  if (bad < 0) {
    if (!MARKDOWN_FILE.test(file)) return { text };
    const endings = frontMatterLineEndings(file, decoded);
    if (endings) return { text, issue: endings };
    // A body's invisible control character ends up in its page (a parse error to HTML) and the search index.
    const control = bodyControlChar(text);
    return control ? { text, issue: issue(file, '', controlCharMessage(control.char), { line: control.line, column: control.column }) } : { text };
  }
  const before = normaliseText(decoder.decode(bytes.subarray(0, bad)));
  const lines = before.split('\n');
  const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
  return {
    text,
    issue: issue(
      file,
      '',
      `is not UTF-8 text: byte 0x${hex} cannot start or continue a character here (the file may be saved as Windows-1252 or Latin-1): save it as UTF-8`,
      { line: lines.length, column: [...lines[lines.length - 1]].length + 1 },
    ),
  };
}

/** Reads and decodes one content file (see `decodeContent`); throws only when the file cannot be read at all. */
export function readContentFile(absPath: string, file: string): ContentText {
  return decodeContent(fs.readFileSync(absPath), file);
}

/** The text of a content file for loaders; encoding problems are reported once, by `encodingIssues` in the check. */
export function readContent(absPath: string, file = absPath): string {
  return readContentFile(absPath, file).text;
}

/** Content file types the engine reads (Markdown, MDX, YAML, JSON, CSV). */
const CONTENT_FILE = /\.(md|mdx|ya?ml|json|csv)$/i;

/**
 * One error per content file under `dir` (project-relative, e.g. `content`) that is not UTF-8 text, named by its
 * path from `root`. The loaders read through `readContent`, which never fails, so this is where the check says so.
 */
export function encodingIssues(root: string, dir: string): ContentIssue[] {
  const out: ContentIssue[] = [];
  // Each real folder once: a symbolic link back up the tree cannot loop.
  const seen = new Set<string>();
  const walk = (rel: string) => {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return;
    const real = fs.realpathSync(abs);
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of fs.readdirSync(abs).sort()) {
      if (name.startsWith('.')) continue;
      const childRel = rel === '.' ? name : `${rel}/${name}`;
      const st = fs.statSync(path.join(abs, name), { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) {
        if (!skippedFolder(root, path.join(abs, name))) walk(childRel);
      } else if (CONTENT_FILE.test(name)) {
        const res = readContentFile(path.join(abs, name), childRel);
        if (res.issue) out.push(res.issue);
      }
    }
  };
  walk(dir);
  return out;
}
