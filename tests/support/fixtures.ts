// Builds fixture handbooks (tests/fixtures/<name>/, each a content directory) with the real pipeline, once per test
// run, and serves a built site for browser tests. See tests/fixtures/README.md.
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, inject } from 'vitest';
import { CONTENT_DIR_ENV } from '../../src/lib/shared/content-dir';
import { astroBuildAsync, REPO, type BuildRun } from '../../scripts/lib/project';
import { createServer, stopServer } from '../../scripts/serve.mjs';

/** Where fixture handbooks live; each folder is a content directory (site.yaml, handbook/, …). */
export const FIXTURES_DIR = path.join(REPO, 'tests/fixtures');
/** Writable copies of fixtures for tests that break them (gitignored), inside the project so messages stay short. */
export const SCRATCH_DIR = path.join(REPO, '.scratch');

export interface BuildResult {
  /** The content directory that was built, relative to the project root (how error messages name its files). */
  contentDir: string;
  /** Absolute path of the output directory; it exists only if the build wrote something. */
  dist: string;
  /** Exit status of `astro build`: 0 on success. */
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for matching messages wherever the logger put them. */
  output: string;
}

export interface BuildOptions {
  /** Extra environment for the build, e.g. `{ SOURCE_DATE_EPOCH: '1790000000' }`. The date is 27 November 2026 unless set. */
  env?: Record<string, string>;
}

/** The per-run directory shared by every test worker (tests/support/fixtures-setup.ts), or one for this process. */
let localRun: string | undefined;
function runDir(): string {
  let provided: string | undefined;
  try {
    provided = inject('fixtureRunDir');
  } catch {
    // Not inside a vitest run that provides it.
  }
  if (provided) return provided;
  localRun ??= fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-fixtures-'));
  return localRun;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `work` while holding a lock directory; other processes wait (builds share the project's .astro/ and styles). */
async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds any content directory (absolute, or relative to the project root) into `outDir` with `astro build`, the
 * content-directory setting (HANDBOOK_CONTENT_DIR) pointing at it. Not cached: use it for content a test has just
 * written or broken (see `copyFixture`). Resolves even when the build fails; look at `status` and `output`.
 */
/**
 * `astroBuildAsync` (same arguments) for a test: a build that hangs (prints nothing for two minutes, see
 * `BuildRun.hung`) is reported as a warning with its diagnostic report and run once more. Why: one clean-clone CI run
 * (3 December 2026) had a fixture build sit silent until its test timed out at 10 minutes, and no rerun of that test,
 * alone or in a fresh clone, reproduced it; a test about a build's output should report such a hang, with where the
 * build stood, and still test the output. A second hang resolves with the diagnosis in `stderr`, so the test fails
 * saying where the build stood.
 */
export async function astroBuildForTest(...args: Parameters<typeof astroBuildAsync>): Promise<BuildRun> {
  const first = await astroBuildAsync(...args);
  if (first.hung === undefined) return first;
  console.warn(`A build hung and is run again (astro build ${args[1]?.join(' ') ?? ''}):\n${first.hung}`);
  const second = await astroBuildAsync(...args);
  return second.hung === undefined ? second : { ...second, stderr: `${second.stderr}\n${second.hung}` };
}

export async function buildContentDir(contentDir: string, outDir: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const abs = path.resolve(REPO, contentDir);
  const rel = path.relative(REPO, abs).split(path.sep).join('/');
  const res = await withLock(path.join(runDir(), '.build-lock'), () =>
    astroBuildForTest(REPO, ['--outDir', outDir], { HANDBOOK_CONTENT_DIR: rel, ...opts.env }),
  );
  return { contentDir: rel, dist: outDir, status: res.status, stdout: res.stdout, stderr: res.stderr, output: res.stdout + res.stderr };
}

/**
 * `npm run check` on a content directory (relative to the project root), on the day every test builds on
 * (27 November 2026): its exit status and everything it printed, with file paths as the check names them.
 */
export function checkContentDir(contentDir: string): { status: number | null; out: string } {
  const res = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'scripts/check.ts')], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, HANDBOOK_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: '1795780800' },
  });
  return { status: res.status, out: res.stdout + res.stderr };
}

const memo = new Map<string, Promise<BuildResult>>();

/**
 * Builds the fixture handbook `tests/fixtures/<name>/` once per test run (per `env`), whichever test file asks first;
 * later calls, in any worker, get the same result. Resolves even when the build fails. A build takes seconds to a
 * minute on a loaded machine: call it in `beforeAll(…, 300_000)` or a test with a timeout of minutes.
 */
export function buildFixture(name: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const dir = path.join(FIXTURES_DIR, name);
  if (!fs.existsSync(dir)) return Promise.reject(new Error(`no fixture handbook at tests/fixtures/${name}/`));
  const envKey = JSON.stringify(Object.entries(opts.env ?? {}).sort());
  const key = `${name}-${crypto.createHash('sha256').update(envKey).digest('hex').slice(0, 10)}`;
  let p = memo.get(key);
  if (!p) {
    p = (async () => {
      const base = path.join(runDir(), key);
      const resultFile = path.join(base, 'result.json');
      // The first worker to take the fixture's lock builds it; the others find its result afterwards.
      return withLock(`${base}.lock`, async () => {
        if (fs.existsSync(resultFile)) return JSON.parse(fs.readFileSync(resultFile, 'utf8')) as BuildResult;
        fs.mkdirSync(base, { recursive: true });
        const res = await buildContentDir(dir, path.join(base, 'dist'), opts);
        fs.writeFileSync(resultFile, JSON.stringify(res));
        return res;
      });
    })();
    memo.set(key, p);
  }
  return p;
}

/**
 * A writable copy of `tests/fixtures/<name>/` under `.scratch/`, for a test that changes content (bad input);
 * returns its path relative to the project root, which is how error messages name its files
 * (e.g. `.scratch/handbook-only-x1y2/handbook/index.md`). Remove it with `removeCopy`.
 */
export function copyFixture(name: string): string {
  fs.mkdirSync(SCRATCH_DIR, { recursive: true });
  const dir = fs.mkdtempSync(path.join(SCRATCH_DIR, `${name}-`));
  fs.cpSync(path.join(FIXTURES_DIR, name), dir, { recursive: true });
  return path.relative(REPO, dir).split(path.sep).join('/');
}

/**
 * Changes one file of a fixture copy (`rel` inside the copy made by `copyFixture`) with `change`, and returns its text
 * as it was. Throws when the change leaves the text as it was, so a fixture edit that stopped matching cannot make a
 * test pass without testing anything.
 */
export function editCopy(copy: string, rel: string, change: (text: string) => string): string {
  const file = path.join(REPO, copy, rel);
  const before = fs.readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the fixture edit changed nothing in ${rel}`);
  fs.writeFileSync(file, after);
  return before;
}

/** Deletes a copy made by `copyFixture` (and only such a copy). */
export function removeCopy(rel: string): void {
  const abs = path.resolve(REPO, rel);
  if (!abs.startsWith(SCRATCH_DIR + path.sep)) throw new Error(`${rel} is not a fixture copy under .scratch/`);
  fs.rmSync(abs, { recursive: true, force: true });
}

/** A fresh output directory for `buildContentDir`, inside this run's directory. */
export function tempOutDir(label = 'out'): string {
  return fs.mkdtempSync(path.join(runDir(), `${label}-`));
}

/**
 * Serves a built site (a fixture's `dist`) on a free 127.0.0.1 port, as a static host would.
 * Returns its base URL (no trailing slash) and a function that stops the server.
 */
export async function serveDist(dist: string): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: build the site first`);
  const server = createServer(dist);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => stopServer(server),
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureRunDir: string;
  }
}

export interface ServedFixture {
  /** Base URL of the served build (no trailing slash). */
  readonly baseUrl: string;
  /** The build's output directory. */
  readonly dist: string;
  /** The fixture's content directory, absolute: what the loaders in src/lib read while the file's tests run. */
  readonly contentDir: string;
}

/**
 * For a browser test file about one fixture handbook: builds `tests/fixtures/<name>/` (once per run), serves it, and
 * points the content-directory setting at it while the file's tests run, so `src/lib` loaders called with the project
 * root (`loadChecklists(REPO)`, `loadReleaseData(REPO)`) read the same content the served pages were built from.
 * Everything is undone after the file. The build gets minutes (beforeAll timeout).
 */
export function useServedFixture(name: string): ServedFixture {
  const state = { baseUrl: '', dist: '', contentDir: path.join(FIXTURES_DIR, name) };
  let close: (() => Promise<void>) | undefined;
  let before: string | undefined;
  beforeAll(async () => {
    const build = await buildFixture(name);
    if (build.status !== 0) throw new Error(`the ${name} fixture did not build:\n${build.output}`);
    const served = await serveDist(build.dist);
    close = served.close;
    state.baseUrl = served.baseUrl;
    state.dist = build.dist;
    before = process.env[CONTENT_DIR_ENV];
    process.env[CONTENT_DIR_ENV] = state.contentDir;
  }, 600_000);
  afterAll(async () => {
    if (before === undefined) delete process.env[CONTENT_DIR_ENV];
    else process.env[CONTENT_DIR_ENV] = before;
    await close?.();
  });
  return state;
}
