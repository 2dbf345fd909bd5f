// A handbook with every optional area (tests/fixtures/every-area): each area is routed, in the navigation and on the
// home page, every MDX data component renders, and every internal link resolves.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildFixture, type BuildResult } from '../support/fixtures';
import { brokenLinks, gluedForSearch, indexedWithoutSection, linksBesideHeadingText, searchOutsideRoot, sharedTitles } from '../support/site-checks';
import Ajv2020 from 'ajv/dist/2020';
import { resolveKpiRef, type KpiApiJson } from '../../src/lib/kpis/index';

let build: BuildResult;
const html = (url: string) => fs.readFileSync(path.join(build.dist, url, 'index.html'), 'utf8');

beforeAll(async () => {
  build = await buildFixture('every-area');
}, 300_000);

describe('a handbook with every area', () => {
  it('builds with every internal link resolving', () => {
    expect(build.status, build.output).toBe(0);
    expect(brokenLinks(build.dist)).toEqual([]);
    expect(searchOutsideRoot(build.dist)).toEqual([]);
    expect(sharedTitles(build.dist)).toEqual([]);
    expect(linksBesideHeadingText(build.dist)).toEqual([]);
    expect(gluedForSearch(build.dist)).toEqual([]);
    expect(indexedWithoutSection(build.dist)).toEqual([]);
  });

  it('routes every area, with its feeds and APIs', () => {
    for (const f of ['releases/index.html', 'releases/payments/index.html', 'releases/feed.xml', 'api/releases.json', 'radar/index.html',
      'radar/blips/typescript/index.html', 'api/radar.json', 'checklists/go-no-go/index.html', 'kpis/index.html', 'api/kpis.json', 'schemas/release.schema.json'])
      expect(fs.existsSync(path.join(build.dist, f)), f).toBe(true);
  });

  it('lists every area in the main navigation and the search filters', () => {
    const home = html('/');
    const nav = /<nav class="mh_main-nav"[^>]*>([\s\S]*?)<\/nav>/.exec(home)?.[1] ?? '';
    expect([...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/handbook/', '/releases/', '/radar/', '/checklists/', '/kpis/', '/reviews/']);
    const search = html('/search/');
    expect([...search.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1])).toEqual(['handbook', 'releases', 'radar', 'checklists', 'kpis']);
  });

  it("shows a radar move's reason as Markdown on the blip's page, its edition's changes and the feed, text escaped", () => {
    // A new adopter's trial (2 December 2026): "[GitOps](/radar/blips/gitops/)" was published as typed.
    const link = '<a href="/radar/blips/gitops/">GitOps</a>';
    expect(html('/radar/blips/argo-cd/')).toContain(`under three minutes. It is how ${link} is done here.`);
    expect(html('/radar/2026-10/changes/')).toContain(`under three minutes. It is how ${link} is done here.`);
    const feed = fs.readFileSync(path.join(build.dist, 'radar/feed.xml'), 'utf8');
    expect(feed).toContain('It is how <a href="https://handbook.example.org/radar/blips/gitops/">GitOps</a> is done here.');
  });

  it("says how many checklists have results on a release page, not that results were recorded when none were", () => {
    // A new adopter's trial (3 December 2026): a release with no readiness[] read "Results recorded against 1
    // checklist". payments 3.8.0 is planned and records none yet; 3.7.0 (rolled back) records its results.
    const text = (url: string) => html(url).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text('/releases/payments/3.8.0/')).toMatch(/\d+ checklists? apply to this release; no results are recorded against any of them\./);
    expect(text('/releases/payments/3.8.0/')).not.toContain('Results recorded against');
    expect(text('/releases/payments/3.7.0/')).toMatch(/Results recorded against \d+ checklists?\./);
    // Its live step was rolled back: the time shown is the deployment's, said as such.
    expect(text('/releases/payments/3.7.0/')).toMatch(/Rolled back after it was deployed on \d+ \w+ \d{4} at \d\d:\d\d/);
  });

  it('renders every MDX data component', () => {
    const page = html('/handbook/live/data/');
    for (const href of ['/releases/payments/', '/checklists/go-no-go/', '/radar/blips/typescript/']) expect(page).toContain(`href="${href}`);
  });

  it('quotes a live KPI figure (<Kpi>) exactly as /api/kpis.json has it', () => {
    const api = JSON.parse(fs.readFileSync(path.join(build.dist, 'api/kpis.json'), 'utf8')) as KpiApiJson;
    const quotes = [...html('/handbook/live/data/').matchAll(/data-kpi-quote="([^"]+)"[^>]*>([^<]*)</g)].map((m) => ({ ref: m[1], text: m[2] }));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.text.startsWith(resolveKpiRef(api, q.ref)!.display), `${q.ref}: "${q.text}"`).toBe(true);
  });

  it('publishes /api/kpis.json and /api/radar.json with JSON Schemas they validate against', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    for (const [api, schema] of [['api/kpis.json', 'schemas/kpis-api.schema.json'], ['api/radar.json', 'schemas/radar-api.schema.json']]) {
      const check = ajv.compile(JSON.parse(fs.readFileSync(path.join(build.dist, schema), 'utf8')) as object);
      expect(check(JSON.parse(fs.readFileSync(path.join(build.dist, api), 'utf8'))), `${api}: ${JSON.stringify(check.errors)}`).toBe(true);
    }
    // Linked where the APIs are offered.
    expect(html('/kpis/')).toContain('href="/schemas/kpis-api.schema.json"');
    expect(html('/radar/')).toContain('href="/schemas/radar-api.schema.json"');
  });
});

describe('KPI pages of a handbook with every area', () => {
  const text = (s: string) => s.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

  it('states each band as a range, not one number', () => {
    const cards = text(html('/kpis/'));
    // The fixture's 2023 bands publish single numbers for change failure rate ("5%", "10%", "15%", "64%").
    expect(cards).toContain('Deployment frequency 0.23 per week Medium (DORA 2023) Range for this band: between once a month and once a week');
    expect(cards).toContain('Lead time for changes 5 days 21 h High (DORA 2023) Range for this band: between 1 day and 1 week');
    expect(cards).toContain('Change failure rate 33.3% Low (DORA 2023) Range for this band: over 15%');
  });

  it('shows an incident with no resolvedAt as open for N days to the build\'s today (27 November 2026), never "no data"', () => {
    const dash = text(html('/kpis/'));
    expect(dash).toContain('Failed deployment recovery time none resolved; 1 open for 2 days');
    expect(dash).toContain('INC-2026-0912 (payments@3.7.4, detected 25 November 2026, open for 2 days)');
    expect(dash).toContain('2026-Q4 (to date) none resolved; 1 open for 2 days');
    const report = html('/kpis/reports/2026-Q4/');
    const row = /<tr>\s*<th scope="row">INC-2026-0912<\/th>[\s\S]*?<\/tr>/.exec(report)?.[0] ?? '';
    // Columns: Detected, Resolved, Time to restore, Remediation.
    const cells = [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => text(m[1]).trim());
    expect(cells[1]).toBe('Open');
    expect(cells[2]).toBe('open for 2 days');
  });

  it('draws the band limits on each DORA chart as dashed, labelled lines, says them in words, and marks the quarter in progress', () => {
    const dash = html('/kpis/');
    const cfr = /<section class="mh_trend" aria-labelledby="trend-change-failure-rate-heading">[\s\S]*?<\/section>/.exec(dash)?.[0] ?? '';
    expect(cfr).toContain('stroke-dasharray');
    expect(text(cfr)).toMatch(/Elite limit: \d+%/);
    expect(text(cfr)).toMatch(/Dashed lines mark the DORA \d{4} band limits\. Elite: 0–\d+%; high: over \d+% to \d+%;/);
    expect(cfr).toMatch(/<desc [^>]*>[^<]*2026-Q4 \(to date\): [^<]*Dashed lines mark the DORA/);
    const rollback = /<section class="mh_trend" aria-labelledby="trend-rollback-rate-heading">[\s\S]*?<\/section>/.exec(dash)?.[0] ?? '';
    expect(rollback).not.toContain('stroke-dasharray');
  });
});
