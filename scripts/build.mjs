// `npm run build`: runs `astro build` with a quiet, useful log — Astro's one line per written page becomes a
// progress count, everything else (our check, styles and search-index lines, warnings, errors) passes through.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generationSummary, routeLine } from './lib/build-log.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const astro = path.join(root, 'node_modules', '.bin', 'astro');
const EVERY = 500;

// Both streams are read here, in the order their lines arrive: with stderr passed straight through, an error summary
// (stderr) overtook the warnings and notes written before it (stdout, delayed by this reader), so the build did not
// end on its summary line (a new adopter's trial, 1 December 2026).
// `node scripts/build.mjs -- --force` passes a `--` that npm would have taken away (`npm run build -- --force`); Astro
// reads what follows a `--` as names, not options, so it is dropped here (a new adopter's trial, 1 December 2026).
const args = process.argv.slice(2);
if (args[0] === '--') args.shift();
const child = spawn(astro, ['build', ...args], { cwd: process.cwd(), stdio: ['inherit', 'pipe', 'pipe'] });
createInterface({ input: child.stderr }).on('line', (line) => console.error(line));
let pages = 0;
let reused = 0;
let restored = 0;
let started = 0;
const clock = () => new Date().toTimeString().slice(0, 8);
createInterface({ input: child.stdout }).on('line', (line) => {
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
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
