// A throwaway copy of this project and a real `astro build` of it: shared by the benchmark and the build tests.
import { spawn } from 'node:child_process';
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

/** What `astroBuildAsync` resolves with. */
export interface BuildRun {
  /** Exit status; null when the build was killed (see `hung`). */
  status: number | null;
  stdout: string;
  stderr: string;
  /**
   * Set when the build printed nothing for `quietLimitMs` and was killed: where its JavaScript stood and what kept it
   * alive then, from Node's diagnostic report (https://nodejs.org/api/report.html), and its last lines of output.
   */
  hung?: string;
}

/**
 * How long a build may print nothing before it is taken to hang: 2 minutes. The longest silence measured in a clean
 * build of the bundled sample was 1.9 s (3 December 2026), so this allows a CI machine many times slower.
 */
export const BUILD_QUIET_LIMIT_MS = 120_000;

/**
 * `astro build` in `cwd` with the project's pinned Node on PATH and `buildEnv(env)` (the date fixed unless `env` says
 * otherwise), without blocking the caller (so test timeouts and other work go on while it runs). A build that
 * prints nothing for `opts.quietLimitMs` (default `BUILD_QUIET_LIMIT_MS`) is asked for a Node diagnostic report
 * (SIGUSR2), then killed with its whole process group, and resolves with status null and `hung` saying where it
 * stood, so a hang is a failure that explains itself instead of a test timeout that says nothing. Never rejects on a
 * failed build; rejects only when the process cannot be started.
 */
export function astroBuildAsync(
  cwd: string,
  args: string[] = [],
  env: Record<string, string> = {},
  opts: { quietLimitMs?: number } = {},
): Promise<BuildRun> {
  const limit = opts.quietLimitMs ?? BUILD_QUIET_LIMIT_MS;
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'astro-build-report-'));
  const buildEnvironment = buildEnv(env);
  buildEnvironment.NODE_OPTIONS = [
    buildEnvironment.NODE_OPTIONS ?? '',
    '--report-on-signal',
    '--report-signal=SIGUSR2',
    `--report-directory=${reportDir}`,
  ]
    .join(' ')
    .trim();
  return new Promise((resolve, reject) => {
    // Its own process group, so a hung build is killed with every process it started.
    const child = spawn(path.join(BIN, 'astro'), ['build', ...args], { cwd, env: buildEnvironment, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let last = Date.now();
    let hung: string | undefined;
    child.stdout.setEncoding('utf8').on('data', (d: string) => ((stdout += d), (last = Date.now())));
    child.stderr.setEncoding('utf8').on('data', (d: string) => ((stderr += d), (last = Date.now())));
    let kill: NodeJS.Timeout | undefined;
    const watchdog = setInterval(() => {
      if (hung !== undefined || Date.now() - last < limit || child.pid === undefined) return;
      hung = `astro build printed nothing for ${limit / 1000} s and was killed.`;
      const pid = child.pid;
      try {
        process.kill(pid, 'SIGUSR2');
      } catch {
        // Already gone: the close event follows.
      }
      // Five seconds to write the report, then the whole group goes.
      kill = setTimeout(() => {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 5_000);
    }, 250);
    const done = () => {
      clearInterval(watchdog);
      clearTimeout(kill);
      if (hung !== undefined) {
        const tail = stripVTControlCharacters(stdout + stderr).trimEnd().split('\n').slice(-30).join('\n');
        hung += `\n${readHangReport(reportDir)}\nIts last lines of output:\n${tail || '(none)'}`;
      }
      fs.rmSync(reportDir, { recursive: true, force: true });
    };
    child.on('error', (e) => (done(), reject(e)));
    child.on('close', (status) => {
      done();
      resolve({
        status: hung === undefined ? status : null,
        stdout: stripVTControlCharacters(stdout),
        stderr: stripVTControlCharacters(stderr),
        ...(hung === undefined ? {} : { hung }),
      });
    });
  });
}

/**
 * The JavaScript stack and the live libuv handles (what keeps the process running) from the Node diagnostic reports
 * in `dir`, as lines of text; says so when there is none (the process did not answer the signal).
 */
export function readHangReport(dir: string): string {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  if (files.length === 0) return 'It wrote no diagnostic report (its main thread did not answer SIGUSR2).';
  return files
    .map((f) => {
      const report = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as {
        header?: { processId?: number; commandLine?: string[] };
        javascriptStack?: { message?: string; stack?: string[] };
        libuv?: { type: string; is_active?: boolean; is_referenced?: boolean; details?: string; filename?: string }[];
      };
      const handles = (report.libuv ?? [])
        .filter((h) => h.is_active && h.is_referenced)
        .map((h) => `  ${h.type}${h.filename ? ` ${h.filename}` : ''}${h.details ? ` (${h.details})` : ''}`);
      return [
        `Process ${report.header?.processId ?? '?'} (${(report.header?.commandLine ?? []).join(' ')}):`,
        `JavaScript stack: ${report.javascriptStack?.message ?? ''}`,
        ...(report.javascriptStack?.stack ?? []).slice(0, 25).map((l) => `  ${l.trim()}`),
        'Active handles keeping it alive:',
        ...(handles.length ? handles : ['  none']),
      ].join('\n');
    })
    .join('\n');
}
