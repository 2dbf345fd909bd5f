// Search in Chromium, on a fixture handbook (tests/fixtures/every-area, whose guides include "Rollback plans"): results
// link to the matching sections, every result is reachable, filters show counts, and the excerpts are prose rather
// than navigation and table headers.
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser';
import { useServedFixture } from '../support/fixtures';

const site = useServedFixture('every-area');
const session = useBrowser();
let base: string;
beforeAll(() => {
  base = site.baseUrl;
});

describe('search', () => {
  it('types a query, lists results with links to matching sections, and following one lands on its heading', async () => {
    const page = await openPage(session.ctx, base + '/', 'networkidle');
    await page.fill('#site-search', 'rollback');
    await page.press('#site-search', 'Enter');
    await page.waitForSelector('#search-results .mh_search-result__section');
    const section = page.locator('#search-results .mh_search-result__section').first();
    const href = (await section.getAttribute('href'))!;
    expect(href).toMatch(/^\/[^#]+\/#[\w-]+$/);
    const headingText = (await section.textContent())!.trim();
    await section.click();
    await page.waitForURL((u) => u.hash === href.slice(href.indexOf('#')));
    const id = decodeURIComponent(href.slice(href.indexOf('#') + 1));
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading.evaluate((e) => /^H[1-6]$/.test(e.tagName))).resolves.toBe(true);
    await expect(heading.innerText()).resolves.toContain(headingText);
    // Landed: the heading comes to the top of the viewport (the design system scrolls smoothly, so wait for it).
    await page.waitForFunction((i) => {
      const top = document.getElementById(i)?.getBoundingClientRect().top ?? -1e9;
      return top >= -1 && top < 200;
    }, id);
    await page.close();
  });

  it('puts the handbook page that explains a topic first: "rollback" finds Rollback plans', async () => {
    const page = await openPage(session.ctx, `${base}/search/?q=rollback`, 'networkidle');
    await page.waitForSelector('#search-results li a');
    await expect(page.locator('#search-results > li h2 a').first().textContent()).resolves.toBe('Rollback plans');
    // The query from the URL is kept in the box, and the no-JavaScript help is put away.
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('rollback');
    await expect(page.locator('#search-no-js').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('without JavaScript, is not a dead end: it says why and links to every area, every handbook section and the site map', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/search/?q=x`);
    const help = page.locator('#search-no-js');
    await expect(help.isVisible()).resolves.toBe(true);
    await expect(help.innerText()).resolves.toContain('Search needs JavaScript');
    const links = await help.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // Every area in the header's main navigation, and the handbook's sections as the home page lists them (the
    // fixture's /handbook/ is its own index page, which lists pages as well as sections).
    const areas = await page.locator('.mh_main-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(areas.length).toBeGreaterThan(1);
    const home = await noJs.newPage();
    await home.goto(`${base}/`);
    const sections = await home.locator('main h2:text-is("Sections") + .mh_section-list h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(sections.length).toBeGreaterThan(0);
    expect(links).toEqual(expect.arrayContaining(['/sitemap/', ...areas, ...sections]));
    for (const href of links) expect((await page.request.get(base + href)).status(), href).toBe(200);
    await noJs.close();
  });

  it('reaches every result with "Show more results", and says how many there are', async () => {
    const page = await openPage(session.ctx, `${base}/search/?q=release`, 'networkidle');
    await page.waitForSelector('#search-results li a');
    const status = (await page.locator('#search-status').textContent())!;
    const total = Number(/^(\d+) results? for “release”/.exec(status)?.[1]);
    // More than one batch of ten, so "Show more results" has to be used.
    expect(total).toBeGreaterThan(10);
    await expect(page.locator('#search-more').isVisible()).resolves.toBe(true);
    for (let i = 0; i < 100 && (await page.locator('#search-more').isVisible()); i++) {
      const before = await page.locator('#search-results > li').count();
      await page.click('#search-more');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
    }
    await expect(page.locator('#search-results > li').count()).resolves.toBe(total);
    await expect(page.locator('#search-status').textContent()).resolves.toBe(`${total} results for “release”.`);
    await page.close();
  });

  it('shows how many results each section filter holds, and the filter keeps to its section', async () => {
    const page = await openPage(session.ctx, `${base}/search/?q=rollback&section=handbook`, 'networkidle');
    await page.waitForSelector('#search-results li a');
    const options = await page.locator('#search-section option').allTextContents();
    expect(options.every((o) => /\(\d+\)$/.test(o))).toBe(true);
    const handbook = Number(/Handbook \((\d+)\)/.exec(options.join('|'))?.[1]);
    expect(handbook).toBeGreaterThan(0);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(new RegExp(`^${handbook} results? for “rollback” in Handbook`));
    const sections = await page.locator('#search-results > li .mh_meta-line').allTextContents();
    expect(sections.every((s) => s === 'Section: Handbook')).toBe(true);
    await page.close();
  });

  it('keeps navigation, page metadata and table column headers out of excerpts', async () => {
    const page = await openPage(session.ctx, `${base}/search/?q=${encodeURIComponent('code freeze')}`, 'networkidle');
    await page.waitForSelector('#search-results li a');
    for (let i = 0; i < 10 && (await page.locator('#search-more').isVisible()); i++) {
      const before = await page.locator('#search-results > li').count();
      await page.click('#search-more');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
    }
    const excerpts = (await page.locator('.mh_search-result__excerpt').allTextContents()).join('\n');
    expect(excerpts).not.toMatch(/Planned for\s*Release\s*Status|Owner [A-Z][\w ]+\. Last reviewed|Skip to main content|Breadcrumb/);
    await page.close();
  });

  it("finds a checklist item by its words, and not the result picker's options", async () => {
    // A search trial (3 December 2026): pagefind leaves <label> out, so no checklist item could be found, while the
    // picker's "Not recorded yet Passed Failed …" was indexed under every item.
    const urls = async (q: string) => {
      const page = await openPage(session.ctx, `${base}/search/?q=${encodeURIComponent(q)}`, 'networkidle');
      await page.waitForFunction(() => !/^Searching/.test(document.getElementById('search-status')?.textContent ?? 'Searching'));
      for (let i = 0; i < 20 && (await page.locator('#search-more').isVisible()); i++) {
        const before = await page.locator('#search-results > li').count();
        await page.click('#search-more');
        await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
      }
      const found = await page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const status = (await page.locator('#search-status').textContent())!;
      await page.close();
      return { found, status };
    };
    expect((await urls('second engineer reviewed')).found).toContain('/checklists/emergency-change/');
    expect((await urls('Not recorded yet')).found.filter((u) => u.startsWith('/checklists/'))).toEqual([]);
  });

  it('finds a release by its version written as git tags write it ("v3.8.0"), as by the version itself', async () => {
    // A search trial (3 December 2026): "v1.4.0" found no release whose page shows no tag.
    const first = async (q: string) => {
      const page = await openPage(session.ctx, `${base}/search/?q=${encodeURIComponent(q)}`, 'networkidle');
      await page.waitForFunction(() => !/^Searching/.test(document.getElementById('search-status')?.textContent ?? 'Searching'));
      const found = await page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      await page.close();
      return found;
    };
    expect(await first('v3.8.0')).toContain('/releases/payments/3.8.0/');
    expect(await first('3.8.0')).toContain('/releases/payments/3.8.0/');
    // A release before its own pre-releases: a search trial (3 December 2026) found "2.0.0" ranked below 2.0.0-rc.1.
    const releases = (await first('mygov account 2.0.0')).filter((u) => u.startsWith('/releases/mygov-account/2.0.0'));
    expect(releases[0]).toBe('/releases/mygov-account/2.0.0/');
  });

  it('finds the KPI pages of a component, and counts every result in some section', async () => {
    const page = await openPage(session.ctx, `${base}/search/?q=${encodeURIComponent('Payments gateway release-management KPIs')}`, 'networkidle');
    await page.waitForSelector('#search-results li a');
    const found = await page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(found.slice(0, 3)).toContain('/kpis/payments/');
    // "All sections (n)" is the sum of the sections' counts, and n is the total the status line gives.
    const all = Number(/\((\d+)\)$/.exec((await page.locator('#search-section option[value=""]').textContent())!)?.[1]);
    const total = Number(/^(\d+) results?/.exec((await page.locator('#search-status').textContent())!)?.[1]);
    expect(all).toBe(total);
    // The query is in the tab's title.
    await expect(page.title()).resolves.toMatch(/^Payments gateway release-management KPIs: Search/);
    await page.close();
  });

  it('says search is unavailable, not "no results", when the index files cannot be fetched (a filter, a dropped connection)', async () => {
    const ctx = await session.browser.newContext();
    // A network filter that lets pagefind's script and entry file through but blocks the index itself.
    await ctx.route('**/pagefind/index/**', (route) => route.fulfill({ status: 403, body: 'Blocked by policy' }));
    const page = await ctx.newPage();
    await page.goto(`${base}/search/?q=rollback`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => !/^Searching/.test(document.getElementById('search-status')?.textContent ?? 'Searching'));
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^Search is not available right now/);
    const help = page.locator('#search-no-js');
    await expect(help.isVisible()).resolves.toBe(true);
    const text = await help.innerText();
    expect(text).toContain('The search index could not be loaded');
    // It does not tell a reader whose JavaScript runs that it is off.
    expect(text).not.toContain('Search needs JavaScript');
    await expect(help.locator('a[href="/sitemap/"]').count()).resolves.toBe(1);
    await ctx.close();
  });

  it('says "No results" for a word no page holds, with the index loaded', async () => {
    const page = await openPage(session.ctx, `${base}/search/?q=zzyzxqv`, 'networkidle');
    await page.waitForFunction(() => !/^Searching/.test(document.getElementById('search-status')?.textContent ?? 'Searching'));
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^No results for “zzyzxqv”/);
    await expect(page.locator('#search-no-js').isVisible()).resolves.toBe(false);
    await page.close();
  });
});
