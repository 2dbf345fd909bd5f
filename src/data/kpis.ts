// Astro-side access to the KPI report: computed once per production build from the release model, fresh in dev.
import { loadReleaseModel } from '../lib/releases/index';
import { computeKpis, loadDoraBands, type KpiReport } from '../lib/kpis/index';
import { today } from './site';

const root = process.cwd();
let cache: KpiReport | undefined;

/** The one KPI report every page, the API route and `<Kpi />` read, so they cannot disagree. */
export function getKpiReport(): KpiReport {
  // Development recomputes on every request so edited release files show at once.
  if (cache && !import.meta.env.DEV) return cache;
  const model = loadReleaseModel(root, { fresh: import.meta.env.DEV });
  cache = computeKpis(model.releases, { today, components: model.components, bands: loadDoraBands(root) });
  return cache;
}
