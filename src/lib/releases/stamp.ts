// The latest moment recorded in a release file: a deterministic "last modified" for calendars and feeds.
import { toInstant } from '../shared/dates';
import type { Release } from './schema';

/**
 * The latest instant among the dates a release records (dates, deployments, commits, sign-offs,
 * incidents, retrospective). Retrospective action due dates are plans, not records, so they are left out.
 * Undefined when the release records no date at all.
 */
export function lastRecordedInstant(r: Release): number | undefined {
  const all: Array<string | undefined> = [
    r.dates.planned,
    r.dates.codeFreeze,
    r.dates.released,
    ...r.environments.map((e) => e.deployedAt),
    ...r.changes.flatMap((c) => c.commits.map((k) => k.committedAt)),
    ...r.signOffs.map((s) => s.date),
    ...r.incidents.flatMap((i) => [i.detectedAt, i.resolvedAt]),
    r.retrospective?.date,
  ];
  let max: number | undefined;
  for (const s of all) {
    if (s === undefined) continue;
    const t = toInstant(s);
    if (max === undefined || t > max) max = t;
  }
  return max;
}
