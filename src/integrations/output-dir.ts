// Astro integration: keeps the pages an incremental build reuses where they are in dist/, instead of letting Astro
// empty dist/ and copy every unchanged page back from its cache.
//
// Why: at 2,000 pages, emptying dist/ and copying 3,000 unchanged files back cost about 2 s of a 7 s no-change
// rebuild (bench, 1 December 2026). Astro reuses a page already in dist/ ("(cached)") when its cacheKey and code
// are unchanged, and puts it back from its copy in the cache ("(restored)"; incremental-copies.ts) only when dist/
// lacks it.
//
// Correctness (the incremental test proves it byte for byte): dist/ must end up exactly as a clean build leaves it.
// So before the build, everything in dist/ that is not a page output of the last finished build is deleted (bundles,
// public files, the search index, sitemaps, host files: the build writes them all again). After the build, the page
// outputs of the last build that this build did not produce (deleted or moved pages) are deleted. A build that
// fails removes dist/ altogether (content-check.ts), and no manifest means dist/ is emptied, as Astro would, and
// Astro's own record is dropped so that no page is put back from a copy the unfinished build may have changed.
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countOf } from '../lib/shared/plural';
import { ASTRO_INCREMENTAL_MANIFEST, ASTRO_PAGE_COPIES, keepPageCopiesAsLinks } from './incremental-copies';

/** The manifest of page outputs, in Astro's cache directory, so deleting .cache/ (or `--force`) starts clean. */
export const OUTPUT_MANIFEST = 'handbook-output-files.json';

/** Outputs are recorded relative to dist/, with forward slashes, so the manifest reads the same on every system. */
function relativeTo(dir: string, file: string): string {
  return path.relative(dir, file).split(path.sep).join('/');
}

/**
 * Which cache (one per content directory) last built into each output folder, kept beside those caches in `.cache/`:
 * `{ [outDir]: cacheDir }`. Two handbooks built in turn into one `dist/` (the sample, then a test fixture with
 * HANDBOOK_CONTENT_DIR) each have their own page manifest, and each would otherwise take the other's pages in
 * `dist/` for its own (found by a new adopter's trial, 1 December 2026).
 */
export const OUTPUT_OWNERS = 'output-owners.json';

function readOwners(file: string): Record<string, string> {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * The page outputs the last finished build wrote into `outDir`. Empty when there is no manifest, it cannot be read,
 * or the last build wrote to another folder (`--outDir`): the cache is shared, so the pages in this folder may be
 * older than the cache's record of them.
 */
function readManifest(file: string, outDir: string): Set<string> {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { outDir?: unknown; files?: unknown };
    if (data.outDir !== outDir || !Array.isArray(data.files)) return new Set();
    return new Set(data.files.filter((f): f is string => typeof f === 'string'));
  } catch {
    return new Set();
  }
}

/**
 * Deletes every file under `dir` whose dist-relative path is not in `keep`, then every folder left empty; `.git`
 * at the top is left alone (as Astro's own emptying does). Returns how many files were deleted.
 */
export function pruneExcept(dir: string, keep: Set<string>): number {
  let deleted = 0;
  const walk = (d: string): boolean => {
    let empty = true;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (d === dir && e.name === '.git') {
        empty = false;
        continue;
      }
      if (e.isDirectory()) {
        if (walk(full)) fs.rmdirSync(full);
        else empty = false;
      } else if (keep.has(relativeTo(dir, full))) {
        empty = false;
      } else {
        fs.rmSync(full, { force: true });
        deleted++;
      }
    }
    return empty;
  };
  if (fs.existsSync(dir)) walk(dir);
  return deleted;
}

/**
 * The integration. Awaited in astro.config.mjs: Astro's incremental cache is set to keep its page copies as links
 * (src/integrations/incremental-copies.ts) while the config loads.
 */
export async function outputDir(projectRoot: string): Promise<AstroIntegration> {
  const linked = await keepPageCopiesAsLinks(projectRoot);
  let outDir = '';
  let cacheDir = '';
  let ownersFile = '';
  let manifestFile = '';
  let cacheUrl: URL | undefined;
  let previous = new Set<string>();
  return {
    name: 'handbook:output-dir',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, config, logger }) => {
        if (command !== 'build') return;
        // Only a build writes dist/; Astro's emptying is replaced by the pruning below.
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        if (config.experimental.incrementalBuild && !linked) {
          logger.info("Astro's incremental cache could not be set to keep its page copies as links (incremental-copies.ts): it writes them itself, which is slower, with the same pages");
        }
      },
      'astro:config:done': ({ config }) => {
        // Without the trailing slash a folder URL converts to: the walk up from a removed page stops at `outDir + sep`,
        // which never matched '/…/dist//', so the folders removed pages left stayed behind, empty.
        outDir = path.resolve(fileURLToPath(config.outDir));
        manifestFile = fileURLToPath(new URL(OUTPUT_MANIFEST, config.cacheDir));
        cacheUrl = config.cacheDir;
        cacheDir = path.resolve(fileURLToPath(config.cacheDir));
        ownersFile = path.join(path.dirname(cacheDir), OUTPUT_OWNERS);
      },
      'astro:build:start': ({ logger }) => {
        // Pages in dist/ written by another content directory's build are not this cache's pages, whatever its
        // manifest says: then nothing in dist/ is kept, and Astro copies this handbook's unchanged pages back from
        // its own cache.
        const owners = readOwners(ownersFile);
        const foreign = owners[outDir] !== undefined && owners[outDir] !== cacheDir;
        previous = foreign ? new Set() : readManifest(manifestFile, outDir);
        // No manifest beside Astro's record means the last build with this cache did not finish (it failed, or was
        // stopped, during page generation). Pages it rendered again may have been written into their copies in Astro's
        // cache, which are links to them (incremental-copies.ts), while Astro's record still lists those copies under
        // their old keys: the record is dropped, and every page is rendered again.
        const astroRecord = fileURLToPath(new URL(ASTRO_INCREMENTAL_MANIFEST, cacheUrl));
        if (!fs.existsSync(manifestFile) && fs.existsSync(astroRecord)) {
          fs.rmSync(astroRecord, { force: true });
          logger.info('the last build did not finish: every page is rendered again');
        }
        // A cache written before page copies were links (or while they could not be) holds Astro's own copies, which
        // no build reads again while they are links: about as large as dist/ itself (a new adopter's trial, 1 December
        // 2026), and kept by CI's cache until deleted.
        if (linked) fs.rmSync(fileURLToPath(new URL(ASTRO_PAGE_COPIES, cacheUrl)), { recursive: true, force: true });
        // The manifest is spent: if this build fails half-way it is not trusted again.
        fs.rmSync(manifestFile, { force: true });
        pruneExcept(outDir, previous);
        fs.mkdirSync(path.dirname(ownersFile), { recursive: true });
        // Output folders that no longer exist (the tests' temporary ones) are forgotten.
        const kept = Object.entries(owners).filter(([dir]) => dir !== outDir && fs.existsSync(dir));
        fs.writeFileSync(ownersFile, JSON.stringify(Object.fromEntries([...kept, [outDir, cacheDir]].sort()), null, 2) + '\n');
      },
      'astro:build:done': ({ assets, logger }) => {
        const now = new Set<string>();
        for (const urls of assets.values()) for (const u of urls) now.add(relativeTo(outDir, fileURLToPath(u)));
        let gone = 0;
        for (const f of previous) {
          if (now.has(f)) continue;
          const abs = path.join(outDir, f);
          if (fs.existsSync(abs)) {
            fs.rmSync(abs);
            gone++;
            // Folders a removed page leaves empty go too, as they would not exist after a clean build.
            for (let d = path.dirname(abs); d.startsWith(outDir + path.sep) && fs.readdirSync(d).length === 0; d = path.dirname(d)) fs.rmdirSync(d);
          }
        }
        if (gone) logger.info(`removed ${countOf(gone, 'page')} the content no longer has`);
        fs.mkdirSync(path.dirname(manifestFile), { recursive: true });
        fs.writeFileSync(manifestFile, JSON.stringify({ outDir, files: [...now].sort() }) + '\n');
      },
    },
  };
}
