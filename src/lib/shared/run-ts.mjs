// Runs one of the engine's TypeScript scripts: `node src/lib/shared/run-ts.mjs <script.ts> [arguments…]`.
// From a bundle of the engine's modules when one can be made (./ts-bundle.mjs says why), otherwise through tsx's
// loader; either way the script sees `process.argv` as if Node had run it directly (`[node, <script.ts>, …]`).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundlesOff, scriptBundle } from './ts-bundle.mjs';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node src/lib/shared/run-ts.mjs <script.ts> [arguments…]');
  process.exit(2);
}
// Its real path: a module's own address (import.meta.url) has symbolic links resolved, and scripts that check they are
// the one run compare it with process.argv[1].
const file = fs.realpathSync(path.resolve(script));
/** The folder of the package the script belongs to (the nearest package.json above it): the engine, for its scripts. */
function packageRoot(from) {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(import.meta.dirname, '..', '..', '..');
  }
}
const root = packageRoot(file);
const bundle = bundlesOff() ? undefined : await scriptBundle(root, file);
process.argv = [process.argv[0], file, ...args];
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(file).href);
}
