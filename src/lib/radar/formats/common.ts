// Shared pieces of radar import/export: the row shape every importer produces, and ring/quadrant name mapping.
import { issue, showValue, type ContentIssue } from '../../shared/errors';
import type { RadarConfig, RingId } from '../schema';
import { RING_IDS } from '../schema';
import { htmlToMarkdownReport } from './html';
import { parseJsonText } from '../../shared/parse';

export const FORMATS = ['byor-csv', 'byor-json', 'aoe', 'zalando', 'backstage'] as const;
export type FormatId = (typeof FORMATS)[number];

/** A file an export produces, relative to the output location. */
export interface ExportFile {
  path: string;
  content: string;
}

export interface ExportOptions {
  /** Edition to export; the current one when omitted. */
  edition?: string;
  /** Absolute site URL (e.g. https://handbook.example/) for links back to blip pages; omitted when not given. */
  baseUrl?: string;
}

/** Where a row came from, for messages: a CSV row, a JSON path, a Markdown file. */
export interface RowLocation {
  /** The file the row is in (the import file, or one file of an AOE folder). */
  file: string;
  /** Prefix for field names: `row 3` (CSV), `[2]` / `entries[2]` (JSON), '' (one file per item). */
  field: string;
  /** JSON path of the row, to find its line in JSON sources. */
  path?: Array<string | number>;
  line?: number;
}

/** One technology read from a foreign radar, before ring and quadrant are mapped. */
export interface ImportRow {
  at: RowLocation;
  name: string;
  /** An id from the source, when the format has one (AOE, Backstage). */
  id?: string;
  ring: string;
  /** Other spellings for the ring to try (e.g. the ring's display name in the file). */
  ringAliases?: string[];
  quadrant: string;
  quadrantAliases?: string[];
  /** The description, as Markdown. */
  description?: string;
  /** Why it is in this ring, when the source says (Backstage timeline, AOE revision). */
  reason?: string;
  links?: Array<{ title: string; url: string }>;
  /** The source says the item is off the radar (AOE `featured: false`): imported as "retired". */
  retired?: boolean;
  /**
   * Columns or keys the format does not define (e.g. BYOR `pros`, `usedBy`), as written → text value; empty
   * values are left out. New blips keep them under `details:`; the import report lists the rest.
   */
  extra?: Record<string, string>;
  /** What the source says about this edition's movement (BYOR `isNew`/`status`), to compare with the history. */
  claimed?: { movement: ClaimedMovement; column: string; value: string };
}

/** Movements a source can state for a row. */
export type ClaimedMovement = 'new' | 'moved-in' | 'moved-out' | 'unchanged';

export interface ParsedImport {
  rows: ImportRow[];
  /** Problems with the file itself or with rows that could not be read at all. */
  issues: ContentIssue[];
}

/**
 * The keys of a foreign record that a format does not define, as written → text (strings trimmed, numbers and
 * booleans as written, lists and objects as JSON), empty values left out; `undefined` when there are none. `known`
 * is compared case-insensitively. So no importer drops a column silently (issue 13): new blips keep these under
 * `details:`, and the import report lists the ones it could not apply.
 */
export function extraFields(rec: Record<string, unknown>, known: Iterable<string>): Record<string, string> | undefined {
  const skip = new Set([...known].map((k) => k.toLowerCase()));
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(rec)) {
    if (skip.has(key.trim().toLowerCase()) || value === undefined || value === null) continue;
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value).trim();
    if (text && text !== '[]' && text !== '{}') extra[key.trim()] = text;
  }
  return Object.keys(extra).length ? extra : undefined;
}

/** Field name for a row: `row 3, ring`, `entries[2].ring`, or just `ring`. */
export function rowField(at: RowLocation, field: string): string {
  if (!at.field) return field;
  return at.field.startsWith('row ') ? `${at.field}, ${field}` : `${at.field}.${field}`;
}

/**
 * Symbols that are part of a technology's name, spelled out so that names differing only in them stay different:
 * "C", "C#" and "C++" are three languages. "&" reads as "and", so "Languages & Frameworks" = "Languages and Frameworks".
 */
const SPELLED_OUT: ReadonlyArray<[RegExp, string]> = [
  [/&/g, ' and '],
  [/\+/g, ' plus '],
  [/#/g, ' sharp '],
  [/@/g, ' at '],
];

/**
 * Lower-case words joined by hyphens, with the symbols of SPELLED_OUT spelled out and accents removed:
 * "Languages & Frameworks" → "languages-and-frameworks", "C#" → "c-sharp". Other punctuation separates words.
 */
export function normaliseName(s: string): string {
  let out = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const [re, words] of SPELLED_OUT) out = out.replace(re, words);
  return out.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * The blip id for a technology name — the one id rule for the importers and `radar add`. Symbols that carry
 * identity are spelled out, so different names get different ids: "C#" → "c-sharp", "F#" → "f-sharp",
 * "C++" → "c-plus-plus", ".NET" → "dot-net" (a dot that starts a word), "Node.js" → "node-js" and "1.x" → "1-x"
 * (a dot inside a word separates), "Argo CD" → "argo-cd". Returns "" when the name has no letters or digits.
 * Names can still meet (e.g. "Node.js" and "Node JS"); callers must treat a shared id with a different title
 * as a conflict, not as the same blip.
 */
export function toBlipId(name: string): string {
  return normaliseName(name.replace(/(^|[^\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '$1 dot ').replace(/\./g, ' '));
}

/** Two names are written the same when they differ only in case, accents' encoding and spacing ("Argo CD" = "argo  cd"). */
export function sameName(a: string, b: string): boolean {
  const key = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  return key(a) === key(b);
}

export interface ValueMappings {
  /** Lower-cased source value → ring id. */
  ring: Map<string, RingId>;
  /** Lower-cased source value → quadrant id. */
  quadrant: Map<string, string>;
}

/**
 * Parses `--map-ring "Experiment=trial"` / `--map-quadrant "Infrastructure=platforms"` options.
 * The target must be a ring/quadrant id or name; problems are returned as messages, never ignored.
 */
export function parseMappings(
  config: RadarConfig,
  ringOptions: readonly string[],
  quadrantOptions: readonly string[],
): { mappings: ValueMappings; errors: string[] } {
  const errors: string[] = [];
  const ring = new Map<string, RingId>();
  const quadrant = new Map<string, string>();
  const split = (opt: string, flag: string): [string, string] | undefined => {
    const i = opt.lastIndexOf('=');
    if (i <= 0 || i === opt.length - 1) {
      errors.push(`${flag} ${showValue(opt)} is not FROM=TO, e.g. ${flag} "Experiment=trial"`);
      return undefined;
    }
    return [opt.slice(0, i).trim(), opt.slice(i + 1).trim()];
  };
  for (const opt of ringOptions) {
    const kv = split(opt, '--map-ring');
    if (!kv) continue;
    const target = matchRing(config, kv[1], new Map());
    if (!target) errors.push(`--map-ring ${showValue(opt)}: ${showValue(kv[1])} is not a ring: expected one of ${RING_IDS.join('|')}`);
    else ring.set(kv[0].toLowerCase(), target);
  }
  for (const opt of quadrantOptions) {
    const kv = split(opt, '--map-quadrant');
    if (!kv) continue;
    const target = matchQuadrant(config, kv[1], new Map());
    if (!target)
      errors.push(
        `--map-quadrant ${showValue(opt)}: ${showValue(kv[1])} is not a quadrant: expected one of ${config.quadrants.map((q) => q.id).join('|')}`,
      );
    else quadrant.set(kv[0].toLowerCase(), target);
  }
  return { mappings: { ring, quadrant }, errors };
}

/** A ring id for a source value: an explicit mapping first, then the ring's id or name, case-insensitively. */
export function matchRing(config: RadarConfig, value: string, map: Map<string, RingId>): RingId | undefined {
  const v = value.trim().toLowerCase();
  const mapped = map.get(v);
  if (mapped) return mapped;
  for (const r of config.rings) if (r.id === v || r.name.toLowerCase() === v) return r.id;
  return undefined;
}

/** A quadrant id for a source value: an explicit mapping first, then id or name ("&" and "and" alike). */
export function matchQuadrant(config: RadarConfig, value: string, map: Map<string, string>): string | undefined {
  const mapped = map.get(value.trim().toLowerCase());
  if (mapped) return mapped;
  const v = normaliseName(value);
  for (const q of config.quadrants) if (normaliseName(q.id) === v || normaliseName(q.name) === v) return q.id;
  return undefined;
}

/** Where rows are, for one message: "rows 3, 7 and 12", "[2] and [5]", or file names (AOE). */
export function rowList(rows: readonly ImportRow[]): string {
  const labels = rows.map((r) => (r.at.field ? r.at.field : r.at.file));
  const allRows = labels.every((l) => l.startsWith('row '));
  const parts = allRows ? labels.map((l) => l.slice(4)) : labels;
  const joined = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return allRows ? `row${parts.length === 1 ? '' : 's'} ${joined}` : joined;
}

/** Quotes a value for a shell command line: double quotes, with `"`, `\`, `$` and backquote escaped. */
function shellQuote(s: string): string {
  return `"${s.replace(/["\\$`]/g, (c) => `\\${c}`)}"`;
}

/**
 * One issue per distinct ring value that could not be mapped, however many rows use it: the value, the rows,
 * what is allowed, and the exact `--map-ring` option to add. Located at the first row that uses it.
 */
export function unmappedRings(config: RadarConfig, value: string, rows: readonly ImportRow[]): ContentIssue {
  const names = config.rings.map((r) => r.name).join('|');
  return issue(
    rows[0].at.file,
    rowField(rows[0].at, 'ring'),
    `${showValue(value)} is not a ring (${rowList(rows)}): expected one of ${RING_IDS.join('|')} (or ${names}); ` +
      `to import it, add --map-ring ${shellQuote(`${value}=<ring>`)} with <ring> one of ${RING_IDS.join('|')}`,
    { line: rows[0].at.line },
  );
}

/** As `unmappedRings`, for quadrant values and the `--map-quadrant` option. */
export function unmappedQuadrants(config: RadarConfig, value: string, rows: readonly ImportRow[]): ContentIssue {
  const ids = config.quadrants.map((q) => q.id).join('|');
  const names = config.quadrants.map((q) => q.name).join('|');
  return issue(
    rows[0].at.file,
    rowField(rows[0].at, 'quadrant'),
    `${showValue(value)} is not a quadrant (${rowList(rows)}): expected one of ${ids} (or ${names}); ` +
      `to import it, add --map-quadrant ${shellQuote(`${value}=<quadrant>`)} with <quadrant> one of ${ids}`,
    { line: rows[0].at.line },
  );
}

/** Default ring colours for formats that need one (Zalando, Backstage): dark enough for white text. */
export const RING_COLOURS: Record<RingId, string> = {
  adopt: '#00703c',
  trial: '#0065bd',
  assess: '#8e4400',
  hold: '#b3001b',
};

/** Link back to a blip page on the published handbook, when the site URL is known. */
export function blipUrl(baseUrl: string | undefined, id: string): string | undefined {
  if (!baseUrl) return undefined;
  return `${baseUrl.replace(/\/+$/, '')}/radar/blips/${id}/`;
}

/** A JSON radar file with `entries[]` (Backstage, Zalando): the parsed object, or the one issue that stops the import. */
export function parseEntriesJson(
  text: string,
  file: string,
  shape: string,
): { ok: true; data: { entries: unknown[]; quadrants?: unknown; rings?: unknown } } | { ok: false; issues: ContentIssue[] } {
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return parsed;
  const d = parsed.data as { entries?: unknown } | null;
  if (!d || typeof d !== 'object' || !Array.isArray(d.entries))
    return { ok: false, issues: [issue(file, 'entries', `is missing: ${shape}`, { line: 1 })] };
  return { ok: true, data: d as { entries: unknown[]; quadrants?: unknown; rings?: unknown } };
}

/**
 * A foreign description (HTML, or text) as the Markdown of a new blip, and a warning on `at` (its row or item) when the
 * conversion left out markup (htmlToMarkdownReport): an import says what it cannot carry over, and an image or a
 * script vanished without a word (a new adopter's trial, 3 December 2026). Undefined for an empty description.
 */
export function importedDescription(html: unknown, at: RowLocation, issues: ContentIssue[], column = 'description'): string | undefined {
  if (typeof html !== 'string' || !html.trim()) return undefined;
  const { markdown, dropped } = htmlToMarkdownReport(html);
  if (dropped.length)
    issues.push(
      issue(at.file, rowField(at, column), `has ${dropped.map((t) => `<${t}>`).join(', ')}, which a blip's Markdown description does not carry: the import keeps the text only; check the blip`, {
        line: at.line,
        severity: 'warning',
      }),
    );
  return markdown || undefined;
}
