// A handbook with its own branding (tests/fixtures/branded): its logo, organisation, footer links, licence and phase
// banner come from its site.yaml, on every page, and nothing in the built site names MyGov or the Scottish Government.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { REPO } from '../../scripts/lib/project';
import { buildContentDir, buildFixture, copyFixture, FIXTURES_DIR, removeCopy, tempOutDir, type BuildResult } from '../support/fixtures';
import { badScripts, brokenLinks, htmlErrors, htmlPages } from '../support/site-checks';
import { walk } from '../support/dist';
import type { HtmlFacts } from '../support/dist';

const FIXTURE = path.join(FIXTURES_DIR, 'branded');
let build: BuildResult;
let pages: HtmlFacts[];

beforeAll(async () => {
  build = await buildFixture('branded');
  pages = build.status === 0 ? htmlPages(build.dist) : [];
}, 300_000);

/** The parsed page at a site path, e.g. `/handbook/guides/`. */
function page(url: string) {
  const file = path.join(build.dist, url, 'index.html');
  return parseDocument(fs.readFileSync(file, 'utf8'));
}
const byClass = (root: ReturnType<typeof parseDocument> | Element, cls: string): Element[] =>
  DomUtils.findAll((e) => (e.attribs.class ?? '').split(/\s+/).includes(cls), [root]);
const one = (root: ReturnType<typeof parseDocument> | Element, cls: string): Element => {
  const found = byClass(root, cls);
  expect(found, `.${cls}`).toHaveLength(1);
  return found[0];
};
const text = (e: Element) => DomUtils.textContent(e).replace(/\s+/g, ' ').trim();
const links = (e: Element) => DomUtils.findAll((x) => x.name === 'a', [e]).map((a) => `${text(a)} -> ${a.attribs.href}`);

describe('a handbook with its own branding', () => {
  it('builds with zero errors', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status, build.output).toBe(0);
  });

  it('shows its SVG logo, with its alt text and linked home, beside the title, and its favicon on every page; both are served as files', () => {
    const bytes = fs.readFileSync(path.join(FIXTURE, 'brand/logo.svg'));
    const url = `/brand/logo-${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.svg`;
    const iconBytes = fs.readFileSync(path.join(FIXTURE, 'brand/favicon.svg'));
    const favicon = `/brand/favicon-${crypto.createHash('sha256').update(iconBytes).digest('hex').slice(0, 8)}.svg`;
    expect(fs.readFileSync(path.join(build.dist, favicon))).toEqual(iconBytes);
    // Served unchanged, so its own style attribute never meets the page's CSP (style-src 'self').
    expect(fs.readFileSync(path.join(build.dist, url))).toEqual(bytes);
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) {
      const doc = parseDocument(fs.readFileSync(p.file, 'utf8'));
      const branding = one(doc, 'ds_site-branding');
      const link = one(branding, 'ds_site-branding__logo');
      expect([link.name, link.attribs.href], p.url).toEqual(['a', '/']);
      const img = one(link, 'ds_site-branding__logo-image');
      expect(img.attribs, p.url).toMatchObject({ src: url, alt: 'Loch Fyne Water Board', width: '120', height: '40' });
      expect(text(one(branding, 'ds_site-branding__title')), p.url).toBe('Water Board Digital Handbook');
      const icon = DomUtils.findAll((e) => e.name === 'link' && e.attribs.rel === 'icon', [doc]).map((e) => e.attribs.href);
      expect(icon, p.url).toEqual([favicon]);
    }
  });

  it('shows its phase, phase text and feedback link in the phase banner', () => {
    const banner = one(page('/'), 'ds_phase-banner__content');
    expect(text(banner)).toBe("live This handbook is kept by the Water Board's digital team. Your feedback will help us improve it.");
    expect(links(banner)).toEqual(['feedback -> https://forms.lochfyne-water.example/handbook-feedback']);
  });

  it('shows its standard pages, footer links, contacts, licence statement and organisation in the footer', () => {
    const footer = one(page('/handbook/guides/deploying/'), 'ds_site-footer');
    expect(links(one(footer, 'ds_site-footer__site-items'))).toEqual([
      'Accessibility statement -> /handbook/about/accessibility/',
      'How to contribute -> /handbook/about/contributing/',
      'Site map -> /sitemap/',
      'Page changes feed -> /feed.xml',
      'Privacy notice -> https://www.lochfyne-water.example/privacy/',
      'Cookies -> https://www.lochfyne-water.example/cookies/',
      'Digital team -> mailto:digital@lochfyne-water.example',
    ]);
    const licence = one(footer, 'ds_site-footer__copyright');
    expect(text(licence)).toBe('Text is © Loch Fyne Water Board and available under Creative Commons Attribution 4.0 unless a page says otherwise.');
    expect(links(licence)).toEqual(['Creative Commons Attribution 4.0 -> https://creativecommons.org/licenses/by/4.0/']);
    expect(DomUtils.findOne((e) => e.name === 'a', [licence])!.attribs.rel).toBe('license');
    expect(links(one(footer, 'ds_site-footer__org'))).toEqual(['Loch Fyne Water Board -> https://www.lochfyne-water.example/']);
  });

  it('names its organisation on the home page and in its feed', () => {
    expect(text(DomUtils.nextElementSibling(byClass(page('/'), 'ds_lead')[0])!)).toBe(
      'It is written and kept by Loch Fyne Water Board. Every page has an owner and a review date.',
    );
    const feed = fs.readFileSync(path.join(build.dist, 'feed.xml'), 'utf8');
    expect(feed).toContain('<name>Loch Fyne Water Board</name>');
    expect(feed).toContain('<rights>Creative Commons Attribution 4.0</rights>');
  });

  it('publishes at its own address: the sitemap and canonical links use site.yaml url', () => {
    const sitemap = fs.readFileSync(path.join(build.dist, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain('https://handbook.lochfyne-water.example/handbook/guides/deploying/');
    expect(locs.filter((l) => !l.startsWith('https://handbook.lochfyne-water.example/'))).toEqual([]);
    const canonical = DomUtils.findOne((e) => e.name === 'link' && e.attribs.rel === 'canonical', [page('/handbook/guides/')])!;
    expect(canonical.attribs.href).toBe('https://handbook.lochfyne-water.example/handbook/guides/');
  });

  it('names neither MyGov nor the Scottish Government anywhere in dist/ (its site.yaml names neither)', () => {
    expect(fs.readFileSync(path.join(FIXTURE, 'site.yaml'), 'utf8').replace(/^#.*$/gm, '')).not.toMatch(/mygov|scottish government/i);
    // Every text file the build wrote; pagefind's index files are compressed and hold only the pages' own text.
    const files = walk(build.dist).filter((f) => /\.(html|xml|json|css|js|svg|txt|ics|csv|md)$/.test(f) || path.basename(f) === '_headers');
    expect(files.length).toBeGreaterThan(10);
    const naming = files.filter((f) => /mygov|scottish government/i.test(fs.readFileSync(f, 'utf8')));
    expect(naming.map((f) => path.relative(build.dist, f))).toEqual([]);
  });

  it('keeps the CSP (no style attribute, no inline or outside script) and valid HTML on every page', async () => {
    expect(pages.filter((p) => /<[^>]+\sstyle=/i.test(fs.readFileSync(p.file, 'utf8'))).map((p) => p.url)).toEqual([]);
    expect(badScripts(pages)).toEqual([]);
    expect(await htmlErrors(pages)).toEqual([]);
  }, 120_000);

  it('every internal link and anchor resolves', () => {
    expect(brokenLinks(build.dist, pages)).toEqual([]);
  });
});

describe('a handbook that leaves the optional branding out', () => {
  let plain: BuildResult;
  let copy: string;
  beforeAll(async () => {
    // handbook-only without its licence and feedback address: no logo, licence, footer links or phase text either.
    copy = copyFixture('handbook-only');
    const file = path.join(REPO, copy, 'site.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^feedback:.*\n/m, '').replace(/^licence:\n(  .*\n)+/m, ''));
    plain = await buildContentDir(copy, path.join(tempOutDir('plain'), 'dist'));
  }, 300_000);
  afterAll(() => copy && removeCopy(copy));

  it("shows the title alone, the phase's own sentence without a feedback link, and no licence line", () => {
    expect(plain.status, plain.output).toBe(0);
    const doc = parseDocument(fs.readFileSync(path.join(plain.dist, 'index.html'), 'utf8'));
    const branding = one(doc, 'ds_site-branding');
    expect(byClass(branding, 'ds_site-branding__logo')).toEqual([]);
    expect(links(branding)).toEqual(['Example Council Handbook -> /']);
    expect(text(one(doc, 'ds_phase-banner__content'))).toBe('alpha This is an early version of the handbook.');
    const footer = one(doc, 'ds_site-footer');
    expect(byClass(footer, 'ds_site-footer__copyright')).toEqual([]);
    expect(links(one(footer, 'ds_site-footer__site-items'))).toEqual([
      'Accessibility statement -> /handbook/accessibility/',
      'Site map -> /sitemap/',
      'Page changes feed -> /feed.xml',
      'Digital team -> mailto:digital@example.org',
    ]);
    expect(links(one(footer, 'ds_site-footer__org'))).toEqual(['Example Council -> https://www.example.org/']);
    expect(fs.existsSync(path.join(plain.dist, 'brand'))).toBe(false);
    expect(DomUtils.findAll((e) => e.name === 'link' && e.attribs.rel === 'icon', [doc]).map((e) => e.attribs.href)).toEqual(['/favicon.svg']);
    expect(fs.readFileSync(path.join(plain.dist, 'feed.xml'), 'utf8')).not.toContain('<rights>');
  });
});
