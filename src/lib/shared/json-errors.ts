// JSON syntax errors in plain words: where the mistake is (the end of the line missing its comma, not the next line
// where the parser noticed) and what to do. V8's own messages ("Expected ',' or '}' after property value") named the
// next token's line and no fix, and read as a fragment after the file name (a new adopter's trial, 2 December 2026).
// jsonc-parser (already a dependency, for VS Code's JSON) reports each error with a code and an offset; the data itself
// is still read with JSON.parse, so what is valid does not change.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { issue, type ContentIssue } from './errors';

/** 1-based line and column of `offset` in `text` (columns count characters, as editors do). */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: [...lines[lines.length - 1]].length + 1 };
}

/** Offset of the last character before `offset` that is not white space, or -1. */
function previousToken(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i;
}

/** A short quote of `text` at `offset` for a message: the word or character there. */
function found(text: string, offset: number, length: number): string {
  const s = text.slice(offset, offset + Math.max(length, 1)).split('\n')[0];
  return s.length > 20 ? `${s.slice(0, 20)}…` : s;
}

/**
 * What is wrong at the first syntax error of `text` (LF line endings) and where, or undefined when jsonc-parser finds
 * none. Each message says what to do; the position is where the editor has to change something.
 */
export function describeJsonError(text: string): { message: string; line: number; column: number } | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const e = errors[0];
  if (!e) return undefined;
  const at = (offset: number, message: string) => ({ message, ...position(text, offset) });
  const prev = previousToken(text, e.offset);
  const here = text[e.offset];
  // By name: ParseErrorCode is a const enum, which this project's TypeScript settings cannot read from a package.
  const code = printParseErrorCode(e.error);
  switch (code) {
    case 'CommaExpected':
      if (here === '}' || here === ']')
        return at(e.offset, `"${here}" closes a ${here === '}' ? 'list' : 'object'} opened with "${here === '}' ? '[' : '{'}": close it with "${here === '}' ? ']' : '}'}", or add the missing one`);
      return at(prev + 1, `a comma is missing after the value that ends here: add "," at the end of this line, before the next ${text[e.offset] === '"' ? 'name' : 'value'}`);
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if (text[prev] === ',' && (here === '}' || here === ']'))
        return at(prev, `a comma after the last ${here === '}' ? 'field' : 'item'}, which JSON does not allow: remove this ","`);
      if (here === "'") return at(e.offset, `single quotes ('): JSON needs double quotes (") around names and text`);
      return at(e.offset, `expected a ${code === 'PropertyNameExpected' ? 'field name in double quotes' : 'value'} here, found "${found(text, e.offset, e.length)}"`);
    case 'InvalidSymbol': {
      const word = found(text, e.offset, e.length);
      if (word.startsWith("'")) return at(e.offset, `single quotes ('): JSON needs double quotes (") around names and text`);
      // Text after a complete value: a second object, or stray characters after the last "}".
      if (text.slice(0, e.offset).trim() && isJson(text.slice(0, e.offset))) return at(e.offset, `text after the end of the JSON ("${word}"): remove it, a file holds one JSON value`);
      if (/^[A-Za-z]/.test(word)) return at(e.offset, `"${word}" is not a JSON value: write true, false or null in lower case, or put text in double quotes`);
      return at(e.offset, `"${word}" cannot appear here: JSON has names and text in double quotes, numbers, true, false, null, lists [ ] and objects { }`);
    }
    case 'InvalidCommentToken':
      return at(e.offset, 'a comment, which JSON does not allow: remove it (write notes in a field such as "summary")');
    case 'UnexpectedEndOfString':
      return at(e.offset, 'text in quotes that is not closed on its line: end it with ", and write a line break inside text as \\n');
    case 'InvalidEscapeCharacter':
      return at(e.offset, `"${found(text, e.offset, e.length)}" is not a JSON escape: write a backslash as \\\\, a line break as \\n`);
    case 'InvalidCharacter':
      return at(e.offset, 'a tab or other control character inside text: write a tab as \\t and a line break as \\n');
    case 'ColonExpected':
      return at(e.offset, `expected ":" between the field's name and its value, found "${found(text, e.offset, e.length)}"`);
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
      return at(e.offset, `the file ends before every "${code === 'CloseBraceExpected' ? '{' : '['}" is closed: add the missing "${code === 'CloseBraceExpected' ? '}' : ']'}"`);
    case 'EndOfFileExpected':
      return at(e.offset, 'text after the end of the JSON: remove it, a file holds one JSON value');
    default:
      return at(e.offset, `${code} at "${found(text, e.offset, e.length)}"`);
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses JSON `text` (LF line endings) strictly, as JSON.parse does, or returns one issue for `file` naming the
 * first mistake in plain words with its line and column (`is not valid JSON: a comma is missing …`).
 */
export function parseJsonStrict(file: string, text: string): { ok: true; data: unknown } | { ok: false; issue: ContentIssue } {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (err) {
    if (!text.trim()) return { ok: false, issue: issue(file, '', 'is empty: it should hold one JSON object', { line: 1 }) };
    const d = describeJsonError(text);
    if (d) return { ok: false, issue: issue(file, '', `is not valid JSON: ${d.message}`, { line: d.line, column: d.column }) };
    // jsonc-parser accepted what JSON.parse refused: V8's words, with its position when it gives one.
    const raw = err instanceof Error ? err.message : String(err);
    const pos = /\(line (\d+) column (\d+)\)/.exec(raw);
    const reason = raw.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '');
    return { ok: false, issue: issue(file, '', `is not valid JSON: ${reason}`, pos ? { line: +pos[1], column: +pos[2] } : {}) };
  }
}
