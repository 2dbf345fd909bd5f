// A result cache for the content check, keyed by everything the check reads: an unchanged handbook is checked in
// the time it takes to hash its files, for `npm run check` and the build's pre-flight alike.
import { contentPaths } from '../shared/content-dir';
import { checkKey, readCheckCache, writeCheckCache } from './cache-store';
import { runChecks, type CheckOptions, type CheckResult } from './index';

export { checkKey, CHECK_CACHE_DIR } from './cache-store';

/**
 * {@link runChecks} through the cache: returns the stored result when the key ({@link checkKey}) matches, else
 * runs the check and stores its result (the latest per option set). `cached` says which.
 */
export function runChecksCached(root: string, opts: CheckOptions = {}, contentDir = contentPaths(root).dir): CheckResult & { cached: boolean } {
  const key = checkKey(root, opts, contentDir);
  const stored = readCheckCache(root, opts, key);
  if (stored) return { ...stored, cached: true };
  const result = runChecks(root, opts);
  writeCheckCache(root, opts, key, result);
  return { ...result, cached: false };
}
