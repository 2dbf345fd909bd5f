// A throwaway copy of this project and a real `astro build` of it: shared by the benchmark and the build tests.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');

/** What a build needs besides content/; node_modules is linked, not copied. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'schemas'];

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

/** `astro build` in `cwd` with the project's pinned Node on PATH; the date is fixed unless `env` says otherwise. */
export function astroBuild(cwd: string, args: string[] = [], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const bin = path.join(REPO, 'node_modules/.bin');
  return spawnSync(path.join(bin, 'astro'), ['build', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1795780800', PATH: `${bin}${path.delimiter}${process.env.PATH}`, ...env },
  });
}
