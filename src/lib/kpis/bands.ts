// DORA performance bands (elite/high/medium/low) per report year, read from <content>/kpis/dora-bands.yaml, and judging.
import fs from 'node:fs';
import path from 'node:path';
import { parseYamlText } from '../shared/parse';
import { z } from 'zod';
import { ContentError, issue, type ContentIssue } from '../shared/errors';
import { urlSchema } from '../shared/urls';
import { lineOf, validate } from '../shared/validate';
import { contentPaths } from '../shared/content-dir';
import { readContent } from '../shared/read';


export const BANDS = ['elite', 'high', 'medium', 'low'] as const;
export type Band = (typeof BANDS)[number];

/** The four DORA keys that carry a band; the ITIL measures have none. */
export const BANDED_METRICS = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'recoveryTime'] as const;
export type BandedMetric = (typeof BANDED_METRICS)[number];

const published = z.string().trim().min(1);

// Each better band states the limit a figure must meet to reach it; `low` is what is left, so it has no limit.
const rateBand = z.object({ published, atLeastPerYear: z.number().positive() }).strict();
const durationBand = z.object({ published, lessThanHours: z.number().positive() }).strict();
const percentBand = z.object({ published, atMostPercent: z.number().min(0).max(100) }).strict();
const lowBand = z.object({ published }).strict();

function bandsOf<T extends z.ZodType>(band: T) {
  return z.object({ elite: band, high: band, medium: band, low: lowBand }).strict();
}

const reportSchema = z
  .object({
    title: z.string().trim().min(1),
    source: urlSchema,
    deploymentFrequency: bandsOf(rateBand),
    leadTime: bandsOf(durationBand),
    changeFailureRate: bandsOf(percentBand),
    recoveryTime: bandsOf(durationBand),
  })
  .strict();

const yearSchema = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const n = Number(v);
  if (Number.isInteger(n) && n >= 2013 && n <= 2100) return n;
  ctx.addIssue({ code: 'custom', message: '{found} is not a report year: expected a year such as 2023' });
  return z.NEVER;
});

export const doraBandsFileSchema = z
  .object({
    use: yearSchema,
    reports: z.record(
      z.string().regex(/^\d{4}$/, { message: 'report years are four-digit keys such as 2023' }),
      reportSchema,
    ),
  })
  .strict();

export type DoraBandsFile = z.output<typeof doraBandsFileSchema>;
export type DoraReport = z.output<typeof reportSchema>;

/** The bands in use: one report year's thresholds, as the KPI computation needs them. */
export interface DoraBands {
  reportYear: number;
  title: string;
  source: string;
  thresholds: DoraReport;
  /** Every year in the file, for a page that lists them. */
  available: number[];
}

type Limits = Record<Exclude<Band, 'low'>, number>;

function limits(r: DoraReport, m: BandedMetric): Limits {
  const b = r[m] as Record<Exclude<Band, 'low'>, Record<string, unknown>>;
  const key = m === 'deploymentFrequency' ? 'atLeastPerYear' : m === 'changeFailureRate' ? 'atMostPercent' : 'lessThanHours';
  return { elite: b.elite[key] as number, high: b.high[key] as number, medium: b.medium[key] as number };
}

/** Rules the schema cannot express: `use` names a year in the file; better bands have stricter limits. */
function crossCheck(data: DoraBandsFile, file: string, text: string | undefined): ContentIssue[] {
  const out: ContentIssue[] = [];
  const years = Object.keys(data.reports).sort();
  if (!data.reports[String(data.use)]) {
    out.push(
      issue(file, 'use', `${data.use} is not one of the report years in this file: ${years.join('|') || 'none'}`, lineOf({ file, text }, ['use'])),
    );
  }
  for (const y of years) {
    for (const m of BANDED_METRICS) {
      const l = limits(data.reports[y], m);
      const higherIsBetter = m === 'deploymentFrequency';
      const pairs: Array<[Exclude<Band, 'low'>, Exclude<Band, 'low'>]> = [['elite', 'high'], ['high', 'medium']];
      for (const [better, worse] of pairs) {
        const ok = higherIsBetter ? l[better] >= l[worse] : l[better] <= l[worse];
        if (!ok) {
          out.push(
            issue(
              file,
              `reports.${y}.${m}.${worse}`,
              `${l[worse]} is a stricter limit than ${better} (${l[better]}): each band's limit must be ${higherIsBetter ? 'no higher' : 'no lower'} than the band above it`,
              lineOf({ file, text }, ['reports', y, m, worse]),
            ),
          );
        }
      }
    }
  }
  return out;
}

/** Validate a bands file's text; `reportYear` overrides the file's `use:` (e.g. from site config). */
export function parseDoraBands(
  text: string,
  file = contentPaths().doraBands,
  reportYear?: number,
): { bands?: DoraBands; issues: ContentIssue[] } {
  const parsed = parseYamlText(text, file);
  if (!parsed.ok) return { issues: parsed.issues };
  const res = validate(doraBandsFileSchema, parsed.data, { file, text });
  if (!res.ok) return { issues: res.issues };
  const value = reportYear === undefined ? res.value : { ...res.value, use: reportYear };
  const issues = crossCheck(value, file, text);
  if (issues.length > 0) return { issues };
  const r = value.reports[String(value.use)];
  return {
    bands: {
      reportYear: value.use,
      title: r.title,
      source: r.source,
      thresholds: r,
      available: Object.keys(value.reports).map(Number).sort((a, b) => a - b),
    },
    issues: [],
  };
}

/** Read `<content>/kpis/dora-bands.yaml` under `root` (the project root); throws a ContentError listing every problem. */
export function loadDoraBands(root: string, reportYear?: number): DoraBands {
  const file = contentPaths(root).doraBands;
  const p = path.join(root, file);
  if (!fs.existsSync(p)) {
    throw new ContentError([issue(file, '', 'is missing: the KPI pages need the DORA performance bands')]);
  }
  const { bands, issues } = parseDoraBands(readContent(p, file), file, reportYear);
  if (!bands) throw new ContentError(issues);
  return bands;
}

export interface BandJudgement {
  band: Band;
  /** The report's own words for that band, e.g. "Between one day and one week". */
  published: string;
  /** The band's range in words, from the limits it is judged by: see bandRanges(), e.g. "over 5% to 10%". */
  range: string;
}

/**
 * The band a figure falls in: the best band whose limit it meets; otherwise low.
 * Where a report published the same range for several bands (2021 change failure rate: high, medium and low
 * all "16%–30%"), the better band is given, because that is the first the figure qualifies for.
 * `value` is in the metric's own unit: deployments per year, hours, or percent.
 */
export function judge(bands: DoraBands, metric: BandedMetric, value: number | null): BandJudgement | null {
  if (value === null || !Number.isFinite(value)) return null;
  const r = bands.thresholds[metric];
  const l = limits(bands.thresholds, metric);
  for (const b of ['elite', 'high', 'medium'] as const) {
    const meets =
      metric === 'deploymentFrequency' ? value >= l[b] : metric === 'changeFailureRate' ? value <= l[b] : value < l[b];
    if (meets) return { band: b, published: r[b].published, range: bandRanges(bands, metric)[b] };
  }
  return { band: 'low', published: r.low.published, range: bandRanges(bands, metric).low };
}

/** A limit on the `lessThanHours` scale in words: 1 → "1 hour", 24 → "1 day", 168 → "1 week", 720 → "1 month", 4380 → "6 months". */
export function formatHoursLimit(hours: number): string {
  const unit = (n: number, one: string) => `${trimNumber(n)} ${n === 1 ? one : `${one}s`}`;
  // The bands file reads a month as 30 days (720 h) and six months as half a year (4380 h); see dora-bands.yaml.
  if (hours % 8760 === 0) return unit(hours / 8760, 'year');
  if (hours % 4380 === 0) return unit((hours / 4380) * 6, 'month');
  if (hours % 720 === 0) return unit(hours / 720, 'month');
  if (hours % 168 === 0) return unit(hours / 168, 'week');
  if (hours % 24 === 0) return unit(hours / 24, 'day');
  return unit(hours, 'hour');
}

/** A limit on the `atLeastPerYear` scale in words: 365 → "once a day", 52 → "once a week", 12 → "once a month", 2 → "once every 6 months". */
export function formatPerYearLimit(perYear: number): string {
  const named: Record<number, string> = { 365: 'once a day', 52: 'once a week', 12: 'once a month', 4: 'once a quarter', 2: 'once every 6 months', 1: 'once a year' };
  return named[perYear] ?? `${trimNumber(perYear)} times a year`;
}

function trimNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, '');
}

/**
 * Each band's range in words, worked out from the limits the figures are judged by (so the words and the judging
 * cannot disagree), e.g. for the 2023 change failure rate: elite "0–5%", high "over 5% to 10%", medium "over 10% to
 * 15%", low "over 15%"; lead time: "less than 1 day", "between 1 day and 1 week", …, "1 month or more"; deployment
 * frequency: "once a day or more often", "between once a week and once a day", …, "less often than once a month".
 * The reports' own wording (`published`) sometimes gives one number or the same range for several bands; a band
 * whose limit equals the band above it can never be reached, and says so ("none: same limit as high").
 * Rules: judge() — the best band whose limit a figure meets; low is everything else.
 */
export function bandRanges(bands: DoraBands, metric: BandedMetric): Record<Band, string> {
  const l = limits(bands.thresholds, metric);
  const order = ['elite', 'high', 'medium'] as const;
  const out = {} as Record<Band, string>;
  const same = (b: (typeof order)[number], i: number) => i > 0 && l[b] === l[order[i - 1]];
  order.forEach((b, i) => {
    if (same(b, i)) {
      out[b] = `none: same limit as ${order[i - 1]}`;
      return;
    }
    const prev = i > 0 ? l[order[i - 1]] : undefined;
    if (metric === 'changeFailureRate') out[b] = prev === undefined ? `0–${trimNumber(l[b])}%` : `over ${trimNumber(prev)}% to ${trimNumber(l[b])}%`;
    else if (metric === 'deploymentFrequency')
      out[b] = prev === undefined ? `${formatPerYearLimit(l[b])} or more often` : `between ${formatPerYearLimit(l[b])} and ${formatPerYearLimit(prev)}`;
    else out[b] = prev === undefined ? `less than ${formatHoursLimit(l[b])}` : `between ${formatHoursLimit(prev)} and ${formatHoursLimit(l[b])}`;
  });
  const last = l.medium;
  out.low =
    metric === 'changeFailureRate' ? `over ${trimNumber(last)}%` : metric === 'deploymentFrequency' ? `less often than ${formatPerYearLimit(last)}` : `${formatHoursLimit(last)} or more`;
  return out;
}

/** One band limit, for drawing it on a chart: the band a figure reaches at this limit, and the limit in words. */
export interface BandLimit {
  band: Exclude<Band, 'low'>;
  /** In the metric's own bands unit: deployments per year, hours, or percent. */
  limit: number;
  /** "5%", "1 day", "once a week". */
  text: string;
}

/**
 * The distinct limits of a metric's bands, best band first; where two bands share a limit only the better is kept
 * (it is the one a figure at that limit reaches).
 */
export function bandLimits(bands: DoraBands, metric: BandedMetric): BandLimit[] {
  const l = limits(bands.thresholds, metric);
  const out: BandLimit[] = [];
  for (const b of ['elite', 'high', 'medium'] as const) {
    if (out.some((o) => o.limit === l[b])) continue;
    const text = metric === 'changeFailureRate' ? `${trimNumber(l[b])}%` : metric === 'deploymentFrequency' ? formatPerYearLimit(l[b]) : formatHoursLimit(l[b]);
    out.push({ band: b, limit: l[b], text });
  }
  return out;
}
