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
  // A build whose check result is cached (every rebuild of unchanged content) must not load the check: its modules
  // took about 0.5 s of every rebuild's start (measured: content check at 1.48 s → 0.95 s after the config began).
  it('the content-check integration reaches the check itself only through a dynamic import', () => {
    const loaded = rel(staticClosure(path.join(REPO, 'src/integrations/content-check.ts')));
    expect(loaded).toContain('src/lib/check/cache-store.ts');
    expect(loaded).not.toContain('src/lib/check/index.ts');
    expect(loaded).not.toContain('src/lib/check/cache.ts');
    expect(fs.readFileSync(path.join(REPO, 'src/integrations/content-check.ts'), 'utf8')).toContain("await import('../lib/check/cache')");
  });
});
