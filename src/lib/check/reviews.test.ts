// An overdue review is named at the line the editor changes once the page is reviewed, with what to write there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHandbook } from './domains';
import { formatIssue } from '../shared/errors';

let root: string;
const page = (name: string, fields: string) => fs.writeFileSync(path.join(root, 'content/handbook/guides', name), `---\ntitle: ${name}\ndescription: A page.\nowner: Platform team\n${fields}---\n\nText.\n`);

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'reviews-'));
  fs.mkdirSync(path.join(root, 'content/handbook/guides'), { recursive: true });
  page('by-interval.md', 'last_reviewed: 2026-01-05\nreview_in: 6 months\n');
  page('by-date.md', 'last_reviewed: 2026-01-05\nreview_by: 2026-03-01\n');
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('overdue reviews', () => {
  it('names last_reviewed for a review interval and review_by for a review date, each with what to do', () => {
    const res = checkHandbook({ root, today: '2026-12-01', strict: false, includeDrafts: false });
    expect(res.issues.map(formatIssue).sort()).toEqual([
      'content/handbook/guides/by-date.md:6:1  review_by  warning: review was due on 2026-03-01 (275 days ago); owner: Platform team; once the page is reviewed, set review_by to the date of the next review',
      'content/handbook/guides/by-interval.md:5:1  last_reviewed  warning: review was due on 2026-07-05 (149 days ago); owner: Platform team; once the page is reviewed, set last_reviewed to the day it was',
    ]);
  });

  it('are errors with --strict', () => {
    const res = checkHandbook({ root, today: '2026-12-01', strict: true, includeDrafts: false });
    expect(res.issues.map((i) => i.severity)).toEqual(['error', 'error']);
  });
});
