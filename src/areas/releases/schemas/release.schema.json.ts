// /schemas/release.schema.json: the JSON Schema editors' tools use for release files, generated from the zod schema.
// A unit test (src/lib/releases/json-schema.test.ts) keeps the committed schemas/release.schema.json equal to this.
import type { APIRoute } from 'astro';
import { releaseJsonSchemaText } from '../../../lib/releases/index';

export const GET: APIRoute = () =>
  new Response(releaseJsonSchemaText(), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
