import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/errors';
import { buildHandbook, type PageSource } from '../handbook/model';
import { checkTraceability, loadTraceability, parseTraceability, traceabilityView, traceTargets } from './index';
import { DEFAULT_PATHS } from '../shared/content-dir';

const F = 'content/traceability.yaml';

function page(id: string, title: string, body: string, status: 'published' | 'draft' = 'published'): PageSource {
  return {
    id,
    file: `content/handbook/${id}.md`,
    body,
    bodyLine: 10,
    data: { title, description: 'd', owner: 'Release Manager', last_reviewed: '2026-09-01', review_in: '6 months', status, tags: [] },
  };
}

const sources = [
  page('strategy/index', 'Release strategy', 'Intro.\n'),
  page('strategy/vision', 'Vision', '## Where we are going\n\nText.\n\n## The quarterly report\n\nMore.\n'),
  page('ops/draft', 'Draft page', '## Soon\n', 'draft'),
];
const hb = buildHandbook(sources, { includeDrafts: false, today: '2026-11-27' });
// `/handbook/ops/broken/` stands for a page whose file exists but failed validation (the check lists its URL as a route).
const targets = traceTargets(hb, sources, ['/', '/handbook/', '/kpis/', '/radar/', '/handbook/ops/broken/', ...hb.pages.map((p) => p.url), '/traceability/']);

const GOOD = `title: How the role is covered
description: Each duty of the role and where it is covered.
role: Release Manager
intro:
  - The map is data.
groups:
  - id: strategic
    title: Strategic duties
    items:
      - id: vision
        text: Set the release management vision.
        coverage: full
        pages:
          - page: strategy/vision
          - page: strategy/vision
            anchor: the-quarterly-report
        features:
          - title: KPI dashboards
            path: /kpis/
      - id: section
        text: Keep the strategy current.
        coverage: partial
        pages:
          - page: strategy
        note: Thin.
  - id: knowledge
    title: Knowledge
    items:
      - id: itil
        text: ITIL.
        coverage: none
`;

function check(yaml: string): string[] {
  const loaded = parseTraceability(F, yaml);
  if (!loaded.map) return loaded.issues.map(formatIssue);
  return checkTraceability(loaded.map, loaded, targets).map(formatIssue);
}

describe('traceability map: schema', () => {
  it('accepts a valid map; the only finding is the warning for an item with no page', () => {
    expect(check(GOOD)).toEqual([`${F}:29:9  groups[1].items[0].pages  warning: "itil" has no handbook page: list the pages that cover it, or write one`]);
  });

  it('rejects an unknown coverage level, a missing text and an unknown field, each with its line', () => {
    const bad = GOOD.replace('coverage: partial', 'coverage: most').replace('        text: ITIL.\n', '').replace('        note: Thin.', '        notes: Thin.');
    expect(check(bad)).toEqual([
      `${F}:22:9  groups[0].items[1].coverage  "most" is not one of full|partial|none`,
      `${F}:25:9  groups[0].items[1].notes  unknown field "notes": did you mean "note"?`,
      `${F}:29:9  groups[1].items[0].text  is required: add \`text: …\` (text)`,
    ]);
  });

  it('rejects a page written as a URL or with its extension, and an anchor with "#"', () => {
    const bad = GOOD.replace('- page: strategy/vision\n          - page', '- page: /handbook/strategy/vision/\n          - page').replace('anchor: the-quarterly-report', 'anchor: "#the-quarterly-report"');
    expect(check(bad)).toEqual([
      `${F}:14:13  groups[0].items[0].pages[0].page  "/handbook/strategy/vision/" is not a handbook page path: write its path under the handbook folder without the extension, e.g. "strategy/vision"`,
      `${F}:16:13  groups[0].items[0].pages[1].anchor  "#the-quarterly-report" is not a heading anchor: write the id without "#", e.g. "rollback-triggers"`,
    ]);
  });

  it('reports YAML that does not parse with its line', () => {
    expect(check('title: [unclosed\n')).toHaveLength(1);
    expect(check('title: [unclosed\n')[0]).toMatch(/^content\/traceability\.yaml:1:8 {2}title {2}is not valid YAML: /);
  });
});

describe('traceability map: cross-references', () => {
  it('fails when a mapped page does not exist (a draft does not count), naming file, line and field', () => {
    expect(check(GOOD.replace('- page: strategy\n', '- page: strategy/visoin\n'))).toContain(
      `${F}:24:13  groups[0].items[1].pages[0].page  "strategy/visoin" is not a page of this handbook: write its path under the handbook folder without the extension, e.g. "strategy/vision"`,
    );
    expect(check(GOOD.replace('- page: strategy\n', '- page: ops/draft\n'))).toContain(
      `${F}:24:13  groups[0].items[1].pages[0].page  "ops/draft" is not a page of this handbook: write its path under the handbook folder without the extension, e.g. "strategy/vision"`,
    );
  });

  it('leaves a page whose file is invalid to the handbook error (no second message)', () => {
    expect(check(GOOD.replace('- page: strategy\n', '- page: ops/broken\n')).filter((m) => !m.includes('warning'))).toEqual([]);
  });

  it('fails when an anchor is not a heading on the page, listing the headings it has', () => {
    expect(check(GOOD.replace('anchor: the-quarterly-report', 'anchor: quarterly-report'))).toContain(
      `${F}:16:13  groups[0].items[0].pages[1].anchor  "quarterly-report" is not a heading on /handbook/strategy/vision/: its headings are #where-we-are-going, #the-quarterly-report`,
    );
  });

  it('fails when a feature is not a page on the site, with the trailing-slash hint when that is all it lacks', () => {
    expect(check(GOOD.replace('path: /kpis/', 'path: /kpis'))).toContain(
      `${F}:19:13  groups[0].items[0].features[0].path  "/kpis" is not a page on this site: add the trailing slash ("/kpis/")`,
    );
    expect(check(GOOD.replace('path: /kpis/', 'path: /dashboards/'))).toContain(
      `${F}:19:13  groups[0].items[0].features[0].path  "/dashboards/" is not a page on this site: no page has that address`,
    );
  });

  it('fails when two items or two groups share an id', () => {
    const dup = GOOD.replace('- id: section', '- id: vision').replace('- id: knowledge', '- id: strategic');
    expect(check(dup).filter((m) => !m.includes('warning'))).toEqual([
      `${F}:20:9  groups[0].items[1].id  "vision" is already the id of groups[0].items[0]: give each item its own id`,
      `${F}:26:5  groups[1].id  "strategic" is already the id of groups[0]: give each group its own id`,
    ]);
  });
});

describe('traceability map: the page view', () => {
  it('resolves titles, headings, section pages and counts by level', () => {
    const map = parseTraceability(F, GOOD).map!;
    const v = traceabilityView(map, targets);
    expect(v.groups[0].items[0].pages).toEqual([
      { title: 'Vision', url: '/handbook/strategy/vision/' },
      { title: 'Vision: The quarterly report', url: '/handbook/strategy/vision/#the-quarterly-report' },
    ]);
    expect(v.groups[0].items[1].pages).toEqual([{ title: 'Release strategy', url: '/handbook/strategy/' }]);
    expect(v.groups[0].items[0].features).toEqual([{ title: 'KPI dashboards', url: '/kpis/' }]);
    expect(v.counts).toEqual({ full: 1, partial: 1, none: 1 });
    expect(v.groups[1].counts).toEqual({ full: 0, partial: 0, none: 1 });
    expect([v.total, v.withoutPage]).toEqual([3, 1]);
  });
});

describe('loadTraceability', () => {
  it('is undefined when the handbook has no map, and reads the file when it has one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trace-'));
    expect(loadTraceability(dir)).toBeUndefined();
    fs.mkdirSync(path.join(dir, path.dirname(DEFAULT_PATHS.traceability)), { recursive: true });
    fs.writeFileSync(path.join(dir, DEFAULT_PATHS.traceability), GOOD);
    const loaded = loadTraceability(dir);
    expect(loaded?.issues).toEqual([]);
    expect(loaded?.map?.groups.map((g) => g.id)).toEqual(['strategic', 'knowledge']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
