// A zod schema published as a JSON Schema document (/schemas/*.schema.json): one form for every API the site serves.
import { z } from 'zod';

/**
 * The JSON Schema (draft 2020-12) of the documents `schema` describes, as the site publishes it: `$schema` first, then
 * `title` and `description`, then the schema itself, as pretty JSON with a trailing newline. The output side of the
 * schema (`io: 'output'`): what the API writes, defaults applied. Throws what `z.toJSONSchema` throws for a type with
 * no JSON form.
 */
export function publishedJsonSchema(schema: z.ZodType, about: { title: string; description: string }): string {
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return JSON.stringify({ $schema, ...about, ...rest }, null, 2) + '\n';
}
