import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setAside } from './set-aside';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'set-aside-'));
  made.push(d);
  return d;
}

describe('setAside', () => {
  it('moves a folder into the bin with its files, leaving nothing at the old path', () => {
    const root = tmp();
    fs.mkdirSync(path.join(root, 'dist/a'), { recursive: true });
    fs.writeFileSync(path.join(root, 'dist/a/index.html'), 'page');
    const ino = fs.statSync(path.join(root, 'dist/a/index.html')).ino;
    const dest = setAside(path.join(root, 'dist'), path.join(root, 'bin'));
    expect(dest).toBe(path.join(root, 'bin', 'dist'));
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
    // The same file, not a copy: nothing was freed.
    expect(fs.statSync(path.join(dest!, 'a/index.html')).ino).toBe(ino);
    expect(fs.readFileSync(path.join(dest!, 'a/index.html'), 'utf8')).toBe('page');
  });

  it('gives later outputs of the same name their own places, and drops the leading dot', () => {
    const root = tmp();
    const bin = path.join(root, 'bin');
    const got: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      fs.mkdirSync(path.join(root, '.cache'));
      fs.writeFileSync(path.join(root, '.cache', 'run'), String(i));
      got.push(setAside(path.join(root, '.cache'), bin));
    }
    expect(got).toEqual([path.join(bin, 'cache'), path.join(bin, 'cache-2'), path.join(bin, 'cache-3')]);
    expect(got.map((d) => fs.readFileSync(path.join(d!, 'run'), 'utf8'))).toEqual(['0', '1', '2']);
  });

  it('does nothing when there is nothing to move', () => {
    const root = tmp();
    expect(setAside(path.join(root, 'dist'), path.join(root, 'bin'))).toBeNull();
    expect(fs.existsSync(path.join(root, 'bin'))).toBe(false);
  });
});
