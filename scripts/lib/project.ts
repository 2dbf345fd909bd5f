// A throwaway copy of this project and a real `astro build` of it: shared by the benchmark and the build tests.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const REPO = path.resolve(import.meta.dirname, '../..');

/**
 * What a build needs besides content/; node_modules is linked, not copied. scripts/ too: `astro dev` runs
 * scripts/check.ts beside the server (src/integrations/dev-check.ts), and a copy without it measured a dev server
 * that never checked anything.
 */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'schemas', 'scripts'];

/** Copies the project into a new temporary directory (with content/ unless told not to) and returns its path. */
export function copyProject(prefix: string, opts: { content?: boolean } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const files = opts.content === false ? PROJECT_FILES : [...PROJECT_FILES, 'content'];
  for (const f of files) {
    if (fs.existsSync(path.join(REPO, f)))
      fs.cpSync(path.join(REPO, f), path.join(dir, f), { recursive: true, filter: (s) => !s.endsWith('.test.ts') });
  }
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

const BIN = path.join(REPO, 'node_modules/.bin');

/**
 * The environment of a test or benchmark build: the pinned Node on PATH, the date fixed (27 November 2026) and the
 * content directory the default `content/` — each unless `env` says otherwise — so a setting in the caller's
 * shell never leaks into a build that expects another content directory.
 */
export function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, SOURCE_DATE_EPOCH: '1795780800', PATH: `${BIN}${path.delimiter}${process.env.PATH}` };
  delete base.HANDBOOK_CONTENT_DIR;
  // Vitest exports Vite's env (DEV=1, MODE=test …) to its workers; a child build that inherits them is no longer a
  // production build (with DEV=1, a HANDBOOK_PREVIEW=1 build left its draft radar edition out), so drop them.
  for (const k of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'TEST', 'NODE_ENV']) delete base[k];
  for (const k of Object.keys(base)) if (k.startsWith('VITEST')) delete base[k];
  delete base.HANDBOOK_PREVIEW;
  // CI services set CI=true and FORCE_COLOR, and Astro's logger then colours its lines even into a pipe; tests read the
  // output as text, so ask for none (and strip any that still comes, in the callers).
  delete base.FORCE_COLOR;
  base.NO_COLOR = '1';
  return { ...base, ...env };
}

/** `astro build` in `cwd` with the project's pinned Node on PATH; the date is fixed unless `env` says otherwise. */
export function astroBuild(cwd: string, args: string[] = [], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(path.join(BIN, 'astro'), ['build', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: buildEnv(env),
  });
}

/** As `astroBuild`, without blocking the caller (so test timeouts and other work go on while it runs). */
export function astroBuildAsync(
  cwd: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(BIN, 'astro'), ['build', ...args], { cwd, env: buildEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, stdout: stripVTControlCharacters(stdout), stderr: stripVTControlCharacters(stderr) }),
    );
  });
}
