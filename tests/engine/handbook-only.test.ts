// A handbook with nothing but pages (tests/fixtures/handbook-only): it builds, and no optional area appears anywhere.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildFixture, type BuildResult } from '../support/fixtures';
import { brokenLinks, htmlPages, linkTargets } from '../support/site-checks';
import { areaOfPath } from '../../src/lib/site/areas';
import type { HtmlFacts } from '../support/dist';

let build: BuildResult;
let pages: HtmlFacts[];

beforeAll(async () => {
  build = await buildFixture('handbook-only');
  pages = build.status === 0 ? htmlPages(build.dist) : [];
}, 300_000);

describe('a handbook with only site.yaml and pages', () => {
  it('builds with zero errors', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
    expect(pages.map((p) => p.url)).toContain('/handbook/guides/deploying/');
  });

  it('has no page, feed or API of an absent area', () => {
    const files = fs.readdirSync(build.dist, { recursive: true, encoding: 'utf8' }).map((f) => '/' + f.split(path.sep).join('/'));
    expect(files.filter((f) => areaOfPath(f) !== undefined)).toEqual([]);
  });

  it('links to no absent area anywhere', () => {
    const toAreas = [...linkTargets(pages)].filter(([target]) => areaOfPath(target) !== undefined);
    expect(toAreas.map(([target, from]) => `${target} (from ${from[0]})`)).toEqual([]);
  });

  it('has only the handbook and reviews in the main navigation', () => {
    const home = fs.readFileSync(path.join(build.dist, 'index.html'), 'utf8');
    const nav = /<nav class="mh_main-nav"[^>]*>([\s\S]*?)<\/nav>/.exec(home)?.[1] ?? '';
    expect([...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/handbook/', '/reviews/']);
  });

  it('has no search filter for an absent area', () => {
    const search = fs.readFileSync(path.join(build.dist, 'search/index.html'), 'utf8');
    expect([...search.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]).filter(Boolean)).toEqual(['handbook']);
  });

  it('every internal link and anchor resolves', () => {
    expect(brokenLinks(build.dist, pages)).toEqual([]);
  });
});
