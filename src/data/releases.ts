// Astro-side access to the release model: built once per production build, fresh on every request in development.
import { loadReleaseModel, type ReleaseModel } from '../lib/releases/index';
import { getSite } from './site';

export { today } from './site';

export function getReleaseModel(): ReleaseModel {
  // Reserved component ids (e.g. "schedule") are rejected by the loader's rules, with the line.
  return loadReleaseModel(process.cwd(), { fresh: import.meta.env.DEV });
}

/** The published site URL, for feeds and calendars that need absolute links. */
export function siteUrl(): string {
  return getSite().url;
}
