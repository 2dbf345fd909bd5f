// Astro-side digests for incremental-build cache keys, computed once per build: the engine's code, the data areas
// that pages cite (releases, radar, checklists, KPI bands), and what every page's shell shows (site settings, the
// areas in the main navigation, the footer's standard pages, "today").
import { cacheKey, engineDigest, filesDigest, filesUnder, imageTwins, localImagesDigest, type EntryWithImages } from '../lib/shared/cache-key';
import { contentPaths } from '../lib/shared/content-dir';
import { perBuild } from './per-build';
import { getAreas, getFavicon, getLogo, getSite, mainNav, searchSections, standardPageLinks, today } from './site';

const root = process.cwd();

/** Files outside the handbook that pages show data from; a change to any of them re-renders the pages that cite data. */
function dataFiles(): string[] {
  const p = contentPaths(root);
  return [...filesUnder(root, p.releases), p.components, ...filesUnder(root, p.radar), ...filesUnder(root, p.checklists), ...filesUnder(root, p.kpis)];
}

/** The part of every key that every page shares: engine code, where the content is, site settings, the page shell's links, "today". */
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
  }),
);

/** The data areas' digest, for pages that show release, radar, checklist or KPI data. */
export const dataKey = perBuild(() => filesDigest(root, dataFiles()));

/**
 * Whether routes should work out cache keys at all. Only a build reads them; `astro dev` calls getStaticPaths
 * for each request it routes, and keying 2,000 pages there (hashing every data file among it) was about 0.3 s of
 * each request after an edit.
 */
export const cacheKeysWanted = !import.meta.env.DEV;

/**
 * The key of a page that shows data from any area (a release, a blip, an MDX page with live data); undefined in
 * development (see cacheKeysWanted).
 */
export async function dataPageKey(...own: unknown[]): Promise<string | undefined> {
  if (!cacheKeysWanted) return undefined;
  return cacheKey(await shellKey(), dataKey(), ...own);
}

/** The content directory's pictures grouped by bytes (imageTwins), once per build. */
const twins = perBuild(() => imageTwins(root, contentPaths(root).dir));

/** Every Markdown and MDX file in the content directory, as one digest, once per build (only asked for when pictures have twins). */
const pagesText = perBuild(() => filesDigest(root, filesUnder(root, contentPaths(root).dir).filter((f) => /\.mdx?$/.test(f))));

/**
 * The digest of the local images an entry's body shows, or null when it shows none: {@link localImagesDigest} for
 * this project, with the build's picture groups (see there for why a page's key needs both).
 */
export const imagesKey = (entry: EntryWithImages | undefined): string | null => localImagesDigest(root, entry, { twins: twins(), pagesText });
