import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pruneExcept } from './output-dir';

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
