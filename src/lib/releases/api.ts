// /api/releases.json: every release, normalised, sorted by component then SemVer precedence.
import type { ReleaseModel } from './model';
import { releaseSchema, type Component, type Release } from './schema';

/** Bump when a field is renamed or removed; adding fields does not change it. */
export const RELEASES_API_SCHEMA_VERSION = 1;

export interface ReleasesApi {
  schemaVersion: number;
  components: Component[];
  releases: Array<Omit<Release, '$schema'> & { key: string; date: string | null; dateKind: 'released' | 'planned' | null }>;
}

/** The release file's fields the API lists, in the schema's order: every one but `$schema`. */
const RELEASE_FIELDS = Object.keys(releaseSchema.shape).filter((k) => k !== '$schema') as Array<Exclude<keyof Release, '$schema'>>;

/**
 * Every field of the release schema present (defaults applied), `$schema` dropped, `key` first and `date` and
 * `dateKind` before `dates`, keys in a fixed order. The fields come from the schema itself: a hand-written list left
 * out `revision` and `pipeline`, which the published API schema declares, so a client could not see a release's
 * calendar SEQUENCE or its pipeline figures (a machine-formats trial, 3 December 2026).
 */
function normalise(r: ReleaseModel['releases'][number]): ReleasesApi['releases'][number] {
  const out: Record<string, unknown> = { key: r.key };
  for (const field of RELEASE_FIELDS) {
    if (field === 'dates') {
      out.date = r.date ?? null;
      out.dateKind = r.dateKind ?? null;
      out.dates = { planned: r.dates.planned, codeFreeze: r.dates.codeFreeze, released: r.dates.released };
    } else out[field] = r[field];
  }
  return out as ReleasesApi['releases'][number];
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
