// Plans an import into the radar content: maps every row, creates or updates blip files, and reports every problem.
import { isDeepStrictEqual } from 'node:util';
import { byCodePoint } from '../../shared/sort';
import { isMap, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { issue, showValue, sortIssues, type ContentIssue } from '../../shared/errors';
import { isSafeUrl } from '../../shared/urls';
import { blipsDirOf, editionOrder, loadRadarFromSources, type Blip, type RadarSources } from '../load';
import { SLUG_RE, type HistoryRing } from '../schema';
import { movementOf } from '../model';
import {
  matchQuadrant,
  matchRing,
  parseMappings,
  rowField,
  rowList,
  sameName,
  toBlipId,
  unmappedQuadrants,
  unmappedRings,
  type ClaimedMovement,
  type FormatId,
  type ImportRow,
  type ParsedImport,
} from './common';

export interface ImportOptions {
  format: FormatId;
  /** Edition the imported rings belong to; it must already be in radar.yaml. */
  edition: string;
  /** `FROM=TO` ring mappings, e.g. "Experiment=trial". */
  mapRing?: readonly string[];
  /** `FROM=TO` quadrant mappings, e.g. "Infrastructure=platforms". */
  mapQuadrant?: readonly string[];
  /** Owner written into new blip files. */
  owner?: string;
  /** approved_by for the history entries the import writes. */
  approvedBy?: string;
  /** Reason for entries whose source gives none. */
  reason?: string;
  /** Name of the imported file, for the default reason. */
  sourceName?: string;
}

export type ImportActionKind = 'create' | 'move' | 'retire' | 'unchanged';

export interface ImportAction {
  kind: ImportActionKind;
  id: string;
  file: string;
  title: string;
  ring: HistoryRing;
  /** Ring in force before this edition, for updates. */
  previousRing?: HistoryRing;
  /** The row it came from, e.g. "radar.csv row 3". */
  source: string;
}

export interface ImportPlan {
  ok: boolean;
  /** Errors (nothing is written when there is one) and warnings, sorted by file and line. */
  issues: ContentIssue[];
  actions: ImportAction[];
  /** Files to write (project-relative path → full new text); empty unless ok. */
  writes: Array<{ file: string; text: string }>;
  /** Blips on the radar in that edition that the import file does not mention (left as they are). */
  notInImport: string[];
}

export const DEFAULT_OWNER = 'Release Manager';
export const DEFAULT_APPROVER = 'Release Manager';

const yamlString = (s: string): string => JSON.stringify(s);

function entryLines(indent: string, e: { edition: string; ring: HistoryRing; reason: string; approved_by: string }): string[] {
  return [
    `${indent}- edition: ${yamlString(e.edition)}`,
    `${indent}  ring: ${e.ring}`,
    `${indent}  reason: ${yamlString(e.reason)}`,
    `${indent}  approved_by: ${yamlString(e.approved_by)}`,
  ];
}

/** Splits a blip file into front matter and the rest, keeping every byte of both. */
function splitFrontMatter(text: string): { open: string; fm: string; rest: string } | undefined {
  const m = /^(---\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$)[\s\S]*)$/.exec(text);
  return m ? { open: m[1], fm: m[2], rest: m[3] } : undefined;
}

/**
 * Appends a history entry to a blip file, changing nothing else: the entry is inserted as text after the last
 * item of the block `history:` list, indented like the existing items. If the list is written in another style
 * (flow `[...]`), the front matter is re-serialised by the YAML library instead, which keeps keys and comments.
 */
export function appendHistoryEntry(
  text: string,
  entry: { edition: string; ring: HistoryRing; reason: string; approved_by: string },
): string {
  const parts = splitFrontMatter(text);
  if (!parts) throw new Error('The file has no front matter to append history to');
  const doc = parseDocument(parts.fm);
  const before = doc.toJS() as { history?: unknown[] };
  const expected = { ...before, history: [...(before.history ?? []), entry] };
  const seq = doc.get('history', true);
  if (isSeq(seq) && !(seq as YAMLSeq).flow && seq.items.length > 0 && seq.range) {
    const first = seq.items[0] as { range?: [number, number, number] };
    const firstStart = first.range?.[0] ?? seq.range[0];
    const lineStart = parts.fm.lastIndexOf('\n', firstStart - 1) + 1;
    const dash = parts.fm.indexOf('-', lineStart);
    const indent = parts.fm.slice(lineStart, dash);
    if (/^[ \t]*$/.test(indent)) {
      const end = seq.range[1];
      const nl = parts.fm.indexOf('\n', Math.max(0, end - 1));
      const at = nl < 0 ? parts.fm.length : nl + 1;
      const eol = parts.fm.includes('\r\n') ? '\r\n' : '\n';
      const insert = entryLines(indent, entry).join(eol) + eol;
      const fm = parts.fm.slice(0, at) + (nl < 0 ? eol : '') + insert + parts.fm.slice(at);
      const check = parseDocument(fm);
      if (check.errors.length === 0 && isDeepStrictEqual(check.toJS(), expected)) return parts.open + fm + parts.rest;
    }
  }
  // Fallback: let the YAML library add the item.
  if (!isMap(doc.contents)) throw new Error('The front matter is not a mapping');
  if (isSeq(seq)) seq.add(doc.createNode(entry));
  else doc.set('history', doc.createNode([entry]));
  return parts.open + doc.toString() + parts.rest;
}

function newBlipText(
  row: ImportRow,
  quadrant: string,
  entry: { edition: string; ring: HistoryRing; reason: string; approved_by: string },
  owner: string,
  links: Array<{ title: string; url: string }>,
): string {
  const lines = ['---', `title: ${yamlString(row.name)}`, `quadrant: ${quadrant}`, 'tags: []', `owner: ${yamlString(owner)}`];
  if (links.length) {
    lines.push('links:');
    for (const l of links) lines.push('  - type: docs', `    title: ${yamlString(l.title)}`, `    url: ${yamlString(l.url)}`);
  }
  if (row.extra) {
    // Columns the radar has no field for, kept under the documented `details:` key and shown on the blip page.
    lines.push('details:');
    for (const [k, v] of Object.entries(row.extra)) lines.push(`  ${yamlString(k)}: ${yamlString(v)}`);
  }
  lines.push('history:', ...entryLines('  ', entry), '---', '');
  if (row.description) lines.push(row.description.trim(), '');
  return lines.join('\n');
}

const MOVEMENT_WORDS: Record<ClaimedMovement, string> = {
  new: 'new',
  'moved-in': 'moved in',
  'moved-out': 'moved out',
  unchanged: 'no change',
};

/** Groups items by a key, keeping first-seen order. */
function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

function describeRow(row: ImportRow): string {
  return row.at.field ? `${row.at.file} ${row.at.field}` : row.at.file;
}

/**
 * Works out what an import would do, without touching the file system. Every row is accounted for: it becomes an
 * action or an issue. Any error makes the plan not ok and empties `writes`: a partial import is never written.
 */
export function planImport(sources: RadarSources, parsed: ParsedImport, options: ImportOptions): ImportPlan {
  const issues: ContentIssue[] = [...parsed.issues];
  const actions: ImportAction[] = [];
  const fail = (): ImportPlan => ({ ok: false, issues: sortIssues(issues), actions, writes: [], notInImport: [] });

  const loaded = loadRadarFromSources(sources);
  if (!loaded.ok) {
    issues.push(...loaded.issues);
    issues.push(issue(sources.configFile, '', 'the radar content has errors: fix them before importing', { severity: 'error' }));
    return fail();
  }
  const { config, blips } = loaded.content;
  const order = editionOrder(config);
  const E = options.edition;
  const eIndex = order.get(E);
  if (eIndex === undefined) {
    issues.push(
      issue(
        sources.configFile,
        'editions',
        `has no edition ${showValue(E)}: add it (id, date, title, summary) before importing into it; editions are ${[...order.keys()].join('|')}`,
      ),
    );
    return fail();
  }
  const { mappings, errors } = parseMappings(config, options.mapRing ?? [], options.mapQuadrant ?? []);
  for (const e of errors) issues.push(issue('command line', '', e));

  const byId = new Map(blips.map((b) => [b.id, b]));
  // A blip is the same technology as a row when their names give the same id (symbols spelled out: C ≠ C#).
  const byName = new Map(blips.map((b) => [toBlipId(b.title), b]));
  const texts = new Map(sources.blips.map((b) => [b.file, b.text]));
  const writes = new Map<string, string>();
  const claimed = new Map<string, ImportRow>();
  const owner = options.owner ?? DEFAULT_OWNER;
  const approver = options.approvedBy ?? DEFAULT_APPROVER;
  const defaultReason = options.reason ?? `Imported from ${options.format}${options.sourceName ? ` file ${options.sourceName}` : ''}.`;
  /** Rows whose extra columns could not be kept because the blip already exists (reported once per column). */
  const extraNotKept: Array<{ row: ImportRow; column: string; file: string }> = [];
  /** Rows whose BYOR isNew/status disagrees with the movement the history gives. */
  const disagreements: Array<{ row: ImportRow; actual: ClaimedMovement | 'retired' }> = [];

  const ringAt = (b: Blip): HistoryRing | undefined => {
    let r: HistoryRing | undefined;
    for (const h of b.history) if (order.get(h.edition)! <= eIndex) r = h.ring;
    return r;
  };
  const ringBefore = (b: Blip): HistoryRing | undefined => {
    let r: HistoryRing | undefined;
    for (const h of b.history) if (order.get(h.edition)! < eIndex) r = h.ring;
    return r;
  };
  const compareClaim = (row: ImportRow, ring: HistoryRing, previous: HistoryRing | undefined) => {
    if (!row.claimed) return;
    const actual = movementOf(ring, previous === 'retired' ? undefined : previous);
    if (actual !== row.claimed.movement) disagreements.push({ row, actual });
  };

  // Map every row's ring and quadrant first, so each unknown value is reported once with all its rows.
  const mapped = parsed.rows.map((row) => ({
    row,
    ring: [row.ring, ...(row.ringAliases ?? [])].map((v) => matchRing(config, v, mappings.ring)).find(Boolean),
    quadrant: [row.quadrant, ...(row.quadrantAliases ?? [])].map((v) => matchQuadrant(config, v, mappings.quadrant)).find(Boolean),
  }));
  for (const [value, list] of groupBy(mapped.filter((m) => !m.ring), (m) => m.row.ring))
    issues.push(unmappedRings(config, value, list.map((m) => m.row)));
  for (const [value, list] of groupBy(mapped.filter((m) => !m.quadrant), (m) => m.row.quadrant))
    issues.push(unmappedQuadrants(config, value, list.map((m) => m.row)));

  for (const { row, ring, quadrant } of mapped) {
    if (!ring || !quadrant) continue;

    const target: HistoryRing = row.retired ? 'retired' : ring;
    const sourceId = row.id && SLUG_RE.test(row.id) ? row.id : undefined;
    const here = { line: row.at.line };
    const id0 = sourceId ?? toBlipId(row.id ?? row.name);
    if (!id0) {
      issues.push(issue(row.at.file, rowField(row.at, 'name'), `${showValue(row.name)} gives no usable blip id: rename it with letters or digits`, here));
      continue;
    }
    // Same name first; then the id. An id shared by a different name is never taken as the same blip silently.
    let existing = byName.get(toBlipId(row.name));
    const holder = existing ? undefined : byId.get(id0);
    if (holder && !sourceId && toBlipId(holder.title) !== id0) {
      // The blip's id no longer follows its title (e.g. c.md titled "C#", made before symbols were spelled out).
      issues.push(
        issue(
          row.at.file,
          rowField(row.at, 'name'),
          `${showValue(row.name)} would be blip ${id0}, which is ${showValue(holder.title)} (${holder.file}): different names never share a blip — ` +
            `rename the row, or give ${holder.file} the id ${toBlipId(holder.title)} (rename the file) so the id follows its title`,
          here,
        ),
      );
      continue;
    }
    existing ??= holder;
    if (existing && !sameName(existing.title, row.name)) {
      issues.push(
        issue(
          row.at.file,
          rowField(row.at, 'name'),
          `${showValue(row.name)} matched blip ${existing.id} (${existing.file}) by its id, but that blip is titled ${showValue(existing.title)}: ` +
            'imported into it; the title is left as it is — rename one of them if they are different technologies',
          { ...here, severity: 'warning' },
        ),
      );
    }
    const id = existing?.id ?? id0;
    const dup = claimed.get(id);
    if (dup) {
      const same = sameName(dup.name, row.name);
      issues.push(
        issue(
          row.at.file,
          rowField(row.at, 'name'),
          same
            ? `${showValue(row.name)} is already imported from ${describeRow(dup)}: one row per blip`
            : `${showValue(row.name)} and ${showValue(dup.name)} (${describeRow(dup)}) would both be blip ${id}: two different names never share one blip — rename one of them`,
          here,
        ),
      );
      continue;
    }
    claimed.set(id, row);
    const entry = { edition: E, ring: target, reason: row.reason ?? defaultReason, approved_by: approver };

    if (!existing) {
      if (target === 'retired') {
        issues.push(
          issue(row.at.file, rowField(row.at, 'ring'), `${showValue(row.name)} is off the radar in the source and not in ours: not created`, {
            ...here,
            severity: 'warning',
          }),
        );
        continue;
      }
      const links = (row.links ?? []).filter((l) => {
        if (isSafeUrl(l.url) && !l.url.trim().startsWith('mailto:')) return true;
        issues.push(issue(row.at.file, rowField(row.at, 'link'), `${showValue(l.url)} is not an http(s) URL: link left out`, { ...here, severity: 'warning' }));
        return false;
      });
      const file = `${blipsDirOf(sources.configFile)}/${id}.md`;
      writes.set(file, newBlipText(row, quadrant, entry, owner, links));
      compareClaim(row, target, undefined);
      actions.push({ kind: 'create', id, file, title: row.name, ring: target, source: describeRow(row) });
      continue;
    }

    // A column whose value the blip already keeps under `details:` (an export imported back) is nothing lost: it was
    // reported all the same (a new adopter's trial, 3 December 2026).
    for (const [column, value] of Object.entries(row.extra ?? {})) {
      // Nor is a `tags` column holding the blip's own tags (an AOE export imported back: "column tags is not applied",
      // with advice to copy them under details:, from a release manager's trial, 3 December 2026).
      if (column.toLowerCase() === 'tags' && sameTags(value, existing.tags)) continue;
      const kept = Object.entries(existing.details).find(([k]) => k.toLowerCase() === column.toLowerCase())?.[1];
      if (kept === undefined || String(kept).trim() !== String(value).trim()) extraNotKept.push({ row, column, file: existing.file });
    }
    if (existing.quadrant !== quadrant)
      issues.push(
        issue(
          row.at.file,
          rowField(row.at, 'quadrant'),
          `${showValue(row.quadrant)} differs from ${existing.file} (quadrant ${existing.quadrant}): the quadrant is left as it is`,
          { ...here, severity: 'warning' },
        ),
      );
    const atE = existing.history.find((h) => h.edition === E);
    const current = ringAt(existing);
    if (atE) {
      if (atE.ring === target) {
        compareClaim(row, target, ringBefore(existing));
        actions.push({ kind: 'unchanged', id, file: existing.file, title: existing.title, ring: target, previousRing: current, source: describeRow(row) });
      } else {
        issues.push(
          issue(
            row.at.file,
            rowField(row.at, 'ring'),
            `${showValue(row.ring)} conflicts with ${existing.file}, which already records ${atE.ring} for edition ${E}: change the file by hand or import into another edition`,
            here,
          ),
        );
      }
      continue;
    }
    const last = existing.history[existing.history.length - 1];
    if (order.get(last.edition)! > eIndex) {
      issues.push(
        issue(
          row.at.file,
          rowField(row.at, 'ring'),
          `cannot be recorded for ${E}: ${existing.file} already has history for the later edition ${last.edition}`,
          here,
        ),
      );
      continue;
    }
    compareClaim(row, target, current);
    if (current === target || (target === 'retired' && current === undefined)) {
      actions.push({ kind: 'unchanged', id, file: existing.file, title: existing.title, ring: target, previousRing: current, source: describeRow(row) });
      continue;
    }
    const base = writes.get(existing.file) ?? texts.get(existing.file)!;
    writes.set(existing.file, appendHistoryEntry(base, entry));
    actions.push({
      kind: target === 'retired' ? 'retire' : 'move',
      id,
      file: existing.file,
      title: existing.title,
      ring: target,
      previousRing: current,
      source: describeRow(row),
    });
  }

  // Extra columns on rows for blips that exist: the import only appends history, so say what was not applied.
  for (const [column, list] of groupBy(extraNotKept, (x) => x.column)) {
    const first = list[0].row;
    issues.push(
      issue(
        first.at.file,
        rowField(first.at, column),
        `column ${showValue(column)} is not applied to blips that already exist (${rowList(list.map((x) => x.row))}): ` +
          `add it by hand under \`details:\` in ${list.map((x) => x.file).join(', ')} if it should be kept`,
        { line: first.at.line, severity: 'warning' },
      ),
    );
  }
  // isNew/status: the history decides the movement; a source that says otherwise is reported once per kind.
  for (const [, list] of groupBy(disagreements, (d) => `${d.row.claimed!.column}\u0000${d.row.claimed!.value.toLowerCase()}\u0000${d.actual}`)) {
    const first = list[0].row;
    const c = first.claimed!;
    const actual = list[0].actual;
    issues.push(
      issue(
        first.at.file,
        rowField(first.at, c.column),
        `${c.column} ${showValue(c.value)} (${rowList(list.map((d) => d.row))}) does not match the radar's history, which makes it ` +
          `${actual === 'retired' ? 'retired' : MOVEMENT_WORDS[actual]} in ${E}: the pages show the movement from the history`,
        { line: first.at.line, severity: 'warning' },
      ),
    );
  }

  // Blips on the radar in this edition that the file does not mention: reported, never retired silently.
  const mentioned = new Set(claimed.keys());
  const notInImport = blips.filter((b) => !mentioned.has(b.id) && ringAt(b) && ringAt(b) !== 'retired').map((b) => b.id);
  for (const id of notInImport)
    issues.push(
      issue(byId.get(id)!.file, '', `is on the radar in ${E} but not in the import file: left as it is (retire it by editing the file)`, {
        severity: 'warning',
      }),
    );

  if (issues.some((i) => i.severity === 'error')) return { ...fail(), notInImport };

  // The result must itself be valid content before anything is written.
  const after: RadarSources = {
    ...sources,
    blips: [
      ...sources.blips.map((b) => ({ file: b.file, text: writes.get(b.file) ?? b.text })),
      ...[...writes].filter(([f]) => !texts.has(f)).map(([file, text]) => ({ file, text })),
    ],
  };
  const check = loadRadarFromSources(after);
  if (!check.ok) {
    issues.push(...check.issues.filter((i) => i.severity === 'error'));
    return { ...fail(), notInImport };
  }
  return {
    ok: true,
    issues: sortIssues(issues),
    actions: actions.sort((a, b) => byCodePoint(a.id, b.id)),
    writes: [...writes].map(([file, text]) => ({ file, text })).sort((a, b) => byCodePoint(a.file, b.file)),
    notInImport,
  };
}

/** One line per action, for dry-run output and tests. */
export function summariseActions(actions: readonly ImportAction[]): string[] {
  return actions.map((a) =>
    a.kind === 'create'
      ? `create ${a.id} (${a.ring})`
      : a.kind === 'unchanged'
        ? `unchanged ${a.id} (${a.ring})`
        : `${a.kind} ${a.id} (${a.previousRing ?? 'off the radar'} → ${a.ring})`,
  );
}

/**
 * Whether a `tags` column's value (a JSON list, as extraFields writes an AOE item's tags, or words separated by commas
 * or semicolons) names the same tags as `tags`, ignoring order, case and repeats.
 */
function sameTags(value: string, tags: readonly string[]): boolean {
  let list: unknown;
  try {
    list = JSON.parse(value);
  } catch {
    list = value.split(/[,;]/);
  }
  if (!Array.isArray(list)) return false;
  const norm = (xs: readonly unknown[]) => [...new Set(xs.map((x) => String(x).trim().toLowerCase()).filter(Boolean))].sort().join('\0');
  return norm(list) === norm(tags);
}
