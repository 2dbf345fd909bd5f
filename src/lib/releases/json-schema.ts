// The JSON Schema editors use for release files, generated from the zod schema (the single source of truth).
import { z } from 'zod';
import { DATE_PATTERN, DATE_TIME_PATTERN, isoDateOrDateTimeSchema, isoDateSchema } from '../shared/dates';
import { urlSchema } from '../shared/urls';
import { componentSchema, releaseSchema } from './schema';

type JsonSchemaObject = Record<string, unknown>;

function replace(target: JsonSchemaObject, next: JsonSchemaObject): void {
  for (const k of Object.keys(target)) delete target[k];
  Object.assign(target, next);
}

/**
 * JSON Schema (draft 2020-12) of what an editor writes: the input side of the zod schema, with dates
 * as strings (YAML's Date objects do not arise in JSON) and URLs limited to the allowed schemes.
 */
export function releaseJsonSchema(): JsonSchemaObject {
  const schema = toJsonSchema(releaseSchema, 'input');
  return {
    $schema: schema.$schema,
    title: 'Handbook release',
    description:
      'One release of one component: content/releases/<component>/<version>.json. Generated from src/lib/releases/schema.ts; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/**
 * The shape of /api/releases.json (src/lib/releases/api.ts), from the same zod schemas: every release as the build
 * read it (defaults applied, so the lists are always there), without `$schema`, with the three fields the API adds
 * (`key`, `date`, `dateKind`), and the components. Published at /schemas/releases-api.schema.json. Until
 * 2 December 2026 the API had no schema, and its items failed release.schema.json on those three fields (a new
 * adopter's trial).
 */
export function releasesApiJsonSchema(): JsonSchemaObject {
  const api = z.strictObject({
    schemaVersion: z.number().int().min(1).meta({ description: 'Raised when a field is renamed or removed; adding fields does not change it.' }),
    components: z.array(componentSchema),
    releases: z.array(
      releaseSchema.omit({ $schema: true }).extend({
        key: z.string().meta({ description: 'component@version' }),
        // Always a calendar date (model.ts `toEntry`): declared as a date or date-time, it told a client's generated
        // types it might hold a time (a machine-formats trial, 3 December 2026).
        date: isoDateSchema.nullable().meta({
          description: "The release's day in UK time (Europe/London): the day of dates.released when it shipped, else dates.planned; null when neither is set.",
        }),
        dateKind: z.enum(['released', 'planned']).nullable(),
      }),
    ),
  });
  const schema = toJsonSchema(api, 'output');
  return {
    $schema: schema.$schema,
    title: 'Handbook releases API (/api/releases.json)',
    description: 'Every release of the handbook, normalised. Generated from src/lib/releases/schema.ts and api.ts; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The API schema's text, as served: pretty JSON with a trailing newline. */
export function releasesApiJsonSchemaText(): string {
  return JSON.stringify(releasesApiJsonSchema(), null, 2) + '\n';
}

/** `schema` as JSON Schema draft 2020-12, with this project's dates and URLs as strings (see releaseJsonSchema). */
function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchemaObject {
  return z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    // The date union's Date branch has no JSON form; the override below replaces the whole union with a string.
    unrepresentable: 'any',
    override: (ctx) => {
      const js = ctx.jsonSchema as JsonSchemaObject;
      if (ctx.zodSchema === isoDateSchema) {
        replace(js, { type: 'string', format: 'date', pattern: DATE_PATTERN, description: 'A date, YYYY-MM-DD.' });
      } else if (ctx.zodSchema === isoDateOrDateTimeSchema) {
        replace(js, {
          type: 'string',
          // `format` alone is an annotation in draft 2020-12 (§7.2): the patterns make every validator refuse what
          // the check refuses (see DATE_TIME_PATTERN).
          anyOf: [
            { format: 'date', pattern: DATE_PATTERN },
            { format: 'date-time', pattern: DATE_TIME_PATTERN },
          ],
          description: 'A date (YYYY-MM-DD) or a date-time with an offset (2026-03-29T01:30:00+01:00 or …Z).',
        });
      } else if (ctx.zodSchema === urlSchema) {
        replace(js, { type: 'string', format: 'uri', pattern: '^(https?://|mailto:)' });
      }
    },
  }) as JsonSchemaObject;
}

/** The committed file's exact text: pretty JSON with a trailing newline. */
export function releaseJsonSchemaText(): string {
  return JSON.stringify(releaseJsonSchema(), null, 2) + '\n';
}
