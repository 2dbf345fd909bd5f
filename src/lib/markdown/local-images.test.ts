import { describe, expect, it } from 'vitest';
import { isLocalPath, isOptimisable } from './local-images';
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

  it('still rejects a relative link that is not an image', () => {
    expect(check('[a page](other-page/)\n', [])).toEqual(['10:1 link "other-page/" is a relative link: write it from the site root, e.g. "/handbook/section/page/"']);
  });
});
