// Bad content directories: each build stops with a message naming the file (and field and line where there is one)
// and what to do, and writes no output at all.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../../scripts/lib/project';
import { buildContentDir, copyFixture, removeCopy, tempOutDir } from '../support/fixtures';

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

/** A copy of a fixture, changed by `edit` (given the copy's absolute path). */
function broken(fixture: string, edit: (abs: string) => void): string {
  const copy = copyFixture(fixture);
  copies.push(copy);
  edit(path.join(REPO, copy));
  return copy;
}
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const page = (title: string, body = '') =>
  `---\ntitle: ${title}\ndescription: ${title}.\nowner: Platform team\nlast_reviewed: 2026-10-01\nreview_in: 6 months\n---\n\n${body}\n`;

async function expectNothingBuilt(contentDir: string, message: RegExp) {
  const out = path.join(tempOutDir('bad'), 'dist');
  const res = await buildContentDir(contentDir, out);
  expect(res.status).not.toBe(0);
  expect(res.output).toMatch(message);
  expect(fs.existsSync(out), `${out} was written`).toBe(false);
  return res;
}

const BUILD = 300_000;

describe('a build with a bad content directory writes nothing', () => {
  it('stops when the content directory does not exist', async () => {
    await expectNothingBuilt(
      'tests/fixtures/no-such-handbook',
      /tests\/fixtures\/no-such-handbook {2}the content directory does not exist: set HANDBOOK_CONTENT_DIR to a folder holding site\.yaml and handbook\//,
    );
  }, BUILD);

  it('stops when site.yaml is missing', async () => {
    const c = broken('handbook-only', (d) => fs.rmSync(path.join(d, 'site.yaml')));
    await expectNothingBuilt(c, new RegExp(`${c}/site\\.yaml {2}is missing: the site needs a title, url, repository and phase`));
  }, BUILD);

  it('stops when a page links to an area that is switched off, naming the file, line and why', async () => {
    const c = broken('every-area', (d) => fs.appendFileSync(path.join(d, 'site.yaml'), 'areas:\n  radar: false\n'));
    await expectNothingBuilt(
      c,
      new RegExp(`${c}/handbook/index\\.md:\\d+:\\d+ {2}link {2}"/radar/" is not a page on this site: this handbook has no technology radar area \\(it is switched off in site\\.yaml \\(areas:\\)\\): remove the link or add that content`),
    );
  }, BUILD);

  it('says KPIs went with releases when releases are switched off, not that release data is missing', async () => {
    const c = broken('every-area', (d) => fs.appendFileSync(path.join(d, 'site.yaml'), 'areas:\n  releases: false\n'));
    const res = await expectNothingBuilt(
      c,
      new RegExp(`${c}/handbook/index\\.md:\\d+:\\d+ {2}link {2}"/kpis/" is not a page on this site: this handbook has no kpis area \\(KPIs are computed from releases, which are switched off in site\\.yaml \\(areas:\\)\\)`),
    );
    expect(res.output).not.toContain('there is no release data with a kpis/dora-bands.yaml');
  }, BUILD);

  it('stops when an MDX data component is used in a handbook without that area', async () => {
    const c = broken('handbook-only', (d) => write(path.join(d, 'handbook/guides/kpis.mdx'), page('KPIs', 'Failure rate: <Kpi name="change-failure-rate" />')));
    await expectNothingBuilt(
      c,
      new RegExp(`${c}/handbook/guides/kpis\\.mdx:\\d+:15 {2}<Kpi> {2}cannot be used here: this handbook has no kpis area \\(there is no release data with a kpis/dora-bands\\.yaml in the content directory\\): remove the component or add that content`),
    );
  }, BUILD);

  it('reports a bad component id once, not again as "not one of" an empty list where a page names the component', async () => {
    const c = broken('every-area', (d) => {
      const file = path.join(d, 'components.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('- id: payments', '- id: Payments'));
      write(path.join(d, 'handbook/live/payments.mdx'), page('Payments', '<LatestReleases component="payments" />'));
    });
    const res = await expectNothingBuilt(c, new RegExp(`${c}/components\\.yaml:\\d+:\\d+ {2}\\[0\\]\\.id {2}"Payments" is not a valid id: use lower-case letters`));
    expect(res.output).not.toMatch(/<LatestReleases component> {2}"payments" is not one of/);
  }, BUILD);

  it('stops when two pages have the same URL after nesting (a.md and a/index.md)', async () => {
    const c = broken('handbook-only', (d) => write(path.join(d, 'handbook/guides.md'), page('Guides again')));
    await expectNothingBuilt(c, new RegExp(`${c}/handbook/guides/index\\.md {2}has the same URL /handbook/guides/ as ${c}/handbook/guides\\.md: rename or move one of them`));
  }, BUILD);

  it('stops when a folder name cannot be a URL segment', async () => {
    const c = broken('handbook-only', (d) => write(path.join(d, 'handbook/How We Work/pairing.md'), page('Pairing')));
    await expectNothingBuilt(
      c,
      new RegExp(`${c}/handbook/How We Work/pairing\\.md {2}folder name "How We Work" cannot be part of a web address: use lower-case letters, digits and hyphens, e\\.g\\. "how-we-work"`),
    );
  }, BUILD);

  it('stops before writing when the KPI bands are deleted: the pages that cite KPIs are reported', async () => {
    const c = broken('every-area', (d) => fs.rmSync(path.join(d, 'kpis/dora-bands.yaml')));
    const res = await expectNothingBuilt(c, new RegExp(`${c}/handbook/live/data\\.mdx:\\d+:\\d+ {2}<Kpi> {2}cannot be used here: this handbook has no kpis area`));
    expect(res.output).toMatch(new RegExp(`${c}/handbook/index\\.md:\\d+:\\d+ {2}link {2}"/kpis/" is not a page on this site: this handbook has no kpis area`));
  }, BUILD);

  it('removes everything when a page fails to render after the check has passed', async () => {
    // An expression prop is only known when the page renders, so the check cannot judge it.
    const c = broken('every-area', (d) => write(path.join(d, 'handbook/live/broken.mdx'), page('Broken', '<LatestReleases component={["no-such", "component"].join("-")} />')));
    await expectNothingBuilt(c, /"no-such-component" is not a component in /);
  }, BUILD);
});
