// Astro-side access to the release model: built once per production build, fresh on every request in development.
import { loadReleaseModel, type ReleaseModel } from '../lib/releases/index';

export { today, siteUrl } from './site';

export function getReleaseModel(): ReleaseModel {
  // Reserved component ids (e.g. "schedule") are rejected by the loader's rules, with the line.
  return loadReleaseModel(process.cwd(), { fresh: import.meta.env.DEV });
}
