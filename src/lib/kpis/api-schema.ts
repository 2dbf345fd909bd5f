// The shape of /api/kpis.json (and `npm run kpis -- --format json`), as a zod schema: the types the document is built
// as (report.ts) are read from it, and its JSON Schema is published at /schemas/kpis-api.schema.json, so the type, the
// published schema and the document cannot disagree.
import { z } from 'zod';
import { publishedJsonSchema } from '../shared/json-schema';
import { BANDS } from './bands';
import { FREQUENCY_BUCKETS } from './frequency';
import { METRIC_IDS } from './metrics';

/** A calendar date, YYYY-MM-DD (Europe/London). */
const date = z.iso.date();

const windowSchema = z
  .strictObject({
    kind: z.enum(['rolling', 'quarter', 'custom']),
    label: z.string().meta({ description: '"Last 90 days", "2026-Q1", or "<from> to <to>".' }),
    from: date,
    to: date,
    days: z.number().int().min(1),
    partial: z.boolean().meta({ description: 'True for the quarter in progress: its figures are not final.' }),
  })
  .meta({ description: 'A closed range of calendar dates in Europe/London: from 00:00 to the end of to.' });

const unit = z.enum(['per-week', 'ratio', 'seconds']).meta({
  description: 'per-week: live deployments per week; ratio: 0–1 (shown as a percentage); seconds: a duration.',
});

const metricSchema = z.strictObject({
  id: z.enum(METRIC_IDS),
  name: z.string(),
  unit,
  window: windowSchema,
  value: z.number().nullable().meta({ description: 'The figure, in unit; null when the window has no data for it (shown as "no data", never 0).' }),
  display: z.string().meta({ description: 'Exactly the text the pages and the CLI show.' }),
  numerator: z.number().nullable().meta({
    description:
      'What the figure is worked out from, where it is a quotient: for a ratio, the count divided (failed deployments, rollbacks…); for deployment frequency, the live deployments in the window (value = numerator ÷ denominator × 7). Null for the medians.',
  }),
  denominator: z.number().nullable().meta({
    description: 'What numerator is divided by: for a ratio, the count of all (deployments, releases, pipeline runs); for deployment frequency, the days in the window. Null for the medians.',
  }),
  inputs: z.record(z.string(), z.number()).meta({ description: 'How many of each input went in (deployments, commits, incidents, ignored values…).' }),
  band: z.enum(BANDS).nullable().meta({ description: 'DORA band for the four keys; null with no data, and for the ITIL and CI measures.' }),
  bandPublished: z.string().nullable().meta({ description: "The DORA report's wording for that band." }),
  bandRange: z.string().nullable().meta({ description: "The band's range in words, from the limits it is judged by." }),
  bandReportYear: z.number().int().nullable().meta({ description: 'The DORA report year the band was judged against.' }),
  bandDisplay: z.string(),
  bucket: z.enum(FREQUENCY_BUCKETS).nullable().optional().meta({ description: 'Deployment frequency only: the Four Keys bucket.' }),
  bucketDisplay: z.string().optional(),
  bucketBasis: z
    .strictObject({
      weeks: z.number().int(),
      medianDeploymentDaysPerWeek: z.number().nullable(),
      medianWeeksWithDeployment: z.number().nullable(),
      months: z.number().int(),
      medianDeploymentDaysPerMonth: z.number().nullable(),
    })
    .optional()
    .meta({ description: 'Deployment frequency only: what the bucket was worked out from.' }),
  openIncidents: z
    .array(
      z.strictObject({
        id: z.string(),
        cause: z.string(),
        detectedAt: z.string(),
        openForDays: z.number().int().optional().meta({ description: 'Whole London calendar days from detection to the report\'s "today".' }),
      }),
    )
    .optional()
    .meta({ description: 'Recovery time only: release-caused incidents still open, never averaged in.' }),
});

const setSchema = z.strictObject({ window: windowSchema, metrics: z.array(metricSchema) });

/** The whole document. Bump `schemaVersion` (KPI_API_SCHEMA_VERSION) when a field is renamed or removed. */
export const kpiApiSchema = z.strictObject({
  schemaVersion: z.number().int().meta({ description: 'Raised when a field is renamed or removed; adding fields does not change it.' }),
  today: date.meta({ description: 'The date the figures were computed as of.' }),
  bands: z.strictObject({ reportYear: z.number().int(), title: z.string(), source: z.string() }).meta({ description: 'The DORA report the bands come from.' }),
  definitions: z.array(z.strictObject({ id: z.enum(METRIC_IDS), name: z.string(), unit, family: z.enum(['dora', 'itil', 'ci']) })),
  programme: z.strictObject({ headline: setSchema, quarters: z.array(setSchema) }).meta({ description: 'Every component together: the headline window (the last 90 days to today), then each quarter, oldest first, the last partial.' }),
  components: z.array(z.strictObject({ id: z.string(), name: z.string(), headline: setSchema, quarters: z.array(setSchema) })),
  undated: z.array(z.string()).meta({ description: 'Releases deployed to live with no date anywhere: left out of every window.' }),
});

export type KpiWindowJson = z.output<typeof windowSchema>;
export type KpiMetricJson = z.output<typeof metricSchema>;
export type KpiSetJson = z.output<typeof setSchema>;
export type KpiApiJson = z.output<typeof kpiApiSchema>;

/**
 * The JSON Schema (draft 2020-12) of /api/kpis.json, from {@link kpiApiSchema}, as published at
 * /schemas/kpis-api.schema.json: pretty JSON with a trailing newline.
 */
export function kpiApiJsonSchemaText(): string {
  return publishedJsonSchema(kpiApiSchema, {
    title: 'Handbook KPI API (/api/kpis.json)',
    description:
      'Every release-management figure (the DORA four keys, the ITIL release measures, the CI figures) with its window and the counts behind it. Generated from src/lib/kpis/api-schema.ts; do not edit by hand.',
  });
}
