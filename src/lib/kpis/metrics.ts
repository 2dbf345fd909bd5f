// The release-management KPIs (the nine of issue 4, and the two CI figures), each computed for one window and scope from prepared KpiData.
import { judge, type Band, type BandedMetric, type DoraBands } from './bands';
import type { AttributedIncident, Deployment, KpiData, PipelineRecord, ReleasedRelease } from './data';
import { frequencyBucket, type BucketBasis, type FrequencyBucket } from './frequency';
import { median, ratio } from './stats';
import type { KpiWindow } from './windows';

/** Metric ids, in the order pages list them: the four DORA keys, then the ITIL release measures. */
export const METRIC_IDS = [
  'deployment-frequency',
  'lead-time',
  'change-failure-rate',
  'recovery-time',
  'release-success-rate',
  'rollback-rate',
  'on-time-rate',
  'emergency-share',
  'code-freeze-to-live',
  'build-duration',
  'pipeline-failure-rate',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export const DORA_METRIC_IDS = METRIC_IDS.slice(0, 4) as readonly MetricId[];

/** per-week: live deployments per week; ratio: 0–1 (shown as a percentage); seconds: a duration. */
export type MetricUnit = 'per-week' | 'ratio' | 'seconds';

/** dora: the four keys; itil: release measures; ci: build and pipeline figures from the CI environment. */
export type MetricFamily = 'dora' | 'itil' | 'ci';

export const METRIC_INFO: Record<MetricId, { name: string; unit: MetricUnit; family: MetricFamily; banded?: BandedMetric; higherIsBetter: boolean }> = {
  'deployment-frequency': { name: 'Deployment frequency', unit: 'per-week', family: 'dora', banded: 'deploymentFrequency', higherIsBetter: true },
  'lead-time': { name: 'Lead time for changes', unit: 'seconds', family: 'dora', banded: 'leadTime', higherIsBetter: false },
  'change-failure-rate': { name: 'Change failure rate', unit: 'ratio', family: 'dora', banded: 'changeFailureRate', higherIsBetter: false },
  'recovery-time': { name: 'Failed deployment recovery time', unit: 'seconds', family: 'dora', banded: 'recoveryTime', higherIsBetter: false },
  'release-success-rate': { name: 'Release success rate', unit: 'ratio', family: 'itil', higherIsBetter: true },
  'rollback-rate': { name: 'Rollback rate', unit: 'ratio', family: 'itil', higherIsBetter: false },
  'on-time-rate': { name: 'On-time rate', unit: 'ratio', family: 'itil', higherIsBetter: true },
  'emergency-share': { name: 'Emergency-release share', unit: 'ratio', family: 'itil', higherIsBetter: false },
  'code-freeze-to-live': { name: 'Code freeze to live (median)', unit: 'seconds', family: 'itil', higherIsBetter: false },
  'build-duration': { name: 'Release build time (median)', unit: 'seconds', family: 'ci', higherIsBetter: false },
  'pipeline-failure-rate': { name: 'Pipeline failure rate', unit: 'ratio', family: 'ci', higherIsBetter: false },
};

/** The ITIL release measures and the CI figures, in page order. */
export const ITIL_METRIC_IDS = METRIC_IDS.filter((id) => METRIC_INFO[id].family === 'itil') as readonly MetricId[];
export const CI_METRIC_IDS = METRIC_IDS.filter((id) => METRIC_INFO[id].family === 'ci') as readonly MetricId[];

export function isMetricId(s: string): s is MetricId {
  return (METRIC_IDS as readonly string[]).includes(s);
}

export interface OpenIncident {
  id: string;
  cause: string;
  detectedAt: string;
  /** Whole London calendar days from detection to the report's "today" (set by computeKpis; absent from computeMetrics alone). */
  openForDays?: number;
}

export interface MetricResult {
  id: MetricId;
  name: string;
  unit: MetricUnit;
  window: KpiWindow;
  /** The figure, in `unit`; null when the window has no data for it (shown as "no data", never 0). */
  value: number | null;
  /** For ratios: the counts divided. */
  numerator?: number;
  denominator?: number;
  /** How many of each input went in (deployments, commits, incidents, ignored values…). */
  inputs: Record<string, number>;
  /** DORA band for the four keys (null with no data, and for the ITIL measures). */
  band: Band | null;
  /** The report's wording for that band. */
  bandPublished: string | null;
  /** That band's range in words, from the limits it is judged by ("over 5% to 10%", "less than 1 day"). */
  bandRange: string | null;
  /** Report year the band was judged against; null for the ITIL measures. */
  bandReportYear: number | null;
  /** Deployment frequency only: the Four Keys bucket and what it was worked out from. */
  bucket?: FrequencyBucket | null;
  bucketBasis?: BucketBasis;
  /** Recovery time only: release-caused incidents still open, never averaged in. */
  openIncidents?: OpenIncident[];
}

/** Everything a window's metrics are counted from, chosen once per window and scope. */
export interface WindowSelection {
  window: KpiWindow;
  deployments: Deployment[];
  incidents: AttributedIncident[];
  /** Releases in scope with `dates.released` inside the window, with their planned date if any. */
  released: ReleasedRelease[];
  /** Pipeline run counts placed in the window (PipelineRecord). */
  pipelines: PipelineRecord[];
}

/** Select what falls in `window`, for one component or (component undefined) the whole programme. */
export function selectWindow(data: KpiData, window: KpiWindow, component?: string): WindowSelection {
  const inScope = (c: string) => component === undefined || c === component;
  return {
    window,
    deployments: data.deployments.filter((d) => inScope(d.component) && d.date >= window.from && d.date <= window.to),
    incidents: data.incidents.filter((i) => inScope(i.component) && i.detectedDate >= window.from && i.detectedDate <= window.to),
    released: data.released.filter((r) => inScope(r.component) && r.releasedDate >= window.from && r.releasedDate <= window.to),
    pipelines: data.pipelines.filter((p) => inScope(p.component) && p.date >= window.from && p.date <= window.to),
  };
}

function result(
  id: MetricId,
  window: KpiWindow,
  value: number | null,
  inputs: Record<string, number>,
  bands: DoraBands,
  extra: Partial<MetricResult> = {},
  bandValue?: number | null,
): MetricResult {
  const info = METRIC_INFO[id];
  const j = info.banded ? judge(bands, info.banded, bandValue === undefined ? value : bandValue) : null;
  return {
    id,
    name: info.name,
    unit: info.unit,
    window,
    value,
    ...extra,
    inputs,
    band: j?.band ?? null,
    bandPublished: j?.published ?? null,
    bandRange: j?.range ?? null,
    bandReportYear: info.banded ? bands.reportYear : null,
  };
}

const HOUR = 3600;

/** Live deployments per week = count × 7 ÷ days in the window; banded on count × 365 ÷ days per year. */
export function deploymentFrequency(s: WindowSelection, bands: DoraBands): MetricResult {
  const n = s.deployments.length;
  const { bucket, basis } = frequencyBucket(s.deployments.map((d) => d.date), s.window);
  const value = n > 0 ? (n * 7) / s.window.days : null;
  return result(
    'deployment-frequency',
    s.window,
    value,
    { deployments: n, deploymentDays: new Set(s.deployments.map((d) => d.date)).size, days: s.window.days },
    bands,
    { numerator: n, denominator: s.window.days, bucket, bucketBasis: basis },
    n > 0 ? (n * 365) / s.window.days : null,
  );
}

/** Median of live deployedAt − committedAt over every change commit of the window's deployments, ignoring ≤ 0. */
export function leadTime(s: WindowSelection, bands: DoraBands): MetricResult {
  const all = s.deployments.flatMap((d) => d.commitLeadTimes);
  const positive = all.filter((ms) => ms > 0).map((ms) => ms / 1000);
  const m = median(positive);
  return result(
    'lead-time',
    s.window,
    m,
    {
      deployments: s.deployments.length,
      deploymentsWithCommits: s.deployments.filter((d) => d.commitCount > 0).length,
      commits: all.length,
      measured: positive.length,
      ignored: all.length - positive.length,
    },
    bands,
    {},
    m === null ? null : m / HOUR,
  );
}

/** Live deployments that were rolled back, yanked or caused an incident ÷ live deployments (each release once). */
export function changeFailureRate(s: WindowSelection, bands: DoraBands): MetricResult {
  const n = s.deployments.length;
  const failed = s.deployments.filter((d) => d.failed).length;
  const v = ratio(failed, n);
  return result(
    'change-failure-rate',
    s.window,
    v,
    {
      deployments: n,
      failed,
      rolledBack: s.deployments.filter((d) => d.rolledBack).length,
      yanked: s.deployments.filter((d) => d.yanked).length,
      causedIncident: s.deployments.filter((d) => d.incidentIds.length > 0).length,
      rolledBackAndCausedIncident: s.deployments.filter((d) => d.rolledBack && d.incidentIds.length > 0).length,
    },
    bands,
    { numerator: failed, denominator: n },
    v === null ? null : v * 100,
  );
}

/**
 * Median resolvedAt − detectedAt of release-caused incidents detected in the window. Incidents with no
 * resolvedAt are counted and listed as open, never averaged; a negative duration (bad data) is ignored.
 */
export function recoveryTime(s: WindowSelection, bands: DoraBands): MetricResult {
  const open = s.incidents.filter((i) => i.resolvedAt === undefined);
  const durations = s.incidents
    .filter((i) => i.resolvedAt !== undefined)
    .map((i) => ((i.resolvedAt as number) - i.detectedAt) / 1000);
  const valid = durations.filter((d) => d >= 0);
  const m = median(valid);
  return result(
    'recovery-time',
    s.window,
    m,
    { incidents: s.incidents.length, resolved: valid.length, open: open.length, ignored: durations.length - valid.length },
    bands,
    { openIncidents: open.map((i) => ({ id: i.id, cause: i.cause, detectedAt: i.raw.detectedAt })) },
    m === null ? null : m / HOUR,
  );
}

/** Live deployments that were not rolled back or yanked and caused no incident ÷ live deployments. */
export function releaseSuccessRate(s: WindowSelection, bands: DoraBands): MetricResult {
  const n = s.deployments.length;
  const ok = s.deployments.filter((d) => !d.failed).length;
  return result('release-success-rate', s.window, ratio(ok, n), { deployments: n, successful: ok, failed: n - ok }, bands, {
    numerator: ok,
    denominator: n,
  });
}

/** Live deployments later rolled back ÷ live deployments. */
export function rollbackRate(s: WindowSelection, bands: DoraBands): MetricResult {
  const n = s.deployments.length;
  const rb = s.deployments.filter((d) => d.rolledBack).length;
  return result('rollback-rate', s.window, ratio(rb, n), { deployments: n, rolledBack: rb }, bands, { numerator: rb, denominator: n });
}

/**
 * Releases whose `dates.released` falls in the window and is on or before `dates.planned` ÷ those released
 * in the window that have a planned date (dates compared as London calendar dates).
 */
export function onTimeRate(s: WindowSelection, bands: DoraBands): MetricResult {
  const withPlan = s.released.filter((r) => r.plannedDate);
  const onTime = withPlan.filter((r) => r.releasedDate <= (r.plannedDate as string)).length;
  return result(
    'on-time-rate',
    s.window,
    ratio(onTime, withPlan.length),
    {
      released: s.released.length,
      withPlannedDate: withPlan.length,
      onTime,
      late: withPlan.length - onTime,
      withoutPlannedDate: s.released.length - withPlan.length,
    },
    bands,
    { numerator: onTime, denominator: withPlan.length },
  );
}

/** Live deployments of `releaseType: emergency` ÷ live deployments. */
export function emergencyShare(s: WindowSelection, bands: DoraBands): MetricResult {
  const n = s.deployments.length;
  const e = s.deployments.filter((d) => d.releaseType === 'emergency').length;
  return result('emergency-share', s.window, ratio(e, n), { deployments: n, emergency: e }, bands, { numerator: e, denominator: n });
}

/** Median of live deployedAt − dates.codeFreeze (a bare date is 00:00 London) over the window's deployments. */
export function codeFreezeToLive(s: WindowSelection, bands: DoraBands): MetricResult {
  const withFreeze = s.deployments.filter((d) => d.codeFreezeToLive !== undefined);
  const durations = withFreeze.map((d) => (d.codeFreezeToLive as number) / 1000);
  const valid = durations.filter((x) => x >= 0);
  return result(
    'code-freeze-to-live',
    s.window,
    median(valid),
    { deployments: s.deployments.length, withCodeFreeze: withFreeze.length, measured: valid.length, ignored: durations.length - valid.length },
    bands,
  );
}

/**
 * Median of `pipeline.buildDurationSeconds` (release tag until the artefact is ready for staging) over the window's
 * live deployments that record it. Median, not mean, so one stuck runner does not hide the usual figure.
 */
export function buildDuration(s: WindowSelection, bands: DoraBands): MetricResult {
  const measured = s.deployments.flatMap((d) => {
    const v = d.release.pipeline?.buildDurationSeconds;
    return typeof v === 'number' && v > 0 ? [v] : [];
  });
  return result('build-duration', s.window, median(measured), { deployments: s.deployments.length, measured: measured.length }, bands);
}

/**
 * Failed runs ÷ runs of the `main` pipeline, summed over the releases placed in the window that record their runs
 * (each counts the runs since the previous release of its component; one that never went live counts on its release
 * date, so no run is lost, PipelineRecord). The CI page's target is 5 % or less.
 */
export function pipelineFailureRate(s: WindowSelection, bands: DoraBands): MetricResult {
  const withRuns = s.pipelines;
  const runs = withRuns.reduce((n, p) => n + p.runs, 0);
  const failed = withRuns.reduce((n, p) => n + p.failedRuns, 0);
  return result(
    'pipeline-failure-rate',
    s.window,
    ratio(failed, runs),
    { deployments: s.deployments.length, withRuns: withRuns.length, runs, failed },
    bands,
    { numerator: failed, denominator: runs },
  );
}

const COMPUTE: Record<MetricId, (s: WindowSelection, b: DoraBands) => MetricResult> = {
  'deployment-frequency': deploymentFrequency,
  'lead-time': leadTime,
  'change-failure-rate': changeFailureRate,
  'recovery-time': recoveryTime,
  'release-success-rate': releaseSuccessRate,
  'rollback-rate': rollbackRate,
  'on-time-rate': onTimeRate,
  'emergency-share': emergencyShare,
  'code-freeze-to-live': codeFreezeToLive,
  'build-duration': buildDuration,
  'pipeline-failure-rate': pipelineFailureRate,
};

export type MetricSet = Record<MetricId, MetricResult>;

/** Every metric for one selection. */
export function computeMetrics(s: WindowSelection, bands: DoraBands): MetricSet {
  return Object.fromEntries(METRIC_IDS.map((id) => [id, COMPUTE[id](s, bands)])) as MetricSet;
}
