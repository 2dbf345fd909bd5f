// `npm run build`: runs `astro build` with a quiet, useful log — Astro's one line per written page becomes a
// progress count, everything else (our check, styles and search-index lines, warnings, errors) passes through.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generationSummary, routeLine } from './lib/build-log.mjs';

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
const child = spawn(process.execPath, ['--import', oneStream, astro, 'build', ...args], { cwd: process.cwd(), stdio: ['inherit', 'pipe', 'pipe'] });
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
  if (pages > 0 && line.trim() === '') return;
  if (pages > 0 && started) {
    console.log(`${clock()} [build] ${generationSummary(pages, reused, restored, (performance.now() - started) / 1000)}`);
    started = 0;
  }
  console.log(line);
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
