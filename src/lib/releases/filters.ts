// Filters for the releases index as data: the options with counts, and the releases a choice selects.
import { STAGE_LABELS, STAGES, STATUS_LABELS, STATUSES, type ReleaseStatus, type Stage } from './enums';
import type { ReleaseEntry, ReleaseModel } from './model';

export interface FilterOption {
  value: string;
  label: string;
  /** How many releases the option selects. */
  count: number;
}

export interface ReleaseFilterOptions {
  /** In components.yaml order; components with no releases are included with count 0. */
  components: FilterOption[];
  /** In lifecycle order; only values that occur. */
  statuses: FilterOption[];
  stages: FilterOption[];
  /** Newest first; only years that occur. */
  years: FilterOption[];
}

export interface ReleaseFilter {
  component?: string;
  status?: ReleaseStatus;
  stage?: Stage;
  year?: number;
}

function count(list: readonly ReleaseEntry[], pred: (r: ReleaseEntry) => boolean): number {
  return list.reduce((n, r) => n + (pred(r) ? 1 : 0), 0);
}

export function releaseFilterOptions(model: ReleaseModel): ReleaseFilterOptions {
  const rs = model.releases;
  const years = [...new Set(rs.map((r) => r.year).filter((y): y is number => y !== undefined))].sort((a, b) => b - a);
  return {
    components: model.components.map((c) => ({
      value: c.id,
      label: c.name,
      count: count(rs, (r) => r.component === c.id),
    })),
    statuses: STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s], count: count(rs, (r) => r.status === s) })).filter(
      (o) => o.count > 0,
    ),
    stages: STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s], count: count(rs, (r) => r.stage === s) })).filter(
      (o) => o.count > 0,
    ),
    years: years.map((y) => ({ value: String(y), label: String(y), count: count(rs, (r) => r.year === y) })),
  };
}

/** Releases matching every given criterion, newest first. */
export function filterReleases(model: ReleaseModel, f: ReleaseFilter): ReleaseEntry[] {
  return model.newestFirst.filter(
    (r) =>
      (f.component === undefined || r.component === f.component) &&
      (f.status === undefined || r.status === f.status) &&
      (f.stage === undefined || r.stage === f.stage) &&
      (f.year === undefined || r.year === f.year),
  );
}

/**
 * The values a release carries for client-side filtering (e.g. as `data-*` attributes), so the
 * enhanced filter and the no-JS filtered pages agree.
 */
export function filterKeys(r: Pick<ReleaseEntry, 'component' | 'status' | 'stage' | 'year'>): { component: string; status: string; stage: string; year: string } {
  return { component: r.component, status: r.status, stage: r.stage, year: r.year === undefined ? '' : String(r.year) };
}

/**
 * A release as a row of a release table (src/components/releases/ReleaseTable.astro): only the fields the row shows
 * or carries for the filter. The table takes this type, so it cannot show a field a list page's key does not cover.
 */
export type ReleaseRow = Pick<ReleaseEntry, 'component' | 'componentName' | 'version' | 'title' | 'stage' | 'status' | 'dateKind' | 'date' | 'year'> & {
  dates: Pick<ReleaseEntry['dates'], 'planned'>;
};

/** `r` as a {@link ReleaseRow}: a plain object of those fields and no others. */
export function releaseRow(r: ReleaseEntry): ReleaseRow {
  const { component, componentName, version, title, stage, status, dateKind, date, year } = r;
  return { component, componentName, version, title, stage, status, dateKind, date, year, dates: { planned: r.dates.planned } };
}

/** The facets that have a page of their own: `/releases/<facet>/<value>/`. */
export type FilterFacet = 'status' | 'stage' | 'year';

/** Everything a filtered list page (`/releases/<facet>/<value>/`) shows from the release data: what it renders and what its cache key digests. */
export interface FilteredListView {
  /** The releases the choice selects, newest first (see {@link filterReleases}), as the rows the page's table shows. */
  releases: ReleaseRow[];
  /** Every facet's options with counts: the page links them all. */
  options: ReleaseFilterOptions;
  /** components.yaml's entries, which the page links. */
  components: ReleaseModel['components'];
  current: { facet: FilterFacet; value: string };
}

/**
 * The view of one filtered list page, for `facet` = `value` (a year as its digits). The page renders from this and
 * nothing else of the release data, so its cache key is a digest of this view and the page shell's key
 * (src/lib/releases/cache-key.ts): one release's edit re-renders only the lists it is in, and only when it changes
 * what a row shows or a count.
 */
export function filteredListView(model: ReleaseModel, facet: FilterFacet, value: string): FilteredListView {
  const filter: ReleaseFilter = facet === 'year' ? { year: Number(value) } : facet === 'status' ? { status: value as ReleaseStatus } : { stage: value as Stage };
  return { releases: filterReleases(model, filter).map(releaseRow), options: releaseFilterOptions(model), components: model.components, current: { facet, value } };
}
