// Release pages of a fixture handbook (tests/fixtures/every-area: payments 3.4.0–3.8.0, mygov-account 1.9.0–2.0.1) in a
// real browser (axe, headings, skip link, CSP), with and without JavaScript; the release outputs as served; and
// escaping of release text through the real components (Astro's container API).
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { useServedFixture } from '../support/fixtures';
import { loadSite } from '../../src/lib/site/load';
import { REPO } from '../../scripts/lib/project';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { openWatched, templateReport, CLEAN_TEMPLATE, useBrowser } from '../support/browser';
import { loadChecklists } from '../../src/lib/checklists/load';
import { releaseReadiness, type ReleaseReadinessInput } from '../../src/lib/checklists/readiness';
import type { Checklist } from '../../src/lib/checklists/parse';

const site = useServedFixture('every-area');
const session = useBrowser();
let base: string;
let noJs: BrowserContext;
/** The fixture's published URL (site.yaml `url`): calendar UIDs and feed ids are made from its host. */
let siteUrl: URL;
/** "Edit this …" links: the repository's edit URL of the fixture's content directory. */
let editBase: string;

/** The releases API, read once: expectations below come from the data, not from numbers written here. */
interface ApiRelease {
  key: string;
  component: string;
  version: string;
  status: string;
  stage: string;
  date: string | null;
  [field: string]: unknown;
}
let api: { schemaVersion: number; components: { id: string; name: string }[]; releases: ApiRelease[] };
let checklists: Checklist[] = [];

beforeAll(async () => {
  base = site.baseUrl;
  const config = loadSite(REPO).site!;
  siteUrl = new URL(config.url);
  editBase = `${config.repository.replace(/\/$/, '')}/edit/${config.branch}/${path.relative(REPO, site.contentDir).split(path.sep).join('/')}`;
  noJs = await session.browser.newContext({ javaScriptEnabled: false });
  api = (await (await fetch(`${base}/api/releases.json`)).json()) as typeof api;
  checklists = (await loadChecklists(process.cwd())).checklists;
});

/** The page with the most sections recorded; payments 3.7.0 (rolled back) is the other one checked in full. */
const RICH = '/releases/mygov-account/2.0.0/';
const ROLLED_BACK = '/releases/payments/3.7.0/';

const templates: [string, string][] = [
  ['releases index', '/releases/'],
  ['filtered list', '/releases/status/rolled-back/'],
  ['component page', '/releases/payments/'],
  ['release page with every section', RICH],
  ['rolled-back release page', ROLLED_BACK],
  ['schedule', '/releases/schedule/'],
  ['handbook page with <ReleaseSchedule> and <LatestReleases>', '/handbook/live/data/'],
];

describe.each(templates)('%s (%s)', (_name, path) => {
  it('has zero axe violations, one h1, the skip link as the first Tab stop, and no CSP violation, outside request or console error', async () => {
    expect(await templateReport(session.ctx, base + path)).toEqual(CLEAN_TEMPLATE);
  });
});

async function rowKeys(page: Page, selector = '#release-table tbody tr'): Promise<string[]> {
  return page.locator(selector).evaluateAll((rows) =>
    rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r.querySelector('th a') as HTMLAnchorElement).getAttribute('href')!),
  );
}

const pathOf = (r: { component: string; version: string }) => `/releases/${r.component}/${r.version}/`;
/** Text as a reader sees it: runs of white space as one space. */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('without JavaScript', () => {
  it('shows every release in the table, newest first, and the filters as links', async () => {
    const page = await noJs.newPage();
    await page.goto(`${base}/releases/`);
    const rows = await rowKeys(page);
    expect(rows.length).toBe(api.releases.length);
    expect(new Set(rows)).toEqual(new Set(api.releases.map(pathOf)));
    // Newest first: the dates in the table never increase going down.
    const dates = await page.locator('#release-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('time')].map((t) => t.getAttribute('datetime')!).pop() ?? ''),
    );
    const dated = dates.filter(Boolean);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(await page.locator('#release-filter').isVisible()).toBe(false);
    const links = await page.locator('nav.mh_filter-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const s of new Set(api.releases.map((r) => r.status))) expect(links).toContain(`/releases/status/${s}/`);
    for (const s of new Set(api.releases.map((r) => r.stage))) expect(links).toContain(`/releases/stage/${s}/`);
    for (const c of api.components) expect(links).toContain(`/releases/${c.id}/`);
    await page.close();
  });

  it('a filter link leads to a page with only the matching releases', async () => {
    const page = await noJs.newPage();
    for (const status of new Set(api.releases.map((r) => r.status))) {
      await page.goto(`${base}/releases/status/${status}/`);
      const expected = api.releases.filter((r) => r.status === status).map(pathOf);
      expect((await rowKeys(page)).sort(), status).toEqual(expected.sort());
      await expect(page.locator('nav.mh_filter-links a[aria-current="page"]').getAttribute('href')).resolves.toBe(`/releases/status/${status}/`);
    }
    const year = api.releases.find((r) => r.date)!.date!.slice(0, 4);
    await page.goto(`${base}/releases/year/${year}/`);
    expect((await rowKeys(page)).sort()).toEqual(api.releases.filter((r) => r.date?.startsWith(year)).map(pathOf).sort());
    await page.close();
  });

  it('shows the release page’s content: a section for each kind of data the release records, and nothing empty', async () => {
    const page = await noJs.newPage();
    const sectionFor: [string, (r: ApiRelease) => boolean][] = [
      ['Promotion through environments', (r) => (r.environments as unknown[]).length > 0],
      ['Release notes', (r) => (r.changes as unknown[]).length > 0],
      ['Artefacts', (r) => (r.artefacts as unknown[]).length > 0],
      ['Migrations', (r) => (r.migrations as unknown[]).length > 0],
      ['Configuration changes', (r) => (r.configChanges as unknown[]).length > 0],
      ['Sign-offs', (r) => (r.signOffs as unknown[]).length > 0],
      ['Risks', (r) => (r.risks as unknown[]).length > 0],
      ['Rollback plan', (r) => r.rollbackPlan !== undefined],
      // Readiness shows when results are recorded or a checklist applies (what a planned release still needs).
      ['Readiness', (r) => (r.readiness as unknown[]).length > 0 || releaseReadiness(checklists, { ...r, file: r.key } as unknown as ReleaseReadinessInput).length > 0],
      ['Incidents', (r) => (r.incidents as unknown[]).length > 0],
      ['Retrospective', (r) => r.retrospective !== undefined],
    ];
    const poorest = [...api.releases].sort(
      (a, b) => sectionFor.filter(([, has]) => has(a)).length - sectionFor.filter(([, has]) => has(b)).length,
    )[0];
    for (const path of [RICH, ROLLED_BACK, pathOf(poorest)]) {
      const r = api.releases.find((x) => pathOf(x) === path)!;
      await page.goto(base + path);
      const h2 = await page.locator('main h2:not(.ds_contents-nav__title)').allTextContents();
      expect(h2, path).toEqual(sectionFor.filter(([, has]) => has(r)).map(([h]) => h));
    }
    expect(sectionFor.every(([, has]) => has(api.releases.find((x) => pathOf(x) === RICH)!))).toBe(true);

    await page.goto(base + ROLLED_BACK);
    const main = page.locator('main');
    await expect(main.locator('.ds_warning-text').first().textContent()).resolves.toContain('This release was rolled back from live.');
    await expect(main.locator('.ds_summary-list').first().textContent()).resolves.toContain('Rolled back');
    const steps = await main.locator('ol.mh_timeline > li').allInnerTexts();
    expect(steps.map((s) => s.split('\n')[0])).toEqual(['Development', 'Test', 'Staging', 'Live']);
    // The time is the deployment's, not the rollback's (a new adopter's trial, 3 December 2026).
    expect(steps[3]).toMatch(/Rolled back after it was deployed on 12 May 2026 at 07:30 BST; approved by Change Advisory Board\./);
    // Risk R1 is medium likelihood, high impact: the matrix says so in words.
    const matrix = await main.locator('table.mh_risk-matrix').evaluate((t) =>
      [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim())),
    );
    expect(matrix[0]).toEqual(['High impact', 'None Medium rating', 'R1 High rating', 'None High rating']);
    await expect(main.locator('section[aria-labelledby="incidents"] h3').first().textContent()).resolves.toBe('INC-2026-0587 (P1, major incident)');
    await expect(main.textContent()).resolves.toContain('after 54 minutes');
    expect((await page.locator('.ds_sequential-nav a').allTextContents()).map(norm)).toEqual([
      'Previous version: Payments gateway 3.6.0',
      'Next version: Payments gateway 3.7.1',
    ]);
    await expect(page.locator('a', { hasText: 'Edit this release' }).getAttribute('href')).resolves.toBe(
      `${editBase}/releases/payments/3.7.0.json`,
    );
    await page.close();
  });

  it('shows the component page: live now, what is next, and a changelog with Unreleased first', async () => {
    const page = await noJs.newPage();
    await page.goto(`${base}/releases/payments/`);
    const h = await page.locator('main h2, main h3').allTextContents();
    expect(h.slice(0, 4)).toEqual(['Live now', 'What is next', 'All releases', 'Changelog']);
    const changelog = (await page.locator('section[aria-labelledby="changelog"] h3').allTextContents()).map(norm);
    expect(changelog[0]).toBe('Unreleased');
    const shipped = api.releases
      .filter((r) => r.component === 'payments' && ['released', 'rolled-back', 'yanked'].includes(r.status))
      .map((r) => r.version);
    expect(changelog.slice(1).map((t) => t.replace(/^Payments gateway /, '').split(' – ')[0])).toEqual(shipped.reverse());
    await expect(page.locator('a[href="/releases/payments/CHANGELOG.md"]').count()).resolves.toBe(1);
    await expect(page.locator('a[href="/releases/payments.ics"]').count()).resolves.toBe(1);
    await page.close();
  });
});

describe('with JavaScript', () => {
  it('the filter form hides rows that do not match and announces how many are left', async () => {
    const { page, problems } = await openWatched(session.ctx, `${base}/releases/`);
    await expect(page.locator('#release-filter').isVisible()).resolves.toBe(true);
    const status = page.locator('#release-count');
    await expect(status.getAttribute('role')).resolves.toBe('status');
    const total = api.releases.length;

    await page.selectOption('#filter-component', 'payments');
    const payments = api.releases.filter((r) => r.component === 'payments');
    expect((await rowKeys(page)).sort()).toEqual(payments.map(pathOf).sort());
    await expect(status.textContent()).resolves.toBe(`Showing ${payments.length} of ${total} releases, newest first.`);

    const year = payments.find((r) => r.date)!.date!.slice(0, 4);
    await page.selectOption('#filter-year', year);
    const both = payments.filter((r) => r.date?.startsWith(year));
    expect((await rowKeys(page)).sort()).toEqual(both.map(pathOf).sort());
    await expect(status.textContent()).resolves.toBe(`Showing ${both.length} of ${total} releases, newest first.`);
    expect(page.url()).toBe(`${base}/releases/?component=payments&year=${year}`);

    // No match: the table is empty and the page says so.
    const stages = await page.locator('#filter-stage option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const absent = stages.find((st) => !both.some((r) => r.stage === st));
    expect(absent).toBeDefined();
    await page.selectOption('#filter-stage', absent!);
    expect(await rowKeys(page)).toEqual([]);
    await expect(page.locator('#release-none').isVisible()).resolves.toBe(true);
    await expect(status.textContent()).resolves.toBe(`Showing 0 of ${total} releases, newest first.`);

    await page.click('button[type="reset"]');
    await expect.poll(() => status.textContent()).toBe(`Showing all ${total} releases, newest first.`);
    expect((await rowKeys(page)).length).toBe(total);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it('keeps a filter given in the address', async () => {
    const page = await session.ctx.newPage();
    await page.goto(`${base}/releases/?status=rolled-back`, { waitUntil: 'networkidle' });
    expect((await rowKeys(page)).sort()).toEqual(api.releases.filter((r) => r.status === 'rolled-back').map(pathOf).sort());
    await page.close();
  });
});

describe('outputs', () => {
  async function get(path: string): Promise<{ type: string; text: string }> {
    const res = await fetch(base + path);
    expect(res.status, path).toBe(200);
    return { type: res.headers.get('content-type') ?? '', text: await res.text() };
  }

  it('serves the calendars as iCalendar with one event per dated release and unique UIDs', async () => {
    const all = await get('/releases/schedule.ics');
    expect(all.type).toMatch(/^text\/calendar/);
    expect(all.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(all.text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const uids = [...all.text.matchAll(/^UID:(.+)\r$/gm)].map((m) => m[1]);
    expect(new Set(uids).size).toBe(uids.length);
    const dated = api.releases.filter((r) => r.date);
    expect(uids.filter((u) => !u.includes('_code-freeze@')).length).toBe(dated.length);
    for (const c of api.components) {
      const one = await get(`/releases/${c.id}.ics`);
      expect(one.type).toMatch(/^text\/calendar/);
      const events = [...one.text.matchAll(/^UID:(.+)\r$/gm)].map((m) => m[1]).filter((u) => !u.includes('_code-freeze@'));
      expect(events.sort()).toEqual(dated.filter((r) => r.component === c.id).map((r) => `${r.component}-${r.version}@${siteUrl.host}`).sort());
    }
  });

  it('serves the Atom feed, well-formed, linking to release pages', async () => {
    // Static hosts pick the type from the extension: .xml is served as XML.
    const { type, text } = await get('/releases/feed.xml');
    expect(type).toMatch(/^application\/(atom\+)?xml/);
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(text).feed;
    const entries = [feed.entry].flat();
    expect(entries.length).toBeGreaterThan(0);
    const origin = siteUrl.origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    for (const e of entries) expect(e.id).toMatch(new RegExp(`^${origin}\\/releases\\/[a-z0-9-]+\\/[^/]+\\/$`));
  });

  it('serves the API, the JSON Schema (the committed bytes) and the Keep a Changelog files', async () => {
    const json = await get('/api/releases.json');
    expect(json.type).toMatch(/^application\/json/);
    expect(api.schemaVersion).toBe(1);
    expect(api.releases.map((r) => r.key)).toEqual(api.releases.map((r) => `${r.component}@${r.version}`));
    const schema = await get('/schemas/release.schema.json');
    expect(schema.text).toBe(fs.readFileSync('schemas/release.schema.json', 'utf8'));
    for (const c of api.components) {
      const md = await get(`/releases/${c.id}/CHANGELOG.md`);
      expect(md.type).toMatch(/^text\/markdown/);
      expect(md.text.startsWith('# Changelog\n')).toBe(true);
      expect(md.text).toContain('## [Unreleased]');
    }
  });

  it('puts release and component pages in the search index under "releases", and not the filtered copies', () => {
    const html = (p: string) => fs.readFileSync(path.join(site.dist, p, 'index.html'), 'utf8');
    expect(html(ROLLED_BACK)).toContain('data-pagefind-filter="section:releases"');
    expect(html('/releases/payments/')).toContain('data-pagefind-filter="section:releases"');
    expect(html('/releases/status/rolled-back/')).not.toContain('data-pagefind-body');
  });

  it('draws the roadmap as an SVG image with a title and description, and no style attributes anywhere', () => {
    const html = fs.readFileSync(path.join(site.dist, 'releases/schedule/index.html'), 'utf8');
    expect(html).toMatch(/<svg[^>]+role="img"[^>]+aria-labelledby="roadmap-title roadmap-desc"/);
    expect(html).toContain('<title id="roadmap-title">');
    expect(html).toContain('<desc id="roadmap-desc">');
    for (const p of ['/releases/', '/releases/schedule/', ROLLED_BACK, RICH, '/releases/payments/']) {
      expect(fs.readFileSync(path.join(site.dist, p, 'index.html'), 'utf8'), p).not.toMatch(/\sstyle=/);
    }
  });
});

describe('escaping', () => {
  it('renders markup in release text as text, and unsafe reference URLs as plain text, through the real components', async () => {
    const { experimental_AstroContainer } = await import('astro/container');
    const { getViteConfig } = await import('astro/config');
    const { createServer } = await import('vite');
    const viteConfig = await getViteConfig({}, { logLevel: 'error' })({ mode: 'test', command: 'serve' });
    const server = await createServer({ ...viteConfig, logLevel: 'error', server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom' });
    try {
      const { fixtureModel } = (await server.ssrLoadModule('/src/lib/releases/testing.ts')) as typeof import('../../src/lib/releases/testing');
      const { fixtureRelease } = (await server.ssrLoadModule('/src/lib/releases/fixtures.ts')) as typeof import('../../src/lib/releases/fixtures');
      const evil = '<script>alert("x")</script>';
      const model = fixtureModel([
        fixtureRelease({
          title: `Title ${evil}`,
          status: 'rolled-back',
          statusReason: `Reason <img src=x onerror=alert(1)>`,
          environments: [{ name: 'live', status: 'rolled-back', deployedAt: '2026-05-14T07:30:00+01:00', approvedBy: `<b>CAB</b>` }],
          changes: [
            {
              category: 'fixed',
              summary: `Summary ${evil} & more`,
              scope: '<i>scope</i>',
              breaking: true,
              refs: [{ id: '<u>REF-1</u>', url: 'https://example.org/ok' }, { id: 'REF-2', url: "https://example.org/a?b='c'&d=1" }],
            },
          ],
        }),
      ]);
      const release = model.byKey['payments@2.4.0'];
      // The schema refuses such a URL; the view must still never link it if one slips through.
      release.changes[0].refs[0].url = 'javascript:alert(1)';
      const container = await experimental_AstroContainer.create();
      const render = async (file: string, props: Record<string, unknown>) =>
        container.renderToString(((await server.ssrLoadModule(file)) as { default: Parameters<typeof container.renderToString>[0] }).default, { props });
      const html = [
        await render('/src/components/releases/ReleaseNotes.astro', { release }),
        await render('/src/components/releases/ReleaseSummary.astro', { release }),
        await render('/src/components/releases/PromotionTimeline.astro', { release }),
        await render('/src/components/releases/ReleaseTable.astro', { releases: [release], caption: evil }),
      ].join('\n');
      // Inside a quoted attribute value (a scroll region's aria-label) "<" makes no element; a quote that escaped its
      // attribute would end the value early and leave the markup after it to be caught here.
      expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script|<img|<b>|<i>|<u>/);
      expect(html).toContain('aria-label="<script>alert(&quot;x&quot;)</script>"');
      expect(html).toContain('Summary &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
      expect(html).toContain('Reason &lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('&lt;b&gt;CAB&lt;/b&gt;');
      expect(html).not.toContain('javascript:');
      expect(html).toContain('&lt;u&gt;REF-1&lt;/u&gt;');
      // The address is written as an attribute value: "&" escaped ('"' is no longer a URI character the check takes).
      expect(html).toContain(`href="https://example.org/a?b='c'&amp;d=1"`);
    } finally {
      await server.close();
    }
  });
});
