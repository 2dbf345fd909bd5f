// Turns release records into the facts every KPI is counted from: live deployments and release-caused incidents.
import type { IsoDate } from '../shared/dates';
import { calendarDate, instantOf, londonDay } from './london';
import { incidentCause, releaseKey, type KpiRelease } from './input';

/** One release that reached live (deployed, or deployed and later rolled back): counted once however many entries. */
export interface Deployment {
  key: string;
  component: string;
  version: string;
  title?: string;
  releaseType: string;
  status: string;
  /** Earliest live `deployedAt` (or `dates.released` when no live entry has a time), UTC ms. */
  deployedAt: number;
  /**
   * Whether `deployedAt` is a recorded time (a live step's `deployedAt`) rather than the release date's midnight:
   * lead times are measured only from a recorded time. From midnight, a commit made that morning was dropped as "not
   * before deployment" and the others measured to 00:00 (a KPI audit, 3 December 2026).
   */
  timed: boolean;
  /** Its calendar date in Europe/London. */
  date: IsoDate;
  rolledBack: boolean;
  /** Withdrawn after it reached live (status yanked): "do not deploy it". */
  yanked: boolean;
  /** Ids of release-caused incidents attributed to this release. */
  incidentIds: string[];
  /**
   * Rolled back, yanked or caused an incident: a deployment that needed remediation, as DORA's change failure rate
   * counts it (a rollback, a hotfix or a fix forward). A yanked release was counted a success until 2 December 2026
   * (a new adopter's trial: one yanked for showing other people's data left the rate at 0%).
   */
  failed: boolean;
  /**
   * deployedAt − committedAt for every change commit this deployment first put in production, in ms, before
   * non-positive values are dropped (see firstDeployedCommits).
   */
  commitLeadTimes: number[];
  /** The change commits this deployment first put in production. */
  commitCount: number;
  codeFreeze?: string;
  /** deployedAt − codeFreeze (a bare date is 00:00 London), in ms. */
  codeFreezeToLive?: number;
  release: KpiRelease;
}

/** A release-caused incident, attributed to the release that caused it. */
export interface AttributedIncident {
  id: string;
  /** `component@version` of the causing release. */
  cause: string;
  component: string;
  version: string;
  /** The release file the incident was recorded in. */
  recordedIn: string;
  detectedAt: number;
  detectedDate: IsoDate;
  resolvedAt?: number;
  remediation?: string;
  rootCause?: string;
  /** What happened, in the incident's words. */
  summary?: string;
  raw: { detectedAt: string; resolvedAt?: string };
}

/** A release with a release date, for the on-time rate and the quarter report. */
export interface ReleasedRelease {
  key: string;
  component: string;
  releasedDate: IsoDate;
  plannedDate?: IsoDate;
}

/**
 * One release's count of `main` pipeline runs (those since its component's previous release), placed on the day it
 * went live, or on its release date when it never did: every run is counted once, in the window it ended in.
 */
export interface PipelineRecord {
  key: string;
  component: string;
  date: IsoDate;
  runs: number;
  failedRuns: number;
}

export interface KpiData {
  /** Sorted by component then version key, so every derived list is stable. */
  releases: KpiRelease[];
  deployments: Deployment[];
  incidents: AttributedIncident[];
  /** Releases with a live deployment but no time for it anywhere: they cannot be placed in a window. */
  undated: string[];
  /** Releases with `dates.released`, as London calendar dates. */
  released: ReleasedRelease[];
  /**
   * Every release that records its pipeline runs and can be placed on a day (PipelineRecord). Counted from live
   * deployments only, the runs recorded on a release that never went live were lost: the next release counts only
   * the runs since that one (a KPI audit, 3 December 2026: 5% shown for a quarter whose runs failed 17% of the time).
   */
  pipelines: PipelineRecord[];
  /** Earliest date any deployment or release happened, to start the quarterly series. */
  earliest?: IsoDate;
}

const LIVE_STATUSES = new Set(['deployed', 'rolled-back']);

/**
 * Whether a live step with `status` put the release in production: deployed, or rolled back; or failed when the
 * release's own status is rolled-back (the deployment went out and was taken back, as the check's rules read a
 * rollback from either the release or the step). Such a release dropped out of every stability measure while it
 * counted as delivered on time (a KPI audit, 3 December 2026).
 */
function reachedLive(status: string, releaseStatus: string): boolean {
  return LIVE_STATUSES.has(status) || (status === 'failed' && releaseStatus === 'rolled-back');
}

function textOf(...values: Array<string | null | undefined>): string | undefined {
  for (const v of values) if (typeof v === 'string' && v.trim() !== '') return v.trim();
  return undefined;
}

/**
 * Gives each deployment (sorted by deployedAt) the lead times of the commits it was the first to put in production:
 * DORA's lead time for changes is the time a commit takes to get into production, once per commit. A commit listed
 * in a release that went live and was rolled back, and again in the fix that replaced it, was counted twice, once
 * to each deployment, which weighted the median towards such commits (noticed in a KPI audit, 3 December 2026). A
 * commit is one sha within one component (a repository shared by two components puts it in each one's production);
 * listed twice in one release, it is one commit. A deployment with no recorded time measures none of its commits
 * (its date's midnight is not when it went out), and still counts as where they first went live, so a later
 * deployment does not measure them from a time they were already there.
 */
function firstDeployedCommits(deployments: Deployment[]): void {
  const seen = new Set<string>();
  for (const d of deployments) {
    const first = (d.release.changes ?? [])
      .flatMap((c) => c.commits ?? [])
      .filter((c) => {
        const id = `${d.component}\0${c.sha.toLowerCase()}`;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      });
    d.commitCount = first.length;
    d.commitLeadTimes = d.timed ? first.map((c) => d.deployedAt - instantOf(c.committedAt)) : [];
  }
}

export function prepareKpiData(input: readonly KpiRelease[]): KpiData {
  const releases = [...input].sort((a, b) => {
    const ka = releaseKey(a);
    const kb = releaseKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });

  // Incidents first, so each deployment knows which were attributed to it.
  const incidents: AttributedIncident[] = [];
  const seen = new Set<string>();
  for (const r of releases) {
    for (const inc of r.incidents ?? []) {
      const cause = incidentCause(inc, r);
      if (!cause || seen.has(inc.id)) continue; // the same incident recorded twice counts once
      seen.add(inc.id);
      const at = cause.indexOf('@');
      const detectedAt = instantOf(inc.detectedAt);
      incidents.push({
        id: inc.id,
        cause,
        component: cause.slice(0, at),
        version: cause.slice(at + 1),
        recordedIn: releaseKey(r),
        detectedAt,
        detectedDate: londonDay(detectedAt),
        resolvedAt: inc.resolvedAt ? instantOf(inc.resolvedAt) : undefined,
        remediation: inc.remediation ?? undefined,
        rootCause: textOf(inc.rootCause),
        summary: textOf(inc.summary, inc.title, inc.description),
        raw: { detectedAt: inc.detectedAt, resolvedAt: inc.resolvedAt ?? undefined },
      });
    }
  }
  incidents.sort((a, b) => a.detectedAt - b.detectedAt || (a.id < b.id ? -1 : 1));
  // Only incidents of releases that reached live: failed deployment recovery time is about production (DORA). An
  // incident blamed on a pre-release whose live step was skipped was in the recovery time but in no report's list
  // of failures (a KPI audit, 3 December 2026).
  const live = new Set(releases.filter((r) => (r.environments ?? []).some((e) => e.name === 'live' && reachedLive(e.status, r.status))).map(releaseKey));
  for (let i = incidents.length - 1; i >= 0; i--) if (!live.has(incidents[i].cause)) incidents.splice(i, 1);
  const byCause = new Map<string, string[]>();
  for (const i of incidents) byCause.set(i.cause, [...(byCause.get(i.cause) ?? []), i.id]);

  const deployments: Deployment[] = [];
  const undated: string[] = [];
  for (const r of releases) {
    const live = (r.environments ?? []).filter((e) => e.name === 'live' && reachedLive(e.status, r.status));
    if (live.length === 0) continue;
    const key = releaseKey(r);
    const times = live.filter((e) => e.deployedAt).map((e) => instantOf(e.deployedAt as string));
    const deployedAt = times.length > 0 ? Math.min(...times) : r.dates.released ? instantOf(r.dates.released) : undefined;
    if (deployedAt === undefined || Number.isNaN(deployedAt)) {
      undated.push(key);
      continue;
    }
    const rolledBack = live.some((e) => e.status === 'rolled-back') || r.status === 'rolled-back';
    const yanked = r.status === 'yanked';
    const incidentIds = byCause.get(key) ?? [];
    deployments.push({
      key,
      component: r.component,
      version: r.version,
      title: r.title,
      releaseType: r.releaseType,
      status: r.status,
      deployedAt,
      timed: times.length > 0,
      date: londonDay(deployedAt),
      rolledBack,
      yanked,
      incidentIds,
      failed: rolledBack || yanked || incidentIds.length > 0,
      commitLeadTimes: [],
      commitCount: 0,
      codeFreeze: r.dates.codeFreeze ?? undefined,
      codeFreezeToLive: r.dates.codeFreeze ? deployedAt - instantOf(r.dates.codeFreeze) : undefined,
      release: r,
    });
  }
  deployments.sort((a, b) => a.deployedAt - b.deployedAt || (a.key < b.key ? -1 : 1));
  firstDeployedCommits(deployments);

  // The on-time rate counts releases delivered to live: not one whose live step records that it did not get there
  // (skipped, failed and not rolled back, pending), which was counted on time (a KPI audit, 3 December 2026).
  const notDelivered = (r: KpiRelease) => {
    const steps = (r.environments ?? []).filter((e) => e.name === 'live');
    return steps.length > 0 && !steps.some((e) => reachedLive(e.status, r.status));
  };
  const released: ReleasedRelease[] = releases
    .filter((r) => r.dates.released && !notDelivered(r))
    .map((r) => ({
      key: releaseKey(r),
      component: r.component,
      releasedDate: calendarDate(r.dates.released as string),
      plannedDate: r.dates.planned ? calendarDate(r.dates.planned) : undefined,
    }));

  const dates = [
    ...deployments.map((d) => d.date),
    ...released.map((r) => r.releasedDate),
    ...incidents.map((i) => i.detectedDate),
  ].sort();
  const deployedOn = new Map(deployments.map((d) => [d.key, d.date]));
  const pipelines: PipelineRecord[] = releases.flatMap((r) => {
    const runs = r.pipeline?.runs;
    const date = deployedOn.get(releaseKey(r)) ?? (r.dates.released ? calendarDate(r.dates.released) : undefined);
    return typeof runs === 'number' && date ? [{ key: releaseKey(r), component: r.component, date, runs, failedRuns: r.pipeline?.failedRuns ?? 0 }] : [];
  });
  return { releases, deployments, incidents, undated, released, pipelines, earliest: dates[0] };
}
