// Where release data lives and how a release is named: file paths, keys and site paths in one place.

/** Release files, relative to the project root. */
export const RELEASES_DIR = 'content/releases';
export const COMPONENTS_FILE = 'content/components.yaml';
/** Where release files point `$schema`, relative to content/releases/<component>/. */
export const RELEASE_SCHEMA_REF = '../../../schemas/release.schema.json';
export const RELEASE_SCHEMA_FILE = 'schemas/release.schema.json';

/** The one correct place for a release file. */
export function releaseFilePath(component: string, version: string): string {
  return `${RELEASES_DIR}/${component}/${version}.json`;
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
