// Navigation that follows the reader: on wide screens the side navigation and the contents list stay in view down a
// long page; on narrow screens the side navigation is a closed "In this section" disclosure that works without JS.
// Served from a fixture handbook (tests/fixtures/every-area).
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../support/browser';
import { useServedFixture } from '../support/fixtures';

const site = useServedFixture('every-area');
const session = useBrowser();
let base: string;
beforeAll(() => {
  base = site.baseUrl;
});
/** A long handbook page of the fixture with a contents list (the test checks it is several screens long). */
const LONG = '/handbook/guides/rollback-plans/';

async function openAt(ctx: BrowserContext, width: number, path = LONG): Promise<Page> {
  const page = await ctx.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(base + path, { waitUntil: 'load' });
  return page;
}

/** The box of the first element matching `sel` relative to the viewport, or null when it is not displayed. */
const box = (page: Page, sel: string) =>
  page.evaluate((s) => {
    const e = document.querySelector(s);
    if (!e || !e.checkVisibility()) return null;
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height };
  }, sel);

describe('side navigation and contents list at 1280 CSS px', () => {
  it('stay in view after scrolling to the bottom of a long page, each within the window', async () => {
    const page = await openAt(session.ctx, 1280);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeGreaterThan(3 * 800);
    // Read to the end of the page's text (its last line, "Edit this page"): the navigation is all still there.
    await page.evaluate(() => document.querySelector('.mh_docs__footer')!.scrollIntoView({ block: 'end', behavior: 'instant' }));
    await page.waitForFunction(() => window.scrollY > 1000);
    const nav = await box(page, '.mh_side-nav--wide nav');
    const current = await box(page, '.mh_side-nav--wide [aria-current="page"]');
    const contents = await box(page, '.mh_docs__nav .ds_contents-nav');
    const column = await box(page, '.mh_docs__sticky');
    for (const b of [nav, current, contents]) {
      expect(b).not.toBeNull();
      expect(b!.top).toBeGreaterThanOrEqual(0);
      expect(b!.top).toBeLessThan(800);
    }
    // The column never grows past the window: what does not fit scrolls inside it.
    expect(column!.height).toBeLessThanOrEqual(800);
    // One "Pages in …" landmark: the disclosure's copy is not displayed here.
    await expect(page.getByRole('navigation', { name: /^Pages in / }).count()).resolves.toBe(1);
    await expect(page.locator('.mh_side-nav--narrow').isVisible()).resolves.toBe(false);
    // At the very end of the document (the site footer in view) the column has been carried along to the end of the
    // page's text, where it stops: its last edge is the docs grid's. (It was asserted still on screen; since "Back
    // to top" sits in the flow after the text, 3 December 2026, the footer can fill the window there.)
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await page.waitForFunction(() => Math.ceil(window.scrollY + innerHeight) >= document.documentElement.scrollHeight);
    const end = await box(page, '.mh_docs__sticky');
    const grid = await box(page, '.mh_docs');
    expect(Math.abs(end!.bottom - grid!.bottom)).toBeLessThanOrEqual(2);
    await page.close();
  });
});

describe('side navigation at 390 CSS px', () => {
  it('is a closed "In this section" disclosure before the text, which opens and closes from the keyboard', async () => {
    const page = await openAt(session.ctx, 390);
    const summary = page.locator('.mh_side-nav--narrow > summary');
    await expect(summary.innerText()).resolves.toMatch(/^In this section\b/);
    await expect(page.locator('.mh_side-nav--narrow').getAttribute('open')).resolves.toBeNull();
    await expect(page.locator('.mh_side-nav--narrow a').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.mh_side-nav--wide').isVisible()).resolves.toBe(false);
    // At the top of the page: before the page's text.
    const [s, prose] = [await box(page, '.mh_side-nav--narrow > summary'), await box(page, '.mh_prose')];
    expect(s!.top).toBeLessThan(prose!.top);
    await expect(axeViolations(page)).resolves.toEqual([]);

    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.mh_side-nav--narrow').getAttribute('open')).resolves.toBe('');
    await expect(page.locator('.mh_side-nav--narrow [aria-current="page"]').innerText()).resolves.toBe('Rollback plans');
    await expect(page.getByRole('navigation', { name: /^Pages in / }).count()).resolves.toBe(1);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Space');
    await expect(page.locator('.mh_side-nav--narrow').getAttribute('open')).resolves.toBeNull();
    await page.close();
  });

  it('opens without JavaScript', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await openAt(noJs, 390);
    await expect(page.locator('.mh_side-nav--narrow a').first().isVisible()).resolves.toBe(false);
    await page.click('.mh_side-nav--narrow > summary');
    const links = page.locator('.mh_side-nav--narrow a');
    await expect(links.first().isVisible()).resolves.toBe(true);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(2);
    expect(hrefs.every((h) => h.startsWith('/handbook/guides/'))).toBe(true);
    await noJs.close();
  });
});
