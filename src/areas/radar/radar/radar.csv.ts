// /radar/radar.csv: the current edition in Thoughtworks Build Your Own Radar CSV format.
import type { APIRoute } from 'astro';
import { getPublishedRadarModel, siteUrl } from '../../../data/radar';
import { toByorCsv } from '../../../lib/radar/index';

export const GET: APIRoute = () =>
  new Response(toByorCsv(getPublishedRadarModel(), { baseUrl: siteUrl() }), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
