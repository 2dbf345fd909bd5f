// Moved pages keep their URLs: a fixture page is moved with `redirect_from:`, built, served, and its old URL is
// followed in Chromium: with JavaScript off (the meta refresh alone), and with it on, when a small external script
// carries the address's #fragment on to the new page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildContentDir, copyFixture, removeCopy, serveDist, tempOutDir, type BuildResult } from '../support/fixtures';
import { REPO } from '../../scripts/lib/project';
import { useBrowser } from '../support/browser';

const OLD = '/handbook/guides/deploying/';
const NEW = '/handbook/guides/shipping/';

const session = useBrowser();
let copy: string;
let build: BuildResult;
let site: { baseUrl: string; close: () => Promise<void> };

beforeAll(async () => {
  // Move guides/deploying.md to guides/shipping.md and keep the old address; the home page still links to it.
  copy = copyFixture('handbook-only');
  const guides = path.join(REPO, copy, 'handbook/guides');
  const text = fs.readFileSync(path.join(guides, 'deploying.md'), 'utf8');
  fs.writeFileSync(path.join(guides, 'shipping.md'), text.replace(/\n---\n/, `\nredirect_from:\n  - ${OLD}\n---\n`));
  fs.rmSync(path.join(guides, 'deploying.md'));
  build = await buildContentDir(copy, tempOutDir('redirects'));
  if (build.status === 0) site = await serveDist(build.dist);
}, 300_000);

afterAll(async () => {
  await site?.close();
  if (copy) removeCopy(copy);
});

describe('a moved page', () => {
  it('builds, with a _redirects line for hosts that read one', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
    expect(fs.readFileSync(path.join(build.dist, '_redirects'), 'utf8')).toBe(`${OLD} ${NEW} 301\n`);
  });

  it('leaves a static redirect page at the old URL: meta refresh, visible link, noindex, canonical to the new URL, no inline script', () => {
    const html = fs.readFileSync(path.join(build.dist, OLD, 'index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${NEW}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<link rel="canonical" href="https://handbook.example.org${NEW}">`);
    expect(html).toMatch(new RegExp(`<a href="${NEW}">Deploying a service</a>`));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    // Named after its component, not the page's `[...redirect]` file name: no "..." in the address.
    expect(html).toMatch(/<script type="module" src="\/_astro\/KeepFragment\.[^"./]+(?:\.[^"./]+)*\.js"><\/script>/);
    expect(html).not.toMatch(/src="[^"]*\.\.\.[^"]*"/);
    // Redirect pages stay out of the sitemap.
    expect(fs.readFileSync(path.join(build.dist, 'sitemap-0.xml'), 'utf8')).not.toContain(OLD);
  });

  it('takes a reader with JavaScript switched off from the old URL to the page', async () => {
    const ctx = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await ctx.newPage();
      await page.goto(`${site.baseUrl}${OLD}`);
      await page.waitForURL(`${site.baseUrl}${NEW}`, { timeout: 30_000 });
      expect(await page.locator('h1').textContent()).toBe('Deploying a service');
    } finally {
      await ctx.close();
    }
  }, 120_000);

  it('keeps the #fragment of the old URL when JavaScript runs (a meta refresh alone drops it)', async () => {
    const page = await session.ctx.newPage();
    await page.goto(`${site.baseUrl}${OLD}#rolling-back`);
    await page.waitForURL(`${site.baseUrl}${NEW}#rolling-back`, { timeout: 30_000 });
    expect(await page.locator('h1').textContent()).toBe('Deploying a service');
    expect(await page.locator('#rolling-back').textContent()).toBe('Rolling back');
    await page.close();
  }, 120_000);

  it('follows a link to the old URL from another page', async () => {
    const page = await session.ctx.newPage();
    await page.goto(`${site.baseUrl}/handbook/`);
    await page.getByRole('link', { name: 'how we deploy' }).click();
    await page.waitForURL(`${site.baseUrl}${NEW}`, { timeout: 30_000 });
    expect(await page.locator('h1').textContent()).toBe('Deploying a service');
    await page.close();
  }, 120_000);
});
