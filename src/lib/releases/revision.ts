// The schedule revision rule: which facts are "scheduling facts", how a tool records a change, and the check.
import { issue, showValue, type ContentIssue } from '../shared/errors';
import { lineOf, type SourceInfo } from '../shared/validate';

/**
 * The facts a calendar event is made of (RFC 5545 §3.8.7.4: a change to the start, end or STATUS is a
 * "significant revision" that must raise SEQUENCE). Titles and notes are not scheduling facts.
 */
export const SCHEDULING_FIELDS = ['dates.planned', 'dates.codeFreeze', 'dates.released', 'status'] as const;
export type SchedulingField = (typeof SCHEDULING_FIELDS)[number];

/** The part of a release (as written, or as parsed) that the revision rule reads and writes. */
export interface SchedulableRelease {
  status?: string;
  dates?: { planned?: string | Date; codeFreeze?: string | Date; released?: string | Date };
  revision?: { sequence: number; updated?: string | Date };
}

export interface SchedulingChange {
  field: SchedulingField;
  from: string | undefined;
  to: string | undefined;
}

function text(v: string | Date | undefined): string | undefined {
  if (v === undefined) return undefined;
  return v instanceof Date ? v.toISOString().slice(0, 10) : v;
}

function factOf(r: SchedulableRelease, field: SchedulingField): string | undefined {
  if (field === 'status') return r.status;
  const key = field.slice('dates.'.length) as 'planned' | 'codeFreeze' | 'released';
  return text(r.dates?.[key]);
}

/** The sequence a release carries: `revision.sequence`, or 0 when the file has no revision yet. */
export function sequenceOf(r: SchedulableRelease): number {
  return r.revision?.sequence ?? 0;
}

/** The scheduling facts that differ between two versions of one release, in SCHEDULING_FIELDS order. */
export function schedulingChanges(before: SchedulableRelease, after: SchedulableRelease): SchedulingChange[] {
  const out: SchedulingChange[] = [];
  for (const field of SCHEDULING_FIELDS) {
    const from = factOf(before, field);
    const to = factOf(after, field);
    if (from !== to) out.push({ field, from, to });
  }
  return out;
}

/**
 * What a tool calls after editing a release: when a scheduling fact differs from `before`, returns `after`
 * with `revision.sequence` one above the higher of the two sequences and `revision.updated` set to `now`
 * (an ISO 8601 UTC date-time); otherwise returns `after` unchanged. Never lowers the sequence.
 * `after` is not mutated. Used by every CLI that changes dates or status, so the rule lives in one place.
 */
export function reviseSchedule<T extends SchedulableRelease>(before: SchedulableRelease, after: T, now: Date): T {
  if (schedulingChanges(before, after).length === 0) return after;
  const sequence = Math.max(sequenceOf(before), sequenceOf(after)) + 1;
  return { ...after, revision: { sequence, updated: now.toISOString().replace(/\.\d{3}Z$/, 'Z') } };
}

function describeChange(c: SchedulingChange): string {
  const show = (v: string | undefined) => (v === undefined ? 'nothing' : showValue(v));
  return `${c.field} changed from ${show(c.from)} to ${show(c.to)}`;
}

/**
 * The check rule, comparing a release file with its earlier version (`base`, e.g. from git at `HEAD` or the
 * target branch): an error when a scheduling fact changed but `revision.sequence` did not rise, or when the
 * sequence went down. `baseName` names the earlier version in the message (e.g. "HEAD", "origin/main").
 */
export function checkRevision(
  src: SourceInfo,
  base: SchedulableRelease,
  current: SchedulableRelease,
  baseName: string,
): ContentIssue[] {
  const was = sequenceOf(base);
  const now = sequenceOf(current);
  const where = current.revision ? lineOf(src, ['revision', 'sequence']) : {};
  if (now < was) {
    return [
      issue(
        src.file,
        'revision.sequence',
        `${now} is lower than ${was} in ${baseName}: the sequence never goes down, or calendars keep the old event — set it to ${was + 1} or more`,
        where,
      ),
    ];
  }
  const changes = schedulingChanges(base, current);
  if (changes.length === 0 || now > was) return [];
  // With no revision block to point at, the problem is placed on the first changed field still in the file, so a
  // pull request shows it on a line it changed (a new adopter's trial, 1 December 2026: the annotation had no line).
  const at = current.revision ? where : (changes.map((c) => lineOf(src, c.field.split('.'))).find((w) => w.line !== undefined) ?? {});
  return [
    issue(
      src.file,
      'revision.sequence',
      `${changes.map(describeChange).join('; ')} since ${baseName}, but the sequence is still ${now}: ` +
        `add \`"revision": { "sequence": ${was + 1}, "updated": "<the date and time now, UTC, as YYYY-MM-DDThh:mm:ssZ>" }\` so calendar subscribers get the change`,
      at,
    ),
  ];
}

/**
 * Runs `checkRevision` for every release file that changed since git `ref` (files with errors or new since
 * `ref` are skipped). `earlier` maps project-relative file → its text at `ref` (see `filesChangedSince`);
 * `current` maps file → its parsed release and text. Returns the issues, sorted by file.
 */
export function checkRevisionsSince(
  earlier: ReadonlyMap<string, string>,
  current: ReadonlyMap<string, { release: SchedulableRelease; text: string }>,
  ref: string,
): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const [file, before] of [...earlier].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const now = current.get(file);
    if (!now) continue;
    let base: unknown;
    try {
      base = JSON.parse(before);
    } catch {
      continue; // The earlier version was broken; there is nothing trustworthy to compare with.
    }
    if (base === null || typeof base !== 'object') continue;
    out.push(...checkRevision({ file, text: now.text }, base as SchedulableRelease, now.release, ref));
  }
  return out;
}
