// Handbook templates of a fixture handbook (tests/fixtures/every-area) in Chromium: each passes the template checks
// and reads without JavaScript; a page's side navigation, contents, edit link and previous/next; the superseded banner;
// search from the header; and the accessibility harness itself. The configured content's templates are checked
// generically by tests/browser/sample.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, templateReport, unreachableByKeyboard, CLEAN_TEMPLATE, useBrowser } from '../support/browser';
import { useServedFixture } from '../support/fixtures';

const site = useServedFixture('every-area');
const session = useBrowser();
let base: string;
beforeAll(() => {
  base = site.baseUrl;
});

const open = (path: string): Promise<Page> => openPage(session.ctx, base + path, 'networkidle');

const templates: [string, string][] = [
  ['home', '/'],
  ['handbook index', '/handbook/'],
  ['section landing page', '/handbook/guides/'],
  ['handbook page', '/handbook/guides/rollback-plans/'],
  ['superseded page', '/handbook/guides/change-advisory-board/'],
  ['reviews', '/reviews/'],
  ['site map', '/sitemap/'],
  ['search with results', '/search/?q=rollback'],
  ['404', '/no-such-page/'],
];

describe.each(templates)('%s (%s)', (_name, path) => {
  it('has zero axe violations (WCAG 2.2 AA tags), one h1, the skip link as the first Tab stop, and no CSP violation or outside request', async () => {
    const waitFor = path.startsWith('/search/') ? '#search-results li' : undefined;
    expect(await templateReport(session.ctx, base + path, { waitFor, allowErrorStatus: path === '/no-such-page/' })).toEqual(CLEAN_TEMPLATE);
  });
});

describe.each(templates.filter(([, p]) => !p.startsWith('/search/')))('%s (%s) without JavaScript', (_name, path) => {
  it('shows its heading and content, and every link has a destination', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(base + path);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/\S/);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
    expect(await page.locator('main a:not([href])').count()).toBe(0);
    await noJs.close();
  });
});

describe('handbook page', () => {
  it('marks the current page in the side navigation, which shows only its section', async () => {
    const page = await open('/handbook/guides/rollback-plans/');
    // At the default 1280 px the wide rendering of the side navigation is the one shown (the disclosure is hidden).
    const current = page.locator('.mh_side-nav--wide [aria-current="page"]');
    await expect(current.textContent()).resolves.toBe('Rollback plans');
    const links = await page.locator('.mh_side-nav--wide a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.every((h) => h?.startsWith('/handbook/guides/'))).toBe(true);
    await page.close();
  });
  it('has contents navigation to headings that exist, an edit link, and previous/next', async () => {
    const page = await open('/handbook/guides/rollback-plans/');
    const targets = await page.locator('.ds_contents-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(targets.length).toBeGreaterThanOrEqual(2);
    for (const t of targets) expect(await page.locator(`[id="${decodeURIComponent(t.slice(1))}"]`).count()).toBe(1);
    await expect(page.locator('a', { hasText: 'Edit this page' }).getAttribute('href')).resolves.toMatch(
      /\/edit\/main\/tests\/fixtures\/every-area\/handbook\/guides\/rollback-plans\.md$/,
    );
    expect(await page.locator('.ds_sequential-nav a').count()).toBe(2);
    await page.close();
  });
  // The overdue warning is checked on the traceability fixture (tests/browser/traceability.test.ts).
  it('shows the superseded banner linking to the replacement without JavaScript', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/handbook/guides/change-advisory-board/`);
    await expect(page.locator('.ds_inset-text a').getAttribute('href')).resolves.toBe('/handbook/guides/deploying/');
    await noJs.close();
  });
});

describe('search', () => {
  it('works from the header form: the query is typed, submitted, and results are listed', async () => {
    const page = await open('/');
    await page.fill('#site-search', 'rollback');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=rollback/);
    await page.waitForSelector('#search-results li a');
    const titles = await page.locator('#search-results li a').allTextContents();
    expect(titles).toContain('Rollback plans');
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^\d+ results? for “rollback”/);
    await page.close();
  });
  it('explains itself and links to the site map when JavaScript is off', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/search/?q=rollback`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Search needs JavaScript');
    expect(await page.locator('main a[href="/sitemap/"]').count()).toBeGreaterThan(0);
    await noJs.close();
  });
});

describe('the accessibility harness itself', () => {
  it('reports real violations, so a clean run means something', async () => {
    const page = await session.ctx.newPage();
    await page.setContent('<html><body><img src="x.png"><a href="/x"></a><input type="text"></body></html>');
    const v = await axeViolations(page);
    expect(v.map((s) => s.split(':')[0])).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name', 'label']));
    await page.close();
  });
  it('reports controls the keyboard cannot reach, and ignores hidden ones', async () => {
    const page = await session.ctx.newPage();
    await page.setContent('<main><a href="/a">Reachable</a><a href="/b" tabindex="-1">Mouse only</a><button hidden>Hidden</button><details><summary>More</summary><a href="/c">Inside</a></details></main>');
    expect(await unreachableByKeyboard(page)).toEqual(['<a> Mouse only']);
    await page.close();
  });
});
