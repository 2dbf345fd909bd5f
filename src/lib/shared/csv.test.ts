import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { rfc4180Csv } from './csv';

describe('rfc4180Csv', () => {
  it('ends records in CRLF and quotes every field with a line break, bare LF included', () => {
    const csv = rfc4180Csv([
      ['name', 'description'],
      ['Excel macros', '<p>Line one\nline two</p>'],
      ['Mac', 'a\rb'],
      ['Plain', 'x, "y"'],
    ]);
    expect(csv).toBe('name,description\r\nExcel macros,"<p>Line one\nline two</p>"\r\nMac,"a\rb"\r\nPlain,"x, ""y"""\r\n');
    // Outside quotes, every line ends in CRLF: a reader splitting records on line ends sees four.
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').split('\r\n').filter(Boolean)).toHaveLength(4);
    expect(parse(csv, { record_delimiter: '\r\n' })).toEqual([
      ['name', 'description'],
      ['Excel macros', '<p>Line one\nline two</p>'],
      ['Mac', 'a\rb'],
      ['Plain', 'x, "y"'],
    ]);
  });
});
