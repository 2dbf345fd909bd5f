// The content check's result cache without the check itself (so a cache hit loads no parser): key, read, write.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cacheKey, filesDigest, filesUnder } from '../shared/cache-key';
import { buildToday } from '../shared/dates';
import { contentPaths } from '../shared/content-dir';
import type { CheckOptions, CheckResult } from './index';

/** Where results are kept, under the project (gitignored, the same folder as Astro's incremental cache). */
export const CHECK_CACHE_DIR = '.cache/check';

/** The commit a git ref names, or the ref itself when git cannot resolve it (then the check says so in a note). */
/**
 * The commit the `--since` rules compare with: the merge base of `ref` and HEAD in the git repository that holds the
 * content directory `dir` (under `root`), where those rules run git (src/lib/shared/git.ts). Resolved in the engine's
 * own folder instead, a content repository of its own shared one cached result between `--since main` and `--since
 * HEAD` whenever the engine's `main` and HEAD were one commit (a new adopter's trial, 2 December 2026).
 */
function resolveRef(root: string, dir: string, ref: string): string {
  try {
    const cwd = path.resolve(root, dir);
    return execFileSync('git', ['merge-base', `${ref}^{commit}`, 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `unresolved:${ref}`;
  }
}

/**
 * The key of a check run: the bytes of every file the check can read (the content directory, public/ for links to
 * files, the MDX components editors may use), the checking code (src/lib and the lock file), the options, "today"
 * and, with `since`, the commit the comparison starts from. Same key → same issues, notes and redirects.
 */
export function checkKey(root: string, opts: CheckOptions, contentDir = contentPaths(root).dir): string {
  const files = [
    ...filesUnder(root, contentDir),
    ...filesUnder(root, 'public'),
    ...filesUnder(root, 'src/components/mdx'),
    ...filesUnder(root, 'src/lib').filter((f) => !f.endsWith('.test.ts')),
    'package-lock.json',
  ];
  return cacheKey(
    filesDigest(root, files),
    // Body rules can be turned into warnings by HANDBOOK_BODY_RULES (see CheckOptions): part of the key too.
    { today: opts.today ?? buildToday(), strict: !!opts.strict, drafts: !!opts.includeDrafts, contentDir, bodyRules: opts.bodyRules ?? process.env.HANDBOOK_BODY_RULES ?? null },
    opts.since ? resolveRef(root, contentDir, opts.since) : null,
  );
}

function slotFile(root: string, opts: CheckOptions): string {
  const slot = `${opts.strict ? 'strict' : 'normal'}-${opts.includeDrafts ? 'drafts' : 'published'}${opts.since ? (opts.sinceIsDefault ? '-head' : '-since') : ''}.json`;
  return path.join(root, CHECK_CACHE_DIR, slot);
}

/** The stored result for this key, or undefined (no cache, another key, unreadable). */
export function readCheckCache(root: string, opts: CheckOptions, key: string): CheckResult | undefined {
  try {
    const stored = JSON.parse(fs.readFileSync(slotFile(root, opts), 'utf8')) as { key: string; result: CheckResult };
    return stored.key === key ? stored.result : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the latest result per option set; a cache that cannot be written is ignored (the check still ran). */
export function writeCheckCache(root: string, opts: CheckOptions, key: string, result: CheckResult): void {
  try {
    fs.mkdirSync(path.join(root, CHECK_CACHE_DIR), { recursive: true });
    fs.writeFileSync(slotFile(root, opts), JSON.stringify({ key, result }));
  } catch {
    // A read-only checkout still gets its check, just not cached.
  }
}

/** A looked-up check result: the stored one if its key still matches, and how to store a fresh one under that key. */
export interface CheckLookup {
  /** The key looked up ({@link checkKey}), for a caller that stores the result elsewhere (the build's child check). */
  key: string;
  stored: CheckResult | undefined;
  /** Stores `result` under the key looked up (not a key computed later) and returns it. */
  save(result: CheckResult): CheckResult;
}

/**
 * Looks up the stored result for (root, opts) by {@link checkKey}: the one place the key is computed, read and
 * written. Callers that run the check later (the build runs it from a hook, after looking up while its config loads)
 * keep the lookup and `save` into it.
 */
export function lookUpCheck(root: string, opts: CheckOptions, contentDir = contentPaths(root).dir): CheckLookup {
  const key = checkKey(root, opts, contentDir);
  return {
    key,
    stored: readCheckCache(root, opts, key),
    save(result) {
      writeCheckCache(root, opts, key, result);
      return result;
    },
  };
}

/**
 * The check's result through the cache: the stored one when its key ({@link checkKey}) still matches, else `run()`'s,
 * stored for next time. `run` is where the caller loads the check: its modules (parsers, schemas, every area's
 * rules) take about a second to load, which an unchanged handbook — every rebuild, every `npm run check` on a clean
 * tree — does not need. `cached` says which. `run`'s errors are passed on.
 */
export async function checkThroughCache(
  root: string,
  opts: CheckOptions,
  run: () => CheckResult | Promise<CheckResult>,
  contentDir = contentPaths(root).dir,
): Promise<CheckResult & { cached: boolean }> {
  const { stored, save } = lookUpCheck(root, opts, contentDir);
  return stored ? { ...stored, cached: true } : { ...save(await run()), cached: false };
}
