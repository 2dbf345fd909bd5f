// /schemas/kpis-api.schema.json: the JSON Schema of /api/kpis.json, generated from the zod schema its type is read
// from, so tools reading the API can validate it (tests/engine/every-area.test.ts validates the built API against it).
import type { APIRoute } from 'astro';
import { kpiApiJsonSchemaText } from '../../../lib/kpis/index';

export const GET: APIRoute = () => new Response(kpiApiJsonSchemaText(), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
