// The built site's policy, feeds and sitemap: what hosts, feed readers and search engines read — for whatever content
// built dist/ (the feeds of optional areas are checked when the area exists).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { cspMeta, IMMUTABLE_PATHS } from '../../src/lib/shared/csp';
import { readAtom } from '../../src/lib/shared/testing/atom';
import { DIST, readHtml, walk } from '../support/dist';
import { loadHandbook } from '../../src/lib/handbook/load';
import { FEED_LIMIT } from '../../src/lib/handbook/feed';
import { commitDates } from '../../src/lib/shared/git';
import { contentPaths } from '../../src/lib/shared/content-dir';
import { REPO } from '../../scripts/lib/project';
import { testBuildToday } from '../support/build-date';

const html = walk(DIST).filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`));
const read = (rel: string) => fs.readFileSync(path.join(DIST, rel), 'utf8');
/** The handbook feed always; the releases and radar feeds when those areas exist in this build. */
const FEEDS = ['feed.xml', ...['releases/feed.xml', 'radar/feed.xml'].filter((f) => fs.existsSync(path.join(DIST, f)))];
/** The handbook as the build saw it (drafts left out): every page it publishes, and the drafts it must not. */
// As of the day dist/ was built (tests/support/build-date.ts).
const today = testBuildToday(REPO);
const all = loadHandbook(REPO, { today, includeDrafts: true });
const built = loadHandbook(REPO, { today, includeDrafts: false, lastUpdated: commitDates(REPO, contentPaths(REPO).handbook) }).handbook;
const published = built.pages.map((p) => p.url);
/**
 * The handbook feed's entries: its published pages with a "Last updated" date, up to the limit. Pages not committed
 * yet are dated today; only a handbook outside git (or in a shallow clone) whose pages set no `updated:` has none.
 */
const datedPages = Math.min(FEED_LIMIT, built.pages.filter((p) => p.lastUpdated).length);
const drafts = all.handbook.pages.filter((p) => p.status === 'draft').map((p) => p.url);

describe('Content-Security-Policy', () => {
  it('is on every page as a meta tag, with no unsafe-inline and no other origin', () => {
    const policy = cspMeta();
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    const missing = html.map((f) => readHtml(f)).filter((p) => p.metaCsp !== policy).map((p) => p.url);
    expect(missing).toEqual([]);
  });
  it('is in _headers for hosts that read it, with frame-ancestors', () => {
    expect(read('_headers')).toContain(`Content-Security-Policy: ${cspMeta()}; frame-ancestors 'none'`);
  });
  it('lets browsers keep only files named by their content for a year', () => {
    for (const p of IMMUTABLE_PATHS) expect(read('_headers')).toContain(`${p}\n  Cache-Control: public, max-age=31536000, immutable`);
    // Each file there carries a content hash in its name (Astro: ".<8 characters>." before the extension; pagefind:
    // "<language>_<7 hex digits>."), so a changed file has a new name and a kept copy is never stale.
    for (const p of IMMUTABLE_PATHS) {
      const dir = path.join(DIST, p.slice(1, -2));
      if (!fs.existsSync(dir)) continue;
      const unhashed = walk(dir).filter((f) => !/\.[A-Za-z0-9_-]{8}\.\w+$|^[a-z-]+_[0-9a-f]{7,}\.pf_\w+$/.test(path.basename(f)));
      expect(unhashed, p).toEqual([]);
    }
  });
});

describe('feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  it.each(FEEDS)('%s is well-formed Atom with entries linking to pages that exist', (file) => {
    const xml = read(file);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    const entries = [feed.entry].flat().filter(Boolean);
    if (file === 'feed.xml') expect(entries.length).toBe(datedPages);
    else expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      const href = [e.link].flat()[0]['@_href'] as string;
      const local = new URL(href).pathname;
      expect(fs.existsSync(path.join(DIST, local, 'index.html')), href).toBe(true);
    }
  });
  it.each(FEEDS)(
    '%s is read by feedparser (strict XML) and meets RFC 4287: ids, titles as text, updated, authors, absolute links',
    async (file) => {
      const feed = await readAtom(read(file));
      expect(feed.problems).toEqual([]);
      expect(feed.author).toBeTruthy();
      expect(feed.entries.every((e) => e.author && e.link.startsWith('http'))).toBe(true);
    },
  );
  it('the handbook feed lists pages newest first by their update date', () => {
    const entries = [parser.parse(read('feed.xml')).feed.entry].flat();
    const dates = entries.map((e: { updated: string }) => e.updated);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});

describe('sitemap', () => {
  const urls = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  it('lists every published handbook page and area, and leaves out drafts, search and the 404 page', () => {
    expect(published.length).toBeGreaterThan(0);
    expect(published.filter((u) => !urls.includes(u))).toEqual([]);
    for (const area of ['/releases/', '/radar/', '/checklists/', '/kpis/']) if (fs.existsSync(path.join(DIST, area, 'index.html'))) expect(urls).toContain(area);
    expect(urls.filter((u) => drafts.includes(u))).toEqual([]);
    expect(urls).not.toContain('/search/');
    expect(urls.some((u) => u.includes('404'))).toBe(false);
  });
  it('has no page that the build did not make', () => {
    expect(urls.filter((u) => !fs.existsSync(path.join(DIST, u, 'index.html')))).toEqual([]);
  });
  it('draft pages are not built at all', () => {
    expect(drafts.filter((u) => fs.existsSync(path.join(DIST, u, 'index.html')))).toEqual([]);
  });
  it('robots.txt lets crawlers in and names the sitemap index the build wrote, at the site address', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    const site = new URL([...read('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)][0][1]);
    expect(sitemap && new URL(sitemap).origin).toBe(site.origin);
    expect(sitemap).toMatch(/\/sitemap-index\.xml$/);
  });
});
