// Astro-side access to site.yaml and the handbook model, built once per production build.
import { getCollection } from 'astro:content';
import path from 'node:path';
import { loadSite } from '../lib/site/load';
import type { SiteConfig } from '../lib/site/schema';
import { buildHandbook, HANDBOOK_DIR, type Handbook, type PageSource } from '../lib/handbook/model';
import { lastCommitDates } from '../lib/shared/git';
import { buildToday } from '../lib/shared/dates';
import { ContentError } from '../lib/shared/errors';
import { perBuild } from './per-build';
import { showDrafts } from '../lib/shared/preview';

const root = process.cwd();

export const getSite = perBuild((): SiteConfig => {
  const { site, issues } = loadSite(root);
  if (!site) throw new ContentError(issues);
  return site;
});

/** The published site URL, for feeds, calendars and APIs that need absolute links. */
export function siteUrl(): string {
  return getSite().url;
}

/** The build's "today" (SOURCE_DATE_EPOCH when set), for review and schedule rules. */
export const today = buildToday();

async function makeHandbook(): Promise<Handbook> {
  const entries = await getCollection('handbook');
  const dates = lastCommitDates(root, HANDBOOK_DIR);
  const sources: PageSource[] = entries.map((e) => {
    const file = e.filePath
      ? path.relative(root, path.resolve(root, e.filePath)).split(path.sep).join('/')
      : `${HANDBOOK_DIR}/${e.id}.md`;
    return { id: e.id, file, data: e.data, lastUpdated: dates.get(file) };
  });
  const hb = buildHandbook(sources, { includeDrafts: showDrafts(import.meta.env.DEV), today });
  if (hb.issues.some((i) => i.severity === 'error')) throw new ContentError(hb.issues);
  return hb;
}

export const getHandbook = perBuild(makeHandbook);

/** Top navigation: the site's main areas. */
export const mainNav: { title: string; url: string }[] = [
  { title: 'Handbook', url: '/handbook/' },
  { title: 'Releases', url: '/releases/' },
  { title: 'Radar', url: '/radar/' },
  { title: 'Checklists', url: '/checklists/' },
  { title: 'KPIs', url: '/kpis/' },
  { title: 'Reviews', url: '/reviews/' },
];

/** Search filter values (pagefind `section`) and their names. */
export const searchSections: { id: string; title: string }[] = [
  { id: 'handbook', title: 'Handbook' },
  { id: 'releases', title: 'Releases' },
  { id: 'radar', title: 'Technology radar' },
  { id: 'checklists', title: 'Checklists' },
  { id: 'kpis', title: 'KPIs' },
];
