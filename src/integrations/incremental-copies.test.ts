import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { linkOrCopy, PAGE_COPIES, pageCopyPath } from './incremental-copies';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const tmp = () => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'incremental-copies-')));

describe('pageCopyPath', () => {
  it('puts every copy in one folder of the cache, named by the page path, keeping the extension', () => {
    const cache = pathToFileURL('/project/.cache/astro/');
    const a = pageCopyPath(cache, 'handbook/guides/index.html');
    const b = pageCopyPath(cache, 'handbook/guides/deploying/index.html');
    expect(path.dirname(a) + '/').toBe(path.join('/project/.cache/astro', PAGE_COPIES));
    expect(path.dirname(b)).toBe(path.dirname(a));
    expect(a).not.toBe(b);
    expect(a).toMatch(/[0-9a-f]{32}\.html$/);
    expect(pageCopyPath(cache, 'releases/x/CHANGELOG.md')).toMatch(/\.md$/);
    // A path too long for one file name still fits.
    expect(path.basename(pageCopyPath(cache, 'a/'.repeat(300) + 'index.html')).length).toBe(37);
  });
});

describe('linkOrCopy', () => {
  it('links, making the folder, and replaces a file already there', async () => {
    const d = tmp();
    fs.writeFileSync(path.join(d, 'page.html'), 'new');
    const to = path.join(d, 'copies', 'x.html');
    await linkOrCopy(path.join(d, 'page.html'), to);
    expect(fs.statSync(to).ino).toBe(fs.statSync(path.join(d, 'page.html')).ino);
    fs.rmSync(to);
    fs.writeFileSync(to, 'old');
    await linkOrCopy(path.join(d, 'page.html'), to);
    expect(fs.readFileSync(to, 'utf8')).toBe('new');
    expect(fs.statSync(to).ino).toBe(fs.statSync(path.join(d, 'page.html')).ino);
  });

  it('throws ENOENT when there is nothing to link, and makes nothing', async () => {
    const d = tmp();
    await expect(linkOrCopy(path.join(d, 'missing.html'), path.join(d, 'copies', 'x.html'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(fs.existsSync(path.join(d, 'copies'))).toBe(false);
  });
});
