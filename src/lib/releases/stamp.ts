// The latest moment recorded in a release file: a deterministic "last modified" for calendars and feeds.
import { toInstant } from '../shared/dates';
import type { Release } from './schema';

/**
 * The latest instant among the moments a release file records (the release date, deployments, commits, sign-offs,
 * incidents, retrospective) and the last change to its schedule (`revision.updated`, which `release:status` sets
 * when a release is rescheduled, rolled back, yanked or cancelled): the release entry's "last modified", in ms since
 * 1970, for the Atom feed's `updated` (RFC 4287 §4.2.15: when the entry last changed in a way the publisher considers
 * significant). Plans are left out: the planned date and code freeze (a release shipped before its planned date had
 * an `updated` days in the future, a new adopter's trial, 2 December 2026) and retrospective action due dates.
 * Undefined when the release records none of these. `instantOf` reads each value (a date alone is London midnight by
 * default; the feed passes its own rule, src/lib/shared/atom.ts feedInstant).
 */
export function lastRecordedInstant(r: Release, instantOf: (value: string) => number = toInstant): number | undefined {
  const all: Array<string | undefined> = [
    r.dates.released,
    ...r.environments.map((e) => e.deployedAt),
    ...r.changes.flatMap((c) => c.commits.map((k) => k.committedAt)),
    ...r.signOffs.map((s) => s.date),
    ...r.incidents.flatMap((i) => [i.detectedAt, i.resolvedAt]),
    r.retrospective?.date,
    r.revision?.updated,
  ];
  let max: number | undefined;
  for (const s of all) {
    if (s === undefined) continue;
    const t = instantOf(s);
    if (max === undefined || t > max) max = t;
  }
  return max;
}
