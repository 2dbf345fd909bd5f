// How the engine starts a TypeScript script in a process of its own (the build's content check and search step, the
// check beside `astro dev`): Node itself with tsx's loader, one process.
//
// Why not tsx's command line (`tsx script.ts`): it starts a second Node process to run the script and relays signals
// to it. Timed here (2 December 2026, 2-core machine), running a one-line script took 0.36–0.58 s through the
// command line and 0.17 s as `node --import tsx`; the build starts two such processes, and each is one more process
// whose memory counts in the build's peak.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Node's arguments to run the TypeScript file `script` with `args`, loading tsx as installed in the project at `root`
 * (its `package.json` folder): `['--import', <tsx's loader as a file URL>, script, ...args]`. Pass them to
 * `spawn(process.execPath, …)`. Throws (MODULE_NOT_FOUND) when tsx is not installed there.
 * @param {string} root
 * @param {string} script
 * @param {string[]} [args]
 * @returns {string[]}
 */
export function tsNodeArgs(root, script, args = []) {
  const loader = createRequire(path.join(root, 'package.json')).resolve('tsx');
  return ['--import', pathToFileURL(loader).href, script, ...args];
}
