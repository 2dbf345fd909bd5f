// Astro-side access to site.yaml and the handbook model, built once per production build.
import { getCollection } from 'astro:content';
import path from 'node:path';
import { loadSite } from '../lib/site/load';
import type { SiteConfig } from '../lib/site/schema';
import { branding, type Branding } from '../lib/site/branding';
import { readFavicon, readLogo, type LogoAsset, type SvgAsset } from '../lib/site/logo';
import { buildHandbook, type Handbook, type PageSource } from '../lib/handbook/model';
import { contentPaths } from '../lib/shared/content-dir';
import { commitDates, gitHead, type CommitDates } from '../lib/shared/git';
import { buildToday } from '../lib/shared/dates';
import { ContentError, type ContentIssue } from '../lib/shared/errors';
import { resolvePageData } from '../lib/handbook/page-data';
import { entryBody } from './entry-body';
import { devMemo, perBuild } from './per-build';
import { showDrafts } from '../lib/shared/preview';
import { standardPages, type StandardPageLink } from '../lib/site/standard-pages';
import type { StandardPage } from '../lib/site/schema';
import { AREA_BASES, AREA_TITLES, AREAS, detectAreas, type Area, type Areas } from '../lib/site/areas';

const root = process.cwd();

/** In `astro dev`, the last site.yaml that was valid (on globalThis: Vite evaluates this module again on changes). */
const LAST_GOOD_SITE = Symbol.for('handbook.lastGoodSite');
const lastGood = globalThis as { [LAST_GOOD_SITE]?: SiteConfig };

/**
 * site.yaml's settings; throws a ContentError with its problems when it is not valid. In `astro dev` a site.yaml saved
 * with a mistake keeps its last valid settings, as a page keeps its last good parse, while the check beside the
 * server names the line: every page answered 500 with a bare "ContentError" and a stack trace until the fix (a new
 * adopter's trial, 2 December 2026). A build never gets here with such a file: the check stops it first.
 */
export const getSite = perBuild((): SiteConfig => {
  const { site, issues } = loadSite(root);
  if (site) {
    if (import.meta.env.DEV) lastGood[LAST_GOOD_SITE] = site;
    return site;
  }
  const kept = import.meta.env.DEV ? lastGood[LAST_GOOD_SITE] : undefined;
  if (kept) return kept;
  throw new ContentError(issues);
});

/** site.yaml's branding with every default resolved (src/lib/site/branding.ts). */
export const getBranding = perBuild((): Branding => branding(getSite()));

/** The header's logo as served (src/pages/brand/[asset].svg.ts), or undefined; the check has already refused a bad one. */
export const getLogo = perBuild((): LogoAsset | undefined => {
  const { logo, issues } = readLogo(root, getSite());
  if (issues.length) throw new ContentError(issues);
  return logo;
});

/** The favicon site.yaml names, as served, or undefined (then /favicon.svg from public/). */
export const getFavicon = perBuild((): SvgAsset | undefined => {
  const { favicon, issues } = readFavicon(root, getSite());
  if (issues.length) throw new ContentError(issues);
  return favicon;
});

/** The published site URL, for feeds, calendars and APIs that need absolute links. */
export function siteUrl(): string {
  return getSite().url;
}

/** The build's "today" (SOURCE_DATE_EPOCH when set), for review and schedule rules. */
export const today = buildToday();

type HandbookEntry = Awaited<ReturnType<typeof getCollection<'handbook'>>>[number];

async function makeHandbook(): Promise<Handbook> {
  const dir = contentPaths(root).handbook;
  if (!import.meta.env.DEV) return handbookFrom(await getCollection('handbook'), commitDates(root, dir));
  // In development the pages' front matter comes from their files, not from Astro's store, so a saved page never
  // waits for the store to reload (./dev-handbook.ts), and the model is rebuilt only when something it reads changed:
  // a page file, the site's defaults, git's HEAD (the "last updated" dates) or "today"; see devMemo.
  const head = gitHead(root, dir);
  const git = devMemo('git-dates', head, undefined, () => commitDates(root, dir));
  const { devPageSources } = await import('./dev-handbook');
  const { sources, key } = devPageSources(root, dir, getSite().defaults);
  // The preview uses the model even when it has errors (a superseded_by naming a page just renamed, two files with one
  // address): the model leaves out only what it refuses (that banner, the second file), every other page stays
  // current, and the check beside the server names the file and line. A build never gets here with an error: the
  // check stops it first. (Until 1 December 2026 the preview kept the last model without errors instead, so one
  // dangling superseded_by froze the whole preview: a new page answered 404 and a renamed one's old address served
  // the wrong page. Found by a new adopter's trial.)
  return devMemo('handbook', JSON.stringify([key, head, today, showDrafts(true)]), sources, (ss) =>
    buildHandbook(
      ss.map((s) => ({ ...s, lastUpdated: git.dates.get(s.file), uncommitted: git.history && !git.dates.has(s.file) })),
      { includeDrafts: showDrafts(true), today },
    ),
  );
}

function handbookFrom(entries: HandbookEntry[], git: CommitDates): Handbook {
  const dir = contentPaths(root).handbook;
  const defaults = getSite().defaults;
  const sources: PageSource[] = [];
  const issues: ContentIssue[] = [];
  for (const e of entries) {
    const file = e.filePath
      ? path.relative(root, path.resolve(root, e.filePath)).split(path.sep).join('/')
      : `${dir}/${e.id}.md`;
    // The same filling-in of description, owner and last_reviewed as the check (src/lib/handbook/load.ts). The body
    // is only read for a page without a description (bodies are not kept in the data store: ./entry-body.ts).
    const body = e.data.description === undefined && e.filePath ? entryBody(e.filePath, file) : '';
    const resolved = resolvePageData(e.data, { file, body, defaults });
    if (!resolved.ok) issues.push(...resolved.issues);
    else sources.push({ id: e.id, file, data: resolved.value.data, defaulted: resolved.value.defaulted, lastUpdated: git.dates.get(file), uncommitted: git.history && !git.dates.has(file) });
  }
  if (issues.length) throw new ContentError(issues);
  return modelFrom(sources);
}

/** The handbook model of `sources`; throws the model's errors (two pages with one URL …) as a ContentError. */
function modelFrom(sources: PageSource[]): Handbook {
  const hb = buildHandbook(sources, { includeDrafts: showDrafts(import.meta.env.DEV), today });
  if (hb.issues.some((i) => i.severity === 'error')) throw new ContentError(hb.issues);
  return hb;
}

export const getHandbook = perBuild(makeHandbook);

/** The standard pages (accessibility statement, contributing) site.yaml names, for the footer; the check has already
 * stopped the build if one is missing. Once per build: every page's footer asks, and each answer indexes every page
 * (at 2,000 pages that was a second of the build). */
export const standardPageLinks = perBuild(async (): Promise<StandardPageLink[]> => {
  const { links, issues } = standardPages(getSite(), await getHandbook(), contentPaths(root).site);
  if (issues.some((i) => i.severity === 'error')) throw new ContentError(issues);
  return links;
});

/** The URL of a standard page site.yaml names (e.g. `kpi_definitions`), or undefined when it names none. */
export async function standardPageUrl(key: StandardPage): Promise<string | undefined> {
  return (await standardPageLinks()).find((l) => l.key === key)?.url;
}

/** Which optional areas this handbook has (the same answer the routes and the check use). */
export const getAreas = perBuild((): Areas => detectAreas(root, getSite().areas));

/** Short names for the main navigation. */
const NAV_TITLES: Record<Area, string> = { releases: 'Releases', radar: 'Radar', checklists: 'Checklists', kpis: 'KPIs' };

/** Top navigation: the handbook, each area the site has, and reviews. */
export function mainNav(): { title: string; url: string }[] {
  const areas = getAreas();
  return [
    { title: 'Handbook', url: '/handbook/' },
    ...AREAS.filter((a) => areas[a]).map((a) => ({ title: NAV_TITLES[a], url: AREA_BASES[a] })),
    { title: 'Reviews', url: '/reviews/' },
  ];
}

/**
 * The pagefind weight of each section's text (default 1; pagefind weights are quadratic, so 0.5 counts a word a
 * quarter as much). Pages generated from data (releases, KPIs, the radar) repeat the same words many times over;
 * weighted down, the handbook page that explains a topic comes before the fifty release pages that mention it.
 */
const SEARCH_WEIGHTS: Partial<Record<Area | 'handbook', number>> = { releases: 0.5, radar: 0.7, kpis: 0.5 };

/**
 * The names of the site's areas (those it has), as their pages' breadcrumbs name them: the places a handbook page's
 * browser title must not give as its own without the place above (`taken` of documentTitle in
 * src/lib/site/document-title.ts). Covered by every page's key through `getAreas` in the shell key.
 */
export function areaPlaces(): string[] {
  const areas = getAreas();
  return AREAS.filter((a) => areas[a]).map((a) => AREA_TITLES[a]);
}

/** Search filter values (pagefind `section`), their names and weights: the handbook and each area the site has. */
export function searchSections(): { id: string; title: string; weight?: number }[] {
  const areas = getAreas();
  return [{ id: 'handbook', title: 'Handbook' }, ...AREAS.filter((a) => areas[a]).map((a) => ({ id: a, title: AREA_TITLES[a] }))].map((s) => ({
    ...s,
    ...(SEARCH_WEIGHTS[s.id as Area] !== undefined ? { weight: SEARCH_WEIGHTS[s.id as Area] } : {}),
  }));
}
