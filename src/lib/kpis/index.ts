// Public entry to the KPI layer: what pages, the API route, MDX components and the CLI import.
export type { KpiRelease, KpiComponent, KpiIncident, KpiEnvironment, KpiPipeline, ReleaseRef } from './input';
export { releaseKey } from './input';
export { kpiApiSchema, kpiApiJsonSchemaText } from './api-schema';
export { computeKpis, findMetric, findQuarterReport, toKpiApiJson, metricJson, KPI_API_SCHEMA_VERSION, DONE_ACTION_STATUSES } from './report';
export type {
  KpiReport,
  KpiSet,
  KpiScope,
  ComponentKpis,
  QuarterReport,
  QuarterRelease,
  QuarterFailure,
  FailureIncident,
  OpenAction,
  ComputeKpiOptions,
  KpiApiJson,
  KpiSetJson,
  KpiMetricJson,
} from './report';
export { METRIC_IDS, DORA_METRIC_IDS, ITIL_METRIC_IDS, CI_METRIC_IDS, METRIC_INFO, isMetricId } from './metrics';
export type { MetricFamily, MetricId, MetricResult, MetricSet, MetricUnit, OpenIncident } from './metrics';
export { loadDoraBands, parseDoraBands, judge, bandRanges, bandLimits, formatHoursLimit, formatPerYearLimit, BANDS, BANDED_METRICS } from './bands';
export type { Band, BandedMetric, BandLimit, DoraBands, BandJudgement } from './bands';
export { FREQUENCY_BUCKETS, frequencyBucket } from './frequency';
export type { FrequencyBucket } from './frequency';
export {
  NO_DATA,
  formatKpiValue,
  formatKpiInline,
  formatValue,
  formatPercent,
  formatPerWeek,
  formatDuration,
  formatBand,
  formatBandName,
  formatBucket,
  formatInputs,
  formatWindow,
  formatQuarter,
  formatOpenFor,
  formatOpenDays,
  openDays,
} from './format';
export { trendChart, metricTrendChart, bandThresholds } from './charts';
export type { TrendChart, ChartPoint, ChartBar, ChartTick, ChartDatum, ChartOptions, ChartThreshold } from './charts';
export { addDays, rollingWindow, quarterWindow, customWindow, quarterOf, quartersBetween, isQuarter, ROLLING_DAYS } from './windows';
export type { KpiWindow, Quarter } from './windows';
export { median } from './stats';
export { dashboardReport, quarterPageView, reportFigures, type DashboardReport, type QuarterPageView, type ReportFigures } from './page-views';
export { kpiRef, resolveKpiRef, quartersEndingWith, previousQuarterSet, quoteKpi, hasCiFigures, HEADLINE_REF } from './views';
export type { KpiQuote, KpiQuoteProps } from './views';
