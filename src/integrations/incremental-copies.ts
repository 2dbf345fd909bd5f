// Where Astro's incremental build keeps its copy of each page it writes. Astro (7.3) keeps it at the page's own path
// under `<cacheDir>/dist/`, written a second time, to put back a page missing from dist/ while its cache key is
// unchanged. Here the copy is a hard link to the page Astro has just written into dist/, kept in one flat folder,
// `<cacheDir>/page-copies/`, named by a hash of the page's path; a page put back is a link to its copy.
//
// Why: on the machines we measured, page generation waits on the disk, and Astro's copies doubled what it wrote: a
// folder and a file per page, 87 MB more at 2,000 handbook pages. Timed on its own (1 December 2026), making 3,236
// folders with a copied page in each took 1.8–3.1 s, with a link in each 1.1–1.2 s, the folders alone 0.8–1.6 s. In
// alternating clean builds of the benchmark's handbook, page generation took 10.0–14.0 s with Astro's copies and
// 7.3–9.7 s with these links (README, performance, fifth session).
//
// Astro has no option for this, so the three methods of its `IncrementalBuildCache` that write, put back and prune
// those copies are replaced, in this process only, while the config loads. If an Astro upgrade moves or reshapes
// them, nothing is replaced and Astro keeps its copies as before (a line in the build log says so);
// `tests/build/incremental.test.ts` then fails on its check that the copies are links, which is how an upgrade finds
// out. Caches written either way stay correct: a copy not found where this build looks is simply rendered again.
//
// Correctness. A link shares its bytes with the page in dist/, so anything written into that page in place is
// written into the copy too. Three writers exist: Astro rendering the page again (it then records the new copy, the
// same bytes, so the pair stays right); our own steps, which never write a page in place (they delete or add whole
// files); and a build stopped half-way, which can leave a re-rendered page's new bytes in a copy that Astro's record
// (written only when page generation ends) still lists under the old key. That last case is handled where the
// build's records are: `src/integrations/output-dir.ts` drops Astro's record when the previous build did not finish,
// so every page is rendered again. The incremental test proves each case byte for byte against a clean build.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The folder, in Astro's `cacheDir`, that holds the page copies. */
export const PAGE_COPIES = 'page-copies/';

/**
 * Where Astro itself keeps its page copies, in `cacheDir` (astro/dist/core/build/incremental.js). Unused while
 * {@link keepPageCopiesAsLinks} is in force: a cache from an earlier engine still has it, and it is removed.
 */
export const ASTRO_PAGE_COPIES = 'dist/';

/** The record of Astro's incremental build, in `cacheDir` (astro/dist/core/build/incremental.js). */
export const ASTRO_INCREMENTAL_MANIFEST = 'incremental-build.json';

interface AstroSettingsLike {
  config: { outDir: URL; cacheDir: URL };
}

/**
 * The copy of the page at `outputFile` (a URL path relative to outDir, as Astro records it: `handbook/a/index.html`),
 * as an absolute file path. One folder for all copies; the name is the path's SHA-256 (hex, first 32 characters)
 * with the page's extension, so any path fits in a file name.
 */
export function pageCopyPath(cacheDir: URL, outputFile: string): string {
  const name = crypto.createHash('sha256').update(outputFile).digest('hex').slice(0, 32) + path.posix.extname(outputFile);
  return path.join(fileURLToPath(new URL(PAGE_COPIES, cacheDir)), name);
}

/**
 * Makes `to` a hard link to `from`, or a copy of it where a link cannot be made (another file system, a file system
 * without links), replacing a file already at `to` and making `to`'s folder if it is missing. Throws ENOENT when
 * `from` does not exist, and what the copy throws.
 */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.promises.link(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && attempt === 0) await fs.promises.rm(to, { force: true });
      else if (code === 'ENOENT' && attempt === 0 && fs.existsSync(from)) await fs.promises.mkdir(path.dirname(to), { recursive: true });
      else if (code === 'ENOENT') throw err;
      else {
        // A copy is written whole under a new name and renamed into place, so a reader never sees half a file.
        const tmp = `${to}.${process.pid}.tmp`;
        await fs.promises.mkdir(path.dirname(to), { recursive: true });
        await fs.promises.copyFile(from, tmp);
        await fs.promises.rename(tmp, to);
        return;
      }
    }
  }
}

let installed: Promise<boolean> | undefined;

/**
 * Replaces `writeOutputFile`, `restoreOutputFile` and `deleteOutputFile` of Astro's `IncrementalBuildCache` (Astro
 * 7.3's internal `dist/core/build/incremental.js`, resolved from the project's own `astro` package) so that page
 * copies are links in {@link PAGE_COPIES}. Idempotent. Resolves to `true` when the methods were replaced, `false`
 * when the module or the methods were not found in the shape expected (nothing is changed then). Never throws.
 */
export function keepPageCopiesAsLinks(projectRoot: string): Promise<boolean> {
  installed ??= (async () => {
    try {
      const req = createRequire(path.join(projectRoot, 'package.json'));
      const astroDir = path.dirname(req.resolve('astro/package.json'));
      // Node's own require (of an ES module, Node ≥ 22.12) returns the instance Astro's build imported; an `import()`
      // here would go through Vite's config loader, which evaluates a second copy that the build never uses.
      const mod = req(path.join(astroDir, 'dist', 'core', 'build', 'incremental.js')) as {
        IncrementalBuildCache?: { prototype: Record<string, unknown> };
      };
      const proto = mod.IncrementalBuildCache?.prototype;
      const arity: Record<string, number> = { writeOutputFile: 3, restoreOutputFile: 3, deleteOutputFile: 2 };
      if (!proto || Object.entries(arity).some(([name, n]) => typeof proto[name] !== 'function' || (proto[name] as () => void).length !== n)) {
        return false;
      }
      proto.writeOutputFile = async (settings: AstroSettingsLike, outputFile: string, body: string | Uint8Array) => {
        // Astro calls this right after writing `body` to the same path under outDir (generate.js). Whatever the
        // order, the pair ends right: the page and its copy are one file, and Astro writes the page in place.
        const copy = pageCopyPath(settings.config.cacheDir, outputFile);
        try {
          await linkOrCopy(fileURLToPath(new URL(outputFile, settings.config.outDir)), copy);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
          // No page at that path in dist/: the copy is written from the body, as Astro would.
          await fs.promises.mkdir(path.dirname(copy), { recursive: true });
          await fs.promises.writeFile(copy, body);
        }
      };
      proto.restoreOutputFile = async (settings: AstroSettingsLike, outputFile: string, destination: URL) => {
        try {
          await linkOrCopy(pageCopyPath(settings.config.cacheDir, outputFile), fileURLToPath(destination));
          return true;
        } catch (err) {
          // No copy kept: Astro renders the page instead.
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
          throw err;
        }
      };
      proto.deleteOutputFile = async (settings: AstroSettingsLike, outputFile: string) => {
        await fs.promises.rm(pageCopyPath(settings.config.cacheDir, outputFile), { force: true });
      };
      return true;
    } catch {
      return false;
    }
  })();
  return installed;
}
