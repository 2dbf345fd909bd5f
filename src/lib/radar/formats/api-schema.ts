// The shape of /api/radar.json and of the Backstage export, as zod schemas: the types the documents are built as
// (./backstage.ts) are read from them, and the API's JSON Schema is published at /schemas/radar-api.schema.json, so the
// type, the published schema and the document cannot disagree.
import { z } from 'zod';
import { publishedJsonSchema } from '../../shared/json-schema';
import { RING_IDS } from '../schema';

/** A calendar date, YYYY-MM-DD. */
const date = z.iso.date();

/** One point of a blip's history, newest first in `timeline` (Backstage's snapshot). */
const snapshotSchema = z.strictObject({
  date: date.meta({ description: 'The date of the edition that placed the blip here.' }),
  ringId: z.enum([...RING_IDS, 'retired']).meta({ description: 'The ring; "retired" only in the timelines of the retired list.' }),
  description: z.string().optional().meta({ description: 'Why the blip is here: the reason for the move.' }),
  moved: z.literal([-1, 0, 1]).optional().meta({ description: "Backstage's MovedState: -1 moved out (down), 0 no change or new, 1 moved in (up)." }),
  // Extensions for /api/radar.json; Backstage ignores fields it does not know.
  edition: z.string().optional().meta({ description: 'The edition id (API only).' }),
  approvedBy: z.string().optional().meta({ description: 'Who approved the move (API only).' }),
  adr: z.string().optional().meta({ description: 'The architecture decision record behind the move (API only).' }),
});

const entrySchema = z.strictObject({
  key: z.string(),
  id: z.string(),
  quadrant: z.string(),
  title: z.string(),
  url: z.string().meta({ description: "The blip's page." }),
  description: z.string().meta({ description: "The blip's text, as Markdown, with links written from the site's root made absolute." }),
  links: z.array(z.strictObject({ url: z.string(), title: z.string() })),
  timeline: z.array(snapshotSchema).meta({ description: 'Newest first.' }),
  tags: z.array(z.string()).optional(),
  owner: z.string().optional(),
  reviewBy: date.optional(),
  replacedBy: z.string().optional().meta({ description: 'The id of the blip that replaces this one.' }),
  details: z
    .record(z.string(), z.string())
    .optional()
    .meta({ description: "The blip's `details:` (name → text), facts the radar has no field for, in the order written (API only)." }),
});

/** Backstage's TechRadarLoaderResponse: quadrants, rings and entries. */
export const backstageRadarSchema = z.strictObject({
  quadrants: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  rings: z.array(z.strictObject({ id: z.enum(RING_IDS), name: z.string(), color: z.string(), description: z.string().optional() })),
  entries: z.array(entrySchema),
});

/** /api/radar.json: the Backstage document for the current edition, with the full history, editions and retired blips. */
export const radarApiSchema = backstageRadarSchema.extend({
  title: z.string().optional(),
  edition: z.string().meta({ description: 'The edition the entries describe (the current one).' }),
  editions: z.array(z.strictObject({ id: z.string(), date, title: z.string(), summary: z.string() })).meta({ description: 'Every published edition, oldest first.' }),
  retired: z.array(entrySchema).meta({ description: 'Blips taken off the radar, with their full timeline (including the "retired" snapshot).' }),
});

export type BackstageSnapshot = z.output<typeof snapshotSchema>;
export type BackstageEntry = z.output<typeof entrySchema>;
export type BackstageRadar = z.output<typeof backstageRadarSchema>;
export type RadarApiJson = z.output<typeof radarApiSchema>;

/**
 * The JSON Schema (draft 2020-12) of /api/radar.json, from {@link radarApiSchema}, as published at
 * /schemas/radar-api.schema.json: pretty JSON with a trailing newline.
 */
export function radarApiJsonSchemaText(): string {
  return publishedJsonSchema(radarApiSchema, {
    title: 'Handbook technology radar API (/api/radar.json)',
    description:
      'Every blip of the current edition with its full history, the editions and the retired blips; compatible with the Backstage tech-radar plugin, which ignores the fields it does not know. Generated from src/lib/radar/formats/api-schema.ts; do not edit by hand.',
  });
}
