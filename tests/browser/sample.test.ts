// THE sample test: the one test that reads the configured content — the bundled sample in content/, or whatever
// HANDBOOK_CONTENT_DIR names — as built into dist/ by `npm run build:fixed`. It checks it generically, so an adopter
// who replaces content/ keeps a meaningful, passing suite: the content check finds no error, no internal link or
// anchor is broken, and one page of every template (found in dist/, not named here) passes the browser checks.
// Behaviour of each template is tested on fixture handbooks (tests/fixtures/, tests/browser/*.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CLEAN_TEMPLATE, templateReport, useBrowser } from '../support/browser';
import { DIST } from '../support/dist';
import { brokenLinks, htmlPages, linksBesideHeadingText, sharedTitleGroups } from '../support/site-checks';
import { pageUrlOfFile } from '../../src/lib/handbook/model';
import { runChecks } from '../../src/lib/check/index';
import { formatIssues } from '../../src/lib/shared/errors';
import { contentPaths } from '../../src/lib/shared/content-dir';
import { REPO } from '../../scripts/lib/project';
import { testBuildToday } from '../support/build-date';

const base = inject('baseUrl');
const session = useBrowser();

/** A route file's URL pattern as segments: `src/areas/releases/releases/[component]/index.astro` → ['releases', '[component]']. */
function routeSegments(file: string): string[] {
  const rel = file.startsWith('src/areas/') ? file.split('/').slice(3).join('/') : file.slice('src/pages/'.length);
  return rel.replace(/\.astro$/, '').split('/').filter((s) => s && s !== 'index');
}

/** Every page route of the engine (src/pages and src/areas/<area>), as segment patterns. */
function routes(): { file: string; segs: string[] }[] {
  const out: { file: string; segs: string[] }[] = [];
  for (const dir of ['src/pages', 'src/areas'])
    for (const f of fs.readdirSync(path.join(REPO, dir), { recursive: true, encoding: 'utf8' }))
      if (f.endsWith('.astro')) out.push({ file: `${dir}/${f.split(path.sep).join('/')}`, segs: routeSegments(`${dir}/${f.split(path.sep).join('/')}`) });
  return out;
}

/** The route a built URL came from: literal segments beat parameters, a rest parameter (`[...slug]`) matches the rest. */
function routeOf(url: string, all: { file: string; segs: string[] }[]): string | undefined {
  const parts = url.replace(/\.html$/, '').split('/').filter(Boolean);
  let best: { file: string; score: number } | undefined;
  for (const r of all) {
    let score = 0;
    let ok = true;
    let i = 0;
    for (; i < r.segs.length; i++) {
      const s = r.segs[i];
      if (s.startsWith('[...')) { i = parts.length; break; }
      if (i >= parts.length) { ok = false; break; }
      if (s.startsWith('[')) continue;
      if (s !== parts[i]) { ok = false; break; }
      score++;
    }
    if (!ok || i !== parts.length) continue;
    // A route without a rest parameter is the more specific one (`index.astro` over `[...redirect].astro` for /).
    if (!r.segs.some((x) => x.startsWith('[...'))) score += 0.5;
    if (!best || score > best.score) best = { file: r.file, score };
  }
  return best?.file;
}

/**
 * One page per template: the first built page (in path order) of each route file in src/pages and src/areas. Handbook
 * pages, whose content is the editors' own, count once per variant: pages whose <main> uses a different set of
 * design-system and handbook components (`ds_…`, `mh_…` classes) — a superseded banner, an MDX data component, a
 * generated landing page — each stand for their own. Redirect pages (no <main>) are tested in redirects.test.ts.
 */
function templatePages(): { url: string; template: string }[] {
  const all = routes();
  const groups = new Map<string, string>();
  for (const p of htmlPages(DIST)) {
    const html = fs.readFileSync(p.file, 'utf8');
    const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0];
    const route = routeOf(p.url, all);
    if (!main || !route) continue;
    let key = route;
    if (route === 'src/pages/handbook/[...slug].astro') {
      const classes = new Set<string>();
      for (const m of main.matchAll(/class="([^"]*)"/g)) for (const c of m[1].split(/\s+/)) if (/^(ds|mh)_[a-z-]+$/.test(c)) classes.add(c);
      key += ` ${[...classes].sort().join(' ')}`;
    }
    if (!groups.has(key) || p.url < groups.get(key)!) groups.set(key, p.url);
  }
  return [...groups].map(([template, url]) => ({ url, template: template.split(' ')[0] })).sort((a, b) => (a.url < b.url ? -1 : 1));
}

const pages = fs.existsSync(DIST) ? templatePages() : [];
/** A word from the first handbook page's title, to search for: search with results is a template of its own. */
const searchWord = (() => {
  const first = htmlPages(DIST).find((p) => p.url.startsWith('/handbook/') && p.url !== '/handbook/');
  const title = first ? /<h1[^>]*>([^<]+)</.exec(fs.readFileSync(first.file, 'utf8'))?.[1] ?? '' : '';
  return title.split(/\s+/).find((w) => w.length > 3) ?? 'handbook';
})();

describe(`the configured content (${contentPaths(REPO).dir})`, () => {
  it('passes the content check with no errors', () => {
    // As of the day the build was made (tests/support/build-date.ts), not a fixed one: an adopter's content is built as of today.
    const res = runChecks(REPO, { today: testBuildToday(REPO) });
    expect(formatIssues(res.issues.filter((i) => i.severity === 'error'))).toBe('');
  }, 300_000);

  it('has no broken internal link or anchor in the built site', () => {
    expect(brokenLinks(DIST)).toEqual([]);
  });

  it('gives every page a browser title of its own, but for pages the content check warns share one (WCAG 2.4.2)', () => {
    // The check warns of handbook pages of one title in one section (or in sections of one name), each page after the
    // first: such a group has at most one page the check did not name. Any other shared title is the engine's fault.
    const res = runChecks(REPO, { today: testBuildToday(REPO) });
    const handbookDir = contentPaths(REPO).handbook;
    const warned = new Set(
      res.issues.filter((i) => i.field === 'title' && i.severity === 'warning' && i.message.includes('browser tabs')).map((i) => pageUrlOfFile(i.file, handbookDir)),
    );
    const unwarned = sharedTitleGroups(DIST).filter((g) => g.urls.filter((u) => !warned.has(u)).length > 1);
    expect(unwarned.map((g) => `"${g.title}": ${g.urls.join(', ')}`)).toEqual([]);
  }, 300_000);

  it('has no heading with a link beside other text, which only colour would tell apart (WCAG 1.4.1)', () => {
    expect(linksBesideHeadingText(DIST)).toEqual([]);
  });

  it('has pages of several templates to check', () => {
    // At least the home page, the handbook index and a handbook page.
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(pages)('$url ($template)', ({ url }) => {
  it('has zero axe violations (WCAG 2.2 AA tags), one h1, the skip link as the first Tab stop, every control reachable by keyboard, and no CSP violation or outside request', async () => {
    expect(await templateReport(session.ctx, base + url)).toEqual(CLEAN_TEMPLATE);
  }, 180_000);

  it('shows its heading and content without JavaScript, and every link has a destination', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await noJs.newPage();
      await page.goto(base + url);
      const h1 = (await page.locator('h1').textContent()) ?? '';
      expect(h1).toMatch(/\S/);
      // More than the heading: the page's content is there without a script.
      expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(h1.trim().length + 20);
      expect(await page.locator('main a:not([href])').count()).toBe(0);
    } finally {
      await noJs.close();
    }
  }, 120_000);
});

describe('templates that are not a built path', () => {
  it('the 404 page passes the template checks', async () => {
    expect(await templateReport(session.ctx, `${base}/no-such-page/`, { allowErrorStatus: true })).toEqual(CLEAN_TEMPLATE);
  }, 180_000);

  it(`search with results ("${searchWord}") passes the template checks`, async () => {
    expect(await templateReport(session.ctx, `${base}/search/?q=${encodeURIComponent(searchWord)}`, { waitFor: '#search-results li' })).toEqual(CLEAN_TEMPLATE);
  }, 180_000);
});
