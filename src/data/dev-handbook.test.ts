import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { devPageSources } from './dev-handbook';

const DIR = 'content/handbook';
let root = '';
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function project(pages: Record<string, string>): string {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-handbook-'));
  for (const [name, text] of Object.entries(pages)) write(name, text);
  return root;
}
function write(name: string, text: string, mtime?: Date): void {
  const file = path.join(root, DIR, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  // A distinct modification time for each save, as an editor's saves seconds apart would have.
  if (mtime) fs.utimesSync(file, mtime, mtime);
}
const page = (title: string, body = 'Some text.') =>
  `---\ntitle: ${title}\ndescription: About ${title}.\nowner: Release Manager\nlast_reviewed: 2026-09-01\nreview_in: 1 year\n---\n${body}\n`;
const titles = (r: ReturnType<typeof devPageSources>) => r.sources.map((s) => [s.id, s.data.title]);

describe('devPageSources', () => {
  it('reads every page as the check does: ids, files and validated front matter with defaults filled in, bodies dropped', () => {
    project({ 'index.md': page('Home'), 'guides/deploying.md': page('Deploying'), 'guides/_draft-notes.md': page('Not a page') });
    const r = devPageSources(root, DIR, { owner: 'Default Owner' });
    expect(titles(r)).toEqual([['guides/deploying', 'Deploying'], ['index', 'Home']]);
    expect(r.sources[0]).toMatchObject({ file: 'content/handbook/guides/deploying.md', data: { description: 'About Deploying.' } });
    expect(r.sources[0].body).toBeUndefined();
  });

  it('keeps the key when only a body changes, and changes it when a title changes, a page is added or deleted, or defaults change', () => {
    project({ 'a.md': page('A'), 'b.md': page('B') });
    const first = devPageSources(root, DIR, undefined).key;
    write('a.md', page('A', 'A longer body, saved.'), new Date('2026-12-01T10:00:00Z'));
    expect(devPageSources(root, DIR, undefined).key).toBe(first);
    write('a.md', page('A renamed', 'A longer body, saved.'), new Date('2026-12-01T10:00:05Z'));
    const renamed = devPageSources(root, DIR, undefined);
    expect(renamed.key).not.toBe(first);
    expect(titles(renamed)).toEqual([['a', 'A renamed'], ['b', 'B']]);
    write('c.md', page('C'));
    const added = devPageSources(root, DIR, undefined);
    expect(added.key).not.toBe(renamed.key);
    fs.rmSync(path.join(root, DIR, 'b.md'));
    const deleted = devPageSources(root, DIR, undefined);
    expect(titles(deleted)).toEqual([['a', 'A renamed'], ['c', 'C']]);
    expect(devPageSources(root, DIR, { owner: 'Someone' }).key).not.toBe(deleted.key);
  });

  it("keeps a page's last good front matter while it is broken, leaves out one that never parsed, and takes the fix", () => {
    project({ 'a.md': page('A') });
    devPageSources(root, DIR, undefined);
    write('a.md', page('A').replace('title: A', 'title: "A half-typed'), new Date('2026-12-01T10:00:00Z'));
    write('new.md', '---\ntitle: [unclosed\n---\nText.\n');
    expect(titles(devPageSources(root, DIR, undefined))).toEqual([['a', 'A']]);
    write('a.md', page('A fixed'), new Date('2026-12-01T10:00:05Z'));
    expect(titles(devPageSources(root, DIR, undefined))).toEqual([['a', 'A fixed']]);
  });

  it('reads a file again only when it changed on disk, and not otherwise', () => {
    const t = new Date('2026-12-01T10:00:00Z');
    project({});
    write('a.md', page('A'), t);
    const first = devPageSources(root, DIR, undefined);
    // Unchanged: the stored parse itself, not a new one.
    expect(devPageSources(root, DIR, undefined).sources[0]).toBe(first.sources[0]);
    // Rewritten with the same size and modification time (a tool that restores a file's time): read again.
    write('a.md', page('Z'), t);
    expect(titles(devPageSources(root, DIR, undefined))).toEqual([['a', 'Z']]);
  });

  it('sees two pages of the same size and modification time swapped with mv', () => {
    // A new adopter's trial (1 December 2026): the page showed the other file's title, and the navigation was stale.
    const t = new Date('2026-11-01T10:00:00Z');
    project({});
    write('alpha.md', page('Alpha'), t);
    write('bravo.md', page('Bravo'), t);
    expect(titles(devPageSources(root, DIR, undefined))).toEqual([['alpha', 'Alpha'], ['bravo', 'Bravo']]);
    const abs = (n: string) => path.join(root, DIR, n);
    fs.renameSync(abs('alpha.md'), abs('swap.tmp'));
    fs.renameSync(abs('bravo.md'), abs('alpha.md'));
    fs.renameSync(abs('swap.tmp'), abs('bravo.md'));
    expect(titles(devPageSources(root, DIR, undefined))).toEqual([['alpha', 'Bravo'], ['bravo', 'Alpha']]);
  });
});
