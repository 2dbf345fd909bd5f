// Every KPI figure in the built pages is the one in dist/api/kpis.json, and that document is what the CLI prints — for
// whatever content built dist/; skipped when that content has no KPI area (tests/fixtures/every-area has one).
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { DIST, walk } from '../support/dist';
import { CI_METRIC_IDS, METRIC_IDS, NO_DATA, hasCiFigures, resolveKpiRef, type KpiApiJson } from '../../src/lib/kpis/index';
import { runKpisCli } from '../../scripts/kpis';

interface Page {
  file: string;
  html: string;
  doc: ReturnType<typeof parseDocument>;
}

let api: KpiApiJson;
let pages: Page[] = [];
/** The build and pipeline figures are shown: some release records CI data (the dashboard's own rule, hasCiFigures). */
let ciShown = false;
/** The headline metrics a dashboard shows: all of them, less the CI ones when no release records CI data. */
const shownMetric = (id: string) => ciShown || !(CI_METRIC_IDS as readonly string[]).includes(id);
/** The KPI area exists in this build (src/lib/site/areas.ts: release data and kpis/dora-bands.yaml). */
const hasKpis = fs.existsSync(path.join(DIST, 'api/kpis.json'));

function read(file: string): Page {
  const html = fs.readFileSync(file, 'utf8');
  return { file: path.relative(DIST, file), html, doc: parseDocument(html) };
}

/** Elements carrying `attr`, with their attribute value and visible text (whitespace collapsed). */
function marked(p: Page, attr: string): { ref: string; text: string }[] {
  return DomUtils.findAll((e: Element) => e.attribs[attr] !== undefined, p.doc.children).map((e) => ({
    ref: e.attribs[attr],
    text: DomUtils.textContent(e).replace(/\s+/g, ' ').trim(),
  }));
}

beforeAll(() => {
  if (!hasKpis) return;
  api = JSON.parse(fs.readFileSync(path.join(DIST, 'api/kpis.json'), 'utf8')) as KpiApiJson;
  pages = walk(path.join(DIST, 'kpis'))
    .filter((f) => f.endsWith('.html'))
    .map(read);
  ciShown = hasCiFigures({ quarters: api.programme.quarters.map((q) => ({ metrics: Object.fromEntries(q.metrics.map((m) => [m.id, m])) })) } as never);
});

describe.skipIf(!hasKpis)('KPI pages and /api/kpis.json agree', () => {
  it('the API is minified JSON with every figure', () => {
    const raw = fs.readFileSync(path.join(DIST, 'api/kpis.json'), 'utf8');
    expect(raw.includes('\n  ')).toBe(false);
    expect(api.programme.headline.metrics.map((m) => m.id)).toEqual([...METRIC_IDS]);
  });

  it("the dashboard shows every headline figure, band and bucket exactly as the API's display text", () => {
    const dash = read(path.join(DIST, 'kpis/index.html'));
    const shown = new Map(marked(dash, 'data-kpi').map((m) => [m.ref, m.text]));
    const bands = new Map(marked(dash, 'data-kpi-band').map((m) => [m.ref, m.text]));
    for (const m of api.programme.headline.metrics) {
      const ref = `programme/headline/${m.id}`;
      // A handbook whose releases record no CI data is not shown empty build and pipeline cards.
      if (!shownMetric(m.id)) {
        expect(shown.has(ref), ref).toBe(false);
        continue;
      }
      expect(shown.get(ref), ref).toBe(m.display);
      if (m.bandReportYear !== null) expect(bands.get(ref), ref).toBe(m.bandDisplay);
    }
    const freq = api.programme.headline.metrics.find((m) => m.id === 'deployment-frequency')!;
    expect(marked(dash, 'data-kpi-bucket')).toEqual([{ ref: 'programme/headline/deployment-frequency', text: freq.bucketDisplay }]);
  });

  it('every marked figure on every KPI page is the API figure it names', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const p of pages) {
      for (const [attr, field] of [['data-kpi', 'display'], ['data-kpi-band', 'bandDisplay'], ['data-kpi-bucket', 'bucketDisplay']] as const) {
        for (const m of marked(p, attr)) {
          const want = resolveKpiRef(api, m.ref)?.[field];
          checked++;
          if (want === undefined || m.text !== want) wrong.push(`${p.file}: ${attr}="${m.ref}" shows "${m.text}", the API says "${want}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // The headline figures on each of 1 + n dashboards, and a trend table per metric: far more than the headline alone.
    expect(checked).toBeGreaterThan(METRIC_IDS.filter(shownMetric).length * (1 + api.components.length) * 2);
  });

  it('no KPI page prints NaN, Infinity or undefined, and missing figures read "no data"', () => {
    for (const p of pages) {
      const text = DomUtils.textContent(p.doc.children);
      expect(text, p.file).not.toMatch(/\bNaN\b|Infinity|undefined|\bnull\b/);
    }
    const nulls = api.programme.quarters.flatMap((q) => q.metrics.filter((m) => m.value === null));
    // A recovery time with incidents still open says how long they have been open instead (see formatKpiValue).
    for (const m of nulls) expect(m.display).toEqual(m.openIncidents?.length ? expect.stringMatching(/^none resolved; \d+ open/) : NO_DATA);
  });

  it('a component page and a quarter report exist for every component and quarter in the API', () => {
    const files = new Set(pages.map((p) => p.file.split(path.sep).join('/')));
    for (const c of api.components) expect(files.has(`kpis/${c.id}/index.html`), c.id).toBe(true);
    for (const q of api.programme.quarters) expect(files.has(`kpis/reports/${q.window.label}/index.html`), q.window.label).toBe(true);
  });

  it('no KPI page has a style attribute (the CSP forbids them)', () => {
    for (const p of pages) expect(DomUtils.findAll((e: Element) => e.attribs.style !== undefined, p.doc.children).length, p.file).toBe(0);
  });

  it('handbook pages quote the live figures (<Kpi>) exactly as the API has them', () => {
    const handbook = walk(path.join(DIST, 'handbook')).filter((f) => f.endsWith('.html')).map(read);
    const quotes = handbook.flatMap((p) => marked(p, 'data-kpi-quote'));
    for (const q of quotes) {
      const m = resolveKpiRef(api, q.ref);
      expect(m, q.ref).toBeDefined();
      // The quote is the figure, then the band in brackets, then a visually hidden note of what it is.
      expect(q.text.startsWith(m!.display), `${q.ref}: "${q.text}"`).toBe(true);
    }
  });
});

describe.skipIf(!hasKpis)('the CLI prints the same document', () => {
  it('`npm run kpis -- --format json` on the build day equals dist/api/kpis.json', () => {
    const [y, m, d] = api.today.split('-').map(Number);
    const env = { SOURCE_DATE_EPOCH: String(Date.UTC(y, m - 1, d, 12) / 1000) };
    const res = runKpisCli(['--format', 'json'], env, process.cwd());
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual(api);
  });
});
