// A content directory kept outside the project (HANDBOOK_CONTENT_DIR=../our-handbook, as the README suggests):
// relative images resolve, every link works, and "Edit this page" and every other place that names a content file
// name it inside the content's own repository. Every area's fixture, so checklist and KPI pages are among them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../../scripts/lib/project';
import { buildContentDir, FIXTURES_DIR, tempOutDir, type BuildResult } from '../support/fixtures';
import { brokenLinks, htmlPages } from '../support/site-checks';

let outside: string;
let build: BuildResult;

beforeAll(async () => {
  // Beside the project, not under it: the path the build sees starts with ../
  outside = fs.mkdtempSync(path.join(path.dirname(REPO), 'outside-content-'));
  fs.cpSync(path.join(FIXTURES_DIR, 'every-area'), outside, { recursive: true });
  fs.writeFileSync(
    path.join(outside, 'handbook/guides/pipeline.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect width="40" height="20" fill="#0065bd"/></svg>\n',
  );
  const page = path.join(outside, 'handbook/guides/deploying.md');
  fs.appendFileSync(page, '\n![The deployment pipeline](pipeline.svg)\n\n![The same picture, by a path that climbs](../guides/pipeline.svg)\n');
  build = await buildContentDir(outside, tempOutDir('outside-content'));
}, 300_000);

afterAll(() => {
  if (outside) fs.rmSync(outside, { recursive: true, force: true });
});

describe('a content directory outside the project', () => {
  it('is named from the project with ../ and builds', () => {
    expect(build.contentDir.startsWith('../')).toBe(true);
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
  });

  it('serves images written relative to the page, from files that exist in the output', () => {
    const html = fs.readFileSync(path.join(build.dist, 'handbook/guides/deploying/index.html'), 'utf8');
    const srcs = [...html.matchAll(/<img[^>]*alt="The (?:deployment pipeline|same picture, by a path that climbs)"[^>]*>/g)].map(
      (m) => /src="([^"]+)"/.exec(m[0])?.[1],
    );
    expect(srcs).toHaveLength(2);
    for (const src of srcs) {
      expect(src).toMatch(/^\//);
      expect(fs.existsSync(path.join(build.dist, decodeURIComponent(src!.split('?')[0])))).toBe(true);
    }
  });

  it('has no broken link', () => {
    expect(build.status).toBe(0);
    expect(brokenLinks(build.dist, htmlPages(build.dist))).toEqual([]);
  });

  it('names no content file by its path from the engine\'s folder (../outside-content-…) on any page', () => {
    // A pull-request trial (3 December 2026): a checklist's release picker and the KPI pages' bands file did, so the
    // same content built different pages locally and in CI.
    const named = htmlPages(build.dist).filter((p) => fs.readFileSync(p.file, 'utf8').includes(path.basename(outside)));
    expect(named.map((p) => p.url)).toEqual([]);
    const checklist = fs.readFileSync(path.join(build.dist, 'checklists/go-no-go/index.html'), 'utf8');
    expect(checklist).toMatch(/data-file="releases\/payments\/[^"]+\.json"/);
    expect(fs.readFileSync(path.join(build.dist, 'kpis/index.html'), 'utf8')).toContain('as recorded in <code>kpis/dora-bands.yaml</code>');
  });

  it('points "Edit this page" at the file inside the content repository, not at a path outside the project', () => {
    const html = fs.readFileSync(path.join(build.dist, 'handbook/guides/deploying/index.html'), 'utf8');
    expect(html).toContain('href="https://github.com/example-council/handbook/edit/main/handbook/guides/deploying.md"');
  });
});
