// Astro-side access to the KPI report: computed once per production build from the release model, fresh in dev.
import { loadReleaseModel } from '../lib/releases/index';
import { computeKpis, dashboardReport, loadDoraBands, type DashboardReport, type KpiReport } from '../lib/kpis/index';
import { today } from './site';
import { perBuild } from './per-build';

const root = process.cwd();

/** The one KPI report every page, the API route and `<Kpi />` read, so they cannot disagree. */
export const getKpiReport = perBuild((): KpiReport => {
  const model = loadReleaseModel(root, { fresh: import.meta.env.DEV });
  return computeKpis(model.releases, { today, components: model.components, bands: loadDoraBands(root) });
});

/**
 * The dashboard's view of {@link getKpiReport} (quarter reports as links only), made once per build: the programme
 * dashboard and each component's page render it, and each component page's cache key digests it. Made and digested
 * once per component page, it was about 0.35 s of every build at 2,000 pages and 1,000 releases (CPU profile,
 * 2 December 2026).
 */
export const getDashboardReport = perBuild((): DashboardReport => dashboardReport(getKpiReport()));
