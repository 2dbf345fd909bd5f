import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatIssue } from '../shared/errors';
import { readFavicon, readLogo } from './logo';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-logo-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const SITE = 'content/site.yaml';
const siteText = 'title: T\nlogo:\n  file: brand/logo.svg\n  alt: Example Council\n';

function withLogo(text: string | Buffer, file = 'brand/logo.svg') {
  const abs = path.join(root, 'content', file);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
  const res = readLogo(root, { logo: { file, alt: 'Example Council' } }, SITE, siteText);
  fs.rmSync(abs);
  return { logo: res.logo, messages: res.issues.map(formatIssue) };
}
const svg = (inner = '<rect width="10" height="10"/>', attrs = 'viewBox="0 0 120 40"') => `<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${inner}</svg>`;

describe('readLogo', () => {
  it('serves a valid SVG unchanged, named by its content, with its size from the viewBox', () => {
    const text = `<?xml version="1.0"?>\n<!-- drawn by hand -->\n${svg('<rect style="fill:#000" width="10" height="10"/>')}`;
    const { logo, messages } = withLogo(text);
    expect(messages).toEqual([]);
    expect(logo).toMatchObject({ alt: 'Example Council', width: 120, height: 40 });
    expect(logo!.url).toMatch(/^\/brand\/logo-[0-9a-f]{8}\.svg$/);
    expect(logo!.url).toBe(`/brand/${logo!.name}.svg`);
    expect(logo!.bytes.toString('utf8')).toBe(text);
    // Another drawing, another name: a changed logo is never served from a cache.
    expect(withLogo(svg('<circle r="4"/>')).logo!.name).not.toBe(logo!.name);
  });

  it('takes the size from width and height when both are plain numbers', () => {
    expect(withLogo(svg('', 'width="300px" height="58" viewBox="0 0 600 116"')).logo).toMatchObject({ width: 300, height: 58 });
    const unsized = withLogo(svg('', 'width="100%"')).logo!;
    expect([unsized.width, unsized.height]).toEqual([undefined, undefined]);
  });

  it('has no logo and no issue when site.yaml names none', () => {
    expect(readLogo(root, {}, SITE, siteText)).toEqual({ issues: [] });
  });

  it('names a missing file at logo.file’s line', () => {
    expect(readLogo(root, { logo: { file: 'brand/nope.svg', alt: 'X' } }, SITE, siteText).issues.map(formatIssue)).toEqual([
      'content/site.yaml:3:3  logo.file  "brand/nope.svg" does not exist: expected an SVG file at content/brand/nope.svg — add the file or correct the path (or leave logo out to show the title alone)',
    ]);
  });

  it('refuses a file that is not SVG, saying why', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const tail = ': the logo must be an SVG picture whose root element is <svg xmlns="http://www.w3.org/2000/svg"> — export it from your drawing tool as SVG';
    expect(withLogo(png, 'brand/logo.png').messages).toEqual([`content/site.yaml:3:3  logo.file  "brand/logo.png" is not an SVG file (its name ends in ".png", not ".svg")${tail}`]);
    expect(withLogo(png).messages).toEqual([`content/site.yaml:3:3  logo.file  "brand/logo.svg" is not an SVG file (it holds no XML element)${tail}`]);
    expect(withLogo('<html><body>logo</body></html>').messages).toEqual([`content/site.yaml:3:3  logo.file  "brand/logo.svg" is not an SVG file (its root element is <html>)${tail}`]);
    expect(withLogo('<svg viewBox="0 0 1 1"><rect/></svg>').messages).toEqual([
      `content/site.yaml:3:3  logo.file  "brand/logo.svg" is not an SVG file (its <svg> element has no xmlns, so browsers do not show it as a picture)${tail}`,
    ]);
  });

  it('refuses scripts, event handlers, embedded documents and links to other files', () => {
    const tail = ': a logo must be a plain picture, without scripts, event handlers, embedded documents or links to other files — remove them';
    expect(withLogo(svg('<script>alert(1)</script><rect onclick="x()"/>')).messages).toEqual([`content/site.yaml:3:3  logo.file  "brand/logo.svg" contains <script>, an onclick attribute${tail}`]);
    expect(withLogo(svg('<foreignObject><div/></foreignObject>')).messages).toEqual([`content/site.yaml:3:3  logo.file  "brand/logo.svg" contains <foreignObject>${tail}`]);
    expect(withLogo(svg('<a href="javascript:alert(1)"><rect/></a>')).messages).toEqual([`content/site.yaml:3:3  logo.file  "brand/logo.svg" contains a link to "javascript:alert(1)"${tail}`]);
    expect(withLogo(svg('<image xlink:href="https://tracker.example/p.png"/>', 'xmlns:xlink="http://www.w3.org/1999/xlink"')).messages).toEqual([
      `content/site.yaml:3:3  logo.file  "brand/logo.svg" contains a link to "https://tracker.example/p.png"${tail}`,
    ]);
    // References inside the file and embedded pictures are fine.
    expect(withLogo(svg('<defs><path id="p" d="M0 0"/></defs><use href="#p"/><image href="data:image/png;base64,iVBORw0KGgo="/>')).messages).toEqual([]);
  });

  it('reads the favicon by the same rules, naming its own field', () => {
    const abs = path.join(root, 'content/brand/icon.svg');
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, svg('<circle r="4"/>', 'viewBox="0 0 32 32"'));
    const text = 'title: T\nfavicon: brand/icon.svg\n';
    const ok = readFavicon(root, { favicon: 'brand/icon.svg' }, SITE, text);
    expect(ok.issues).toEqual([]);
    expect(ok.favicon!.url).toMatch(/^\/brand\/favicon-[0-9a-f]{8}\.svg$/);
    fs.writeFileSync(abs, svg('<script>x()</script>'));
    expect(readFavicon(root, { favicon: 'brand/icon.svg' }, SITE, text).issues.map(formatIssue)).toEqual([
      'content/site.yaml:2:1  favicon  "brand/icon.svg" contains <script>: a favicon must be a plain picture, without scripts, event handlers, embedded documents or links to other files — remove them',
    ]);
    expect(readFavicon(root, { favicon: 'brand/nope.svg' }, SITE, text).issues.map(formatIssue)).toEqual([
      "content/site.yaml:2:1  favicon  \"brand/nope.svg\" does not exist: expected an SVG file at content/brand/nope.svg — add the file or correct the path (or leave favicon out to use the engine's plain icon)",
    ]);
    expect(readFavicon(root, {}, SITE, text)).toEqual({ issues: [] });
    fs.rmSync(abs);
  });
});
