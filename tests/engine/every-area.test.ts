// A handbook with every optional area (tests/fixtures/every-area): each area is routed, in the navigation and on the
// home page, every MDX data component renders, and every internal link resolves.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildFixture, type BuildResult } from '../support/fixtures';
import { brokenLinks } from '../support/site-checks';
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
});
