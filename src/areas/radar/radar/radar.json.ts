// /radar/radar.json: the current edition in Thoughtworks Build Your Own Radar JSON format.
import type { APIRoute } from 'astro';
import { getPublishedRadarModel, siteUrl } from '../../../data/radar';
import { toByorJson } from '../../../lib/radar/index';

export const GET: APIRoute = () =>
  new Response(toByorJson(getPublishedRadarModel(), { baseUrl: siteUrl() }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
