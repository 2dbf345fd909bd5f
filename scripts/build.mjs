// `npm run build`: runs `astro build` with a quiet, useful log — Astro's one line per written page becomes a
// progress count, everything else (our check, styles and search-index lines, warnings, errors) passes through.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generationSummary, isFrameworkNoise, routeLine } from './lib/build-log.mjs';
import { tsNodeArgs } from '../src/lib/shared/ts-child.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const oneStream = pathToFileURL(path.join(root, 'scripts', 'lib', 'one-stream.mjs')).href;
const EVERY = 500;

// `node scripts/build.mjs -- --force` passes a `--` that npm would have taken away (`npm run build -- --force`); Astro
// reads what follows a `--` as names, not options, so it is dropped here (a new adopter's trial, 1 December 2026).
const args = process.argv.slice(2);
if (args[0] === '--') args.shift();
// The build writes every line to one pipe (./lib/one-stream.mjs), so they are read here in the order they were
// written, and each goes on to stderr when it is an error (an [ERROR] line and the lines that continue it), otherwise
// to stdout. Read from two pipes, a warning (Astro writes those to stdout) could come out under another file's heading
// or after the error summary (stderr), and the build did not end on its summary line (new adopters' trials,
// 1 December 2026).
//
// The search index is made after the build, by a process of its own (scripts/search-index.ts): the build hands it
// over in a file (src/lib/search/search-job.ts says why).
const jobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-search-'));
const jobFile = path.join(jobDir, 'job.json');
const env = { ...process.env, HANDBOOK_SEARCH_JOB: jobFile };
const child = spawn(process.execPath, ['--import', oneStream, astro, 'build', ...args], { cwd: process.cwd(), env, stdio: ['inherit', 'pipe', 'pipe'] });
/** Whether the last time-stamped line was an error: the lines without a time stamp that follow continue it. */
let inError = false;
function onLine(line) {
  if (/^\S*\d\d:\d\d:\d\d\b/.test(line)) inError = /\[ERROR\]/.test(line);
  if (inError) console.error(line);
  else onOutLine(line);
}
createInterface({ input: child.stderr }).on('line', onLine);
// Anything written straight to the stdout pipe (native code writing to its file descriptor) is read too.
createInterface({ input: child.stdout }).on('line', onLine);

let pages = 0;
let reused = 0;
let restored = 0;
let started = 0;
/** Astro's "Complete!" line, held back until the search step has run. */
let complete = '';
const clock = () => new Date().toTimeString().slice(0, 8);
function onOutLine(line) {
  const route = routeLine(line);
  if (route.routes) {
    if (pages === 0) started = performance.now();
    const before = pages;
    pages += route.routes;
    // Incremental builds mark pages copied from the previous build.
    reused += route.reused;
    restored += route.restored;
    if (Math.floor(pages / EVERY) > Math.floor(before / EVERY)) console.log(`${clock()} [build] ${pages} pages and files done…`);
    return;
  }
  if (route.timeOnly) return;
  // Astro's last line; printed once the search index is made too.
  if (/\[build\] Complete!\s*$/.test(line)) {
    complete = line;
    return;
  }
  if (pages > 0 && line.trim() === '') return;
  if (pages > 0 && started) {
    console.log(`${clock()} [build] ${generationSummary(pages, reused, restored, (performance.now() - started) / 1000)}`);
    started = 0;
  }
  if (isFrameworkNoise(line)) return;
  console.log(line);
}
/** The process running now (the build, then the search step), to pass a signal on to. */
let current = child;
/** The signal that stopped the build, if one did (Ctrl-C, a CI job cancelled, a kill). */
let stoppedBy;
// Stopped (Ctrl-C, a cancelled CI job, a kill): the step running is told too, and the build ends once it has, with
// no half-made site left: Astro's own hooks remove dist/ when the build itself is stopped; stopped in the search
// step, dist/ has every page and no search index, and is removed here. Without this the wrapper died at once and
// left such a dist/ and its hand-over file (a new adopter's trial, 2 December 2026).
for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]])
  process.on(signal, () => {
    if (stoppedBy) return;
    stoppedBy = { signal, status };
    current?.kill(signal);
  });

/** Runs `cmd` with its output read as the build's own; resolves with its exit status (1 when killed). */
function run(cmd, argv, options) {
  return new Promise((resolve) => {
    const p = spawn(cmd, argv, { ...options, stdio: ['inherit', 'pipe', 'pipe'] });
    current = p;
    createInterface({ input: p.stdout }).on('line', onLine);
    createInterface({ input: p.stderr }).on('line', onLine);
    p.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function finish(status) {
  // Astro's "Complete!", at the time the whole build (search index included) completed.
  if (complete) console.log(complete.replace(/\d\d:\d\d:\d\d/, () => clock()));
  fs.rmSync(jobDir, { recursive: true, force: true });
  process.exit(status);
}

child.on('close', async (code, signal) => {
  const status = code ?? (signal ? 1 : 0);
  if (stoppedBy) {
    // The build's own hooks removed dist/ (content-check.ts) when it was stopped before its end.
    complete = '';
    console.error(`${clock()} [ERROR] [build] stopped (${stoppedBy.signal}) before the build ended: nothing is left in the output folder to publish.`);
    return finish(stoppedBy.status);
  }
  // No job: the build failed, or was told to skip the index (HANDBOOK_SKIP_SEARCH_INDEX).
  if (status !== 0 || !fs.existsSync(jobFile)) {
    return finish(status);
  }
  const { out } = JSON.parse(fs.readFileSync(jobFile, 'utf8'));
  const removeOut = () => {
    if (out && path.resolve(out) !== path.resolve(process.cwd())) fs.rmSync(out, { recursive: true, force: true });
  };
  const indexed = await run(process.execPath, tsNodeArgs(root, path.join(root, 'scripts', 'search-index.ts'), [jobFile]), { cwd: process.cwd() });
  if (stoppedBy || indexed !== 0) {
    // As for a failure in the build's own last steps: no half-made site is left to be published by mistake.
    removeOut();
    complete = '';
    console.error(
      stoppedBy
        ? `${clock()} [ERROR] [build] stopped (${stoppedBy.signal}) while the search index was being made: the built site was removed. Build again to finish.`
        : `${clock()} [ERROR] [build] the search index could not be made (the lines above say why): the built site was removed.`,
    );
    return finish(stoppedBy?.status ?? 1);
  }
  finish(0);
});
