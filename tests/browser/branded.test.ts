// The branded fixture (tests/fixtures/branded) in Chromium: every page passes the template checks (axe WCAG 2.2 AA,
// no CSP violation, no failed request, keyboard), and the logo is drawn — served as a file, its own style attribute
// does not meet the page's CSP — at the design system's height, also on a 320 px screen.
import { beforeAll, describe, expect, it } from 'vitest';
import { useServedFixture } from '../support/fixtures';
import { htmlPages } from '../support/site-checks';
import { CLEAN_TEMPLATE, openPage, templateReport, useBrowser } from '../support/browser';

const session = useBrowser();
const site = useServedFixture('branded');
let urls: string[];

beforeAll(() => {
  urls = htmlPages(site.dist).map((p) => p.url).filter((u) => u.endsWith('/'));
});

describe('the branded fixture in Chromium', () => {
  it('every page passes the template checks (axe, CSP, one h1, keyboard)', async () => {
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const u of urls) expect({ url: u, ...(await templateReport(session.ctx, site.baseUrl + u)) }).toEqual({ url: u, ...CLEAN_TEMPLATE });
  }, 600_000);

  it('draws the logo in the header at the design system height, on a wide screen and at 320 CSS px', async () => {
    for (const width of [1280, 320]) {
      const ctx = await session.browser.newContext({ viewport: { width, height: 800 } });
      try {
        const page = await openPage(ctx, `${site.baseUrl}/`);
        const logo = await page.evaluate(() => {
          const img = document.querySelector<HTMLImageElement>('.ds_site-branding__logo-image')!;
          const box = img.getBoundingClientRect();
          return { loaded: img.complete && img.naturalWidth > 0, alt: img.alt, height: Math.round(box.height), right: box.right, pageWidth: document.documentElement.scrollWidth };
        });
        // 2rem below the design system's medium breakpoint, 2.5rem above it.
        expect(logo).toEqual({ loaded: true, alt: 'Loch Fyne Water Board', height: width === 320 ? 32 : 40, right: logo.right, pageWidth: width });
        expect(logo.right).toBeLessThanOrEqual(width);
      } finally {
        await ctx.close();
      }
    }
  }, 120_000);
});
