// Thoughtworks Build-Your-Own-Radar CSV and JSON: columns name, ring, quadrant, isNew, status, description.
import { parseJsonText } from '../../shared/parse';
import { byCodePoint } from '../../shared/sort';
import { parse } from 'csv-parse/sync';
import { rfc4180Csv } from '../../shared/csv';
import { issue, type ContentIssue } from '../../shared/errors';
import { locate } from '../../shared/source-lines';
import type { EditionEntry, Movement, RadarModel } from '../model';
import { requirePublished } from '../drafts';
import { markdownToHtml, htmlToMarkdown } from './html';
import { absoluteLinks } from '../../markdown/absolute-links';
import { extraFields, importedDescription, rowField, type ClaimedMovement, type ExportOptions, type ImportRow, type ParsedImport } from './common';

export const BYOR_COLUMNS = ['name', 'ring', 'quadrant', 'isNew', 'status', 'description'] as const;
const KNOWN = new Set<string>(BYOR_COLUMNS.map((c) => c.toLowerCase()));

/** BYOR's `status` values (it compares them case-insensitively). */
export const BYOR_STATUS: Record<Exclude<Movement, 'retired'>, string> = {
  new: 'New',
  'moved-in': 'Moved In',
  'moved-out': 'Moved Out',
  unchanged: 'No Change',
};

export interface ByorRow {
  name: string;
  ring: string;
  quadrant: string;
  /** BYOR reads this as text and compares `toLowerCase() === 'true'`. */
  isNew: 'TRUE' | 'FALSE';
  status: string;
  description: string;
}

/** A BYOR row plus the blip's `details:` as extra columns (BYOR ignores columns it does not know). */
export type ByorExportRow = ByorRow & Record<string, string>;

/**
 * Each blip's description as HTML, once per blip object: the site's CSV and JSON exports both render every blip's
 * Markdown (about 0.1 s a time for 150 blips, 2 December 2026).
 */
const descriptions = new WeakMap<EditionEntry['blip'], Map<string, string>>();
function descriptionOf(blip: EditionEntry['blip'], baseUrl: string | undefined): string {
  let byBase = descriptions.get(blip);
  if (!byBase) descriptions.set(blip, (byBase = new Map()));
  let html = byBase.get(baseUrl ?? '');
  // Read by the BYOR tool on its own host: links written from the site's root are made absolute (see absoluteLinks).
  if (html === undefined) byBase.set(baseUrl ?? '', (html = markdownToHtml(baseUrl ? absoluteLinks(blip.body, baseUrl) : blip.body)));
  return html;
}

function toRow(model: RadarModel, e: EditionEntry, baseUrl: string | undefined): ByorExportRow {
  const details = Object.fromEntries(Object.entries(e.blip.details).filter(([k]) => !KNOWN.has(k.toLowerCase())));
  return {
    ...details,
    name: e.blip.title,
    ring: model.ring(e.ring).name,
    quadrant: e.quadrant.name,
    isNew: e.movement === 'new' ? 'TRUE' : 'FALSE',
    status: BYOR_STATUS[e.movement],
    description: descriptionOf(e.blip, baseUrl),
  };
}

/**
 * Rows for one edition, in number order (quadrant, ring, title). Ring and quadrant are written as their names
 * ("Adopt", "Languages & Frameworks"), which is what the hosted BYOR matches against its four fixed names.
 */
export function toByorRows(model: RadarModel, options: ExportOptions = {}): ByorExportRow[] {
  requirePublished(model, 'The BYOR export');
  return model.view(options.edition).entries.map((e) => toRow(model, e, options.baseUrl));
}

/** BYOR's columns, then every `details:` key any exported blip has, in code-point order (empty where a blip has none). */
export function toByorCsv(model: RadarModel, options: ExportOptions = {}): string {
  const rows = toByorRows(model, options);
  const extra = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !KNOWN.has(k.toLowerCase())).sort(byCodePoint);
  return rfc4180Csv(rows, { header: true, columns: [...BYOR_COLUMNS, ...extra], quoted_string: false });
}

export function toByorJson(model: RadarModel, options: ExportOptions = {}): string {
  return JSON.stringify(toByorRows(model, options), null, 2) + '\n';
}

/** BYOR requires these headers, plus isNew or status. */
const REQUIRED = ['name', 'ring', 'quadrant', 'description'];

function checkColumns(file: string, columns: string[], issues: ContentIssue[]): boolean {
  const lower = columns.map((c) => c.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !lower.includes(c));
  if (!lower.includes('isnew') && !lower.includes('status')) missing.push('isNew or status');
  if (missing.length) {
    issues.push(
      issue(file, '', `is missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: BYOR needs name, ring, quadrant, isNew or status, description`, {
        line: 1,
      }),
    );
    return false;
  }
  return true;
}


/** BYOR `status` values (compared case-insensitively, as BYOR does) → movement. */
const STATUS_MOVEMENT: Record<string, ClaimedMovement> = {
  new: 'new',
  'moved in': 'moved-in',
  'moved out': 'moved-out',
  'no change': 'unchanged',
};

/** What `status` (preferred) or `isNew` says; an unknown `status` value is reported and not used. */
function claimedMovement(
  file: string,
  at: ImportRow['at'],
  get: (k: string) => string,
  issues: ContentIssue[],
): ImportRow['claimed'] {
  const status = get('status');
  if (status) {
    const movement = STATUS_MOVEMENT[status.toLowerCase().replace(/\s+/g, ' ')];
    if (movement) return { movement, column: 'status', value: status };
    issues.push(
      issue(file, rowField(at, 'status'), `${JSON.stringify(status)} is not a BYOR status: expected New, Moved In, Moved Out or No Change; ignored`, {
        line: at.line,
        severity: 'warning',
      }),
    );
  }
  const isNew = get('isNew');
  if (isNew) return { movement: isNew.toLowerCase() === 'true' ? 'new' : 'unchanged', column: 'isNew', value: isNew };
  return undefined;
}

function rowFrom(file: string, rec: Record<string, unknown>, at: ImportRow['at'], issues: ContentIssue[]): ImportRow | undefined {
  const get = (k: string): string => {
    const key = Object.keys(rec).find((x) => x.trim().toLowerCase() === k.toLowerCase());
    const v = key === undefined ? undefined : rec[key];
    return v === undefined || v === null ? '' : String(v).trim();
  };
  const name = htmlToMarkdown(get('name'), { plain: true });
  if (!name) {
    issues.push(issue(file, rowField(at, 'name'), 'is empty: every row needs a name', { line: at.line }));
    return undefined;
  }
  const description = importedDescription(get('description'), at, issues);
  // Columns BYOR does not define are kept as text, so nothing in the file is silently lost.
  const extra = extraFields(rec, KNOWN);
  return {
    at,
    name,
    ring: get('ring'),
    quadrant: get('quadrant'),
    description: description || undefined,
    claimed: claimedMovement(file, at, get, issues),
    ...(extra ? { extra } : {}),
  };
}

/** Reads a BYOR CSV. Row numbers count data rows from 1; lines are physical lines (quoted fields may span several). */
export function parseByorCsv(text: string, file: string): ParsedImport {
  const issues: ContentIssue[] = [];
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true, info: true, relax_column_count: true });
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    issues.push(issue(file, '', `is not valid CSV: ${e.message ?? String(err)}`, { line: e.lines }));
    return { rows: [], issues };
  }
  const header = parse(text, { bom: true, to_line: 1 }) as string[][];
  if (!checkColumns(file, header[0] ?? [], issues)) return { rows: [], issues };
  const rows: ImportRow[] = [];
  records.forEach((r, i) => {
    // info.lines is the line on which the record ended; count back over line breaks inside quoted fields.
    const breaks = Object.values(r.record).reduce((n, v) => n + (String(v).match(/\n/g)?.length ?? 0), 0);
    const row = rowFrom(file, r.record, { file, field: `row ${i + 1}`, line: r.info.lines - breaks }, issues);
    if (row) rows.push(row);
  });
  return { rows, issues };
}

/** Reads BYOR JSON: an array of objects with the same fields as the CSV. */
export function parseByorJson(text: string, file: string): ParsedImport {
  const issues: ContentIssue[] = [];
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return { rows: [], issues: parsed.issues };
  const data: unknown = parsed.data;
  if (!Array.isArray(data)) {
    issues.push(issue(file, '', 'is not a BYOR JSON file: expected a list of {name, ring, quadrant, isNew, status, description}', { line: 1 }));
    return { rows: [], issues };
  }
  const first = data.find((d) => d && typeof d === 'object') as Record<string, unknown> | undefined;
  if (first && !checkColumns(file, Object.keys(first), issues)) return { rows: [], issues };
  const rows: ImportRow[] = [];
  data.forEach((rec, i) => {
    const at = { file, field: `[${i}]`, path: [i], line: locate(text, [i])?.line };
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      issues.push(issue(file, `[${i}]`, 'is not an object: expected {name, ring, quadrant, isNew, status, description}', { line: at.line }));
      return;
    }
    const row = rowFrom(file, rec as Record<string, unknown>, at, issues);
    if (row) rows.push(row);
  });
  return { rows, issues };
}
