// CSV as RFC 4180 writes it, for every CSV the engine publishes (the radar's BYOR file, `npm run kpis -- --format csv`).
import { stringify, type Options } from 'csv-stringify/sync';

/**
 * `records` as RFC 4180 CSV: CRLF between records (§2.1; csv-stringify's default is LF), and every field holding a
 * line break quoted (§2.6). csv-stringify quotes a field with the record delimiter, a comma or a quote, but not one
 * with a bare LF once the delimiter is CRLF: a blip description written over two lines came out unquoted, and
 * spreadsheets, Python's csv module and our own importer read it as two records (a new adopter's trial, 3 December
 * 2026). `options` are csv-stringify's (columns, header, cast …); `record_delimiter` and `quoted_match` are set here.
 */
export function rfc4180Csv(records: unknown[], options: Omit<Options, 'record_delimiter' | 'quoted_match'> = {}): string {
  return stringify(records, { ...options, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
