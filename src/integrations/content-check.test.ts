import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '../..');

/** The repository's own modules `file` loads through static `import … from './x'` lines, transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = fs.readFileSync(file, 'utf8');
  // Static imports only: `import type` loads nothing, `import('…')` is the lazy load under test.
  for (const m of text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'(\.{1,2}\/[^']+)'/gms)) {
    const base = path.resolve(path.dirname(file), m[1]);
    const target = [base, `${base}.ts`, `${base}/index.ts`].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    if (target) staticClosure(target, seen);
  }
  return seen;
}

const rel = (files: Set<string>) => [...files].map((f) => path.relative(REPO, f).split(path.sep).join('/'));

describe('what the build loads while its config loads', () => {
  // The build's own process never loads the check: a cached result (every rebuild of unchanged content) needs only
  // the cache (its modules took about 0.5 s of every rebuild's start), and a fresh check runs in a child process
  // (src/lib/check/build-child.ts) beside Astro's start-up.
  it('the content-check integration loads the cache, and runs the check itself only in its child process', () => {
    const loaded = rel(staticClosure(path.join(REPO, 'src/integrations/content-check.ts')));
    expect(loaded).toContain('src/lib/check/cache-store.ts');
    expect(loaded).not.toContain('src/lib/check/index.ts');
    expect(loaded).not.toContain('src/lib/check/cache.ts');
    expect(rel(staticClosure(path.join(REPO, 'src/lib/check/build-child.ts')))).toContain('src/lib/check/cache.ts');
    expect(fs.readFileSync(path.join(REPO, 'src/integrations/content-check.ts'), 'utf8')).toContain("new URL('../lib/check/build-child.ts', import.meta.url)");
  });
});
