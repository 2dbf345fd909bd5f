// Pages in other languages than the site's in Chromium (tests/fixtures/languages): every page passes the template
// checks (axe WCAG 2.2 AA, whose valid-lang rule reads each lang attribute), and search results for a Scottish Gaelic
// page carry its language, so a screen reader reads the title and excerpt in a Gaelic voice.
import { beforeAll, describe, expect, it } from 'vitest';
import { useServedFixture } from '../support/fixtures';
import { htmlPages } from '../support/site-checks';
import { CLEAN_TEMPLATE, openPage, templateReport, useBrowser } from '../support/browser';

const session = useBrowser();
const site = useServedFixture('languages');
let urls: string[];

beforeAll(() => {
  urls = htmlPages(site.dist).map((p) => p.url).filter((u) => u.startsWith('/handbook/') || u === '/' || u === '/reviews/' || u === '/sitemap/');
});

describe('pages in another language in Chromium', () => {
  it('every page passes the template checks (axe, CSP, one h1, keyboard)', async () => {
    expect(urls).toEqual(expect.arrayContaining(['/handbook/gaidhlig/leigeil-a-mach/', '/handbook/guides/cymraeg/']));
    for (const u of urls) expect({ url: u, ...(await templateReport(session.ctx, site.baseUrl + u)) }).toEqual({ url: u, ...CLEAN_TEMPLATE });
  }, 600_000);

  it("marks the copy button's words in a Gaelic page with the site's language, the code's label staying in the page's (a bilingual trial, 3 December 2026)", async () => {
    const page = await openPage(session.ctx, `${site.baseUrl}/handbook/gaidhlig/leigeil-a-mach/`, 'networkidle');
    const button = page.locator('.mh_code__copy').first();
    await button.waitFor();
    expect(await button.getAttribute('lang')).toBe('en-GB');
    expect(await button.evaluate((b) => (b.nextElementSibling as HTMLElement).lang)).toBe('en-GB');
    expect(await button.innerHTML()).toBe('Copy code<span class="visually-hidden"> (Code example 1: <span lang="gd">Ro làimh</span>)</span>');
    await page.close();
  });

  it('marks a search result for a Gaelic page with its language, and an English one with none', async () => {
    const page = await openPage(session.ctx, `${site.baseUrl}/search/?q=leigeil`, 'networkidle');
    await page.waitForSelector('#search-results li h2 a');
    const results = await page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => `${a.textContent} ${a.getAttribute('lang')}`));
    expect(results[0]).toBe('Leigeil a-mach gd');
    await page.goto(`${site.baseUrl}/search/?q=summary`);
    await page.waitForSelector('#search-results li h2 a');
    await expect(page.locator('#search-results > li h2 a').first().getAttribute('lang')).resolves.toBeNull();
    await page.close();
  });
});
