// Geometry for build-time SVG trend charts of a KPI by quarter (d3-scale, d3-shape): data out, markup elsewhere.
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { formatKpiValue, formatValue, NO_DATA } from './format';
import { METRIC_INFO, type MetricId, type MetricUnit } from './metrics';
import { bandLimits, bandRanges, type DoraBands } from './bands';
import { formatBandName } from './format';
import type { KpiSet } from './report';

export interface ChartDatum {
  /** Category label on the x axis, e.g. `2026-Q1`. */
  label: string;
  /** In the metric's unit (per week, 0–1 ratio, seconds); null draws a gap, never a zero. */
  value: number | null;
  /** The figure as the page shows it (formatKpiValue), when it says more than the value (open incidents). */
  display?: string;
}

export interface ChartTick {
  /** Pixel position along the axis. */
  position: number;
  label: string;
}

export interface ChartPoint {
  label: string;
  value: number | null;
  /** Same text as the data table and the API. */
  display: string;
  x: number;
  /** null when the value is null: draw nothing there (or a "no data" mark on the axis). */
  y: number | null;
}

/** A band limit to draw across the chart as a dashed, labelled line. */
export interface ChartThreshold {
  /** Short label drawn at the line's end, e.g. "Elite limit: 1 day". */
  label: string;
  /** In the series' unit (per week, 0–1 ratio, seconds). */
  value: number;
  /** y in px; null when the limit lies above the top of the axis (not drawn; the description still names it). */
  position: number | null;
  /** false when the label would sit on top of the one drawn before it: the line is drawn, the words are in the description. */
  labelled: boolean;
}

export interface ChartBar {
  label: string;
  value: number;
  display: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TrendChart {
  kind: 'line' | 'bar';
  width: number;
  height: number;
  /** The plotting area inside the margins. */
  plot: { x: number; y: number; width: number; height: number };
  /** y of the zero line (bottom of the plot). */
  baseline: number;
  /** What the y numbers mean, e.g. "hours", "%", "per week". */
  yUnit: string;
  xTicks: ChartTick[];
  yTicks: ChartTick[];
  /** SVG path `d` for the line, broken at nulls; null if no value at all (or for bar charts). */
  path: string | null;
  points: ChartPoint[];
  /** Bar charts only; null values have no bar. */
  bars: ChartBar[];
  /** Band limits, best band first (empty for measures without bands). */
  thresholds: ChartThreshold[];
  /** For `<title>` and `<desc>`: the chart in words, every value included. */
  title: string;
  description: string;
}

export interface ChartOptions {
  kind?: 'line' | 'bar';
  width?: number;
  height?: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  title?: string;
  /** Limits to draw as dashed lines, in the series' unit; the next one above the data is brought onto the axis. */
  thresholds?: { label: string; value: number }[];
  /** Sentence added to the description that explains the lines in words (e.g. each band's range). */
  thresholdsText?: string;
}

/** Labels closer than this (px) would overlap at the chart's 12 px label size. */
const LABEL_GAP = 14;

const round = (n: number) => Math.round(n * 100) / 100;

/** Display scale for the axis: durations in minutes, hours or days, ratios in percent. */
function axisUnit(unit: MetricUnit, max: number): { factor: number; label: string; suffix: string } {
  if (unit === 'ratio') return { factor: 100, label: '%', suffix: '%' };
  if (unit === 'per-week') return { factor: 1, label: 'per week', suffix: '' };
  if (max < 2 * 3600) return { factor: 1 / 60, label: 'minutes', suffix: ' min' };
  if (max < 72 * 3600) return { factor: 1 / 3600, label: 'hours', suffix: ' h' };
  return { factor: 1 / 86400, label: 'days', suffix: ' days' };
}

/** Chart geometry for a series of values in `unit`. */
export function trendChart(data: readonly ChartDatum[], unit: MetricUnit, opts: ChartOptions = {}): TrendChart {
  const kind = opts.kind ?? 'line';
  const width = opts.width ?? 640;
  const height = opts.height ?? 240;
  const margin = opts.margin ?? { top: 16, right: 16, bottom: 40, left: 64 };
  const plot = { x: margin.left, y: margin.top, width: width - margin.left - margin.right, height: height - margin.top - margin.bottom };
  const present = data.filter((d): d is ChartDatum & { value: number } => d.value !== null && Number.isFinite(d.value));
  const rawMax = Math.max(0, ...present.map((d) => d.value));
  const ax = axisUnit(unit, rawMax);
  const top = rawMax * ax.factor;

  // Ratios never need an axis beyond 100%; an all-zero or empty series still gets a readable axis.
  let domainMax = unit === 'ratio' ? Math.min(100, Math.max(top, 10)) : Math.max(top, 1);
  // The nearest band limit above the data is brought onto the axis when it is within three times the axis top, so a
  // reader sees how far the figures are from the next band without flattening them; farther limits are described only.
  const limits = (opts.thresholds ?? []).map((t) => ({ ...t, scaled: t.value * ax.factor }));
  const nextAbove = limits.filter((t) => t.scaled > domainMax).sort((a, b) => a.scaled - b.scaled)[0];
  if (nextAbove && nextAbove.scaled <= 3 * domainMax) domainMax = nextAbove.scaled;
  const y = scaleLinear().domain([0, domainMax]).range([plot.y + plot.height, plot.y]).nice(5);
  const labels = data.map((d) => d.label);
  const band = scaleBand<string>().domain(labels).range([plot.x, plot.x + plot.width]).padding(0.25);
  const pointScale = scalePoint<string>().domain(labels).range([plot.x, plot.x + plot.width]).padding(0.5);
  const xOf = (label: string) => (kind === 'bar' ? (band(label) ?? 0) + band.bandwidth() / 2 : (pointScale(label) ?? 0));

  const points: ChartPoint[] = data.map((d) => ({
    label: d.label,
    value: d.value,
    display: d.display ?? formatValue(d.value, unit),
    x: round(xOf(d.label)),
    y: d.value === null || !Number.isFinite(d.value) ? null : round(y(d.value * ax.factor)),
  }));

  const path =
    kind === 'line' && present.length > 0
      ? line<ChartPoint>()
          .defined((p) => p.y !== null)
          .x((p) => p.x)
          .y((p) => p.y as number)(points)
      : null;

  const baseline = round(y(0));
  const bars: ChartBar[] =
    kind === 'bar'
      ? points
          .filter((p): p is ChartPoint & { value: number; y: number } => p.y !== null && p.value !== null)
          .map((p) => ({
            label: p.label,
            value: p.value,
            display: p.display,
            x: round(band(p.label) ?? 0),
            y: p.y,
            width: round(band.bandwidth()),
            height: round(baseline - p.y),
          }))
      : [];

  const top2 = y.domain()[1];
  let lastLabel = Number.POSITIVE_INFINITY;
  const thresholds: ChartThreshold[] = limits
    .slice()
    .sort((a, b) => a.scaled - b.scaled)
    .map((t) => {
      const position = t.scaled <= top2 ? round(y(t.scaled)) : null;
      const labelled = position !== null && Math.abs(lastLabel - position) >= LABEL_GAP;
      if (labelled) lastLabel = position as number;
      return { label: t.label, value: t.value, position, labelled };
    });

  const title = opts.title ?? 'Trend';
  const listed = points.map((p) => `${p.label}: ${p.value === null ? (p.display || NO_DATA) : p.display}`).join('; ');
  return {
    kind,
    width,
    height,
    plot,
    baseline,
    yUnit: ax.label,
    xTicks: labels.map((l) => ({ position: round(xOf(l)), label: l })),
    yTicks: y.ticks(5).map((t) => ({ position: round(y(t)), label: `${t}${ax.suffix}` })),
    path,
    points,
    bars,
    thresholds,
    title,
    description: `${title}, ${data.length === 1 ? 'one quarter' : `${data.length} quarters`}. ${listed}.${opts.thresholdsText ? ` ${opts.thresholdsText}` : ''}`,
  };
}

/** The bands' limits converted to a metric's unit: per year → per week, percent → 0–1 ratio, hours → seconds. */
function toMetricUnit(unit: MetricUnit, limit: number): number {
  if (unit === 'per-week') return (limit * 7) / 365;
  if (unit === 'ratio') return limit / 100;
  return limit * 3600;
}

/**
 * A metric's band limits for its chart (dashed lines labelled "Elite limit: 1 day") and, for the text alternative,
 * every band's range in words: "Dashed lines mark the DORA 2023 band limits. Elite: less than 1 day; high: between
 * 1 day and 1 week; medium: between 1 week and 1 month; low: 1 month or more." Nothing for measures DORA does not band.
 */
export function bandThresholds(bands: DoraBands, id: MetricId): Pick<ChartOptions, 'thresholds' | 'thresholdsText'> {
  const info = METRIC_INFO[id];
  if (!info.banded) return {};
  const ranges = bandRanges(bands, info.banded);
  const text = (['elite', 'high', 'medium', 'low'] as const).map((b) => `${b === 'elite' ? 'Elite' : b}: ${ranges[b]}`).join('; ');
  return {
    thresholds: bandLimits(bands, info.banded).map((l) => ({ label: `${formatBandName(l.band)} limit: ${l.text}`, value: toMetricUnit(info.unit, l.limit) })),
    thresholdsText: `Dashed lines mark the DORA ${bands.reportYear} band limits. ${text}.`,
  };
}

/**
 * The trend of one metric across a series of quarter sets (programme or component). A quarter still in progress is
 * labelled "(to date)" in the description. With `bands`, a banded metric's band limits are drawn (bandThresholds).
 */
export function metricTrendChart(sets: readonly KpiSet[], id: MetricId, opts: ChartOptions & { bands?: DoraBands } = {}): TrendChart {
  const info = METRIC_INFO[id];
  const kind = opts.kind ?? (id === 'deployment-frequency' ? 'bar' : 'line');
  const { bands, ...rest } = opts;
  const chart = trendChart(
    // The figure as the table beside the chart shows it (e.g. "none resolved; 1 open for 2 days"), so both say the same.
    sets.map((s) => ({ label: s.window.label, value: s.metrics[id].value, display: formatKpiValue({ ...s.metrics[id], unit: info.unit }) })),
    info.unit,
    { ...(bands ? bandThresholds(bands, id) : {}), ...rest, kind, title: opts.title ?? `${info.name} by quarter` },
  );
  // Partial quarters: say so where the description lists the figures (the x axis keeps the short id).
  const partial = sets.filter((s) => s.window.partial).map((s) => s.window.label);
  let description = chart.description;
  for (const q of partial) description = description.replace(`${q}: `, `${q} (to date): `);
  return { ...chart, description };
}
