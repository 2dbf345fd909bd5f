// /schemas/radar-api.schema.json: the JSON Schema of /api/radar.json, generated from the zod schema its type is read
// from, so tools reading the API can validate it (tests/build/machine-outputs.test.ts validates the built API against it).
import type { APIRoute } from 'astro';
import { radarApiJsonSchemaText } from '../../../lib/radar/index';

export const GET: APIRoute = () => new Response(radarApiJsonSchemaText(), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
