// What each KPI page shows of the report, as a value of its own: the page renders from it and its incremental-build
// cache key digests it, so a page is rendered again exactly when something it shows changed. Keyed on the whole
// report, one release's title edit re-rendered every KPI page of the benchmark (34), since each quarter's report lists
// its releases by title.
import type { KpiReport, QuarterReport } from './report';

/** The report without its quarter reports: the figures, bands, components and undated releases every KPI page may show. */
export type ReportFigures = Omit<KpiReport, 'quarterReports'>;

/** A quarter report as the dashboards' list of reports shows it: its quarter and window (whether it is partial). */
export type QuarterReportLink = Pick<QuarterReport, 'quarter' | 'window'>;

/** What a KPI dashboard (/kpis/ and /kpis/<component>/) shows: the figures, and each quarter report as a link. */
export interface DashboardReport extends ReportFigures {
  quarterReports: QuarterReportLink[];
}

/** `report` without its quarter reports (see {@link ReportFigures}): a new object sharing the report's values. */
export function reportFigures(report: KpiReport): ReportFigures {
  const { quarterReports: _, ...figures } = report;
  return figures;
}

/** `report` as a dashboard shows it (see {@link DashboardReport}). */
export function dashboardReport(report: KpiReport): DashboardReport {
  return { ...reportFigures(report), quarterReports: report.quarterReports.map(({ quarter, window }) => ({ quarter, window })) };
}

/** What one quarterly report page (/kpis/reports/<YYYY-Qn>/) shows: its own quarter report and the report's figures. */
export interface QuarterPageView {
  figures: ReportFigures;
  q: QuarterReport;
}

/** The view of `quarter`'s report page; undefined when the report has no such quarter. */
export function quarterPageView(report: KpiReport, quarter: string): QuarterPageView | undefined {
  const q = report.quarterReports.find((x) => x.quarter === quarter);
  return q ? { figures: reportFigures(report), q } : undefined;
}
