import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLE_DIR, scriptBundle } from './ts-bundle.mjs';

const repo = path.resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** An engine folder with a script importing a module of its own and an installed package (the repository's). */
function engine(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-bundle-'));
  dirs.push(root);
  fs.writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
  fs.writeFileSync(path.join(root, 'package-lock.json'), '{}\n');
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'));
  fs.mkdirSync(path.join(root, 'src/lib'), { recursive: true });
  fs.mkdirSync(path.join(root, 'scripts'));
  fs.writeFileSync(path.join(root, 'src/lib/where.ts'), 'export const where: string = import.meta.url;\nexport const word = "one";\n');
  fs.writeFileSync(
    path.join(root, 'scripts/show.ts'),
    [
      "import { parse } from 'yaml';",
      "import { where, word } from '../src/lib/where';",
      'const main = import.meta.url === new URL(`file://${process.argv[1]}`).href;',
      'console.log(JSON.stringify({ where, word, main, args: process.argv.slice(2), yaml: parse("a: 1") }));',
    ].join('\n'),
  );
  return root;
}

const run = (root: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(repo, 'src/lib/shared/run-ts.mjs'), path.join(root, 'scripts/show.ts'), ...args], { encoding: 'utf8' });

describe('scriptBundle', () => {
  it('bundles the engine\'s own modules, leaves packages to Node, and keeps each module\'s import.meta', async () => {
    const root = engine();
    const bundle = await scriptBundle(root, path.join(root, 'scripts/show.ts'));
    expect(bundle).toBe(path.join(root, BUNDLE_DIR, 'scripts_show.mjs'));
    const text = fs.readFileSync(bundle!, 'utf8');
    expect(text).toContain('from "yaml"');
    expect(text).toContain(JSON.stringify(pathToFileURL(path.join(root, 'src/lib/where.ts')).href));
  });

  it('is reused while its inputs are unchanged and made again when one changes', async () => {
    const root = engine();
    const script = path.join(root, 'scripts/show.ts');
    const first = (await scriptBundle(root, script))!;
    const made = fs.statSync(first).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    expect(await scriptBundle(root, script)).toBe(first);
    expect(fs.statSync(first).mtimeMs).toBe(made);
    fs.writeFileSync(path.join(root, 'src/lib/where.ts'), 'export const where: string = import.meta.url;\nexport const word = "two";\n');
    await scriptBundle(root, script);
    expect(fs.readFileSync(first, 'utf8')).toContain('"two"');
  });

  it('gives no bundle for a script that does not compile, so the launcher runs it through tsx', async () => {
    const root = engine();
    fs.writeFileSync(path.join(root, 'scripts/broken.ts'), 'import { nothing } from "../src/lib/missing";\nconsole.log(nothing);\n');
    expect(await scriptBundle(root, path.join(root, 'scripts/broken.ts'))).toBeUndefined();
  });
});

describe('run-ts.mjs', () => {
  it('runs a script from its bundle with the arguments and import.meta it would have run with directly', () => {
    const root = engine();
    const res = run(root, '--flag', 'value');
    expect(res.status, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({
      where: pathToFileURL(path.join(root, 'src/lib/where.ts')).href,
      word: 'one',
      main: true,
      args: ['--flag', 'value'],
      yaml: { a: 1 },
    });
    expect(fs.existsSync(path.join(root, BUNDLE_DIR, 'scripts_show.mjs'))).toBe(true);
  });

  it('makes the bundle again when the engine folder is moved or copied (it names each module by its address)', () => {
    const root = engine();
    expect(run(root).status).toBe(0);
    const moved = `${root} moved`;
    dirs.push(moved);
    fs.cpSync(root, moved, { recursive: true, verbatimSymlinks: true });
    const res = spawnSync(process.execPath, [path.join(repo, 'src/lib/shared/run-ts.mjs'), path.join(moved, 'scripts/show.ts')], { encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    // A stale bundle named the old folder, so the script did not see itself as the one run (a new adopter's trial).
    expect(JSON.parse(res.stdout)).toMatchObject({ where: pathToFileURL(path.join(moved, 'src/lib/where.ts')).href, main: true });
  });

  it('runs a script reached through a link, from a folder with a space in its name, as the script run', () => {
    const root = engine();
    const linked = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ts bundle ')), 'the engine');
    dirs.push(path.dirname(linked));
    fs.symlinkSync(root, linked);
    for (const env of [{}, { HANDBOOK_NO_BUNDLE: '1' }]) {
      const res = spawnSync(process.execPath, [path.join(repo, 'src/lib/shared/run-ts.mjs'), path.join(linked, 'scripts/show.ts')], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
      expect(res.status, res.stderr).toBe(0);
      expect(JSON.parse(res.stdout)).toMatchObject({ main: true, word: 'one' });
    }
  });

  it('runs the same script through tsx when told not to bundle (HANDBOOK_NO_BUNDLE)', () => {
    const root = engine();
    const res = spawnSync(process.execPath, [path.join(repo, 'src/lib/shared/run-ts.mjs'), path.join(root, 'scripts/show.ts'), 'x'], {
      encoding: 'utf8',
      env: { ...process.env, HANDBOOK_NO_BUNDLE: 'true' },
    });
    expect(res.status, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ word: 'one', main: true, args: ['x'] });
    expect(fs.existsSync(path.join(root, BUNDLE_DIR))).toBe(false);
  });
});
