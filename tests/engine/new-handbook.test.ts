// `npm run new-handbook`: the content directory it writes builds on the first try, and it never writes into a
// folder that has something in it.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../../scripts/lib/project';
import { runNewHandbook } from '../../scripts/new-handbook';
import { buildContentDir, SCRATCH_DIR, tempOutDir } from '../support/fixtures';
import { brokenLinks } from '../support/site-checks';

const dir = path.join(SCRATCH_DIR, `new-handbook-${process.pid}`);
const rel = path.relative(REPO, dir);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run new-handbook', () => {
  it('writes a content directory that builds first time, with no broken link', async () => {
    const res = runNewHandbook([rel, '--title', 'Example Council Handbook', '--org', 'Example Council'], REPO);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'site.yaml'), 'utf8')).toContain('name: Example Council');
    const out = path.join(tempOutDir('new-handbook'), 'dist');
    const build = await buildContentDir(rel, out);
    expect(build.status, build.output).toBe(0);
    const home = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(home).toContain('Example Council Handbook');
    // The branding fields it writes show: the home page's intro and the footer link.
    expect(home).toContain('It is written and kept by Example Council.');
    expect(home).toContain('<a href="https://www.example.org/privacy/">Privacy notice</a>');
    expect(fs.existsSync(path.join(out, 'handbook/about/accessibility-statement/index.html'))).toBe(true);
    expect(brokenLinks(out)).toEqual([]);
  }, 300_000);

  it('refuses a folder that is not empty', () => {
    const other = path.join(dir, 'mine');
    fs.mkdirSync(other, { recursive: true });
    fs.writeFileSync(path.join(other, 'notes.txt'), 'mine');
    const res = runNewHandbook([path.relative(REPO, other)], REPO);
    expect(res.code).toBe(1);
    expect(res.stderr).toBe(
      `${path.relative(REPO, other)} is not empty: not writing into it. Name a new or empty folder, or a new repository's clone (holding only .git, README, LICENSE, .gitignore, .github or engine/).\n`,
    );
    expect(fs.readdirSync(other)).toEqual(['notes.txt']);
  });

  it("writes into a new repository's clone, keeping its files and adding to its .gitignore", () => {
    const repo = path.join(dir, 'clone');
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'README.md'), '# Ours\n');
    fs.writeFileSync(path.join(repo, '.gitignore'), 'node_modules/');
    const res = runNewHandbook([path.relative(REPO, repo)], REPO);
    expect(res.code, res.stderr).toBe(0);
    expect(fs.readFileSync(path.join(repo, 'README.md'), 'utf8')).toBe('# Ours\n');
    expect(fs.readFileSync(path.join(repo, '.gitignore'), 'utf8')).toMatch(/^node_modules\/\n# The engine[^\n]*\nengine\/\n$/);
    expect(fs.existsSync(path.join(repo, 'site.yaml'))).toBe(true);
    // Run again: it would overwrite the handbook, so it refuses, naming what is there.
    expect(runNewHandbook([path.relative(REPO, repo)], REPO).stderr).toMatch(/is not empty: not writing into it \(it has site\.yaml\)/);
  });
});
