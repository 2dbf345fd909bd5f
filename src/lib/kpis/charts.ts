// Geometry for build-time SVG trend charts of a KPI by quarter (d3-scale, d3-shape): data out, markup elsewhere.
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { formatValue, NO_DATA } from './format';
import { METRIC_INFO, type MetricId, type MetricUnit } from './metrics';
import type { KpiSet } from './report';

export interface ChartDatum {
  /** Category label on the x axis, e.g. `2026-Q1`. */
  label: string;
  /** In the metric's unit (per week, 0–1 ratio, seconds); null draws a gap, never a zero. */
  value: number | null;
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
}

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
  const domainMax = unit === 'ratio' ? Math.min(100, Math.max(top, 10)) : Math.max(top, 1);
  const y = scaleLinear().domain([0, domainMax]).range([plot.y + plot.height, plot.y]).nice(5);
  const labels = data.map((d) => d.label);
  const band = scaleBand<string>().domain(labels).range([plot.x, plot.x + plot.width]).padding(0.25);
  const pointScale = scalePoint<string>().domain(labels).range([plot.x, plot.x + plot.width]).padding(0.5);
  const xOf = (label: string) => (kind === 'bar' ? (band(label) ?? 0) + band.bandwidth() / 2 : (pointScale(label) ?? 0));

  const points: ChartPoint[] = data.map((d) => ({
    label: d.label,
    value: d.value,
    display: formatValue(d.value, unit),
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

  const title = opts.title ?? 'Trend';
  const listed = points.map((p) => `${p.label}: ${p.value === null ? NO_DATA : p.display}`).join('; ');
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
    title,
    description: `${title}, ${data.length === 1 ? 'one quarter' : `${data.length} quarters`}. ${listed}.`,
  };
}

/** The trend of one metric across a series of quarter sets (programme or component). */
export function metricTrendChart(sets: readonly KpiSet[], id: MetricId, opts: ChartOptions = {}): TrendChart {
  const info = METRIC_INFO[id];
  const kind = opts.kind ?? (id === 'deployment-frequency' ? 'bar' : 'line');
  return trendChart(
    sets.map((s) => ({ label: s.window.label, value: s.metrics[id].value })),
    info.unit,
    { ...opts, kind, title: opts.title ?? `${info.name} by quarter` },
  );
}
