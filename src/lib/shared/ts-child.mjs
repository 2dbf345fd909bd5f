// How the engine starts a TypeScript script in a process of its own (the build's content check and search step, the
// check beside `astro dev`): Node itself running ./run-ts.mjs, one process, from a bundle of the engine's modules
// (./ts-bundle.mjs says why).
//
// Why not tsx's command line (`tsx script.ts`): it starts a second Node process to run the script and relays signals
// to it. Timed here (2 December 2026, 2-core machine), running a one-line script took 0.36–0.58 s through the
// command line and 0.17 s as `node --import tsx`; the build starts two such processes, and each is one more process
// whose memory counts in the build's peak.
import path from 'node:path';

/**
 * Node's arguments to run the TypeScript file `script` with `args`, for the engine installed at `root` (its
 * `package.json` folder): `[<root>/src/lib/shared/run-ts.mjs, script, ...args]`. That launcher runs the script from a
 * bundle of the engine's modules, or through tsx's loader when no bundle can be made (./ts-bundle.mjs). Pass them
 * to `spawn(process.execPath, …)`.
 * @param {string} root
 * @param {string} script
 * @param {string[]} [args]
 * @returns {string[]}
 */
export function tsNodeArgs(root, script, args = []) {
  return [path.join(root, 'src', 'lib', 'shared', 'run-ts.mjs'), script, ...args];
}
