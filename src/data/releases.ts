// Astro-side access to the release model: built once per production build, fresh on every request in development.
import { loadReleaseModel, type ReleaseModel } from '../lib/releases/index';

export { today, siteUrl } from './site';

/** Where the releases' Atom feed is published, and its title: the feed's route and every page that advertises it. */
export const RELEASES_FEED = '/releases/feed.xml';
export function releasesFeedTitle(siteTitle: string): string {
  return `${siteTitle}: releases`;
}

export function getReleaseModel(): ReleaseModel {
  // Reserved component ids (e.g. "schedule") are rejected by the loader's rules, with the line.
  return loadReleaseModel(process.cwd(), { fresh: import.meta.env.DEV });
}
