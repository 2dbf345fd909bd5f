// Front matter a page may leave out (tests/fixtures/handbook-only: handbook/guides/on-call.md has no description,
// owner or last_reviewed; site.yaml has `defaults:`): the built page, its section's landing page and the feed carry
// the description taken from its first paragraph and the defaults, and the build says which pages relied on them.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildFixture, type BuildResult } from '../support/fixtures';
import { descriptionFromBody } from '../../src/lib/handbook/page-data';

let build: BuildResult;
const html = (url: string) => fs.readFileSync(path.join(build.dist, url, 'index.html'), 'utf8');
/** The derived text as it appears in HTML (the renderer escapes the apostrophe as &#39; or leaves it). */
const DERIVED = 'The platform team, one week each. The rota lives in the team’s shared calendar, and the person on call answers the out-of-hours phone, looks at every alert…';

beforeAll(async () => {
  build = await buildFixture('handbook-only');
}, 300_000);

describe('a page without description, owner or last_reviewed', () => {
  it('the derived description is the first paragraph, cut at a word boundary (the same function the build used)', () => {
    const text = fs.readFileSync('tests/fixtures/handbook-only/handbook/guides/on-call.md', 'utf8');
    expect(descriptionFromBody(text.slice(text.indexOf('\n---\n', 4) + 5))).toBe(DERIVED);
  });

  it('builds, with its description from its first paragraph in <meta name="description">', () => {
    expect(build.status, build.output).toBe(0);
    expect(html('handbook/guides/on-call')).toContain(`<meta name="description" content="${DERIVED}">`);
  });

  it('shows the owner and last-reviewed date from site.yaml defaults', () => {
    const page = html('handbook/guides/on-call');
    expect(page).toMatch(/<dt class="ds_metadata__key">Owner<\/dt> <dd class="ds_metadata__value">Digital team<\/dd>/);
    expect(page).toMatch(/<dt class="ds_metadata__key">Last reviewed<\/dt> <dd class="ds_metadata__value"><time datetime="2026-09-01">1 September 2026<\/time>/);
    // review_in: 6 months counts from the default date.
    expect(page).toContain('<time datetime="2027-03-01">');
  });

  it('a page that writes its own owner keeps it', () => {
    expect(html('handbook/guides/deploying')).toMatch(/Owner<\/dt> <dd class="ds_metadata__value">Platform team<\/dd>/);
  });

  it('lists it with the derived description on its section’s landing page', () => {
    const landing = html('handbook/guides');
    expect(landing).toContain('href="/handbook/guides/on-call/"');
    expect(landing).toContain(`<p>${DERIVED}</p>`);
  });

  it('the build’s content check names the pages that rely on a default', () => {
    expect(build.output).toContain('Front matter: 1 page takes its description from its first paragraph: tests/fixtures/handbook-only/handbook/guides/on-call.md');
    expect(build.output).toContain('Front matter: 1 page takes owner from site.yaml defaults: tests/fixtures/handbook-only/handbook/guides/on-call.md');
    expect(build.output).toContain('Front matter: 1 page takes last_reviewed from site.yaml defaults: tests/fixtures/handbook-only/handbook/guides/on-call.md');
  });
});
