// /api/releases.json: every release, normalised, sorted by component then SemVer precedence, with a schemaVersion.
import type { APIRoute } from 'astro';
import { getReleaseModel } from '../../../data/releases';
import { toApiJson } from '../../../lib/releases/index';

export const GET: APIRoute = () =>
  new Response(toApiJson(getReleaseModel()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
