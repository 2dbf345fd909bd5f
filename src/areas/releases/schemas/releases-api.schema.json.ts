// /schemas/releases-api.schema.json: the JSON Schema of /api/releases.json, generated from the zod schemas, so tools
// reading the API can validate it (src/lib/releases/json-schema.test.ts validates the API against it).
import type { APIRoute } from 'astro';
import { releasesApiJsonSchemaText } from '../../../lib/releases/index';

export const GET: APIRoute = () =>
  new Response(releasesApiJsonSchemaText(), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
