import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileLooksLikeImage, isLocalPath, isOptimisable, looksLikeImage } from './local-images';
import { checkLinks, outline, type LinkTargets } from '../handbook/links';

describe('local images', () => {
  it('a local path is relative to the page: no scheme, no //host, no /root, no #fragment', () => {
    expect(['photo.png', './a/b.jpg', '../x.svg', 'url', 'photo two.jpg'].map(isLocalPath)).toEqual([true, true, true, true, true]);
    expect(['https://x.org/a.png', '//cdn/a.png', '/images/a.png', '#top', 'data:image/png;base64,AA', ''].map(isLocalPath)).toEqual([false, false, false, false, false, false]);
  });

  it("Astro's image pipeline takes these extensions, in any case, and no file without one", () => {
    expect(['a.png', 'b.JPG', 'c.jpeg', 'd.webp', 'e.avif', 'f.svg', 'g.gif', 'h.tiff', 'i.apng', 'dir/j.png?v=2'].every(isOptimisable)).toBe(true);
    expect(['url', 'diagram.bmp', 'notes.pdf', 'dir.png/photo', '.png'].some(isOptimisable)).toBe(false);
  });
});

describe('the check on local images', () => {
  const file = 'content/handbook/guides/photos.md';
  const targets = (existing: string[]): LinkTargets => ({ routes: new Set(['/handbook/guides/photos/']), anchors: new Map(), files: new Set(), exists: (p) => existing.includes(p) });
  const check = (body: string, existing: string[]) =>
    checkLinks(file, '/handbook/guides/photos/', outline(body, 10), targets(existing)).map((i) => `${i.line}:${i.column} ${i.field} ${i.message}`);

  it('accepts an image next to the page, inline, in angle brackets or by reference', () => {
    const body = '![a](photo.png)\n\n![b](<photo two.jpg>)\n\n![c][r]\n\n[r]: ./img/ref.png\n';
    expect(check(body, ['content/handbook/guides/photo.png', 'content/handbook/guides/photo two.jpg', 'content/handbook/guides/img/ref.png'])).toEqual([]);
  });

  it('names the file and line of every local image that would not show', () => {
    const body = '![missing](../shared/gone.png)\n\n![no extension](diagram)\n\n![by reference][r]\n\n[r]: chart\n\n<img src="raw.png" alt="raw">\n';
    expect(check(body, ['content/handbook/guides/raw.png'])).toEqual([
      '10:1 image "../shared/gone.png": file not found: expected content/handbook/shared/gone.png (the path is relative to the page\'s file)',
      '12:1 image "diagram": a local image needs one of the image file extensions jpeg, jpg, png, apng, tiff, webp, gif, svg, avif; rename the file and the path',
      '16:1 image "chart": a local image needs one of the image file extensions jpeg, jpg, png, apng, tiff, webp, gif, svg, avif; rename the file and the path',
      '18:1 image "raw.png": an image in raw HTML does not go through the image pipeline, so a path relative to the page does not work; write it in Markdown, ![description](raw.png), or give its path from the site root',
    ]);
  });

  it('names a file in the folder that the missing one is near: other capitals or a slip', () => {
    // A new adopter's trial (2 December 2026): "file not found" alone for NSS-Logo.svg beside nss-logo.svg.
    const t = { ...targets(['content/handbook/guides/img/nss-logo.svg']), filesIn: (d: string) => (d === 'content/handbook/guides/img' ? ['nss-logo.svg', 'notes.txt'] : []) };
    const run = (body: string) => checkLinks(file, '/handbook/guides/photos/', outline(body, 10), t).map((i) => i.message);
    expect(run('![Logo](./img/NSS-Logo.svg) ![Logo](img/nss-logo.png) ![Logo](img/other.svg)')).toEqual([
      '"./img/NSS-Logo.svg": file not found: expected content/handbook/guides/img/NSS-Logo.svg (the path is relative to the page\'s file); did you mean "./img/nss-logo.svg"? File names are case-sensitive on the web server',
      '"img/nss-logo.png": file not found: expected content/handbook/guides/img/nss-logo.png (the path is relative to the page\'s file); did you mean "img/nss-logo.svg"?',
      '"img/other.svg": file not found: expected content/handbook/guides/img/other.svg (the path is relative to the page\'s file)',
    ]);
  });

  it('still rejects a relative link that is not an image', () => {
    expect(check('[a page](other-page/)\n', [])).toEqual(['10:1 link "other-page/" is a relative link: write it from the site root, e.g. "/handbook/section/page/"']);
  });
});

describe('a picture file that is not a picture', () => {
  it('reads every format the image pipeline takes as a picture, and other bytes as not', async () => {
    const make = (format: 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'tiff') =>
      sharp({ create: { width: 8, height: 4, channels: 3, background: '#0065bd' } }).toFormat(format).toBuffer();
    for (const format of ['png', 'jpeg', 'gif', 'webp', 'avif', 'tiff'] as const) expect(looksLikeImage(await make(format)), format).toBe(true);
    expect(looksLikeImage(Buffer.from('<?xml version="1.0"?>\n<!-- a logo -->\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(true);
    for (const bad of ['', 'not a png', '<html><body>404 Not Found</body></html>', '%PDF-1.7'])
      expect(looksLikeImage(Buffer.from(bad)), JSON.stringify(bad)).toBe(false);
    // A PNG cut short after its signature is still taken for one; one cut inside it is not.
    expect(looksLikeImage((await make('png')).subarray(0, 5))).toBe(false);
  });

  it('takes a picture cut short (a failed download) for not a picture, from its last bytes', async () => {
    const make = (format: 'png' | 'jpeg' | 'gif' | 'webp' | 'tiff') =>
      sharp({ create: { width: 64, height: 32, channels: 3, background: '#0065bd' } }).toFormat(format).toBuffer();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cut-short-'));
    try {
      for (const format of ['png', 'jpeg', 'gif', 'webp', 'tiff'] as const) {
        const whole = await make(format);
        fs.writeFileSync(path.join(dir, `whole.${format}`), whole);
        fs.writeFileSync(path.join(dir, `cut.${format}`), whole.subarray(0, Math.floor(whole.length * 0.7)));
        expect(fileLooksLikeImage(path.join(dir, `whole.${format}`)), `whole ${format}`).toBe(true);
        // TIFF has no end marker: a cut one is not seen here.
        if (format !== 'tiff') expect(fileLooksLikeImage(path.join(dir, `cut.${format}`)), `cut ${format}`).toBe(false);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is a check error naming the file, instead of a build stopped in the image service', () => {
    const file = 'content/handbook/guides/photos.md';
    const t: LinkTargets = { routes: new Set(), anchors: new Map(), files: new Set(), exists: () => true, isImage: (p) => p !== 'content/handbook/guides/broken.png' };
    const issues = checkLinks(file, '/handbook/guides/photos/', outline('![fine](fine.png)\n\n![broken](broken.png)\n', 10), t);
    expect(issues.map((i) => `${i.line}:${i.column} ${i.field} ${i.message}`)).toEqual([
      '12:1 image "broken.png": content/handbook/guides/broken.png is not a picture: its bytes are not a PNG, JPEG, GIF, WebP, AVIF, TIFF or SVG file (it may be empty, cut short, or another kind of file with an image name); save it again as an image',
    ]);
  });
});

