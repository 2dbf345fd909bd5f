// Astro-side access to the release model: built once per production build, fresh on every request in development.
import { loadReleaseModel, reservedComponentIssues, type ReleaseModel } from '../lib/releases/index';
import { ContentError } from '../lib/shared/errors';
import { getSite } from './site';

export { today } from './site';

export function getReleaseModel(): ReleaseModel {
  const model = loadReleaseModel(process.cwd(), { fresh: import.meta.env.DEV });
  // A component called "schedule" would take the schedule page's address; stop before writing anything.
  const clashes = reservedComponentIssues(model.components);
  if (clashes.length > 0) throw new ContentError(clashes);
  return model;
}

/** The published site URL, for feeds and calendars that need absolute links. */
export function siteUrl(): string {
  return getSite().url;
}
