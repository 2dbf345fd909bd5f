// /api/kpis.json: every KPI figure with its window and its inputs' counts — the same document as `npm run kpis -- --format json`.
import type { APIRoute } from 'astro';
import { getKpiReport } from '../../../data/kpis';
import { toKpiApiJson } from '../../../lib/kpis/index';

// Minified: indented, the document is several hundred kilobytes.
export const GET: APIRoute = () =>
  new Response(JSON.stringify(toKpiApiJson(getKpiReport())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
