// Astro integration: keeps the pages an incremental build reuses where they are in dist/, instead of letting Astro
// empty dist/ and copy every unchanged page back from its cache.
//
// Why: at 2,000 pages, emptying dist/ and copying 3,000 unchanged files back cost about 2 s of a 7 s no-change
// rebuild (bench, 1 December 2026). Astro reuses a page already in dist/ ("(cached)") when its cacheKey and code
// are unchanged, and copies it from .cache/astro/dist/ ("(restored)") only when dist/ lacks it.
//
// Correctness (the incremental test proves it byte for byte): dist/ must end up exactly as a clean build leaves it.
// So before the build, everything in dist/ that is not a page output of the last finished build is deleted (bundles,
// public files, the search index, sitemaps, host files: the build writes them all again). After the build, the page
// outputs of the last build that this build did not produce (deleted or moved pages) are deleted. A build that
// fails removes dist/ altogether (content-check.ts), and no manifest means dist/ is emptied, as Astro would.
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countOf } from '../lib/shared/plural';

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

export function outputDir(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let ownersFile = '';
  let manifestFile = '';
  let previous = new Set<string>();
  return {
    name: 'handbook:output-dir',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // Only a build writes dist/; Astro's emptying is replaced by the pruning below.
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        // Without the trailing slash a folder URL converts to: the walk up from a removed page stops at `outDir + sep`,
        // which never matched '/…/dist//', so the folders removed pages left stayed behind, empty.
        outDir = path.resolve(fileURLToPath(config.outDir));
        manifestFile = fileURLToPath(new URL(OUTPUT_MANIFEST, config.cacheDir));
        cacheDir = path.resolve(fileURLToPath(config.cacheDir));
        ownersFile = path.join(path.dirname(cacheDir), OUTPUT_OWNERS);
      },
      'astro:build:start': () => {
        // Pages in dist/ written by another content directory's build are not this cache's pages, whatever its
        // manifest says: then nothing in dist/ is kept, and Astro copies this handbook's unchanged pages back from
        // its own cache.
        const owners = readOwners(ownersFile);
        const foreign = owners[outDir] !== undefined && owners[outDir] !== cacheDir;
        previous = foreign ? new Set() : readManifest(manifestFile, outDir);
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
