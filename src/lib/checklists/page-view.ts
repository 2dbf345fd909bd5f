// What a checklist's own page (/checklists/<id>/) shows from the release data, worked out once: the page renders it
// and its incremental-build cache key digests it, so the two cannot disagree about what the page depends on.
import { cacheKey } from '../shared/cache-key';
import { daysBetween } from '../shared/dates';
import { isUpcoming, type ReleaseEntry, type ReleaseModel } from '../releases/index';
import type { Checklist } from './parse';
import { checklistApplies, checklistUsage, type ChecklistUsage, type ReleaseReadinessInput } from './readiness';

/** Releases listed in the "Releases that used this checklist" table: a checklist used by hundreds would otherwise make a very long page. */
export const USAGE_ROWS = 50;

/** For a checklist checked after release: how many days after going live a release is still offered for ticking. */
export const RECENT_DAYS = 30;

export interface ChecklistPageView {
  checklist: Checklist;
  /**
   * The releases someone may be ticking this checklist for: ones still to go out, or, for a checklist done after
   * release, ones released in the last {@link RECENT_DAYS} days (counted to `today`).
   */
  upcoming: ReleaseEntry[];
  /** Every release that recorded a result against it, newest first (counts in the table's summary). */
  usage: ChecklistUsage[];
  /** The first {@link USAGE_ROWS} of `usage`, each with its release's entry (its component's name and date) when it has one. */
  rows: { u: ChecklistUsage; entry: ReleaseEntry | undefined }[];
}

/**
 * The view of one checklist's page. `inputs` are the model's releases as the readiness functions take them (one per
 * release, see src/data/checklists.ts); `today` is an ISO date (YYYY-MM-DD), the build's "today".
 */
export function checklistPageView(checklist: Checklist, model: ReleaseModel, inputs: readonly ReleaseReadinessInput[], today: string): ChecklistPageView {
  const upcoming = model.releases.filter(
    (r) =>
      checklistApplies(checklist, r) &&
      (checklist.timing === 'after-release'
        ? r.status === 'released' && r.date !== undefined && daysBetween(r.date, today) >= 0 && daysBetween(r.date, today) <= RECENT_DAYS
        : isUpcoming(r.status)),
  );
  const usage = checklistUsage(checklist, inputs);
  const rows = usage.slice(0, USAGE_ROWS).map((u) => ({ u, entry: model.byKey[`${u.component}@${u.version}`] }));
  return { checklist, upcoming, usage, rows };
}

/**
 * The cache key of a checklist's page: a digest of its view ({@link checklistPageView}) and `shared` (the page
 * shell's key: site settings, engine code, "today"). Keyed on every release file, all checklist pages were rendered
 * again for any release's edit; now only those whose view it changes are.
 */
export function checklistPageKey(view: ChecklistPageView, shared: unknown): string {
  return cacheKey(view, shared);
}
