// Astro-side digests for incremental-build cache keys, computed once per build: the engine's code, the data areas
// that pages cite (releases, radar, checklists, KPI bands), and what every page's shell shows (site settings, the
// areas in the main navigation, the footer's standard pages, "today").
import { cacheKey, engineDigest, filesDigest, filesUnder, imageTwins, localImagesDigest, stylesheetImports, type EntryWithImages } from '../lib/shared/cache-key';
import { contentPaths } from '../lib/shared/content-dir';
import { perBuild } from './per-build';
import { isPreviewBuild } from '../lib/shared/preview';
import { getPublishedRadarModel, getRadarModel } from './radar';
import { getAreas, getFavicon, getLogo, getSite, mainNav, searchSections, standardPageLinks, today } from './site';

const root = process.cwd();

/** The part of every key that every page shares: engine code, where the content is, site settings, the page shell's links, "today", whether drafts are shown. */
export const shellKey = perBuild(async () =>
  cacheKey({
    engine: engineDigest(root),
    // Where the content directory is: pages show their file's path in "Edit this page" links, so the same handbook
    // built from another folder is not the same pages.
    contentDir: contentPaths(root).dir,
    site: getSite(),
    areas: getAreas(),
    nav: mainNav(),
    search: searchSections(),
    footer: await standardPageLinks(),
    // The logo's and favicon's served names follow their bytes, and every page names them.
    logo: getLogo()?.url,
    favicon: getFavicon()?.url,
    today,
    // A preview build shows drafts (draft pages, draft radar editions and the links to them): no page of one is
    // reused by a published build, nor the other way round. Without it, a build after a preview build published
    // five radar pages showing a draft edition (a new adopter's trial, 2 December 2026).
    preview: isPreviewBuild(),
  }),
);

/**
 * The data areas a page can show, each with its files. Pages name the areas they read (see {@link dataPageKey}), so an
 * edit re-renders only the pages that can show it: with one key for every area, one release's edit re-rendered the
 * radar's 160 pages and every one of 1,000 release pages, and a radar edit every release page (bench, 2,000 pages:
 * 1,289 pages written for one release's title, 2 December 2026).
 */
export type DataArea = 'releases' | 'radar' | 'checklists' | 'kpis';

/** The files of each data area, project-relative: what its pages' keys digest. */
function areaFiles(area: DataArea): string[] {
  const p = contentPaths(root);
  switch (area) {
    case 'releases':
      return [...filesUnder(root, p.releases), p.components];
    case 'radar':
      return filesUnder(root, p.radar);
    case 'checklists':
      return filesUnder(root, p.checklists);
    case 'kpis':
      return filesUnder(root, p.kpis);
  }
}

/** The digest of each data area's files, worked out once per build when first asked for. */
const areaDigests = perBuild(() => new Map<DataArea, string>());
/**
 * The digest of one data area (see {@link DataArea}): its files, except the radar's, which is the digest of the
 * radar models the pages are made from (with draft editions in a preview build, and the published one beside it). A
 * published build shows no draft edition, so a draft's edit changes no radar page: keyed on the files, all 160-odd
 * radar pages of the benchmark were rendered again for it.
 */
export function areaKey(area: DataArea): string {
  const digests = areaDigests();
  let d = digests.get(area);
  if (d === undefined) digests.set(area, (d = area === 'radar' && getAreas().radar ? radarModelsKey() : filesDigest(root, areaFiles(area))));
  return d;
}

function radarModelsKey(): string {
  const model = getRadarModel();
  return cacheKey(model, model.includesDrafts ? getPublishedRadarModel() : null);
}

/** Every data area's digest, for pages that may show any of them (an MDX page can use every data component). */
export const dataKey = perBuild(() => cacheKey((['releases', 'radar', 'checklists', 'kpis'] as const).map(areaKey)));

/**
 * Whether routes should work out cache keys at all. Only a build reads them; `astro dev` calls getStaticPaths
 * for each request it routes, and keying 2,000 pages there (hashing every data file among it) was about 0.3 s of
 * each request after an edit.
 */
export const cacheKeysWanted = !import.meta.env.DEV;

/**
 * The key of a page that shows data from the `areas` named (a radar page: `['radar']`; a checklist page, which lists
 * the releases that used it: `['checklists', 'releases']`), plus `own` (what tells the page from its route's others);
 * undefined in development (see cacheKeysWanted). Naming too few areas serves stale pages, so a page names every area
 * its components read; the incremental-build test checks an edit in each area against a clean build.
 */
export async function dataPageKey(areas: readonly DataArea[], ...own: unknown[]): Promise<string | undefined> {
  if (!cacheKeysWanted) return undefined;
  return cacheKey(await shellKey(), [...areas].sort().map((a) => [a, areaKey(a)]), ...own);
}

/** The content directory's pictures grouped by bytes (imageTwins), once per build. */
const twins = perBuild(() => imageTwins(root, contentPaths(root).dir));

/** Every Markdown and MDX file in the content directory, as one digest, once per build (only asked for when pictures have twins). */
const pagesText = perBuild(() => filesDigest(root, filesUnder(root, contentPaths(root).dir).filter((f) => /\.mdx?$/.test(f))));

/** Which MDX files of the content directory import which stylesheets, as one digest, once per build (asked for only by a page that imports one). */
const stylesheets = perBuild(() => cacheKey(stylesheetImports(root, filesUnder(root, contentPaths(root).dir))));

/**
 * The digest of the local files an entry's body shows, or null when it shows none: {@link localImagesDigest} for
 * this project, with the build's picture groups and stylesheet imports (see there for why a page's key needs them).
 */
export const imagesKey = (entry: EntryWithImages | undefined): string | null => localImagesDigest(root, entry, { twins: twins(), pagesText, stylesheets });
