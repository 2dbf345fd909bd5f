// A draft radar edition is built in a preview build (HANDBOOK_PREVIEW=1) and never in the published one, nor in
// any feed, export or API of either: the radar-drafts fixture built both ways by the real pipeline.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, checkContentDir, copyFixture, removeCopy, type BuildResult } from '../support/fixtures';
import { REPO } from '../../scripts/lib/project';

let published: BuildResult;
let preview: BuildResult;

beforeAll(async () => {
  published = await buildFixture('radar-drafts');
  preview = await buildFixture('radar-drafts', { env: { HANDBOOK_PREVIEW: '1' } });
}, 600_000);

const page = (b: BuildResult, url: string) => path.join(b.dist, url, url.endsWith('/') ? 'index.html' : '');
const read = (b: BuildResult, url: string) => fs.readFileSync(page(b, url), 'utf8');
const exists = (b: BuildResult, url: string) => fs.existsSync(page(b, url));

/** Every text file the build wrote (pages, feeds, JSON, CSV, sitemaps), path → text. */
function textFiles(dir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /\.(html|xml|json|csv|txt)$/.test(e.name)) {
      const full = path.join(e.parentPath, e.name);
      out.push([path.relative(dir, full), fs.readFileSync(full, 'utf8')]);
    }
  }
  return out;
}

/** The machine outputs that must never carry a draft, in any build. */
const OUTPUTS = ['/radar/feed.xml', '/api/radar.json', '/radar/radar.csv', '/radar/radar.json'];

describe('the published build', () => {
  it('builds, and writes nothing of the draft edition anywhere: no page, feed, export, API or sitemap entry', () => {
    expect(published.status, published.output).toBe(0);
    expect(exists(published, '/radar/2027-04/')).toBe(false);
    expect(exists(published, '/radar/2027-04/changes/')).toBe(false);
    expect(exists(published, '/radar/blips/opentelemetry/')).toBe(false);
    const leaks = textFiles(published.dist).filter(([, text]) => /2027-04|OpenTelemetry|Spring 2027/.test(text));
    expect(leaks.map(([f]) => f)).toEqual([]);
  });

  it('shows the latest published edition, with blips where that edition put them', () => {
    const radar = read(published, '/radar/');
    expect(radar).toContain('Autumn 2026: typed code');
    expect(radar).toContain('Current edition');
    const flags = read(published, '/radar/blips/feature-flags/');
    expect(flags).toContain('Trial');
    expect(flags).not.toContain('Adopt ring');
    expect(read(published, '/radar/blips/jenkins/')).not.toContain('Retired: off the radar');
  });
});

describe("the radar's name", () => {
  // A new adopter's trial (2 December 2026): every radar page was titled "Technology radar", and "What changed:
  // <edition>" did not say it was the radar's, whatever radar.yaml `title` (or site.yaml `radar_name`) said.
  const title = (url: string) => /<title>([^<]*)<\/title>/.exec(read(published, url))?.[1];
  it("titles, heads and leads the way to every radar page with radar.yaml's title", () => {
    expect(title('/radar/')).toBe('Example Council technology radar - Example Council Handbook');
    expect(title('/radar/2026-04/')).toBe('Example Council technology radar: Spring 2026: the first radar - Example Council Handbook');
    expect(title('/radar/2026-10/changes/')).toBe('What changed in Autumn 2026: typed code - Example Council technology radar - Example Council Handbook');
    expect(read(published, '/radar/rings/')).toContain('href="/radar/">Example Council technology radar</a>');
    expect(read(published, '/radar/')).toMatch(/<h1[^>]*>Example Council technology radar<\/h1>/);
    expect(fs.readFileSync(page(published, '/radar/feed.xml'), 'utf8')).toContain('<title>Example Council technology radar</title>');
  });
});

describe('the preview build (HANDBOOK_PREVIEW=1)', () => {
  it('says it is a preview and builds the draft edition and its changes page, marked as a draft', () => {
    expect(preview.status, preview.output).toBe(0);
    expect(preview.output).toContain('preview build: draft pages and draft radar editions are included');
    const changes = read(preview, '/radar/2027-04/changes/');
    expect(changes).toContain('Draft edition: Spring 2027: tracing and flags is not published.');
    expect(changes).toContain('Draft, planned for <time datetime="2027-04-15">15 April 2027</time>');
    for (const blip of ['Feature flags', 'OpenTelemetry', 'Jenkins']) expect(changes).toContain(blip);
    expect(read(preview, '/radar/2027-04/')).toContain('Draft edition');
    expect(exists(preview, '/radar/blips/opentelemetry/')).toBe(true);
  });

  it('still shows the latest published edition at /radar/', () => {
    const radar = read(preview, '/radar/');
    expect(radar).toContain('Autumn 2026: typed code');
    expect(radar).toContain('Current edition');
  });

  it('keeps the draft out of the feed, the exports and the API even so', () => {
    for (const url of OUTPUTS) {
      const text = read(preview, url);
      expect(text, url).not.toContain('2027-04');
      expect(text, url).not.toContain('OpenTelemetry');
    }
    // The same files as the published build.
    for (const url of OUTPUTS) expect(read(preview, url), url).toBe(read(published, url));
  });
});

describe('the check, for links to what only the draft edition adds', () => {
  it('says it is not published yet, with the edition, rather than "not a page" or "did you mean"', () => {
    const copy = copyFixture('radar-drafts');
    try {
      fs.writeFileSync(
        path.join(REPO, copy, 'handbook/next.mdx'),
        '---\ntitle: Next\ndescription: Next.\nowner: Platform team\nlast_reviewed: 2026-10-01\nreview_in: 6 months\n---\n\n' +
          'See [OpenTelemetry](/radar/blips/opentelemetry/) and [the edition](/radar/2027-04/).\n\n<RadarBlip id="opentelemetry" />\n',
      );
      const { out } = checkContentDir(copy);
      const f = `${copy}/handbook/next.mdx`;
      const lines = out.split('\n').map((l) => l.trim()).filter((l) => l.startsWith(`${f}:`));
      const later = 'or see it now with npm run dev (which shows drafts)';
      expect(lines).toEqual([
        `${f}:9:5  link  "/radar/blips/opentelemetry/" is not published yet: it comes with draft edition 2027-04; link to it once that edition is published (npm run radar -- edition publish), ${later}`,
        `${f}:9:54  link  "/radar/2027-04/" is not published yet: it is a page of draft edition 2027-04; link to it once that edition is published (npm run radar -- edition publish), ${later}`,
        `${f}:11:1  <RadarBlip id>  "opentelemetry" is not published yet: it comes with draft edition 2027-04; use it once that is published, ${later}`,
      ]);
    } finally {
      removeCopy(copy);
    }
  }, 120_000);
});
