// The site's search index (pagefind), written into the built site — and reused from the last build when no page's
// HTML has changed, since pagefind has no incremental mode and indexing 3,000 pages takes about 3 s.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Page furniture kept out of the index, so excerpts are prose and words in navigation do not rank a page: navigation
 * (breadcrumbs, side and contents navigation, previous/next), page metadata lists, table column headers (whose words
 * ran together into excerpts like "Planned forReleaseStatusCode freeze") and pictures' text (axis ticks, blip
 * numbers). Selectors rather than per-template attributes, so a new template cannot forget them; content that is
 * furniture on one page only carries `data-pagefind-ignore` itself.
 */
export const SEARCH_EXCLUDED = ['nav', '.ds_metadata', 'thead', 'svg', '.mh_back-to-top', '.mh_page-feedback'];

/** The folder in the built site that holds the index (pagefind's default, which the search page loads). */
export const INDEX_DIR = 'pagefind';

export interface SearchIndexResult {
  /** Pages in the index. */
  pages: number;
  /** True when the last build's index was copied because no HTML file changed. */
  reused: boolean;
  /** Wall time, ms. */
  ms: number;
}

const OPTIONS = { forceLanguage: 'en', excludeSelectors: SEARCH_EXCLUDED };

/** Every `.html` file under `out` except the index's own folder, as sorted `/`-separated relative paths. */
function htmlFiles(out: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!(dir === out && e.name === INDEX_DIR)) walk(full);
      } else if (e.name.endsWith('.html')) files.push(path.relative(out, full).split(path.sep).join('/'));
    }
  };
  walk(out);
  return files.sort();
}

/** The installed pagefind's version (its package.json is not in its exports), or 'unknown'. */
function pagefindVersion(root: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * The digest of everything pagefind reads and is set with: each HTML file's path and bytes, the options above and
 * pagefind's version (installed under `root`). Same digest → same index (pagefind's output is a function of these; the reproducibility tests
 * build it twice and compare).
 */
export function searchInputKey(out: string, root: string): string {
  const hash = crypto.createHash('sha256');
  hash.update(JSON.stringify({ version: pagefindVersion(root), OPTIONS })).update('\0');
  for (const f of htmlFiles(out)) hash.update(f).update('\0').update(fs.readFileSync(path.join(out, f))).update('\0');
  return hash.digest('hex');
}

/**
 * Writes the search index for the built site in `out` to `out/pagefind/` (`root`: the project, for pagefind's
 * version). `cacheDir` keeps a copy of the last index
 * and the {@link searchInputKey} it was made from: when the key is unchanged (a rebuild that changed no page) the copy
 * is used and pagefind does not run; `opts.fresh` always indexes (and renews the copy). A missing or unreadable cache
 * is rebuilt. Throws with pagefind's own messages
 * when it cannot start or fails.
 */
export async function writeSearchIndex(out: string, root: string, cacheDir: string, opts: { fresh?: boolean } = {}): Promise<SearchIndexResult> {
  const t0 = performance.now();
  const key = searchInputKey(out, root);
  const keyFile = path.join(cacheDir, 'key');
  const cached = path.join(cacheDir, INDEX_DIR);
  const target = path.join(out, INDEX_DIR);
  fs.rmSync(target, { recursive: true, force: true });
  try {
    const saved = JSON.parse(fs.readFileSync(keyFile, 'utf8')) as { key: string; pages: number };
    if (!opts.fresh && saved.key === key && fs.existsSync(cached)) {
      fs.cpSync(cached, target, { recursive: true });
      return { pages: saved.pages, reused: true, ms: Math.round(performance.now() - t0) };
    }
  } catch {
    // No index kept yet (or an unreadable one): index the pages.
  }
  const { index, errors } = await pagefind.createIndex(OPTIONS);
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: out });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: target });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  try {
    // Key last: a copy cut short leaves no key, so it is never reused.
    fs.rmSync(cacheDir, { recursive: true, force: true });
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.cpSync(target, cached, { recursive: true });
    fs.writeFileSync(keyFile, JSON.stringify({ key, pages: added.page_count }));
  } catch {
    // A read-only cache: the index is written, just not kept.
  }
  return { pages: added.page_count, reused: false, ms: Math.round(performance.now() - t0) };
}
