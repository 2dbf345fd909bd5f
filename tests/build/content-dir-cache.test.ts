// Astro's cache is per content directory: the same handbook built from another folder must not reuse the first
// folder's pages, whose "Edit this page" links name that folder (found 1 December 2026: a second `cacheDir` in
// astro.config.mjs put every content directory in one cache, and the page keys did not cover the folder).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from '../../scripts/lib/project';
import { astroBuildForTest, buildContentDir, copyFixture, removeCopy, tempOutDir } from '../support/fixtures';
import { walk } from '../support/dist';

const copies: string[] = [];
const outs: string[] = [];

function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(walk(dir).map((f) => [path.relative(dir, f), crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex')]));
}

afterAll(() => {
  for (const c of copies) removeCopy(c);
  for (const o of outs) fs.rmSync(o, { recursive: true, force: true });
});

describe('one handbook in two folders', () => {
  it("builds the second folder's pages afresh, each linking to its own file, as a clean build does", async () => {
    const first = copyFixture('handbook-only');
    const second = copyFixture('handbook-only');
    copies.push(first, second);
    const [a, b, clean] = [tempOutDir('folder-a'), tempOutDir('folder-b'), tempOutDir('folder-b-clean')];
    outs.push(a, b, clean);
    const env = { HANDBOOK_SKIP_SEARCH_INDEX: '1' };
    expect((await buildContentDir(first, a, { env })).status).toBe(0);
    const built = await buildContentDir(second, b, { env });
    expect(built.status, built.output).toBe(0);
    expect(built.output).not.toMatch(/\((cached|restored)\)/);

    const page = fs.readFileSync(path.join(b, 'handbook/guides/deploying/index.html'), 'utf8');
    expect(page).toContain(`/${second}/handbook/guides/deploying.md`);
    expect(page).not.toContain(first);

    // --force: every page rendered afresh, nothing taken from any cache.
    const fresh = await astroBuildForTest(REPO, ['--outDir', clean, '--force'], { ...env, HANDBOOK_CONTENT_DIR: second });
    expect(fresh.status, fresh.stdout + fresh.stderr).toBe(0);
    expect(hashes(b)).toEqual(hashes(clean));
  }, 600_000);

  it("rebuilds one handbook correctly into a dist/ that another handbook's build wrote in between", async () => {
    // The same paths with different bytes: B is A with one page's text changed.
    const a = copyFixture('handbook-only');
    const b = copyFixture('handbook-only');
    copies.push(a, b);
    fs.appendFileSync(path.resolve(REPO, b, 'handbook/guides/deploying.md'), '\nOnly handbook B says this (pangolin).\n');
    const [shared, clean] = [tempOutDir('shared'), tempOutDir('shared-clean')];
    outs.push(shared, clean);
    const env = { HANDBOOK_SKIP_SEARCH_INDEX: '1' };
    for (const dir of [a, b, a]) {
      const res = await buildContentDir(dir, shared, { env });
      expect(res.status, res.output).toBe(0);
    }
    expect(fs.readFileSync(path.join(shared, 'handbook/guides/deploying/index.html'), 'utf8')).not.toContain('pangolin');
    const fresh = await astroBuildForTest(REPO, ['--outDir', clean, '--force'], { ...env, HANDBOOK_CONTENT_DIR: a });
    expect(fresh.status, fresh.stdout + fresh.stderr).toBe(0);
    expect(hashes(shared)).toEqual(hashes(clean));
  }, 600_000);
});
