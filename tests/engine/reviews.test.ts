// The site's review figures agree with `npm run reviews` (tests/fixtures/every-area, built on 15 April 2027, when
// some of its radar blips and checklists are overdue or due soon): the /reviews/ page lists the same pages, blips and
// checklists, and the home page counts them the same way. Until 2 December 2026 the site counted handbook pages only,
// so its figures disagreed with the weekly review issue (a new adopter's trial).
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildFixture, FIXTURES_DIR, type BuildResult } from '../support/fixtures';
import { CONTENT_DIR_ENV } from '../../src/lib/shared/content-dir';
import { loadHandbook } from '../../src/lib/handbook/load';
import { loadSite } from '../../src/lib/site/load';
import { loadReviewItems } from '../../src/lib/site/review-items';
import { reviewCount, reviewsReport, type ReviewsReport } from '../../src/lib/handbook/reviews-report';
import { capitalise } from '../../src/lib/shared/plural';

const REPO = path.resolve(import.meta.dirname, '../..');
const TODAY = '2027-04-15';
let build: BuildResult;
let report: ReviewsReport;
const html = (url: string) => fs.readFileSync(path.join(build.dist, url, 'index.html'), 'utf8');

beforeAll(async () => {
  build = await buildFixture('every-area', { env: { SOURCE_DATE_EPOCH: String(Date.parse(`${TODAY}T12:00:00Z`) / 1000) } });
  const before = process.env[CONTENT_DIR_ENV];
  process.env[CONTENT_DIR_ENV] = path.join(FIXTURES_DIR, 'every-area');
  try {
    // What scripts/reviews.ts reports, read the way it reads it.
    const { handbook } = loadHandbook(REPO, { today: TODAY, includeDrafts: false });
    report = reviewsReport(handbook, loadReviewItems(REPO, loadSite(REPO).site!, TODAY).items);
  } finally {
    if (before === undefined) delete process.env[CONTENT_DIR_ENV];
    else process.env[CONTENT_DIR_ENV] = before;
  }
}, 600_000);

describe('review figures on the site', () => {
  it('the report has blips and checklists overdue or due soon on that day (the scenario holds)', () => {
    expect(build.status, build.output).toBe(0);
    const kinds = new Set(report.owners.flatMap((o) => [...o.overdue, ...o.dueSoon]).map((i) => i.what));
    expect(kinds).toEqual(new Set(['Handbook page', 'Radar blip', 'Checklist']));
    expect(report.overdue).toBeGreaterThan(0);
  });

  it('/reviews/ lists every item the report has, marked by kind, and counts the overdue ones as it does', () => {
    const page = html('/reviews/');
    for (const item of report.owners.flatMap((o) => [...o.overdue, ...o.dueSoon])) {
      const kind = item.what === 'Handbook page' ? '' : ` (${item.what.toLowerCase()})`;
      expect(page).toContain(`<a href="${item.url}">${item.title}</a>${kind}`);
    }
    const rows = page.match(/<tr>\s*<th scope="row">/g) ?? [];
    expect(page.match(/ds_tag--red/g)?.length).toBe(report.overdue);
    expect(page.match(/ds_tag--orange/g)?.length).toBe(report.dueSoon);
    expect(rows.length).toBeGreaterThan(report.overdue + report.dueSoon);
    // Counted by kind, as the report counts them ("2 pages, 1 radar blip and 1 checklist are"), not as "pages".
    const overdue = report.owners.flatMap((o) => o.overdue);
    expect(reviewCount(overdue)).toMatch(/radar blip.* and \d+ checklists? are$/);
    expect(page).toContain(`${reviewCount(overdue)} overdue.`);
  });

  it('the home page gives the report\'s two counts', () => {
    const home = html('/').replace(/\s+/g, ' ');
    expect(home).toContain(`${capitalise(reviewCount(report.owners.flatMap((o) => o.overdue)))} overdue for review.`);
    expect(home).toContain(`${capitalise(reviewCount(report.owners.flatMap((o) => o.dueSoon)))} due for review in the next 30 days.`);
  });
});
