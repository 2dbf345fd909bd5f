// KPI pages of a fixture handbook (tests/fixtures/every-area) in Chromium: templates, named charts with tables beside
// them, reflow on a small screen, the dashboard without JavaScript and the quarterly report. Expectations come from the
// fixture's /api/kpis.json, the figures the pages must show.
import { afterAll, describe, expect, it } from 'vitest';
import { templateReport, CLEAN_TEMPLATE, useBrowser } from '../support/browser';
import { buildFixture, serveDist } from '../support/fixtures';
import type { KpiApiJson } from '../../src/lib/kpis/index';

// Built and served before the tests are collected: the templates below are named from the fixture's API.
const build = await buildFixture('every-area');
if (build.status !== 0) throw new Error(`the every-area fixture did not build:\n${build.output}`);
const site = await serveDist(build.dist);
afterAll(() => site.close());
const base = site.baseUrl;
const session = useBrowser();
const api = (await (await fetch(`${base}/api/kpis.json`)).json()) as KpiApiJson;
const component = api.components[0].id;
// The quarter with the most failed deployments (the latest of equals), so the report has failures to show.
const failed = (q: KpiApiJson['programme']['quarters'][number]) => q.metrics.find((m) => m.id === 'change-failure-rate')?.numerator ?? 0;
const quarterSet = [...api.programme.quarters].reverse().reduce((best, q) => (failed(q) > failed(best) ? q : best));
const quarter = quarterSet.window.label;



const templates: [string, string][] = [
  ['KPI dashboard', '/kpis/'],
  ['component KPIs', `/kpis/${component}/`],
  ['quarterly report', `/kpis/reports/${quarter}/`],
];

describe.each(templates)('%s (%s)', (_name, path) => {
  it('has zero axe violations, one h1, the skip link as the first Tab stop, no CSP violation, outside request or console error', async () => {
    expect(await templateReport(session.ctx, base + path)).toEqual(CLEAN_TEMPLATE);
  });

  it('names every chart (role=img, title and description) and puts a table with the same figures beside it', async () => {
    const page = await session.ctx.newPage();
    await page.goto(base + path);
    // Pictures a screen reader meets: the back-to-top link's icon, now inside <main>, is hidden from it.
    const charts = await page.locator('main svg:not([aria-hidden="true"])').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
        const named = ids.map((id) => document.getElementById(id)?.textContent ?? '');
        const table = svg.closest('.mh_trend')?.querySelector('table');
        const figures = [...(table?.querySelectorAll('tbody td [data-kpi]') ?? [])].map((el) => el.textContent?.trim() ?? '');
        return {
          role: svg.getAttribute('role'),
          title: svg.querySelector('title')?.id === ids[0] ? named[0] : '',
          desc: svg.querySelector('desc')?.id === ids[1] ? named[1] : '',
          figures,
        };
      }),
    );
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const c of charts) {
      expect(c.role).toBe('img');
      expect(c.title).toMatch(/ by quarter$/);
      expect(c.figures.length).toBeGreaterThan(0);
      // The description lists every quarter's figure, as the table does.
      for (const f of c.figures) expect(c.desc).toContain(`: ${f}`);
    }
    // The accessible name is the title and description.
    const name = await page.locator('main svg:not([aria-hidden="true"])').first().evaluate((svg) => svg.getAttribute('aria-labelledby'));
    expect(name).toMatch(/-title .+-desc$/);
    await page.close();
  });
});

describe('on a small screen', () => {
  it('no KPI page scrolls sideways: wide tables scroll inside a focusable box', async () => {
    const phone = await session.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await phone.newPage();
    for (const [, path] of templates) {
      await page.goto(base + path);
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(widths[0], path).toBeLessThanOrEqual(widths[1]);
    }
    expect(await page.locator('.mh_kpi-scroll[tabindex="0"][aria-label]').count()).toBeGreaterThan(0);
    await phone.close();
  });
});

describe('KPI dashboard', () => {
  it('shows every headline figure, band and input count with JavaScript off, and links to components, reports and the API', async () => {
    const noJs = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/kpis/`);
    for (const m of api.programme.headline.metrics) {
      const card = page.locator('.mh_kpi-card', { has: page.locator(`[data-kpi="programme/headline/${m.id}"]`) });
      await expect(card.locator('.mh_kpi-card__value').textContent()).resolves.toBe(m.display);
      await expect(card.isVisible()).resolves.toBe(true);
      if (m.bandReportYear !== null) await expect(card.locator('.ds_tag').textContent()).resolves.toBe(m.bandDisplay);
    }
    expect(await page.locator('main svg[role="img"]').count()).toBe(api.definitions.length);
    for (const c of api.components) expect(await page.locator(`main a[href="/kpis/${c.id}/"]`).count()).toBe(1);
    for (const q of api.programme.quarters) expect(await page.locator(`main a[href="/kpis/reports/${q.window.label}/"]`).count()).toBe(1);
    expect(await page.locator('main a[href="/api/kpis.json"]').count()).toBe(1);
    await noJs.close();
  });

  it('shows "no data" for a quarter without figures, never 0, and leaves a gap in the chart', async () => {
    const gap = api.programme.quarters.findIndex((q) => q.metrics[0].value === null);
    // The fixture has a quarter without a deployment (2025-Q4): this must not be skipped.
    expect(gap).toBeGreaterThanOrEqual(0);
    const page = await session.ctx.newPage();
    await page.goto(`${base}/kpis/`);
    const label = api.programme.quarters[gap].window.label;
    await expect(page.locator(`[data-kpi="programme/${label}/deployment-frequency"]`).textContent()).resolves.toBe('no data');
    const chart = page.locator('section[aria-labelledby="trend-deployment-frequency-heading"] svg');
    expect(await chart.locator('rect').count()).toBe(api.programme.quarters.filter((q) => q.metrics[0].value !== null).length);
    await expect(chart.locator('text', { hasText: 'no data' }).count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('says beside each figure of a trend table what it was counted from, so "0%" from one deployment is not a record', async () => {
    // A KPI audit (3 December 2026): quarters with one deployment showed "0% | Elite" and no count.
    const page = await session.ctx.newPage();
    await page.goto(`${base}/kpis/`);
    const q = api.programme.quarters.find((x) => x.metrics.find((m) => m.id === 'change-failure-rate')?.value !== null)!;
    const cfr = q.metrics.find((m) => m.id === 'change-failure-rate')!;
    const cell = page.locator('td', { has: page.locator(`[data-kpi="programme/${q.window.label}/change-failure-rate"]`) });
    await expect(cell.locator('.mh_kpi-counted').textContent()).resolves.toBe(`${cfr.inputs.failed} of ${cfr.inputs.deployments} ${cfr.inputs.deployments === 1 ? 'deployment' : 'deployments'} failed`);
    await page.close();
  });
});

describe('quarterly report', () => {
  it('lists one failure per failed deployment, each with a root cause, and flags only overdue actions', async () => {
    const page = await session.ctx.newPage();
    await page.goto(`${base}/kpis/reports/${quarter}/`);
    expect(await page.locator('.mh_failure').count()).toBe(failed(quarterSet));
    for (const f of await page.locator('.mh_failure').all()) {
      await expect(f.locator('dt', { hasText: 'Root cause' }).count()).resolves.toBe(1);
    }
    const rows = await page.locator('[aria-label="Retrospective actions still open"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ due: tr.querySelector('time')?.getAttribute('datetime') ?? null, overdue: /Overdue/.test(tr.textContent ?? '') })),
    );
    for (const r of rows) expect(r.overdue).toBe(r.due !== null && r.due < api.today);
    await page.close();
  });

  it('prints without the site navigation', async () => {
    const page = await session.ctx.newPage();
    await page.goto(`${base}/kpis/reports/${quarter}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('nav[aria-label="Breadcrumb"]').isVisible()).resolves.toBe(false);
    await expect(page.locator('.ds_skip-links').isVisible()).resolves.toBe(false);
    await expect(page.locator('.mh_failure, .mh_trend').first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});
