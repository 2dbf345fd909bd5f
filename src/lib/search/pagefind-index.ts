// The site's search index (pagefind), written into the built site — and reused from the last build when no page's
// HTML has changed, since pagefind has no incremental mode and indexing 3,000 pages takes about 3 s.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Page furniture kept out of the index, so excerpts are prose and words in navigation do not rank a page: navigation
 * (breadcrumbs, side and contents navigation, previous/next), page metadata lists, table column headers (whose words
 * ran together into excerpts like "Planned forReleaseStatusCode freeze"), pictures' text (axis ticks, blip
 * numbers), the options of a drop-down (a checklist's result picker put "Not recorded yet Passed Failed …" 15 times
 * into a page's text, so "Not recorded yet" found every checklist) and skip links past a picture (`.mh_radar-skip`;
 * the site's own skip links are outside `<main>`), and the feedback and back-to-top links that end every `<main>`. Selectors rather than per-template attributes, so a new template
 * cannot forget them; content that is furniture on one page only carries `data-pagefind-ignore` itself. (A search
 * trial, 3 December 2026, found the drop-downs and skip links.)
 */
export const SEARCH_EXCLUDED = ['nav', '.ds_metadata', 'thead', 'svg', 'select', '.mh_radar-skip', '.ds_back-to-top', '.mh_page-feedback'];

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

/**
 * Where pagefind starts reading each page. The layout puts `data-pagefind-body` on `<main>` (src/layouts/Base.astro), so
 * nothing outside it is indexed anyway; naming it as the root lets pagefind pass over the header, navigation and
 * footer: at 3,236 pages adding them took 1.34 s instead of 1.54–1.96 s, for an index of the same bytes (1 December 2026).
 */
export const SEARCH_ROOT = 'main';

const OPTIONS = { forceLanguage: 'en', rootSelector: SEARCH_ROOT, excludeSelectors: SEARCH_EXCLUDED };

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

/** One HTML file's digest and what it was taken from: the file's size, change time and inode, as `fs.stat` gives them. */
interface FileDigest {
  size: number;
  mtimeNs: string;
  ino: string;
  sha256: string;
}

/**
 * The digest of everything pagefind reads and is set with: each HTML file's path and bytes, the options above and
 * pagefind's version (installed under `root`). Same digest → same index (pagefind's output is a function of these; the
 * reproducibility tests build it twice and compare). `known` holds the last run's digest of each file: a file whose
 * size, modification time (in nanoseconds) and inode are the ones recorded is not read again, as git and make tell a
 * changed file. Why: a rebuild rewrites a few dozen of a 3,236-page site's files, and reading and hashing all 86 MB of
 * them took 0.21 s with the files in the page cache, 0.12 s with the record (2 December 2026), more from a cold disk. As in git, a file modified less than two seconds before
 * `known` was taken (`knownAt`, ns since the epoch) is read all the same: a file system that keeps coarse times could
 * give a later edit the same time. Returns the key, each file's digest and the time they were taken, to record.
 */
export function searchInputKey(
  out: string,
  root: string,
  known: Record<string, FileDigest> = {},
  knownAt = '0',
): { key: string; files: Record<string, FileDigest>; at: string } {
  const at = String(BigInt(Date.now()) * 1_000_000n);
  const trustBefore = BigInt(knownAt) - 2_000_000_000n;
  const hash = crypto.createHash('sha256');
  hash.update(JSON.stringify({ version: pagefindVersion(root), OPTIONS })).update('\0');
  const files: Record<string, FileDigest> = {};
  for (const f of htmlFiles(out)) {
    const st = fs.statSync(path.join(out, f), { bigint: true });
    const seen = known[f];
    const same = seen && seen.size === Number(st.size) && seen.mtimeNs === String(st.mtimeNs) && seen.ino === String(st.ino) && st.mtimeNs < trustBefore;
    const sha256 = same ? seen.sha256 : crypto.createHash('sha256').update(fs.readFileSync(path.join(out, f))).digest('hex');
    files[f] = { size: Number(st.size), mtimeNs: String(st.mtimeNs), ino: String(st.ino), sha256 };
    hash.update(f).update('\0').update(sha256).update('\0');
  }
  return { key: hash.digest('hex'), files, at };
}

/** A file of the index: its path under the index folder (`/`-separated) and its bytes. */
interface IndexFile {
  path: string;
  content: Uint8Array;
}

/** The digest of a set of index files (sorted by path), to tell a kept copy that was altered or cut short. */
function filesDigest(files: IndexFile[]): string {
  const hash = crypto.createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(f.path).update('\0').update(f.content).update('\0');
  return hash.digest('hex');
}

/** The `/`-separated paths of every file under `dir`; [] when `dir` does not exist. */
function listTree(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** Every file under `dir` with its bytes; [] when `dir` does not exist. */
function readTree(dir: string): IndexFile[] {
  return listTree(dir).map((rel) => ({ path: rel, content: fs.readFileSync(path.join(dir, rel)) }));
}

/**
 * Makes `dir` hold exactly `files`, writing only those whose bytes differ from what is there and deleting the rest.
 * Why: pagefind names fragments and index chunks by their content, so after a one-page edit all but a few dozen of
 * the 3,000-odd files are already there, and on this project's disks creating and deleting files is what costs
 * (removing and copying the whole index took 0.6–3.5 s of a rebuild, 1 December 2026). A file that differs is
 * unlinked before it is written, so a hard link to it elsewhere (the built site's copy) keeps its old bytes. A file
 * not there yet is written without first trying to read it, deleting it and making its folder: in a clean build
 * (nothing kept) that is every file, and timed alone, writing 3,250 files that way took 0.17–0.67 s against
 * 0.11–0.12 s (1 December 2026). Inside a build it took 0.5–1.9 s either way, waiting on the disk.
 */
function syncTree(dir: string, files: IndexFile[]): void {
  const wanted = new Set(files.map((f) => f.path));
  const there = new Set(listTree(dir));
  for (const old of there) if (!wanted.has(old)) fs.rmSync(path.join(dir, old));
  const folders = new Set<string>();
  for (const f of files) {
    const full = path.join(dir, f.path);
    if (there.has(f.path)) {
      if (Buffer.compare(fs.readFileSync(full), f.content) === 0) continue;
      fs.rmSync(full);
    } else {
      const folder = path.dirname(full);
      if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    fs.writeFileSync(full, f.content);
  }
  removeEmptyFolders(dir);
}

function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && removeEmptyFolders(path.join(dir, e.name))) fs.rmdirSync(path.join(dir, e.name));
    else empty = false;
  }
  return empty;
}

/**
 * Puts the kept index's files at `target` (which must not exist) as hard links, or as copies where a link cannot be
 * made (another file system, a file system without links). A link costs one directory entry where a copy writes the
 * bytes again; the kept copy is never written in place (see {@link syncTree}), so the link cannot change under the site.
 */
function placeTree(from: string, files: IndexFile[], target: string): void {
  for (const f of files) {
    const dest = path.join(target, f.path);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    try {
      fs.linkSync(path.join(from, f.path), dest);
    } catch {
      fs.writeFileSync(dest, f.content);
    }
  }
}

/**
 * The pages the index holds, from its `pagefind-entry.json` (the page count of each language), or undefined when
 * it cannot be read. pagefind's own count of the files it read also counts pages it then leaves out (redirect pages,
 * the search page, 404: no `data-pagefind-body`), so the build log said "indexed 33 pages" of an index of 25 (a new
 * adopter's trial, 2 December 2026).
 */
function indexedPages(files: IndexFile[]): number | undefined {
  const entry = files.find((f) => f.path === 'pagefind-entry.json');
  try {
    const langs = (JSON.parse(Buffer.from(entry!.content).toString('utf8')) as { languages: Record<string, { page_count: number }> }).languages;
    return Object.values(langs).reduce((n, l) => n + l.page_count, 0);
  } catch {
    return undefined;
  }
}

/** The key file's record: the input key, the pages indexed, the digest of the kept files and each page's digest. */
interface KeptIndex {
  key: string;
  pages: number;
  files: string;
  html?: Record<string, FileDigest>;
  /** When `html` was taken, ns since the epoch. */
  htmlAt?: string;
}

/**
 * Writes the search index for the built site in `out` to `out/pagefind/` (`root`: the project, for pagefind's
 * version). `cacheDir` keeps a copy of the last index with the {@link searchInputKey} it was made from and the digest
 * of its files: when the key is unchanged (a rebuild that changed no page) and the copy is intact, the copy is used
 * and pagefind does not run; `opts.fresh` always indexes (and renews the copy). A missing, incomplete or altered
 * copy is made again; a cache that cannot be written only means the index is not kept. The index folder in `out`
 * is made of hard links to the kept copy where the file system allows. Throws with pagefind's own messages when it
 * cannot start or fails.
 */
export async function writeSearchIndex(out: string, root: string, cacheDir: string, opts: { fresh?: boolean } = {}): Promise<SearchIndexResult> {
  const t0 = performance.now();
  const keyFile = path.join(cacheDir, 'key');
  const cached = path.join(cacheDir, INDEX_DIR);
  const target = path.join(out, INDEX_DIR);
  let saved: KeptIndex | undefined;
  try {
    saved = JSON.parse(fs.readFileSync(keyFile, 'utf8')) as KeptIndex;
  } catch {
    // No index kept yet (or an unreadable record): index the pages.
  }
  // When the pages will be indexed anyway (no index kept, --force), pagefind starts reading them at once and their
  // digest is taken while it does: pagefind is a process of its own, and hashing the HTML first took 0.5 s of an
  // indexing run (3,236 pages, 2 December 2026). Not on a rebuild: started beside the digest of an unchanged site
  // only to be abandoned, it made reusing the index 0.5–2 s slower, and the pages' times cannot tell an unchanged
  // site (the pages a build always renders again, the home page and the indexes, are new files with the same bytes).
  const early = opts.fresh || !saved ? (await startIndexing(out)).run : undefined;
  await new Promise((r) => setImmediate(r));
  const { key, files: html, at: htmlAt } = searchInputKey(out, root, saved?.html, saved?.htmlAt);
  fs.rmSync(target, { recursive: true, force: true });
  if (!opts.fresh && saved?.key === key) {
    const kept = readTree(cached);
    if (kept.length && filesDigest(kept) === saved.files) {
      if (early) {
        // Closing pagefind fails its pending requests, which settles the abandoned run at once.
        await pagefind.close();
        await early.catch(() => undefined);
      }
      placeTree(cached, kept, target);
      return { pages: saved.pages, reused: true, ms: Math.round(performance.now() - t0) };
    }
  }
  const { files, pageCount } = await (early ?? (await startIndexing(out)).run);
  const pages = indexedPages(files) ?? pageCount;
  try {
    // The record goes first and comes back last: a copy cut short has none, so it is never reused.
    fs.rmSync(keyFile, { force: true });
    fs.mkdirSync(cached, { recursive: true });
    syncTree(cached, files);
    fs.writeFileSync(keyFile, JSON.stringify({ key, pages, files: filesDigest(files), html, htmlAt } satisfies KeptIndex));
    placeTree(cached, files, target);
  } catch {
    // A read-only cache: the index is written from memory, just not kept.
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(target, { recursive: true });
    syncTree(target, files);
  }
  return { pages, reused: false, ms: Math.round(performance.now() - t0) };
}

/**
 * Starts pagefind on the HTML under `out`: resolves once its process is running and has been asked to read the pages,
 * with `run`, a promise of the index's files (in memory) and pagefind's count of the pages it read. The run
 * closes pagefind's process when it ends and rejects with pagefind's own messages when it cannot start or fails; that
 * rejection is also handled here, so a run abandoned by {@link writeSearchIndex} never surfaces as unhandled.
 */
async function startIndexing(out: string): Promise<{ run: Promise<{ files: IndexFile[]; pageCount: number }> }> {
  // In an object: an async function resolving to a promise would wait for that promise.
  const settle = <T>(run: Promise<T>): { run: Promise<T> } => {
    run.catch(() => undefined);
    return { run };
  };
  let created: Awaited<ReturnType<typeof pagefind.createIndex>>;
  try {
    created = await pagefind.createIndex(OPTIONS);
  } catch (err) {
    await pagefind.close();
    return settle(Promise.reject(err as Error));
  }
  const { index, errors } = created;
  if (!index) {
    await pagefind.close();
    return settle(Promise.reject(new Error(`pagefind could not start: ${errors.join('; ')}`)));
  }
  // Asked now, so pagefind reads the pages while the caller hashes them.
  const adding = index.addDirectory({ path: out });
  return settle(
    (async () => {
      try {
        const added = await adding;
        if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        // The files in memory rather than written by pagefind, so only the ones that changed touch the disk.
        const made = await index.getFiles();
        if (made.errors.length) throw new Error(`pagefind: ${made.errors.join('; ')}`);
        const files: IndexFile[] = made.files.map((f) => ({ path: f.path.split(path.sep).join('/'), content: f.content }));
        return { files, pageCount: added.page_count };
      } finally {
        await pagefind.close();
      }
    })(),
  );
}
