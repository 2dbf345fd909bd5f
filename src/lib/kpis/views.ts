// View helpers for the KPI pages: figure addresses written into the HTML (so built pages can be checked against
// /api/kpis.json), the quarter series a report shows, and what the MDX `<Kpi />` component quotes.
import { formatKpiInline, formatQuarter } from './format';
import { isMetricId, METRIC_IDS, type MetricResult } from './metrics';
import type { KpiApiJson, KpiMetricJson, KpiReport, KpiSet } from './report';
import type { MetricId } from './metrics';
import type { Quarter } from './windows';

/** The window part of a figure's address for the headline (rolling or custom) window. */
export const HEADLINE_REF = 'headline';

/**
 * Where a figure sits in the report, e.g. `programme/headline/lead-time` or `payments/2026-Q1/change-failure-rate`.
 * Pages write it as `data-kpi` beside the figure, so a test can look every figure up in the API document.
 */
export function kpiRef(set: KpiSet, id: MetricId): string {
  const scope = set.scope.kind === 'programme' ? 'programme' : set.scope.id;
  const window = set.window.kind === 'quarter' ? set.window.label : HEADLINE_REF;
  return `${scope}/${window}/${id}`;
}

/** The API's entry for a `kpiRef` address, if there is one. */
export function resolveKpiRef(api: KpiApiJson, ref: string): KpiMetricJson | undefined {
  const parts = ref.split('/');
  if (parts.length !== 3) return undefined;
  const [scope, window, id] = parts;
  const owner = scope === 'programme' ? api.programme : api.components.find((c) => c.id === scope);
  if (!owner) return undefined;
  const set = window === HEADLINE_REF ? owner.headline : owner.quarters.find((q) => q.window.label === window);
  return set?.metrics.find((m) => m.id === id);
}

/** The quarters a quarterly report charts: up to `n` ending with `quarter`, oldest first; none if it is not in the series. */
export function quartersEndingWith(sets: readonly KpiSet[], quarter: Quarter, n = 4): KpiSet[] {
  const i = sets.findIndex((s) => s.window.label === quarter);
  return i < 0 ? [] : sets.slice(Math.max(0, i - n + 1), i + 1);
}

/** The quarter before `quarter` in the series, for "change from the previous quarter". */
export function previousQuarterSet(sets: readonly KpiSet[], quarter: Quarter): KpiSet | undefined {
  const i = sets.findIndex((s) => s.window.label === quarter);
  return i > 0 ? sets[i - 1] : undefined;
}

export interface KpiQuoteProps {
  name?: string;
  component?: string;
  quarter?: string;
}

export interface KpiQuote {
  metric: MetricResult;
  /** "20 % (elite, DORA 2023)", "80 %" or "no data". */
  text: string;
  /** The figure's kpiRef address, e.g. `programme/headline/change-failure-rate`. */
  ref: string;
  /** The dashboard or report the figure comes from. */
  href: string;
  /** What the figure is, for a visually hidden suffix: "change failure rate, all components, last 90 days". */
  context: string;
}

function tag(p: KpiQuoteProps): string {
  const attrs = (['name', 'component', 'quarter'] as const)
    .filter((k) => p[k] !== undefined)
    .map((k) => ` ${k}="${p[k]}"`)
    .join('');
  return `<Kpi${attrs} />`;
}

/**
 * What `<Kpi name="…" component? quarter? />` prints in a handbook page. An unknown name, component or quarter
 * throws an Error that stops the build and says what was written and what is allowed.
 */
export function quoteKpi(report: KpiReport, p: KpiQuoteProps): KpiQuote {
  if (p.name === undefined || !isMetricId(p.name)) {
    const found = p.name === undefined ? 'no name' : `"${p.name}"`;
    throw new Error(`${tag(p)}: ${found} is not one of ${METRIC_IDS.join('|')}`);
  }
  const id = p.name;
  const owner = p.component === undefined ? undefined : report.components.find((c) => c.id === p.component);
  if (p.component !== undefined && !owner) {
    throw new Error(`${tag(p)}: component "${p.component}" is not one of ${report.components.map((c) => c.id).join('|')}`);
  }
  const sets = owner ? owner.quarters : report.quarters;
  const set = p.quarter === undefined ? (owner ? owner.headline : report.headline) : sets.find((s) => s.window.label === p.quarter);
  if (!set) {
    throw new Error(`${tag(p)}: quarter "${p.quarter}" is not one of ${sets.map((s) => s.window.label).join('|')}`);
  }
  const metric = set.metrics[id];
  const when = set.window.kind === 'quarter' ? formatQuarter(set.window.label) : set.window.label.toLowerCase();
  const href = owner ? `/kpis/${owner.id}/` : p.quarter !== undefined ? `/kpis/reports/${p.quarter}/` : '/kpis/';
  return {
    metric,
    text: formatKpiInline(metric),
    ref: kpiRef(set, id),
    href,
    context: `${metric.name.toLowerCase()}, ${owner ? owner.name : 'all components'}, ${when}`,
  };
}

/**
 * Whether any release in the report records build or pipeline facts (release `pipeline`), judged over every quarter
 * of the programme series. The dashboards show the CI figures only then; the API and the CLI always carry them.
 */
export function hasCiFigures(report: Pick<KpiReport, 'quarters'>): boolean {
  return report.quarters.some((q) => (q.metrics['build-duration'].inputs.measured ?? 0) > 0 || (q.metrics['pipeline-failure-rate'].inputs.withRuns ?? 0) > 0);
}
