// Printing a page for a meeting, in Chromium's print layout (print media at the width of A4 with 12 mm margins): nothing
// wider than the paper, closed disclosures printed open, no controls or "#" links, and the page's own address on it.
// Each case is what a reading trial printed on 3 December 2026 (a wide table and the KPI and roadmap pages shrunk
// and cut off, a closed <details> left out, "Copy code" and "#" printed).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { useServedFixture } from '../support/fixtures';

const site = useServedFixture('every-area');
const markdown = useServedFixture('markdown');
const session = useBrowser();

/** A4 (210 mm) less 12 mm margins a side, in CSS px: the narrowest page the site's own @page rules print on. */
const A4_PRINTABLE = 703;

/** A page laid out for print at the width of an A4 page's printable area, in a context of its own. */
async function printed(url: string): Promise<Page> {
  const ctx = await session.browser.newContext({ viewport: { width: A4_PRINTABLE, height: 1000 } });
  const page = await ctx.newPage();
  await page.emulateMedia({ media: 'print' });
  await page.goto(url, { waitUntil: 'load' });
  page.on('close', () => ctx.close().catch(() => undefined));
  return page;
}

/** The page's scroll width and the visible text that lies past the paper's right edge ("tag: text"). */
async function pastTheEdge(page: Page): Promise<{ scrollWidth: number; past: string[] }> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth;
    const past: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!n.textContent?.trim() || !parent?.checkVisibility()) continue;
      range.selectNodeContents(n);
      if ([...range.getClientRects()].some((r) => r.width > 0 && r.right > edge + 1)) past.push(`${parent.tagName.toLowerCase()}: ${n.textContent.trim().slice(0, 30)}`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, past: past.slice(0, 5) };
  });
}

describe('printed pages', () => {
  it('fit a wide table, the KPI trend tables and the roadmap on the paper, so Chromium neither shrinks nor cuts them', async () => {
    for (const url of [`${markdown.baseUrl}/handbook/constructs/tables-and-code/`, `${site.baseUrl}/kpis/`, `${site.baseUrl}/releases/schedule/`]) {
      const page = await printed(url);
      const { scrollWidth, past } = await pastTheEdge(page);
      expect(past, url).toEqual([]);
      expect(scrollWidth, url).toBeLessThanOrEqual(A4_PRINTABLE);
      await page.close();
    }
  });

  it("prints a closed disclosure's content: an editor's <details> and a release's readiness items", async () => {
    for (const url of [`${markdown.baseUrl}/handbook/constructs/html-in-pages/`, `${site.baseUrl}/releases/payments/3.7.0/`]) {
      const page = await printed(url);
      const closed = await page.evaluate(() =>
        // The side navigation's "In this section" is a <details> too, left off the paper with the navigation.
        [...document.querySelectorAll('main details:not([open])')].filter((d) => d.checkVisibility()).map((d) => ({
          summary: d.querySelector('summary')?.textContent?.trim(),
          contentShown: [...d.children].filter((c) => c.tagName !== 'SUMMARY').every((c) => c.checkVisibility()),
        })),
      );
      expect(closed.length, url).toBeGreaterThan(0);
      for (const d of closed) expect(d, url).toEqual({ summary: d.summary, contentShown: true });
      await page.close();
    }
  });

  it('leaves out buttons and the headings\' "#" links, and prints the page\'s own address for the paths after links', async () => {
    const url = `${markdown.baseUrl}/handbook/constructs/tables-and-code/`;
    const page = await printed(url);
    const shown = await page.evaluate(() => ({
      // The copy buttons the page's script adds: there are some to leave out.
      total: document.querySelectorAll('button').length,
      buttons: [...document.querySelectorAll('button')].filter((b) => b.checkVisibility()).map((b) => b.textContent?.trim()),
      sectionLinks: [...document.querySelectorAll('.mh_heading__link')].filter((a) => a.checkVisibility()).length,
      address: [...document.querySelectorAll('.mh_print-address')].filter((p) => p.checkVisibility()).map((p) => p.textContent?.trim()),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    }));
    expect(shown.total).toBeGreaterThan(0);
    expect(shown.buttons).toEqual([]);
    expect(shown.sectionLinks).toBe(0);
    expect(shown.address).toEqual([shown.canonical]);
    await page.close();
    // On screen the address is not shown: the browser's address bar has it.
    const ctx = await session.browser.newContext();
    const screen = await ctx.newPage();
    await screen.goto(url);
    await expect(screen.locator('.mh_print-address').isVisible()).resolves.toBe(false);
    await ctx.close();
  });
});
