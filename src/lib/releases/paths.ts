// Where release data lives and how a release is named: file paths, keys and site paths in one place.

import path from 'node:path';
import { contentPaths, type ContentPaths } from '../shared/content-dir';

/** The generated JSON Schema for release files, relative to the project root. */
export const RELEASE_SCHEMA_FILE = 'schemas/release.schema.json';

/** Where the published site serves the same JSON Schema (the releases area routes it). */
export const RELEASE_SCHEMA_PATH = '/schemas/release.schema.json';

/**
 * Where a release file points `$schema`: the path from `<releases>/<component>/` to the project's JSON Schema,
 * e.g. `../../../schemas/release.schema.json` for the default `content/` directory. A content directory outside the
 * project (`../our-handbook`, or absolute) is usually a repository of its own, where a path into this machine's
 * engine checkout would be wrong for everyone else: it points at the published copy, `<siteUrl>/schemas/…`, when
 * `siteUrl` is given.
 */
export function releaseSchemaRef(paths: ContentPaths = contentPaths(), siteUrl?: string): string {
  const outside = paths.dir.startsWith('../') || paths.dir === '..' || path.posix.isAbsolute(paths.dir);
  if (outside && siteUrl) return `${siteUrl.replace(/\/+$/, '')}${RELEASE_SCHEMA_PATH}`;
  return path.posix.relative(`${paths.releases}/component`, RELEASE_SCHEMA_FILE);
}

/** The one correct place for a release file (project-relative): `<content>/releases/<component>/<version>.json`. */
export function releaseFilePath(component: string, version: string, paths: ContentPaths = contentPaths()): string {
  return `${paths.releases}/${component}/${version}.json`;
}

/** A stable identifier for a release: `payments@2.4.0`. */
export function releaseKey(r: { component: string; version: string }): string {
  return `${r.component}@${r.version}`;
}

/** The site path of a release page, without the site's base: `/releases/payments/2.4.0/`. */
export function releasePath(r: { component: string; version: string }): string {
  return `/releases/${r.component}/${r.version}/`;
}

/** The site path of a component's release page: `/releases/payments/`. */
export function componentPath(componentId: string): string {
  return `/releases/${componentId}/`;
}

/** Ids a component cannot take: the release pages use these addresses themselves (/releases/schedule/ …). */
export const RESERVED_COMPONENT_IDS = ['schedule', 'status', 'stage', 'year'] as const;
