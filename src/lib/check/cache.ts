// A result cache for the content check, keyed by everything the check reads: an unchanged handbook is checked in
// the time it takes to hash its files, for `npm run check` and the build's pre-flight alike. When something did
// change, each Markdown body's analysis is reused from the last run unless that body changed.
import fs from 'node:fs';
import path from 'node:path';
import { contentPaths } from '../shared/content-dir';
import { filesDigest, filesUnder } from '../shared/cache-key';
import { withAnalysisStore, type AnalysisStore, type StoredAnalysis } from '../markdown/analyse';
import { CHECK_CACHE_DIR, lookUpCheck } from './cache-store';
import { runChecks, type CheckOptions, type CheckResult } from './index';

export { checkKey, CHECK_CACHE_DIR } from './cache-store';

/** Where the Markdown analyses are kept, beside the results. */
export const ANALYSIS_STORE_FILE = 'markdown.json';

/**
 * The code an analysis depends on: src/lib (the Markdown steps and the heading-id function live there) and the lock
 * file (remark, micromark, retext versions). Another digest and every stored analysis is dropped.
 */
function analysisCodeKey(root: string): string {
  return filesDigest(root, [...filesUnder(root, 'src/lib').filter((f) => !f.endsWith('.test.ts')), 'package-lock.json']);
}

/**
 * `runChecks` with each Markdown body's analysis read from and saved to `.cache/check/markdown.json` (see
 * `AnalysisStore` in src/lib/markdown/analyse.ts): after a one-page edit only that page's body is parsed again.
 * The saved store holds the bodies of this run only. A store that cannot be read or written is ignored.
 */
export function runChecksWithStoredAnalyses(root: string, opts: CheckOptions = {}): CheckResult {
  const file = path.join(root, CHECK_CACHE_DIR, ANALYSIS_STORE_FILE);
  const code = analysisCodeKey(root);
  let entries: Record<string, StoredAnalysis> = {};
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { code: string; entries: Record<string, StoredAnalysis> };
    if (saved.code === code) entries = saved.entries;
  } catch {
    // No store yet (or an unreadable one): every body is analysed.
  }
  const map = new Map(Object.entries(entries));
  const store: AnalysisStore = { get: (k) => map.get(k), set: (k, v) => void map.set(k, v), used: new Set() };
  const result = withAnalysisStore(store, () => runChecks(root, opts));
  try {
    const keep: Record<string, StoredAnalysis> = {};
    for (const k of [...store.used].sort()) keep[k] = map.get(k)!;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ code, entries: keep }));
  } catch {
    // A read-only checkout still gets its check, just not cached.
  }
  return result;
}

/**
 * {@link runChecks} through the cache: returns the stored result when the key ({@link checkKey}) matches, else
 * runs the check (reusing unchanged bodies' analyses, see {@link runChecksWithStoredAnalyses}) and stores its result
 * (the latest per option set). `cached` says which.
 */
export function runChecksCached(root: string, opts: CheckOptions = {}, contentDir = contentPaths(root).dir): CheckResult & { cached: boolean } {
  const { stored, save } = lookUpCheck(root, opts, contentDir);
  return stored ? { ...stored, cached: true } : { ...save(runChecksWithStoredAnalyses(root, opts)), cached: false };
}
