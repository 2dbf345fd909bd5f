// Astro-side access to the KPI report: computed once per production build from the release model, fresh in dev.
import { loadReleaseModel } from '../lib/releases/index';
import { computeKpis, loadDoraBands, type KpiReport } from '../lib/kpis/index';
import { today } from './site';
import { perBuild } from './per-build';

const root = process.cwd();

/** The one KPI report every page, the API route and `<Kpi />` read, so they cannot disagree. */
export const getKpiReport = perBuild((): KpiReport => {
  const model = loadReleaseModel(root, { fresh: import.meta.env.DEV });
  return computeKpis(model.releases, { today, components: model.components, bands: loadDoraBands(root) });
});
