// The search step of `npm run build` (scripts/search-index.ts), run as scripts/build.mjs runs it: on the job the build
// hands over, reusing the last index when no page changed, and failing with the reason when the job cannot be read.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSearchJob } from '../src/lib/search/search-job';

const repo = path.resolve(__dirname, '..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(tsx, [path.join(repo, 'scripts/search-index.ts'), ...args], { encoding: 'utf8' });

const page = (title: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>About ${title}.</p></main></body></html>`;

describe('scripts/search-index.ts', () => {
  it('indexes the built site the job names, then reuses that index while no page changes', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'search-step-'));
    const out = path.join(tmp, 'dist');
    fs.mkdirSync(path.join(out, 'a'), { recursive: true });
    fs.writeFileSync(path.join(out, 'index.html'), page('Home'));
    fs.writeFileSync(path.join(out, 'a', 'index.html'), page('Appendix'));
    const job = path.join(tmp, 'job.json');
    writeSearchJob(job, { out, root: repo, cacheDir: path.join(tmp, 'cache'), fresh: false });

    const first = run(job, '--json');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/\d\d:\d\d:\d\d \[handbook:search-index\] indexed 2 pages for search in \d+ ms/);
    // Nothing kept yet: it says it indexes, not that it compares with a last build there was not.
    expect(first.stdout).toContain('search index: indexing the pages (no index kept from an earlier build)…');
    expect(JSON.parse(/@@SEARCH (.*)/.exec(first.stdout)![1])).toMatchObject({ pages: 2, reused: false });
    expect(fs.existsSync(path.join(out, 'pagefind', 'pagefind.js'))).toBe(true);

    const second = run(job);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('search index: comparing the pages with the last build…');
    expect(second.stdout).toContain('no page changed: reused the search index of the last build (2 pages)');
    expect(second.stdout).not.toContain('@@SEARCH');
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 120_000);

  it('fails with the file and the reason when the hand-over cannot be read', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'search-step-'));
    const missing = run(path.join(tmp, 'none.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`[ERROR] [handbook:search-index] search index: cannot read the build's hand-over file ${path.join(tmp, 'none.json')}`);
    const partial = path.join(tmp, 'job.json');
    fs.writeFileSync(partial, JSON.stringify({ out: tmp, root: repo }));
    const res = run(partial);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain(`search index: the build's hand-over file ${partial} has no "cacheDir"`);
    expect(run().stderr).toContain('no job file given');
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 60_000);
});
