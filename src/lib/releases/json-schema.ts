// The JSON Schema editors use for release files, generated from the zod schema (the single source of truth).
import { z } from 'zod';
import { isoDateOrDateTimeSchema, isoDateSchema } from '../shared/dates';
import { urlSchema } from '../shared/urls';
import { releaseSchema } from './schema';

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
  const schema = z.toJSONSchema(releaseSchema, {
    io: 'input',
    target: 'draft-2020-12',
    // The date union's Date branch has no JSON form; the override below replaces the whole union with a string.
    unrepresentable: 'any',
    override: (ctx) => {
      const js = ctx.jsonSchema as JsonSchemaObject;
      if (ctx.zodSchema === isoDateSchema) {
        replace(js, { type: 'string', format: 'date', description: 'A date, YYYY-MM-DD.' });
      } else if (ctx.zodSchema === isoDateOrDateTimeSchema) {
        replace(js, {
          type: 'string',
          anyOf: [{ format: 'date' }, { format: 'date-time' }],
          description: 'A date (YYYY-MM-DD) or a date-time with an offset (2026-03-29T01:30:00+01:00 or …Z).',
        });
      } else if (ctx.zodSchema === urlSchema) {
        replace(js, { type: 'string', format: 'uri', pattern: '^(https?://|mailto:)' });
      }
    },
  }) as JsonSchemaObject;
  return {
    $schema: schema.$schema,
    title: 'Handbook release',
    description:
      'One release of one component: content/releases/<component>/<version>.json. Generated from src/lib/releases/schema.ts; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The committed file's exact text: pretty JSON with a trailing newline. */
export function releaseJsonSchemaText(): string {
  return JSON.stringify(releaseJsonSchema(), null, 2) + '\n';
}
