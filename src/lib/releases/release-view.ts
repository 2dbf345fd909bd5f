// View helpers for release pages: notes by category, promotion steps, neighbours, durations and route checks.
import { issue, showValue, type ContentIssue } from '../shared/errors';
import { toInstant } from '../shared/dates';
import {
  CHANGE_CATEGORIES,
  CHANGE_CATEGORY_LABELS,
  ENVIRONMENT_LABELS,
  ENVIRONMENT_NAMES,
  type ChangeCategory,
  type ReleaseStatus,
  type Stage,
} from './enums';
import { isShipped, wentLive, type ReleaseEntry, type ReleaseModel } from './model';
import { releaseKey } from './paths';
import { contentPaths } from '../shared/content-dir';
import type { Change, Component, Environment, ReadinessEntry } from './schema';
import { countOf } from '../shared/plural';

/** SG design system tag colours; the tag always carries the words too, so colour is never the only signal. */
export const STATUS_TAG_COLOURS: Record<ReleaseStatus, string> = {
  planned: 'grey',
  'in-progress': 'blue',
  released: 'green',
  'rolled-back': 'red',
  cancelled: 'grey',
  yanked: 'orange',
};

export const STAGE_TAG_COLOURS: Record<Stage, string> = {
  alpha: 'purple',
  beta: 'pink',
  rc: 'teal',
  ga: 'darkblue',
};

export interface NoteGroup {
  category: ChangeCategory;
  label: string;
  /** Breaking changes first, then in the order the release lists them. */
  changes: Change[];
}

/** One release's notes in Keep a Changelog order; empty categories left out. */
export function releaseNoteGroups(release: { changes: readonly Change[] }): NoteGroup[] {
  return CHANGE_CATEGORIES.map((category) => {
    const inCategory = release.changes.filter((c) => c.category === category);
    return {
      category,
      label: CHANGE_CATEGORY_LABELS[category],
      changes: [...inCategory.filter((c) => c.breaking), ...inCategory.filter((c) => !c.breaking)],
    };
  }).filter((g) => g.changes.length > 0);
}

export interface PromotionStep extends Environment {
  label: string;
}

/** The environments a release went through, in promotion order (dev → test → staging → live). */
export function promotionSteps(release: { environments: readonly Environment[] }): PromotionStep[] {
  return ENVIRONMENT_NAMES.flatMap((name) =>
    release.environments.filter((e) => e.name === name).map((e) => ({ ...e, label: ENVIRONMENT_LABELS[name] })),
  );
}

/** The versions either side of a release within its component, by SemVer precedence (any status). */
export function adjacentReleases(
  model: ReleaseModel,
  release: { component: string; key: string },
): { previous?: ReleaseEntry; next?: ReleaseEntry } {
  const list = model.byComponent[release.component] ?? [];
  const i = list.findIndex((r) => r.key === release.key);
  if (i < 0) return {};
  return { previous: list[i - 1], next: list[i + 1] };
}

/** The recorded release a rollback plan goes back to (`targetVersion` of the same component), if it names one that is recorded. */
export function rollbackTarget(model: ReleaseModel, component: string, plan: { targetVersion?: string } | undefined): ReleaseEntry | undefined {
  return plan?.targetVersion ? model.byKey[releaseKey({ component, version: plan.targetVersion })] : undefined;
}

/** Whole minutes from one date-time to another (negative if `to` is earlier). */
export function minutesBetween(from: string, to: string): number {
  return Math.round((toInstant(to) - toInstant(from)) / 60_000);
}


/** `54 minutes`, `1 hour 14 minutes`, `3 days 2 hours`: how long something lasted, for people. */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return countOf(m, 'minute');
  if (m < 48 * 60) {
    const h = Math.floor(m / 60);
    const rest = m % 60;
    return rest === 0 ? countOf(h, 'hour') : `${countOf(h, 'hour')} ${countOf(rest, 'minute')}`;
  }
  const d = Math.floor(m / 1440);
  const h = Math.round((m % 1440) / 60);
  return h === 0 ? countOf(d, 'day') : `${countOf(d, 'day')} ${countOf(h, 'hour')}`;
}

/** Readiness results grouped by checklist, checklists in the order the release first mentions them. */
export function readinessByChecklist(
  readiness: readonly ReadinessEntry[],
): { checklist: string; items: ReadinessEntry[] }[] {
  const groups = new Map<string, ReadinessEntry[]>();
  for (const r of readiness) {
    const list = groups.get(r.checklist) ?? [];
    list.push(r);
    groups.set(r.checklist, list);
  }
  return [...groups].map(([checklist, items]) => ({ checklist, items }));
}

/**
 * The releases index's lead: how many releases there are and how many reached live, e.g. "9 in all, 1 of them has
 * reached live". A pre-release released with its `live` step skipped did not reach live: it was counted, so a site
 * whose one shipped release was a release candidate said "1 of them have reached live" (an operations trial,
 * 3 December 2026). Counted as the releases feed counts (shipped, dated, and live not skipped).
 */
export function reachedLiveSummary(model: Pick<ReleaseModel, 'releases'>): string {
  const live = model.releases.filter((r) => r.dateKind === 'released' && isShipped(r.status) && wentLive(r)).length;
  const all = model.releases.length;
  return `${all} in all, ${live === 0 ? 'none' : live} of them ${live === 1 ? 'has' : 'have'} reached live`;
}

/**
 * Releases that reached live, newest first; only one component's when `componentId` is given.
 * Throws for an unknown component so an editor's typo in an MDX page stops the build with a clear message.
 */
export function latestReleases(model: ReleaseModel, opts: { componentId?: string; limit?: number } = {}): ReleaseEntry[] {
  if (opts.componentId !== undefined && !model.components.some((c) => c.id === opts.componentId)) {
    const ids = model.components.map((c) => c.id).join('|');
    throw new Error(`${showValue(opts.componentId)} is not a component in ${contentPaths().components}: expected one of ${ids}`);
  }
  return model.newestFirst
    .filter((r) => isShipped(r.status) && r.dateKind === 'released')
    .filter((r) => opts.componentId === undefined || r.component === opts.componentId)
    .slice(0, opts.limit ?? 5);
}


/**
 * A release's title when it says more than its component's name and version, which every place that shows a title
 * shows beside it; undefined when it does not. `npm run release:new` writes "<component name> <version>" as a
 * placeholder, and a release left so read "Council tax online 1.3.0: Council tax online 1.3.0" in lists and feeds
 * (a new adopter's trial, 3 December 2026). Compared as readers see it: spaces collapsed, capitals ignored, a
 * leading "v" on the version allowed.
 */
export function ownTitle(r: { title: string; componentName: string; version: string }): string | undefined {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  const t = norm(r.title);
  const v = norm(r.version);
  const n = norm(r.componentName);
  return [v, `v${v}`, `${n} ${v}`, `${n} v${v}`].includes(t) ? undefined : r.title;
}
