// The one place KPI figures are turned into words, so the pages, /api/kpis.json and the CLI print the same text.
import { daysBetween, formatDate, type IsoDate } from '../shared/dates';
import { calendarDate } from './london';
import type { Band } from './bands';
import type { FrequencyBucket } from './frequency';
import { METRIC_INFO, type MetricResult, type MetricUnit } from './metrics';
import type { KpiWindow } from './windows';
import { countOf } from '../shared/plural';

export const NO_DATA = 'no data';

/** Trim a fixed-point number: 2.50 → "2.5", 3.0 → "3". */
function trimmed(n: number, digits: number): string {
  const s = n.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * 0.2 → "20%", 1/3 → "33.3%": to the nearest tenth of a percent. With `worse: 'up'` (lower is better) or `'down'`, a
 * figure that would round to a whole percent from the better side of it shows the tenth on its worse side instead
 * (5.04% → "5.1%", 89.96% → "89.9%"): band limits and targets are whole percents ("at most 5%"), and "5%" beside
 * the band above read as a figure that met the limit (a KPI audit, 3 December 2026). Elsewhere the nearest tenth.
 */
export function formatPercent(ratio: number, worse?: 'up' | 'down'): string {
  const tenths = ratio * 1000;
  let r = Math.round(tenths);
  // The epsilon keeps a figure that is exactly the whole percent (0.05 is 49.999… tenths in binary) at it.
  if (r % 10 === 0 && worse === 'up' && tenths > r + 1e-9) r += 1;
  if (r % 10 === 0 && worse === 'down' && tenths < r - 1e-9) r -= 1;
  return `${trimmed(r / 10, 1)}%`;
}

/** 2.5 → "2.5 per week"; small rates keep two decimals so monthly releasing does not read as 0. */
export function formatPerWeek(perWeek: number): string {
  const digits = perWeek >= 10 ? 0 : perWeek >= 1 ? 1 : 2;
  return `${trimmed(perWeek, digits)} per week`;
}

/**
 * Durations for people, cut to the minute: "under 1 min", "45 min", "3 h 20 min", "1 day 4 h", "12 days". Beyond a
 * day, minutes are dropped; beyond ten days, hours too. Cut, not rounded: a duration shown is never longer than it
 * was, so one under a band's limit ("less than 1 day") never shows as the limit itself (a median of 23 h 59 min 40 s
 * showed as "1 day" beside "Elite: less than 1 day", a KPI audit, 3 December 2026).
 */
export function formatDuration(seconds: number): string {
  const mins = Math.floor(seconds / 60 + 1e-9);
  if (mins < 1) return 'under 1 min';
  if (mins < 60) return `${mins} min`;
  if (mins < 24 * 60) {
    const h = Math.floor(mins / 60);
    const m = mins % 60;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  const hours = Math.floor(mins / 60);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  const days = `${d} ${d === 1 ? 'day' : 'days'}`;
  return h === 0 || d >= 10 ? days : `${days} ${h} h`;
}

/**
 * A figure in its unit; `higherIsBetter` (the metric's, METRIC_INFO) keeps a ratio from rounding onto a whole
 * percent from its better side, so a figure never reads as meeting a limit it misses (formatPercent).
 */
export function formatValue(value: number | null, unit: MetricUnit, higherIsBetter?: boolean): string {
  if (value === null || !Number.isFinite(value)) return NO_DATA;
  if (unit === 'ratio') return formatPercent(value, higherIsBetter === undefined ? undefined : higherIsBetter ? 'down' : 'up');
  if (unit === 'per-week') return formatPerWeek(value);
  return formatDuration(value);
}

/**
 * The figure as shown everywhere: "20%", "2.5 per week", "3 h 20 min" or "no data". A recovery time with no incident
 * resolved yet but some still open says so instead of "no data": "none resolved; 1 open for 12 days", or with
 * several "none resolved; 3 open, the longest for 12 days" (days to the report's today, see openDays).
 */
export function formatKpiValue(m: Pick<MetricResult, 'value' | 'unit'> & Pick<Partial<MetricResult>, 'openIncidents' | 'id'>): string {
  const open = m.openIncidents ?? [];
  const days = open.map((o) => o.openForDays).filter((d): d is number => d !== undefined);
  if ((m.value === null || !Number.isFinite(m.value)) && open.length > 0 && days.length === open.length) {
    const longest = Math.max(...days);
    return open.length === 1 ? `none resolved; 1 ${formatOpenDays(longest)}` : `none resolved; ${open.length} open, the longest ${formatOpenDays(longest).replace(/^open /, '')}`;
  }
  return formatValue(m.value, m.unit, m.id ? METRIC_INFO[m.id].higherIsBetter : undefined);
}

const BAND_LABELS: Record<Band, string> = { elite: 'Elite', high: 'High', medium: 'Medium', low: 'Low' };

export function formatBandName(band: Band): string {
  return BAND_LABELS[band];
}

/** "High (DORA 2023)"; "no data" when a banded metric has no figure; "" for measures DORA does not band. */
export function formatBand(m: Pick<MetricResult, 'band' | 'bandReportYear'>): string {
  if (m.bandReportYear === null) return '';
  if (m.band === null) return NO_DATA;
  return `${BAND_LABELS[m.band]} (DORA ${m.bandReportYear})`;
}

/**
 * The figure with its band for quoting in running text: "20% (elite, DORA 2023)"; ITIL measures carry no band
 * ("80%"); "no data" alone when there is no figure.
 */
export function formatKpiInline(m: Pick<MetricResult, 'value' | 'unit' | 'band' | 'bandReportYear'>): string {
  const value = formatKpiValue(m);
  if (value === NO_DATA || m.band === null || m.bandReportYear === null) return value;
  return `${value} (${m.band}, DORA ${m.bandReportYear})`;
}

const BUCKET_LABELS: Record<FrequencyBucket, string> = { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly', yearly: 'Yearly' };

export function formatBucket(b: FrequencyBucket | null | undefined): string {
  return b ? BUCKET_LABELS[b] : NO_DATA;
}

/** What the figure was counted from, in words: "2 of 10 deployments", "7 incidents, 1 open". */
export function formatInputs(m: MetricResult): string {
  const i = m.inputs;
  switch (m.id) {
    case 'deployment-frequency':
      return `${countOf(i.deployments, 'deployment')} in ${countOf(i.days, 'day')}`;
    case 'lead-time':
      return `${countOf(i.measured, 'commit')} measured${i.ignored ? `, ${i.ignored} ignored (not before deployment)` : ''}`;
    case 'change-failure-rate':
      return `${i.failed} of ${countOf(i.deployments, 'deployment')} failed`;
    case 'recovery-time':
      return `${countOf(i.resolved, 'incident')} resolved, ${i.open} open`;
    case 'release-success-rate':
      return `${i.successful} of ${countOf(i.deployments, 'deployment')} succeeded`;
    case 'rollback-rate':
      return `${i.rolledBack} of ${countOf(i.deployments, 'deployment')} rolled back`;
    case 'on-time-rate':
      return `${i.onTime} of ${countOf(i.withPlannedDate, 'release')} with a planned date on time`;
    case 'emergency-share':
      return `${i.emergency} of ${countOf(i.deployments, 'deployment')} emergency`;
    case 'code-freeze-to-live':
      return `${countOf(i.measured, 'deployment')} with a code freeze`;
    case 'build-duration':
      return `${i.measured} of ${countOf(i.deployments, 'deployment')} with a build time`;
    case 'pipeline-failure-rate':
      return `${i.failed} of ${countOf(i.runs, 'pipeline run')} failed (from ${countOf(i.withRuns, 'release')} with run counts)`;
  }
}

/** "1 January 2026 to 31 March 2026". */
export function formatWindow(w: KpiWindow): string {
  return `${formatDate(w.from)} to ${formatDate(w.to)}`;
}

/** "January to March 2026" for a quarter heading; "2026-Q1" stays the stable id. */
export function formatQuarter(q: string): string {
  const [y, n] = [q.slice(0, 4), Number(q.slice(6))];
  const names = ['January to March', 'April to June', 'July to September', 'October to December'];
  return `${names[n - 1]} ${y}`;
}

/**
 * How long an incident that has no `resolvedAt` has been open, counted in whole London calendar days from the day it
 * was detected to the build's "today" (data/site.ts `today`: SOURCE_DATE_EPOCH when set, so a rebuild of the same
 * commit says the same): "open for 12 days", "open for 1 day", "open since today". Shown in place of a time to restore.
 * `detectedAt`: ISO 8601 date or date-time. A detection after today (bad data, or a clock ahead) reads "open".
 */
export function formatOpenFor(detectedAt: string, today: IsoDate): string {
  return formatOpenDays(openDays(detectedAt, today));
}

/** Whole London calendar days from `detectedAt` (ISO date or date-time) to `today`; negative when detected later. */
export function openDays(detectedAt: string, today: IsoDate): number {
  return daysBetween(calendarDate(detectedAt), today);
}

/** 12 → "open for 12 days", 1 → "open for 1 day", 0 → "open since today", negative → "open". */
export function formatOpenDays(n: number): string {
  if (n < 0) return 'open';
  if (n === 0) return 'open since today';
  return `open for ${n} ${n === 1 ? 'day' : 'days'}`;
}
