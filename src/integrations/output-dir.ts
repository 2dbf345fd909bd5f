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
//
// Astro also keeps a copy of every page it renders, to copy back when dist/ lacks one. Since dist/ is kept, that copy
// is made a link to dist/ (see linkPageCopies): each page is one file, not two.
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

/**
 * The folder in Astro's cache directory where its incremental build keeps a copy of each page it renders
 * (`INCREMENTAL_OUTPUT_DIR` in astro/dist/core/build/incremental.js, Astro 7.3): pages are written there under their
 * dist-relative paths, read back only when dist/ lacks the page ("(restored)"), and deleted when a page is no longer
 * built.
 */
export const ASTRO_PAGE_COPIES = 'dist';

/**
 * Makes Astro's page-copy folder (`<cacheDir>/dist`, {@link ASTRO_PAGE_COPIES}) a link to `outDir`, creating `outDir`
 * if needed; a folder of real copies left by an earlier build is deleted first. Returns true when the link is in place,
 * false when the file system cannot make one (then Astro keeps its own copies, as before: slower, equally correct).
 *
 * Why: this integration keeps dist/ between builds, so Astro's copies duplicate files already there, and creating a
 * second file and folder for each of 3,236 pages was the largest avoidable cost of a clean build at 2,000 pages
 * (page generation 8.7–8.9 s with the link against 9.4–13.2 s without, three builds each, 1 December 2026; this
 * machine's disk makes creating files, not writing bytes, the cost). Through the link Astro writes each page to the
 * same file twice with the same bytes; a page deleted from dist/ by hand is rendered again instead of restored, and
 * a page Astro no longer builds is deleted from dist/ by Astro itself (the hook below then tidies its folder). The
 * incremental-build test builds through the link and compares with clean builds byte for byte. A directory
 * junction on Windows (no administrator rights needed); elsewhere a symbolic link.
 */
export function linkPageCopies(cacheDir: string, outDir: string): boolean {
  const copies = path.join(cacheDir, ASTRO_PAGE_COPIES);
  const target = path.resolve(outDir);
  fs.mkdirSync(target, { recursive: true });
  try {
    if (path.resolve(path.dirname(copies), fs.readlinkSync(copies)) === target) return true;
  } catch {
    // Not a link (a folder of copies, or nothing yet).
  }
  try {
    fs.rmSync(copies, { recursive: true, force: true });
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.symlinkSync(target, copies, 'junction');
    return true;
  } catch {
    return false;
  }
}

export function outputDir(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let incremental = false;
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
        cacheDir = fileURLToPath(config.cacheDir);
        incremental = !!config.experimental.incrementalBuild;
        manifestFile = fileURLToPath(new URL(OUTPUT_MANIFEST, config.cacheDir));
      },
      'astro:build:start': () => {
        previous = readManifest(manifestFile, outDir);
        // The manifest is spent: if this build fails half-way it is not trusted again.
        fs.rmSync(manifestFile, { force: true });
        pruneExcept(outDir, previous);
        if (incremental) linkPageCopies(cacheDir, outDir);
      },
      'astro:build:done': ({ assets, logger }) => {
        const now = new Set<string>();
        for (const urls of assets.values()) for (const u of urls) now.add(relativeTo(outDir, fileURLToPath(u)));
        let gone = 0;
        for (const f of previous) {
          if (now.has(f)) continue;
          // Astro may have deleted the file already, through the link to its page copies: its folder is still ours to tidy.
          const abs = path.join(outDir, f);
          fs.rmSync(abs, { force: true });
          gone++;
          // Folders a removed page leaves empty go too, as they would not exist after a clean build.
          for (let d = path.dirname(abs); d.startsWith(outDir + path.sep) && fs.existsSync(d) && fs.readdirSync(d).length === 0; d = path.dirname(d)) fs.rmdirSync(d);
        }
        if (gone) logger.info(`removed ${countOf(gone, 'page')} the content no longer has`);
        fs.mkdirSync(path.dirname(manifestFile), { recursive: true });
        fs.writeFileSync(manifestFile, JSON.stringify({ outDir, files: [...now].sort() }) + '\n');
      },
    },
  };
}
