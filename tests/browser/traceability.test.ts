// Served fixture (tests/fixtures/traceability): the generated traceability page and a page overdue for review pass
// the template checks, and the overdue warning is there without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_TEMPLATE, templateReport, useBrowser } from '../support/browser';
import { buildFixture, serveDist } from '../support/fixtures';

const session = useBrowser();
let site: { baseUrl: string; close: () => Promise<void> };

beforeAll(async () => {
  const build = await buildFixture('traceability');
  if (build.status !== 0) throw new Error(build.output);
  site = await serveDist(build.dist);
}, 600_000);
afterAll(() => site?.close());

describe.each([
  ['traceability map', '/traceability/'],
  ['page overdue for review', '/handbook/ops/capacity/'],
])('%s (%s) in a fixture handbook', (_name, path) => {
  it('has zero axe violations (WCAG 2.2 AA tags), one h1, the skip link as the first Tab stop, and no CSP violation or outside request', async () => {
    expect(await templateReport(session.ctx, site.baseUrl + path)).toEqual(CLEAN_TEMPLATE);
  }, 120_000);
});

describe('without JavaScript', () => {
  it('shows the overdue warning on a page past its review date, and the traceability tables', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.baseUrl}/handbook/ops/capacity/`);
    await expect(page.locator('.ds_warning-text__text').textContent()).resolves.toContain('was due for review on');
    await page.goto(`${site.baseUrl}/traceability/`);
    expect(await page.locator('table.mh_trace-table tbody tr').count()).toBe(4);
    await expect(page.locator('#deploy-safely a').first().getAttribute('href')).resolves.toBe('/handbook/ops/deploying/');
    await noJs.close();
  }, 120_000);
});
