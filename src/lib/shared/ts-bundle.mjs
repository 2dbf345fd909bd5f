// The engine's TypeScript scripts run from a bundle of their own modules, kept in the project's cache.
//
// Why: `npm run check` and the build's child processes (the content check, the search step, the check beside
// `astro dev`) each start by loading the engine's TypeScript through tsx, which compiles and resolves some 120 modules
// one by one. Timed on the 2-core machine (2 December 2026), importing the check's modules took 0.67–0.73 s through
// tsx and 0.32–0.35 s from one esbuild bundle of them; the content check runs on the critical path of a rebuild
// after an edit, and the search step after every build.
//
// Only the engine's own files go into a bundle. Installed packages stay imports that Node resolves from the project's
// node_modules, as they would be without a bundle: some load files beside their own (native bindings, WebAssembly,
// grammars), which a bundle elsewhere would not find.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where bundles are kept, under the engine's folder (gitignored, beside Astro's incremental cache). */
export const BUNDLE_DIR = path.join('.cache', 'engine');

/** Set (`1`) to run scripts through tsx instead, e.g. for stack traces that name the TypeScript files. */
export const NO_BUNDLE_ENV = 'HANDBOOK_NO_BUNDLE';

/**
 * Whether `env` turns bundles off: `HANDBOOK_NO_BUNDLE` is set to anything but empty, `0` or `false` (any case),
 * which leave them on, as they mean "off" for `HANDBOOK_PREVIEW` too.
 * @param {Record<string, string | undefined>} [env]
 * @returns {boolean}
 */
export function bundlesOff(env = process.env) {
  const v = env[NO_BUNDLE_ENV]?.trim().toLowerCase() ?? '';
  return v !== '' && v !== '0' && v !== 'false';
}

/**
 * The digest of everything a bundle is made from: where the engine is (each module's `import.meta.url` is written into
 * the bundle as its absolute address, see {@link ownImportMeta}: a bundle made before the folder was moved or copied
 * named the old one, and a script that checks it is the one run did nothing), esbuild's version, this file (how
 * bundles are made), the lock file and tsconfig.json (a new esbuild or TypeScript setting may compile differently)
 * and each input file's path and bytes.
 * @param {string} root the engine's folder
 * @param {string[]} inputs root-relative paths of the bundle's input files
 * @param {string} esbuildVersion
 * @returns {string} hex SHA-256
 */
function inputsDigest(root, inputs, esbuildVersion) {
  const hash = crypto.createHash('sha256').update(path.resolve(root)).update('\0').update(esbuildVersion).update('\0');
  hash.update(fs.readFileSync(new URL(import.meta.url))).update('\0');
  for (const f of ['package-lock.json', 'tsconfig.json', ...inputs]) {
    hash.update(f).update('\0');
    try {
      hash.update(fs.readFileSync(path.join(root, f)));
    } catch {
      hash.update('(missing)');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * An esbuild plugin that keeps `import.meta.url`, `import.meta.dirname` and `import.meta.filename` each module's own:
 * in a bundle they would all name the bundle, in `.cache/engine/`, so a module that finds files beside itself, or
 * tells whether it is the script that was run (`import.meta.url` against `process.argv[1]`), would be wrong.
 * @returns {import('esbuild').Plugin}
 */
function ownImportMeta() {
  return {
    name: 'own-import-meta',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        const text = await fs.promises.readFile(args.path, 'utf8');
        if (!text.includes('import.meta')) return undefined;
        const own = { url: pathToFileURL(args.path).href, dirname: path.dirname(args.path), filename: args.path };
        const contents = text.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, k) => JSON.stringify(own[k]));
        return { contents, loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js', resolveDir: path.dirname(args.path) };
      });
    },
  };
}

/**
 * The bundle to run for the TypeScript script `script` of the engine in `root`, made by esbuild when there is none yet
 * or when one of the files it was made from (or the lock file) has changed since: `.cache/engine/<script>.mjs`, with a
 * `.json` beside it listing its inputs and their digest. Resolves to undefined when no bundle can be made (esbuild not
 * installed, a read-only folder, a compile error): the caller runs the script through tsx, which reports any error
 * in the script itself. Written to a temporary name and renamed, so a process starting meanwhile never reads half a
 * bundle; two processes making the same bundle at once both write a whole one.
 * @param {string} root the engine's folder (its package.json)
 * @param {string} script absolute path of the script
 * @returns {Promise<string | undefined>} absolute path of the bundle
 */
export async function scriptBundle(root, script) {
  const rel = path.relative(root, script).split(path.sep).join('/');
  const out = path.join(root, BUNDLE_DIR, rel.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/\.[cm]?ts$/, '') + '.mjs');
  const record = `${out}.json`;
  let esbuild;
  try {
    esbuild = createRequire(path.join(root, 'package.json'))('esbuild');
  } catch {
    return undefined;
  }
  try {
    const kept = JSON.parse(fs.readFileSync(record, 'utf8'));
    if (kept.digest === inputsDigest(root, kept.inputs, esbuild.version) && fs.existsSync(out)) return out;
  } catch {
    // No bundle yet, or an unreadable record: make one.
  }
  try {
    const res = await esbuild.build({
      entryPoints: [script],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: root,
      plugins: [ownImportMeta()],
    });
    const inputs = Object.keys(res.metafile.inputs)
      .map((f) => path.relative(root, path.resolve(root, f)).split(path.sep).join('/'))
      .sort();
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const tmp = `${out}.${process.pid}.tmp`;
    // The record goes last: a bundle without its record is made again, never run.
    fs.rmSync(record, { force: true });
    fs.writeFileSync(tmp, res.outputFiles[0].contents);
    fs.renameSync(tmp, out);
    fs.writeFileSync(`${record}.${process.pid}.tmp`, JSON.stringify({ inputs, digest: inputsDigest(root, inputs, esbuild.version) }));
    fs.renameSync(`${record}.${process.pid}.tmp`, record);
    return out;
  } catch {
    return undefined;
  }
}
