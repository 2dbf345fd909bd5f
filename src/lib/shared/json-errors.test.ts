// JSON syntax errors are told where the editor has to change something, in plain words. The first two cases are a new
// adopter's trial (2 December 2026): V8 named the line after the mistake ("Expected ',' or '}' after property value").
import { describe, expect, it } from 'vitest';
import { describeJsonError, parseJsonStrict } from './json-errors';
import { formatIssue } from './errors';

const release = (body: string) => `{\n  "component": "web",\n  "version": "2.3.0",\n${body}\n}\n`;

describe('JSON syntax errors', () => {
  it('a missing comma is placed at the end of the line that lacks it', () => {
    const text = release('  "stage": "ga"\n  "status": "planned"');
    expect(describeJsonError(text)).toEqual({ line: 4, column: 16, message: 'a comma is missing after the value that ends here: add "," at the end of this line, before the next name' });
    const res = parseJsonStrict('content/releases/web/2.3.0.json', text);
    expect(res.ok ? '' : formatIssue(res.issue)).toBe(
      'content/releases/web/2.3.0.json:4:16  is not valid JSON: a comma is missing after the value that ends here: add "," at the end of this line, before the next name',
    );
  });

  it('a comma after the last field or item is named at the comma', () => {
    expect(describeJsonError(release('  "stage": "ga",'))).toEqual({ line: 4, column: 16, message: 'a comma after the last field, which JSON does not allow: remove this ","' });
    expect(describeJsonError('{ "tags": ["a", "b",] }')?.message).toBe('a comma after the last item, which JSON does not allow: remove this ","');
  });

  it('says what else is wrong and what to do', () => {
    const m = (t: string) => describeJsonError(t)?.message;
    expect(m("{ 'title': 'x' }")).toBe(`single quotes ('): JSON needs double quotes (") around names and text`);
    expect(m('{ "a": True }')).toBe('"True" is not a JSON value: write true, false or null in lower case, or put text in double quotes');
    expect(m('{ "a": 1 // note\n}')).toBe('a comment, which JSON does not allow: remove it (write notes in a field such as "summary")');
    expect(m('{ "a": "two\nlines" }')).toBe('text in quotes that is not closed on its line: end it with ", and write a line break inside text as \\n');
    expect(m('{ "a": [1, 2 }')).toBe('"}" closes a list opened with "[": close it with "]", or add the missing one');
    expect(m('{ "a": 1')).toBe('the file ends before every "{" is closed: add the missing "}"');
    expect(m('{ "a": 1 } x')).toBe('text after the end of the JSON ("x"): remove it, a file holds one JSON value');
    expect(m('{ "a" 1 }')).toBe('expected ":" between the field\'s name and its value, found "1"');
    expect(m('{ "a": 1 }')).toBeUndefined();
  });

  it('reads valid JSON exactly as JSON.parse does', () => {
    expect(parseJsonStrict('f.json', '{ "a": [1, "b", null] }')).toEqual({ ok: true, data: { a: [1, 'b', null] } });
    const empty = parseJsonStrict('f.json', '  \n');
    expect(empty.ok ? '' : formatIssue(empty.issue)).toBe('f.json:1  is empty: it should hold one JSON object');
  });
});
