// /api/radar.json: every blip with its full history (Backstage-compatible), plus editions and retired blips.
import type { APIRoute } from 'astro';
import { getPublishedRadarModel, siteUrl } from '../../../data/radar';
import { toApiJson } from '../../../lib/radar/index';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(toApiJson(getPublishedRadarModel(), { baseUrl: siteUrl() }), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
