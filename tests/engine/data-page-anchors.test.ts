// Links to the sections of pages made from data (a release, a component, a radar blip): the check knows each page's
// anchors from the same lists its template shows (src/lib/releases/page-anchors.ts, src/lib/radar/blip-page.ts), so
// a misspelt or missing section is reported at the link, and every section heading the built page has is one the
// check accepts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildFixture, checkContentDir, copyFixture, FIXTURES_DIR, removeCopy, type BuildResult } from '../support/fixtures';
import { REPO } from '../../scripts/lib/project';
import { loadReleaseData } from '../../src/lib/releases/load';
import { loadChecklistsFromFiles } from '../../src/lib/checklists/load';
import { listFiles } from '../../src/lib/handbook/load';
import { checkChecklists, checkRadar, releaseAnchors } from '../../src/lib/check/domains';
import { pathsUnder } from '../../src/lib/shared/content-dir';

const FIXTURE = 'every-area';

describe('links to the sections of release, component, blip and checklist pages', () => {
  let copy = '';
  let out = '';
  beforeAll(() => {
    copy = copyFixture(FIXTURE);
    const blip = path.join(REPO, copy, 'radar/blips/kubernetes.md');
    fs.writeFileSync(blip, fs.readFileSync(blip, 'utf8') + '\n## Running it at MyGov\n\nOne cluster per environment.\n');
    const body = [
      'Good: [notes](/releases/payments/3.4.0/#release-notes), [incident](/releases/payments/3.7.0/#incident-1),', // 9
      '[changelog](/releases/payments/#changelog-3.4.0), [history](/radar/blips/kubernetes/#history),', // 10
      '[its own heading](/radar/blips/kubernetes/#running-it-at-mygov), [item](/checklists/go-no-go/#uat-signed-off),', // 11
      '[group](/checklists/go-no-go/#quality), [usage](/checklists/go-no-go/#releases-that-used-it), [ics](/releases/payments.ics), [api](/api/releases.json), [csv](/radar/radar.csv), [log](/releases/payments/CHANGELOG.md).', // 12
      '', // 13
      'Bad: [typo](/releases/payments/3.4.0/#rollbak-plan), [none](/releases/payments/3.4.0/#retrospective),', // 14
      '[version](/releases/payments/#changelog-9.9.9), [blip](/radar/blips/kubernetes/#histroy).', // 15
      '[item](/checklists/go-no-go/#uat-signed-of).', // 16
    ].join('\n');
    fs.writeFileSync(
      path.join(REPO, copy, 'handbook/guides/links-to-data.md'),
      `---\ntitle: Links to data\ndescription: Links.\nowner: Platform team\nlast_reviewed: 2026-10-01\nreview_in: 6 months\n---\n\n${body}\n`,
    );
    out = checkContentDir(copy).out;
  }, 120_000);
  afterAll(() => copy && removeCopy(copy));

  it('reports a misspelt section or item, and one the release does not have, at the link', () => {
    const f = `${copy}/handbook/guides/links-to-data.md`;
    const lines = out.split('\n').map((l) => l.trim()).filter((l) => l.startsWith(`${f}:`));
    expect(lines).toEqual([
      `${f}:14:6  link  "/releases/payments/3.4.0/#rollbak-plan": the page has no heading with the anchor #rollbak-plan: did you mean #rollback-plan?`,
      `${f}:14:54  link  "/releases/payments/3.4.0/#retrospective": the page has no heading with the anchor #retrospective; its anchors are #promotion, #release-notes, #artefacts, #sign-offs, #risks and #rollback-plan`,
      `${f}:15:1  link  "/releases/payments/#changelog-9.9.9": the page has no heading with the anchor #changelog-9.9.9: did you mean #changelog-3.7.4?`,
      `${f}:15:49  link  "/radar/blips/kubernetes/#histroy": the page has no heading with the anchor #histroy: did you mean #history?`,
      `${f}:16:1  link  "/checklists/go-no-go/#uat-signed-of": the page has no heading with the anchor #uat-signed-of: did you mean #uat-signed-off?`,
    ]);
  });
});

describe('the anchors the check knows for pages made from data', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildFixture(FIXTURE);
  }, 300_000);

  /** The `id`s of the `<h2>`/`<h3>` headings in a built page. */
  const headingIds = (url: string) =>
    new Set([...fs.readFileSync(path.join(build.dist, url, 'index.html'), 'utf8').matchAll(/<h[23][^>]*\sid="([^"]+)"/g)].map((m) => m[1]));
  /** The opening tag of the element with `id` in a built page. */
  const elementWithId = (url: string, id: string) => new RegExp(`<[^>]*\\sid="${id}"[^>]*>`).exec(fs.readFileSync(path.join(build.dist, url, 'index.html'), 'utf8'))?.[0] ?? '';
  const allIds = (url: string) => new Set([...fs.readFileSync(path.join(build.dist, url, 'index.html'), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

  it('are exactly the section headings each built release, component and blip page has', () => {
    expect(build.status, build.output).toBe(0);
    const dir = path.relative(REPO, path.join(FIXTURES_DIR, FIXTURE)).split(path.sep).join('/');
    const before = process.env.HANDBOOK_CONTENT_DIR;
    process.env.HANDBOOK_CONTENT_DIR = dir;
    try {
      const data = loadReleaseData(REPO);
      const lists = loadChecklistsFromFiles(listFiles(REPO, pathsUnder(dir).checklists, ['.md']));
      const ctx = { root: REPO, today: '2026-11-27', strict: false, includeDrafts: false };
      const known = new Map([...(releaseAnchors(data, lists.checklists, true) ?? []), ...(checkRadar(ctx).anchors ?? []), ...checkChecklists(ctx, data).anchors]);
      // Every kind of page, and the sections that only some releases have.
      const urls = [...known.keys()];
      expect(urls.filter((u) => /^\/releases\/[^/]+\/[^/]+\/$/.test(u)).length).toBeGreaterThan(10);
      expect(urls).toContain('/releases/payments/');
      expect(urls).toContain('/radar/blips/kubernetes/');
      expect(urls).toContain('/checklists/go-no-go/');
      const seen = new Set(urls.flatMap((u) => [...known.get(u)!]));
      for (const id of ['incidents', 'incident-1', 'retrospective', 'readiness', 'rollback-plan', 'changelog-unreleased', 'live-now', 'next-up', 'replaces', 'tags', 'history'])
        expect(seen, id).toContain(id);
      for (const [url, anchors] of known) {
        // The fixture's blips have no headings in their descriptions, so a blip page's headings are the template's. A
        // checklist's groups are fieldsets with ids (their <h2> has none) and its items are checkboxes with ids.
        expect([...headingIds(url)].sort(), url).toEqual([...anchors].filter((a) => headingIds(url).has(a)).sort());
        if (url.startsWith('/checklists/'))
          expect([...allIds(url)].filter((id) => /mh_checklist__(group|item)/.test(elementWithId(url, id))).sort(), url).toEqual([...anchors].filter((a) => a !== 'releases-that-used-it').sort());
        for (const a of anchors) expect(allIds(url).has(a), `${url}#${a}`).toBe(true);
      }
    } finally {
      if (before === undefined) delete process.env.HANDBOOK_CONTENT_DIR;
      else process.env.HANDBOOK_CONTENT_DIR = before;
    }
  });
});
