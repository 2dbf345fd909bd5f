// The release data model, built once: releases in SemVer order, newest-first, per component, with derived dates.
import { londonDate, toInstant, type IsoDate } from '../shared/dates';
import { byCodePoint } from '../shared/sort';
import { SHIPPED_STATUSES, UPCOMING_STATUSES, type ReleaseStatus } from './enums';
import { releaseKey } from './paths';
import type { Component, Release } from './schema';
import { compareVersions } from './version';

/** A release with the facts every view needs worked out once. */
export type ReleaseEntry = Release & {
  /** `payments@2.4.0`. */
  key: string;
  /** Project-relative source file, when known. */
  file?: string;
  /** The component's display name (its id when the component is unknown). */
  componentName: string;
  /** The date that places the release in time: released (London calendar date) when shipped, else planned. */
  date?: IsoDate;
  dateKind?: 'released' | 'planned';
  year?: number;
  /** When it reached live (from the live environment), if it did. */
  liveDeployedAt?: string;
};

export interface ReleaseModel {
  /** In the order of components.yaml. */
  components: Component[];
  /** Sorted by component id, then SemVer precedence (lowest first). */
  releases: ReleaseEntry[];
  /** Newest first by date (released, else planned), then precedence; undated releases last. */
  newestFirst: ReleaseEntry[];
  /** Each component's releases in SemVer order, lowest first; every component has an entry. */
  byComponent: Record<string, ReleaseEntry[]>;
  byKey: Record<string, ReleaseEntry>;
}

/** Code-point comparison: the same on every machine, whatever its locale. */
export const compareText = byCodePoint;

/** The calendar date (Europe/London) of a date or date-time. */
export function calendarDate(s: string): IsoDate {
  return londonDate(toInstant(s));
}

export function isShipped(status: ReleaseStatus): boolean {
  return (SHIPPED_STATUSES as readonly string[]).includes(status);
}

/**
 * Whether a release went to live, as far as its record says: false when its "live" step records that it did not
 * (skipped, as the check advises for a pre-release that stopped in test; or pending, in progress or failed), true
 * when it went (deployed, or deployed and rolled back) or when no live step is recorded (a history imported without
 * its deployments, which src/lib/releases/rules.ts warns about). The releases feed lists releases "as they go live":
 * a beta with `{ "name": "live", "status": "skipped" }` was announced there (a machine-outputs trial, 3 December 2026).
 */
export function wentLive(r: Pick<Release, 'environments'>): boolean {
  const live = r.environments.find((e) => e.name === 'live');
  return !live || live.status === 'deployed' || live.status === 'rolled-back';
}

export function isUpcoming(status: ReleaseStatus): boolean {
  return (UPCOMING_STATUSES as readonly string[]).includes(status);
}

/** Component id, then precedence: the canonical order of releases. */
export function compareReleases(a: Release, b: Release): number {
  return compareText(a.component, b.component) || compareVersions(a.version, b.version);
}

/** Newest first by date, then higher precedence first; undated last. */
export function compareNewestFirst(a: ReleaseEntry, b: ReleaseEntry): number {
  if (a.date && b.date && a.date !== b.date) return compareText(b.date, a.date);
  if (a.date && !b.date) return -1;
  if (!a.date && b.date) return 1;
  return compareVersions(b.version, a.version) || compareText(a.component, b.component);
}

/** Oldest first by date, then lower precedence first; undated last. */
export function compareSoonestFirst(a: ReleaseEntry, b: ReleaseEntry): number {
  if (a.date && b.date && a.date !== b.date) return compareText(a.date, b.date);
  if (a.date && !b.date) return -1;
  if (!a.date && b.date) return 1;
  return compareText(a.component, b.component) || compareVersions(a.version, b.version);
}

function toEntry(r: Release, components: Map<string, Component>, file?: string): ReleaseEntry {
  const released = isShipped(r.status) && r.dates.released ? calendarDate(r.dates.released) : undefined;
  const date = released ?? r.dates.planned ?? (r.dates.released ? calendarDate(r.dates.released) : undefined);
  const dateKind = released ? 'released' : r.dates.planned ? 'planned' : date ? 'released' : undefined;
  const live = r.environments.find(
    (e) => e.name === 'live' && e.deployedAt && (e.status === 'deployed' || e.status === 'rolled-back'),
  );
  return {
    ...r,
    key: releaseKey(r),
    file,
    componentName: components.get(r.component)?.name ?? r.component,
    date,
    dateKind,
    year: date ? Number(date.slice(0, 4)) : undefined,
    liveDeployedAt: live?.deployedAt,
  };
}

/**
 * Builds the model from validated data (see `loadReleaseData`). Releases with an invalid version
 * must already have been left out; the loader does that.
 */
export function buildReleaseModel(data: {
  components: readonly Component[];
  releases: readonly Release[];
  files?: Readonly<Record<string, string>>;
}): ReleaseModel {
  const compMap = new Map(data.components.map((c) => [c.id, c]));
  const releases = data.releases
    .map((r) => toEntry(r, compMap, data.files?.[releaseKey(r)]))
    .sort(compareReleases);
  const byComponent: Record<string, ReleaseEntry[]> = {};
  for (const c of data.components) byComponent[c.id] = [];
  const byKey: Record<string, ReleaseEntry> = {};
  for (const r of releases) {
    (byComponent[r.component] ??= []).push(r);
    byKey[r.key] ??= r;
  }
  return {
    components: [...data.components],
    releases,
    newestFirst: [...releases].sort(compareNewestFirst),
    byComponent,
    byKey,
  };
}

/** The component's release that is live now: the latest to reach live that was not rolled back or yanked. */
export function liveRelease(model: ReleaseModel, componentId: string): ReleaseEntry | undefined {
  let best: ReleaseEntry | undefined;
  for (const r of model.byComponent[componentId] ?? []) {
    const live = r.environments.find((e) => e.name === 'live');
    if (r.status !== 'released' || live?.status !== 'deployed' || !r.liveDeployedAt) continue;
    if (
      !best ||
      toInstant(r.liveDeployedAt) > toInstant(best.liveDeployedAt!) ||
      (toInstant(r.liveDeployedAt) === toInstant(best.liveDeployedAt!) && compareVersions(r.version, best.version) > 0)
    ) {
      best = r;
    }
  }
  return best;
}

/**
 * The latest of a component's releases that reached live after `live` did and was then rolled back or yanked, or
 * undefined when none did. `live` has been live again only since that release was taken back, which the release data
 * does not date, so the page cannot say "live since" its own deployment: a component page said "Live since 9
 * February" of a release that 2.0.1 replaced from 12 to 15 February (a release manager's trial, 3 December 2026).
 */
export function withdrawnAfter(model: ReleaseModel, componentId: string, live: ReleaseEntry): ReleaseEntry | undefined {
  if (!live.liveDeployedAt) return undefined;
  const since = toInstant(live.liveDeployedAt);
  let latest: ReleaseEntry | undefined;
  for (const r of model.byComponent[componentId] ?? []) {
    // liveDeployedAt comes from a live step, so wentLive reads that step: deployed, or deployed and rolled back.
    if (r === live || !r.liveDeployedAt || !wentLive(r) || (r.status !== 'rolled-back' && r.status !== 'yanked')) continue;
    if (toInstant(r.liveDeployedAt) > since && (!latest || toInstant(r.liveDeployedAt) > toInstant(latest.liveDeployedAt!))) latest = r;
  }
  return latest;
}

/** Planned and in-progress releases of a component, soonest first (undated last). */
export function nextReleases(model: ReleaseModel, componentId: string): ReleaseEntry[] {
  return (model.byComponent[componentId] ?? [])
    .filter((r) => isUpcoming(r.status))
    .sort(compareSoonestFirst);
}

export interface ComponentOverview {
  component: Component;
  live?: ReleaseEntry;
  /** The release that replaced `live` in production and was taken back since ({@link withdrawnAfter}). */
  withdrawnAfter?: ReleaseEntry;
  next: ReleaseEntry[];
  /** Every release of the component, newest first. */
  history: ReleaseEntry[];
}

/** What a component page shows above its changelog. Undefined for an unknown component. */
export function componentOverview(model: ReleaseModel, componentId: string): ComponentOverview | undefined {
  const component = model.components.find((c) => c.id === componentId);
  if (!component) return undefined;
  const live = liveRelease(model, componentId);
  const withdrawn = live && withdrawnAfter(model, componentId, live);
  return {
    component,
    live,
    ...(withdrawn ? { withdrawnAfter: withdrawn } : {}),
    next: nextReleases(model, componentId),
    history: model.newestFirst.filter((r) => r.component === componentId),
  };
}
