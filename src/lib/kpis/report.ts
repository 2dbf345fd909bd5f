// Computes every KPI figure once — headline, quarterly trend, per component, quarter reports — and the API JSON.
import type { IsoDate } from '../shared/dates';
import { byCodePoint } from '../shared/sort';
import { calendarDate } from './london';
import type { KpiApiJson, KpiMetricJson, KpiSetJson, KpiWindowJson } from './api-schema';
import type { DoraBands } from './bands';
import { prepareKpiData, type Deployment, type KpiData } from './data';
import { formatBand, formatBucket, formatKpiValue, openDays } from './format';
import { releaseKey, type KpiComponent, type KpiRelease } from './input';
import { computeMetrics, METRIC_IDS, METRIC_INFO, selectWindow, type MetricFamily, type MetricId, type MetricResult, type MetricSet } from './metrics';
import {
  customWindow,
  quarterOf,
  quartersBetween,
  quarterWindow,
  rollingWindow,
  type KpiWindow,
  type Quarter,
} from './windows';

export type KpiScope = { kind: 'programme' } | { kind: 'component'; id: string; name: string };

/** Every metric for one scope and window. */
export interface KpiSet {
  scope: KpiScope;
  window: KpiWindow;
  metrics: MetricSet;
}

export interface ComponentKpis {
  id: string;
  name: string;
  headline: KpiSet;
  /** Same quarters as the programme series, oldest first. */
  quarters: KpiSet[];
}

/** A release in a quarter report: the identifying facts of a deployment, for released and deployed releases alike. */
export interface QuarterRelease extends Pick<Deployment, 'key' | 'component' | 'version' | 'title' | 'releaseType' | 'status'> {
  /** Live deployment date, else `dates.released`, as YYYY-MM-DD (London). */
  date: IsoDate;
  deployedLive: boolean;
  failed: boolean;
  rolledBack: boolean;
  yanked: boolean;
}

export interface FailureIncident {
  id: string;
  detectedAt: string;
  resolvedAt?: string;
  /** resolvedAt − detectedAt; null while open. */
  durationSeconds: number | null;
  open: boolean;
  remediation?: string;
  summary?: string;
  rootCause?: string;
}

export interface QuarterFailure {
  key: string;
  component: string;
  version: string;
  title?: string;
  date: IsoDate;
  rolledBack: boolean;
  yanked: boolean;
  incidents: FailureIncident[];
  /** Root causes written on the incidents. */
  rootCauses: string[];
  /** The release retrospective's "to improve" points, which record what went wrong. */
  toImprove: string[];
}

export interface OpenAction {
  release: string;
  component: string;
  version: string;
  description: string;
  owner?: string;
  due?: string;
  status: string;
  /** Due before today. */
  overdue: boolean;
}

/** Everything the printable quarterly report for the programme office shows. */
export interface QuarterReport {
  quarter: Quarter;
  window: KpiWindow;
  programme: KpiSet;
  components: KpiSet[];
  releases: QuarterRelease[];
  failures: QuarterFailure[];
  /** Retrospective actions not done, from retrospectives of releases up to the quarter's end, as of today. */
  openActions: OpenAction[];
}

export interface KpiReport {
  today: IsoDate;
  bands: { reportYear: number; title: string; source: string };
  /** The bands in use with their limits, for drawing them and stating each band's range (not in the JSON API). */
  doraBands: DoraBands;
  /** Rolling 90 days to today (or the window asked for). */
  headline: KpiSet;
  /** Oldest first, from the quarter of the earliest data to today's quarter (which is partial). */
  quarters: KpiSet[];
  components: ComponentKpis[];
  quarterReports: QuarterReport[];
  /** Releases deployed to live with no date anywhere: left out of every window. */
  undated: string[];
}

export interface ComputeKpiOptions {
  /** YYYY-MM-DD; SOURCE_DATE_EPOCH-aware `buildToday()` in builds, fixed in tests. */
  today: IsoDate;
  /** Components to report on, in display order; components found only in releases are added after them. */
  components: readonly KpiComponent[];
  bands: DoraBands;
  /** Replace the headline's rolling 90 days by this range (the CLI's --from/--to). */
  window?: { from: IsoDate; to: IsoDate };
}

/** Status of a retrospective action that is finished; any other status counts as open. */
export const DONE_ACTION_STATUSES: readonly string[] = ['done'];

/** Code-point order: the same on every machine, unlike locale collation. */
const cmp = byCodePoint;

function kpiSet(data: KpiData, window: KpiWindow, bands: DoraBands, scope: KpiScope, today: IsoDate): KpiSet {
  const component = scope.kind === 'component' ? scope.id : undefined;
  const metrics = computeMetrics(selectWindow(data, window, component), bands);
  // An incident still open has been open until today, whatever window it is listed in.
  const recovery = metrics['recovery-time'];
  if (recovery.openIncidents) recovery.openIncidents = recovery.openIncidents.map((o) => ({ ...o, openForDays: openDays(o.detectedAt, today) }));
  return { scope, window, metrics };
}

function componentList(data: KpiData, given: readonly KpiComponent[]): KpiComponent[] {
  const known = new Set(given.map((c) => c.id));
  const extra = [...new Set(data.releases.map((r) => r.component))].filter((id) => !known.has(id)).sort();
  return [...given.map((c) => ({ id: c.id, name: c.name })), ...extra.map((id) => ({ id, name: id }))];
}

function releaseDate(r: KpiRelease, byKey: ReadonlyMap<string, Deployment>): { date?: IsoDate; deployedLive: boolean } {
  const d = byKey.get(releaseKey(r));
  if (d) return { date: d.date, deployedLive: true };
  return { date: r.dates.released ? calendarDate(r.dates.released) : undefined, deployedLive: false };
}

function quarterReport(data: KpiData, today: IsoDate, q: KpiSet, components: KpiSet[]): QuarterReport {
  const w = q.window;
  const inQ = (d?: string) => d !== undefined && d >= w.from && d <= w.to;
  const byKey = new Map(data.deployments.map((d) => [d.key, d]));
  const releases: QuarterRelease[] = [];
  for (const r of data.releases) {
    const { date, deployedLive } = releaseDate(r, byKey);
    if (!date || !inQ(date)) continue;
    const dep = byKey.get(releaseKey(r));
    releases.push({
      key: releaseKey(r),
      component: r.component,
      version: r.version,
      title: r.title,
      releaseType: r.releaseType,
      status: r.status,
      date,
      deployedLive,
      failed: dep?.failed ?? false,
      rolledBack: dep?.rolledBack ?? false,
      yanked: dep?.yanked ?? false,
    });
  }
  releases.sort((a, b) => cmp(a.date, b.date) || cmp(a.key, b.key));

  const failures: QuarterFailure[] = data.deployments
    .filter((d) => d.failed && inQ(d.date))
    .map((d) => {
      const incidents = data.incidents
        .filter((i) => i.cause === d.key)
        .map(
          (i): FailureIncident => ({
            id: i.id,
            detectedAt: i.raw.detectedAt,
            resolvedAt: i.raw.resolvedAt,
            durationSeconds: i.resolvedAt === undefined ? null : (i.resolvedAt - i.detectedAt) / 1000,
            open: i.resolvedAt === undefined,
            remediation: i.remediation,
            summary: i.summary,
            rootCause: i.rootCause,
          }),
        );
      return {
        key: d.key,
        component: d.component,
        version: d.version,
        title: d.title,
        date: d.date,
        rolledBack: d.rolledBack,
        yanked: d.yanked,
        incidents,
        rootCauses: incidents.flatMap((i) => (i.rootCause ? [i.rootCause] : [])),
        toImprove: [...(d.release.retrospective?.toImprove ?? [])],
      };
    });

  const openActions: OpenAction[] = [];
  for (const r of data.releases) {
    const retro = r.retrospective;
    if (!retro) continue;
    const held = retro.date ? calendarDate(retro.date) : releaseDate(r, byKey).date;
    if (!held || held > w.to) continue;
    for (const a of retro.actions ?? []) {
      if (DONE_ACTION_STATUSES.includes(a.status)) continue;
      const due = a.due ?? undefined;
      openActions.push({
        release: releaseKey(r),
        component: r.component,
        version: r.version,
        description: a.description,
        owner: a.owner ?? undefined,
        due,
        status: a.status,
        overdue: due !== undefined && calendarDate(due) < today,
      });
    }
  }
  // Soonest due first; actions without a due date last.
  openActions.sort((a, b) => cmp(a.due ?? '9999', b.due ?? '9999') || cmp(a.release, b.release) || cmp(a.description, b.description));

  return { quarter: w.label, window: w, programme: q, components, releases, failures, openActions };
}

/** Compute the whole KPI report once; pages, the API and the CLI read from it. */
export function computeKpis(releases: readonly KpiRelease[], opts: ComputeKpiOptions): KpiReport {
  const { today, bands } = opts;
  const data = prepareKpiData(releases);
  const headlineWindow = opts.window ? customWindow(opts.window.from, opts.window.to) : rollingWindow(today);
  const last = quarterOf(today);
  const first = data.earliest && data.earliest < today ? quarterOf(data.earliest) : last;
  const quarterIds = quartersBetween(first, last);
  const windows = quarterIds.map((q) => quarterWindow(q, today));
  const programme: KpiScope = { kind: 'programme' };

  const quarters = windows.map((w) => kpiSet(data, w, bands, programme, today));
  const components: ComponentKpis[] = componentList(data, opts.components).map((c) => {
    const scope: KpiScope = { kind: 'component', id: c.id, name: c.name };
    return {
      id: c.id,
      name: c.name,
      headline: kpiSet(data, headlineWindow, bands, scope, today),
      quarters: windows.map((w) => kpiSet(data, w, bands, scope, today)),
    };
  });
  const quarterReports = quarters.map((q, i) => quarterReport(data, today, q, components.map((c) => c.quarters[i])));

  return {
    today,
    bands: { reportYear: bands.reportYear, title: bands.title, source: bands.source },
    doraBands: bands,
    headline: kpiSet(data, headlineWindow, bands, programme, today),
    quarters,
    components,
    quarterReports,
    undated: data.undated,
  };
}

/** One metric, for `<Kpi name="…" />`: programme-wide headline unless a component and/or quarter is given. */
export function findMetric(
  report: KpiReport,
  id: MetricId,
  where: { component?: string; quarter?: Quarter } = {},
): MetricResult | undefined {
  let owner: { headline: KpiSet; quarters: KpiSet[] } | undefined = report;
  if (where.component !== undefined) owner = report.components.find((c) => c.id === where.component);
  if (!owner) return undefined;
  const set = where.quarter === undefined ? owner.headline : owner.quarters.find((s) => s.window.label === where.quarter);
  return set?.metrics[id];
}

/** The quarter report for `YYYY-Qn`, if that quarter is in the series. */
export function findQuarterReport(report: KpiReport, quarter: Quarter): QuarterReport | undefined {
  return report.quarterReports.find((q) => q.quarter === quarter);
}

// ---- /api/kpis.json -------------------------------------------------------------------------------------------

export const KPI_API_SCHEMA_VERSION = 1;

// The document's types are read from its schema, which /schemas/kpis-api.schema.json publishes (./api-schema.ts).
export type { KpiApiJson, KpiMetricJson, KpiSetJson, KpiWindowJson } from './api-schema';
function windowJson(w: KpiWindow): KpiWindowJson {
  return { kind: w.kind, label: w.label, from: w.from, to: w.to, days: w.days, partial: w.partial };
}

/** One metric as JSON: the figure, its display text, its window and its inputs' counts. */
export function metricJson(m: MetricResult): KpiMetricJson {
  const out: KpiMetricJson = {
    id: m.id,
    name: m.name,
    unit: m.unit,
    window: windowJson(m.window),
    value: m.value,
    display: formatKpiValue(m),
    numerator: m.numerator ?? null,
    denominator: m.denominator ?? null,
    inputs: { ...m.inputs },
    band: m.band,
    bandPublished: m.bandPublished,
    bandRange: m.bandRange,
    bandReportYear: m.bandReportYear,
    bandDisplay: formatBand(m),
  };
  if (m.id === 'deployment-frequency') {
    out.bucket = m.bucket ?? null;
    out.bucketDisplay = formatBucket(m.bucket);
    out.bucketBasis = m.bucketBasis;
  }
  if (m.openIncidents) out.openIncidents = m.openIncidents;
  return out;
}

function setJson(s: KpiSet): KpiSetJson {
  return { window: windowJson(s.window), metrics: METRIC_IDS.map((id) => metricJson(s.metrics[id])) };
}

/**
 * The `/api/kpis.json` document: every figure, its window and its inputs' counts. With `component`, only that
 * component is listed (the programme figures stay, for context) — what `npm run kpis -- --component id --format json` prints.
 */
export function toKpiApiJson(report: KpiReport, opts: { component?: string } = {}): KpiApiJson {
  return {
    schemaVersion: KPI_API_SCHEMA_VERSION,
    today: report.today,
    bands: report.bands,
    definitions: METRIC_IDS.map((id) => ({ id, name: METRIC_INFO[id].name, unit: METRIC_INFO[id].unit, family: METRIC_INFO[id].family })),
    programme: { headline: setJson(report.headline), quarters: report.quarters.map(setJson) },
    components: report.components.filter((c) => opts.component === undefined || c.id === opts.component).map((c) => ({
      id: c.id,
      name: c.name,
      headline: setJson(c.headline),
      quarters: c.quarters.map(setJson),
    })),
    undated: report.undated,
  };
}
