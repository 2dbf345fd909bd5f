// `astro dev` only: the handbook pages' front matter read from their files, as the content check reads them, instead
// of from Astro's content store.
//
// Why: the handbook model (navigation, titles, review state) is on every page, and built from the store it made
// every request after a save wait for Astro to reload its store as one module: about 0.5–1 s at 2,000 pages, on top
// of the store's own write, so a page saved soon after another showed after 1.1–2.0 s (bench harness, 1 December
// 2026; ./page-body.ts already renders the body from the file). Read from the files, the same saves showed after
// 0.07–0.56 s (median 0.11–0.13 s, two runs), and a changed title shows at once. The files are stat'ed on each call,
// only those whose size or modification time changed are read and parsed again, and the model is rebuilt only when
// a page's front matter changed. A build never imports this module (the model is built from the store there, once);
// tests/build/dev-render.test.ts compares every page `astro dev` serves with the built one.
import fs from 'node:fs';
import path from 'node:path';
import { listPaths, parseHandbookFiles } from '../lib/handbook/load';
import type { PageSource } from '../lib/handbook/model';
import type { PageDefaults } from '../lib/handbook/page-data';
import { readContent } from '../lib/shared/read';

/**
 * One file's last parse: its stat when read, its page source (undefined when its front matter is broken), and a
 * version that changes only when the source does, so saving a page's body does not rebuild the model.
 */
interface Parsed {
  stamp: string;
  source: PageSource | undefined;
  json: string;
  version: number;
}

/** Kept on globalThis: Vite evaluates this module again whenever the content store changes (as ./per-build.ts). */
const PARSED = Symbol.for('handbook.devPageSources');
const parsedFiles = (): Map<string, Parsed> => ((globalThis as { [PARSED]?: Map<string, Parsed> })[PARSED] ??= new Map());

export interface DevPageSources {
  /** The pages whose front matter parses and validates, in file order. */
  sources: PageSource[];
  /**
   * Changes when a page is added or deleted, its front matter changes, or `defaults` change (not when only a body
   * does): the memo key for the model built from `sources` (./per-build.ts `devMemo`).
   */
  key: string;
}

/**
 * The handbook's page sources for `astro dev`, from the `.md` and `.mdx` files under `dir` (project-relative, as
 * `contentPaths(root).handbook`) with site.yaml's `defaults` filled in: the same parse and validation as
 * `npm run check` (../lib/handbook/load.ts). A page whose front matter does not parse or validate keeps its last good
 * parse, as Astro's store keeps its last good entry, or is left out if it never had one: the check, running beside
 * the server (src/integrations/dev-check.ts), names the file and line. Never throws for content; file-system errors
 * other than a file deleted mid-call are passed on.
 */
export function devPageSources(root: string, dir: string, defaults: PageDefaults | undefined): DevPageSources {
  const cache = parsedFiles();
  const defaultsKey = JSON.stringify(defaults ?? null);
  const versions: string[] = [defaultsKey];
  const sources: PageSource[] = [];
  const seen = new Set<string>();
  for (const file of listPaths(root, dir, ['.md', '.mdx'])) {
    const abs = path.resolve(root, file);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      continue; // deleted since the folder was listed
    }
    // Size and modified time alone missed two files of one size and time swapped with `mv` (the page showed the other
    // file's title; a new adopter's trial, 1 December 2026): the inode and the change time, which a rename sets, tell.
    const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}:${defaultsKey}`;
    seen.add(abs);
    let hit = cache.get(abs);
    if (!hit || hit.stamp !== stamp) {
      const { sources: parsed } = parseHandbookFiles([{ path: file, text: readContent(abs, file) }], dir, defaults);
      // The body is not kept: the model does not read it (./page-body.ts renders it from the file).
      const source = parsed[0] ? { ...parsed[0], body: undefined, bodyLine: undefined } : hit?.source;
      const json = JSON.stringify(source ?? null);
      hit = { stamp, source, json, version: hit && hit.json === json ? hit.version : (hit?.version ?? 0) + 1 };
      cache.set(abs, hit);
    }
    versions.push(`${file}\0${hit.version}`);
    if (hit.source) sources.push(hit.source);
  }
  // Files of this handbook that are gone (the memo is per absolute path, so another root's files are left alone).
  const under = path.resolve(root, dir) + path.sep;
  for (const abs of cache.keys()) if (abs.startsWith(under) && !seen.has(abs)) cache.delete(abs);
  return { sources, key: versions.join('\n') };
}
