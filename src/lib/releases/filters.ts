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
export function filterKeys(r: ReleaseEntry): { component: string; status: string; stage: string; year: string } {
  return { component: r.component, status: r.status, stage: r.stage, year: r.year === undefined ? '' : String(r.year) };
}
