// /api/releases.json: every release, normalised, sorted by component then SemVer precedence.
import type { ReleaseModel } from './model';
import type { Component, Release } from './schema';

/** Bump when a field is renamed or removed; adding fields does not change it. */
export const RELEASES_API_SCHEMA_VERSION = 1;

export interface ReleasesApi {
  schemaVersion: number;
  components: Component[];
  releases: Array<Omit<Release, '$schema'> & { key: string; date: string | null; dateKind: 'released' | 'planned' | null }>;
}

/** Every field present (defaults applied), `$schema` dropped, keys in a fixed order. */
function normalise(r: ReleaseModel['releases'][number]): ReleasesApi['releases'][number] {
  return {
    key: r.key,
    component: r.component,
    version: r.version,
    title: r.title,
    summary: r.summary,
    releaseType: r.releaseType,
    stage: r.stage,
    status: r.status,
    statusReason: r.statusReason,
    date: r.date ?? null,
    dateKind: r.dateKind ?? null,
    dates: { planned: r.dates.planned, codeFreeze: r.dates.codeFreeze, released: r.dates.released },
    source: r.source,
    environments: r.environments,
    changes: r.changes,
    artefacts: r.artefacts,
    migrations: r.migrations,
    configChanges: r.configChanges,
    signOffs: r.signOffs,
    risks: r.risks,
    rollbackPlan: r.rollbackPlan,
    readiness: r.readiness,
    incidents: r.incidents,
    retrospective: r.retrospective,
  };
}

export function releasesApi(model: ReleaseModel): ReleasesApi {
  return {
    schemaVersion: RELEASES_API_SCHEMA_VERSION,
    components: model.components.map((c) => ({ ...c })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    releases: model.releases.map(normalise),
  };
}

/** The API document as JSON text (two-space indent, trailing newline). Absent optional fields are omitted. */
export function toApiJson(model: ReleaseModel): string {
  return JSON.stringify(releasesApi(model), null, 2) + '\n';
}
