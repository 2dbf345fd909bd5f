// A result cache for the content check, keyed by everything the check reads: an unchanged handbook is checked in
// the time it takes to hash its files, for `npm run check` and the build's pre-flight alike.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cacheKey, filesDigest, filesUnder } from '../shared/cache-key';
import { buildToday } from '../shared/dates';
import { contentPaths } from '../shared/content-dir';
import { runChecks, type CheckOptions, type CheckResult } from './index';

/** Where results are kept, under the project (gitignored, the same folder as Astro's incremental cache). */
export const CHECK_CACHE_DIR = '.cache/check';

/** The commit a git ref names, or the ref itself when git cannot resolve it (then the check says so in a note). */
function resolveRef(root: string, ref: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `unresolved:${ref}`;
  }
}

/**
 * The key of a check run: the bytes of every file the check can read (the content directory, public/ for links to
 * files, the MDX components editors may use), the checking code (src/lib and the lock file), the options, "today"
 * and, with `since`, the commit it names. Same key → same issues, notes and redirects.
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
    { today: opts.today ?? buildToday(), strict: !!opts.strict, drafts: !!opts.includeDrafts, contentDir },
    opts.since ? resolveRef(root, opts.since) : null,
  );
}

/**
 * {@link runChecks} through the cache: returns the stored result when the key matches, else runs the check and
 * stores its result (keeping only the latest result per option set, so the folder stays small). `cached` says which.
 * A cache that cannot be read or written is ignored: the check then simply runs.
 */
export function runChecksCached(root: string, opts: CheckOptions = {}, contentDir = contentPaths(root).dir): CheckResult & { cached: boolean } {
  const key = checkKey(root, opts, contentDir);
  const slot = `${opts.strict ? 'strict' : 'normal'}-${opts.includeDrafts ? 'drafts' : 'published'}${opts.since ? '-since' : ''}.json`;
  const file = path.join(root, CHECK_CACHE_DIR, slot);
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { key: string; result: CheckResult };
    if (stored.key === key) return { ...stored.result, cached: true };
  } catch {
    // No cache yet, or unreadable: run the check.
  }
  const result = runChecks(root, opts);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ key, result }));
  } catch {
    // A read-only checkout still gets its check, just not cached.
  }
  return { ...result, cached: false };
}
