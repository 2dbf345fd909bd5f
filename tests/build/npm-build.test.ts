// `npm run build` (scripts/build.mjs) on a fixture handbook: the search index is made by a step of its own once the
// build's process has ended (src/lib/search/search-job.ts), and the log still ends on "Complete!".
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv, REPO } from '../../scripts/lib/project';
import { tempOutDir } from '../support/fixtures';

describe('npm run build', () => {
  it('makes the search index after the build, in its own step, and reuses it when no page changed', () => {
    const out = tempOutDir('npm-build');
    const build = () =>
      spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', out], {
        cwd: REPO,
        encoding: 'utf8',
        env: buildEnv({ HANDBOOK_CONTENT_DIR: 'tests/fixtures/handbook-only', NO_COLOR: '1' }),
      });
    const first = build();
    expect(first.status, first.stdout + first.stderr).toBe(0);
    const lines = first.stdout.split('\n').filter((l) => l.trim());
    const indexed = lines.findIndex((l) => /\[handbook:search-index\] indexed \d+ pages for search in \d+ ms$/.test(l));
    // The log's own count of what the build wrote (Astro's "N page(s) built" is left out: scripts/lib/build-log.mjs).
    const built = lines.findIndex((l) => /\[build\] \d+ pages and files (written )?in /.test(l));
    expect(first.stdout).not.toMatch(/page\(s\) built in/);
    expect(indexed, first.stdout).toBeGreaterThan(built);
    expect(built).toBeGreaterThanOrEqual(0);
    expect(lines.at(-1)).toMatch(/^\d\d:\d\d:\d\d \[build\] Complete!$/);
    expect(fs.existsSync(path.join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    // No errors or warnings from either step.
    expect(first.stderr).toBe('');

    const again = build();
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toMatch(/no page changed: reused the search index of the last build \(\d+ pages\)/);
    expect(fs.existsSync(path.join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    fs.rmSync(out, { recursive: true, force: true });
  }, 600_000);
});

describe('npm run build stopped', () => {
  it('while the search index is made: removes the built site and says so, with the signal\'s exit status', async () => {
    const out = tempOutDir('npm-build-stopped');
    const child = spawn(process.execPath, ['scripts/build.mjs', '--outDir', out], {
      cwd: REPO,
      env: buildEnv({ HANDBOOK_CONTENT_DIR: 'tests/fixtures/handbook-only', NO_COLOR: '1', HANDBOOK_TEST_SEARCH_PAUSE_MS: '20000' }),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, as a terminal's Ctrl-C or a cancelled CI job signals the whole group.
      detached: true,
    });
    let output = '';
    const seen = new Promise<void>((resolve) => {
      const onData = (d: Buffer) => {
        output += d.toString();
        if (/\[handbook:search-index\] search index: (comparing|indexing)/.test(output)) resolve();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await seen;
    // Every page is written by now: the site is there without its index.
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
    process.kill(-child.pid!, 'SIGINT');
    expect(await exited).toBe(130);
    expect(output).toContain('[ERROR] [build] stopped (SIGINT) while the search index was being made: the built site was removed. Build again to finish.');
    expect(fs.existsSync(out)).toBe(false);
  }, 600_000);
});
