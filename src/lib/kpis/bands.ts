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
    if (meets) return { band: b, published: r[b].published };
  }
  return { band: 'low', published: r.low.published };
}
