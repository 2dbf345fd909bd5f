// The traceability map as an engine feature (tests/fixtures/traceability): the page is generated from the data and
// escapes it, the check stops a build whose map names a missing page, anchor or feature, and a handbook without the
// file (tests/fixtures/handbook-only) has no such page and no link to it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildContentDir, buildFixture, copyFixture, removeCopy, tempOutDir, type BuildResult } from '../support/fixtures';
import { brokenLinks, htmlPages, linkTargets } from '../support/site-checks';
import { spawnSync } from 'node:child_process';
import { REPO } from '../../scripts/lib/project';

let build: BuildResult;
let bare: BuildResult;

beforeAll(async () => {
  build = await buildFixture('traceability');
  bare = await buildFixture('handbook-only');
}, 600_000);

const read = (dist: string, rel: string) => fs.readFileSync(path.join(dist, rel), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a handbook with traceability.yaml', () => {
  it('builds, and /traceability/ lists every item with its pages, heading links, features and coverage', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
    const html = read(build.dist, 'traceability/index.html');
    expect(html).toContain('<h1 class="ds_page-header__title">How the role is covered</h1>');
    expect(html).toContain('<a href="/handbook/ops/deploying/">Deploying a service</a>');
    expect(html).toContain('<a href="/handbook/ops/deploying/#rolling-back">Deploying a service: Rolling back</a>');
    expect(html).toContain('<a href="/handbook/ops/">Operations</a>');
    expect(html).toContain('<a href="/handbook/ops/capacity/#forecasting-peaks">Capacity planning: Forecasting peaks</a>');
    expect(html).toContain('<a href="/reviews/">Page reviews</a>');
    expect(text(html)).toContain('4 items: 1 covered in full, 2 in part and 1 not yet covered. 1 item has no handbook page yet.');
    expect([...html.matchAll(/<tr id="([^"]+)"/g)].map((m) => m[1])).toEqual(['deploy-safely', 'run-operations', 'capacity', 'disaster-recovery']);
  });

  it('escapes text from the data instead of reading it as HTML', () => {
    const html = read(build.dist, 'traceability/index.html');
    expect(html).toContain('Deploy changes safely &amp; roll them back when needed &lt;quickly&gt;.');
    expect(html).not.toContain('<quickly>');
  });

  it('lists the page in the site map, and every internal link and anchor resolves', () => {
    expect(read(build.dist, 'sitemap/index.html')).toContain('<a href="/traceability/">How the role is covered</a>');
    expect(brokenLinks(build.dist)).toEqual([]);
  });
});

describe('a handbook without traceability.yaml', () => {
  it('has no traceability page and no link to one', () => {
    expect(bare.status).toBe(0);
    expect(fs.existsSync(path.join(bare.dist, 'traceability'))).toBe(false);
    expect([...linkTargets(htmlPages(bare.dist)).keys()].filter((t) => t.startsWith('/traceability'))).toEqual([]);
  });
});

describe('a map that names what does not exist', () => {
  let copy: string;
  let res: BuildResult;
  let out: string;

  beforeAll(async () => {
    copy = copyFixture('traceability');
    const file = path.join(copy, 'traceability.yaml');
    const yaml = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, yaml.replace('anchor: rolling-back', 'anchor: roll-back').replace('path: /reviews/', 'path: /reviews'));
    out = tempOutDir('traceability-bad');
    res = await buildContentDir(copy, out);
  }, 600_000);
  afterAll(() => removeCopy(copy));

  it('stops the build before writing anything, naming file, line, field and what to do', () => {
    expect(res.status).not.toBe(0);
    expect(res.output).toContain(
      `${copy}/traceability.yaml:17:13  groups[0].items[0].pages[1].anchor  "roll-back" is not a heading on /handbook/ops/deploying/: its headings are #before-you-deploy, #rolling-back`,
    );
    expect(res.output).toContain(`${copy}/traceability.yaml:19:36  groups[0].items[0].features[0].path  "/reviews" is not a page on this site: add the trailing slash ("/reviews/")`);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

describe('npm run check on the fixture', () => {
  it('warns about an item with no handbook page, with its line', () => {
    const res = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'scripts/check.ts')], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, HANDBOOK_CONTENT_DIR: 'tests/fixtures/traceability', SOURCE_DATE_EPOCH: '1795780800' },
    });
    expect(res.status).toBe(0);
    expect(res.stdout).toContain(
      'tests/fixtures/traceability/traceability.yaml:35:9  groups[1].items[1].pages  warning: "disaster-recovery" has no handbook page: list the pages that cover it, or write one',
    );
  }, 120_000);
});
