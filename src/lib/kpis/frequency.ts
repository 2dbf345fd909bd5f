// The Four Keys deployment-frequency bucket (daily / weekly / monthly / yearly) for a window.
import { addDays, type KpiWindow } from './windows';
import { median } from './stats';
import type { IsoDate } from '../shared/dates';

export const FREQUENCY_BUCKETS = ['daily', 'weekly', 'monthly', 'yearly'] as const;
export type FrequencyBucket = (typeof FREQUENCY_BUCKETS)[number];

export interface BucketBasis {
  /** Whole 7-day blocks measured (counted back from the window's last day). */
  weeks: number;
  medianDeploymentDaysPerWeek: number | null;
  /** Median of 1/0 "the week had a deployment". */
  medianWeeksWithDeployment: number | null;
  /** Whole 30-day blocks measured (counted back from the window's last day). */
  months: number;
  medianDeploymentDaysPerMonth: number | null;
}

/** Consecutive blocks of `size` days ending on the window's last day; a window shorter than one block is one block. */
function blocks(w: KpiWindow, size: number): Array<{ from: IsoDate; to: IsoDate }> {
  const n = Math.max(1, Math.floor(w.days / size));
  const out: Array<{ from: IsoDate; to: IsoDate }> = [];
  for (let i = 0; i < n; i++) {
    const to = addDays(w.to, -i * size);
    const from = w.days < size ? w.from : addDays(to, -(size - 1));
    out.push({ from, to });
  }
  return out;
}

/**
 * Our reading of the Four Keys dashboard's bucket (dora-team/fourkeys, "deployment frequency" query), which
 * takes the last three months, groups days into weeks and months, and asks in turn:
 *   daily   — the median number of days per week with at least one live deployment is 3 or more;
 *   weekly  — else, the median week had a deployment (median of 1/0 per week is 1: most weeks had one);
 *   monthly — else, the median month had a deployment day (median deployment days per month is 1 or more);
 *   yearly  — otherwise.
 * Differences from the BigQuery original, chosen so any window gives the same answer on any machine:
 *   - weeks are 7-day blocks and months 30-day blocks counted back from the window's last day (a rolling
 *     90-day window is exactly 12 weeks + 6 days and 3 months); days left over at the start of the window are
 *     not part of any block, so a partial week never drags the median down; a window shorter than a block
 *     is measured as one block;
 *   - days are calendar days in Europe/London;
 *   - medians of an even number of blocks are the mean of the two middle values (as PERCENTILE_CONT does).
 * A window with no deployments has no bucket (null), shown as "no data".
 */
export function frequencyBucket(
  deploymentDates: readonly IsoDate[],
  w: KpiWindow,
): { bucket: FrequencyBucket | null; basis: BucketBasis } {
  const days = new Set(deploymentDates.filter((d) => d >= w.from && d <= w.to));
  const countIn = (b: { from: IsoDate; to: IsoDate }) => [...days].filter((d) => d >= b.from && d <= b.to).length;
  const weeks = blocks(w, 7).map(countIn);
  const months = blocks(w, 30).map(countIn);
  const basis: BucketBasis = {
    weeks: weeks.length,
    medianDeploymentDaysPerWeek: median(weeks),
    medianWeeksWithDeployment: median(weeks.map((n) => (n > 0 ? 1 : 0))),
    months: months.length,
    medianDeploymentDaysPerMonth: median(months),
  };
  if (days.size === 0) return { bucket: null, basis };
  if ((basis.medianDeploymentDaysPerWeek ?? 0) >= 3) return { bucket: 'daily', basis };
  if ((basis.medianWeeksWithDeployment ?? 0) >= 1) return { bucket: 'weekly', basis };
  if ((basis.medianDeploymentDaysPerMonth ?? 0) >= 1) return { bucket: 'monthly', basis };
  return { bucket: 'yearly', basis };
}
