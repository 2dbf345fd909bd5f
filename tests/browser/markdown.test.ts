// Real-world Markdown in a browser (tests/fixtures/markdown): every page passes the template checks (axe WCAG 2.2 AA,
// no CSP violation), nothing scrolls sideways at 320 CSS px, wide boxes scroll inside, and the copy button enhances.
import { beforeAll, describe, expect, it } from 'vitest';
import { useServedFixture } from '../support/fixtures';
import { htmlPages } from '../support/site-checks';
import { CLEAN_TEMPLATE, openPage, templateReport, useBrowser } from '../support/browser';

const session = useBrowser();
const site = useServedFixture('markdown');
let urls: string[];

beforeAll(() => {
  urls = htmlPages(site.dist).map((p) => p.url).filter((u) => u.startsWith('/handbook/constructs/'));
});

describe('the markdown fixture in Chromium', () => {
  it('every constructs page passes the template checks (axe, CSP, one h1, keyboard)', async () => {
    expect(urls.length).toBeGreaterThanOrEqual(7);
    for (const u of urls) expect({ url: u, ...(await templateReport(session.ctx, site.baseUrl + u)) }).toEqual({ url: u, ...CLEAN_TEMPLATE });
  }, 600_000);

  it('no page scrolls sideways at 320 CSS px; wide tables and code scroll inside their boxes', async () => {
    const phone = await session.browser.newContext({ viewport: { width: 320, height: 640 } });
    try {
      for (const u of urls) {
        const page = await openPage(phone, site.baseUrl + u);
        expect({ url: u, width: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ url: u, width: 320 });
        await page.close();
      }
      const page = await openPage(phone, `${site.baseUrl}/handbook/constructs/tables-and-code/`);
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.mh_scroll, .mh_code__pre')].map((e) => ({ label: e.getAttribute('aria-label'), scrolls: e.scrollWidth > e.clientWidth })),
      );
      expect(boxes.find((b) => b.label === 'Table 2: Wide table')?.scrolls).toBe(true);
      expect(boxes.find((b) => b.label === 'Code example 1: Code')?.scrolls).toBe(true);
      // Code keeps its lines: the long TypeScript comment is one line box, not wrapped.
      const lineHeights = await page.evaluate(() => {
        const line = document.querySelector('.mh_code__pre .line')!;
        return (line as HTMLElement).getClientRects().length;
      });
      expect(lineHeights).toBe(1);
      await page.close();
    } finally {
      await phone.close();
    }
  }, 300_000);

  it('a "Copy code" button copies the block with JavaScript; without it there is no button', async () => {
    const ctx = await session.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await openPage(ctx, `${site.baseUrl}/handbook/constructs/tables-and-code/`);
      const buttons = page.locator('.mh_code__copy');
      await expect.poll(() => buttons.count()).toBe(7);
      await buttons.nth(2).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('{ "version": "2.4.0", "rollback": { "target": "2.3.9", "rehearsed": true } }');
      expect(await page.locator('.mh_code [role="status"]').nth(2).textContent()).toBe('Code copied');
      expect(await buttons.nth(2).getAttribute('class')).toContain('ds_button');
      await page.close();
    } finally {
      await ctx.close();
    }
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await openPage(noJs, `${site.baseUrl}/handbook/constructs/tables-and-code/`);
      expect(await page.locator('.mh_code__copy').count()).toBe(0);
      expect(await page.locator('.mh_code__pre').count()).toBe(7);
    } finally {
      await noJs.close();
    }
  }, 300_000);
});
