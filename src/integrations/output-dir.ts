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
      },
      'astro:build:start': () => {
        previous = readManifest(manifestFile, outDir);
        // The manifest is spent: if this build fails half-way it is not trusted again.
        fs.rmSync(manifestFile, { force: true });
        pruneExcept(outDir, previous);
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
