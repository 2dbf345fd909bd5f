import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ASTRO_PAGE_COPIES, linkPageCopies, pruneExcept } from './output-dir';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function tree(files: string[]): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'output-dir-'));
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), f);
  }
  return dir;
}

function list(d: string, rel = ''): string[] {
  return fs.readdirSync(path.join(d, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? [`${r}/`, ...list(d, r)] : [r];
  }).sort();
}

describe('pruneExcept', () => {
  it('keeps the listed files, deletes every other file and the folders left empty, and counts what it deleted', () => {
    const d = tree(['index.html', 'a/index.html', 'a/b/index.html', '_astro/main.abc.css', 'pagefind/x.pf_fragment', 'sitemap-0.xml']);
    expect(pruneExcept(d, new Set(['index.html', 'a/b/index.html']))).toBe(4);
    expect(list(d)).toEqual(['a/', 'a/b/', 'a/b/index.html', 'index.html']);
  });

  it('empties the folder when nothing is kept, and leaves a top-level .git alone as Astro does', () => {
    const d = tree(['index.html', '.git/HEAD', 'x/.git/HEAD']);
    pruneExcept(d, new Set());
    expect(list(d)).toEqual(['.git/', '.git/HEAD']);
  });

  it('does nothing when the folder does not exist', () => {
    dir = path.join(os.tmpdir(), 'output-dir-missing-' + process.pid);
    expect(pruneExcept(dir, new Set(['index.html']))).toBe(0);
    expect(fs.existsSync(dir)).toBe(false);
  });
});

describe('linkPageCopies', () => {
  const setUp = () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-copies-'));
    return { cache: path.join(dir, '.cache', 'astro'), out: path.join(dir, 'dist'), copies: path.join(dir, '.cache', 'astro', ASTRO_PAGE_COPIES) };
  };

  it('makes the cache folder Astro copies pages into a link to the output folder, creating both, and a page written through it is one file', () => {
    const { cache, out, copies } = setUp();
    expect(linkPageCopies(cache, out)).toBe(true);
    expect(fs.realpathSync(copies)).toBe(fs.realpathSync(out));
    fs.mkdirSync(path.join(out, 'a'));
    fs.writeFileSync(path.join(out, 'a', 'index.html'), 'page');
    fs.writeFileSync(path.join(copies, 'a', 'index.html'), 'page');
    expect(fs.statSync(path.join(copies, 'a', 'index.html')).ino).toBe(fs.statSync(path.join(out, 'a', 'index.html')).ino);
    expect(list(out)).toEqual(['a/', 'a/index.html']);
  });

  it('replaces a folder of real copies left by an earlier build, and leaves the output folder as it was', () => {
    const { cache, out, copies } = setUp();
    fs.mkdirSync(path.join(copies, 'a'), { recursive: true });
    fs.writeFileSync(path.join(copies, 'a', 'index.html'), 'old copy');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), 'home');
    expect(linkPageCopies(cache, out)).toBe(true);
    expect(fs.lstatSync(copies).isSymbolicLink()).toBe(true);
    expect(list(copies)).toEqual(['index.html']);
  });

  it('points a link to another output folder (a build with --outDir) at this one, without touching the other', () => {
    const { cache, out, copies } = setUp();
    const other = path.join(dir, 'elsewhere');
    linkPageCopies(cache, other);
    fs.writeFileSync(path.join(other, 'index.html'), 'kept');
    expect(linkPageCopies(cache, out)).toBe(true);
    expect(fs.realpathSync(copies)).toBe(fs.realpathSync(out));
    expect(fs.readFileSync(path.join(other, 'index.html'), 'utf8')).toBe('kept');
  });

  it('recreates the output folder when it was deleted and the link left dangling', () => {
    const { cache, out, copies } = setUp();
    linkPageCopies(cache, out);
    fs.rmSync(out, { recursive: true });
    expect(linkPageCopies(cache, out)).toBe(true);
    expect(fs.existsSync(out)).toBe(true);
    expect(fs.realpathSync(copies)).toBe(fs.realpathSync(out));
  });
});
