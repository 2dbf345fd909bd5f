// An overdue review is named at the line the editor changes once the page is reviewed, with what to write there.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHandbook } from './domains';
import { runChecks } from './index';
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

  it('notes why no page has a "Last updated" date when the content is not in git', () => {
    const res = checkHandbook({ root, today: '2026-12-01', strict: false, includeDrafts: false });
    expect(res.notes).toContain(
      '"Last updated": content/handbook is not in a git repository (or git is not installed), so pages show a "Last updated" date only where their front matter sets updated: YYYY-MM-DD.',
    );
  });

  it('dates a page git has no commit of yet by today, unless it sets updated:, and notes which pages those are', () => {
    // A new adopter's trial (2 December 2026): content not yet committed built an empty feed.xml and no page said
    // when it was last updated, in a repository whose other files git could date.
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'reviews-git-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
        cwd: other,
        stdio: 'ignore',
        env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-20T12:00:00Z', GIT_COMMITTER_DATE: '2026-11-20T12:00:00Z' },
      });
    try {
      fs.mkdirSync(path.join(other, 'content/handbook'), { recursive: true });
      const write = (name: string, extra = '') => fs.writeFileSync(path.join(other, 'content/handbook', name), `---\ntitle: ${name}\ndescription: A page.\nowner: Ops\nlast_reviewed: 2026-11-01\nreview_in: 6 months\n${extra}---\n\nText.\n`);
      write('committed.md');
      git('init', '-q');
      git('add', '.');
      git('commit', '-qm', 'first');
      write('new.md');
      write('new-dated.md', 'updated: 2026-10-05\n');
      const res = checkHandbook({ root: other, today: '2026-12-01', strict: false, includeDrafts: false });
      expect(res.issues.map(formatIssue)).toEqual([]);
      expect(Object.fromEntries(res.handbook.pages.map((p) => [p.file, p.lastUpdated]))).toEqual({
        'content/handbook/committed.md': '2026-11-20',
        'content/handbook/new.md': '2026-12-01',
        'content/handbook/new-dated.md': '2026-10-05',
      });
      expect(res.notes.filter((n) => n.startsWith('"Last updated"'))).toEqual([
        '"Last updated": 1 page is not committed to git yet (content/handbook/new.md), so it shows today\'s date until committed.',
      ]);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('are errors with --strict', () => {
    const res = checkHandbook({ root, today: '2026-12-01', strict: true, includeDrafts: false });
    expect(res.issues.map((i) => i.severity)).toEqual(['error', 'error']);
  });

  it('counts one day in the singular, and tells a page that takes last_reviewed from site.yaml to add it', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'reviews-'));
    try {
      fs.mkdirSync(path.join(other, 'content/handbook'), { recursive: true });
      fs.writeFileSync(path.join(other, 'content/site.yaml'), 'title: T\nurl: https://h.example\ndefaults:\n  last_reviewed: 2026-05-30\n');
      fs.writeFileSync(path.join(other, 'content/handbook/due.md'), '---\ntitle: Due\ndescription: A page.\nowner: Ops\nreview_in: 6 months\n---\n\nText.\n');
      const res = checkHandbook({ root: other, today: '2026-12-01', strict: false, includeDrafts: false }, { last_reviewed: '2026-05-30' });
      expect(res.issues.map(formatIssue)).toEqual([
        'content/handbook/due.md:5:1  review_in  warning: review was due on 2026-11-30 (1 day ago); owner: Ops; once the page is reviewed, add last_reviewed with the day it was (the page takes it from site.yaml defaults now)',
      ]);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('names overdue radar blips and checklists like pages, and counts them in the build log\'s review line', () => {
    // A new adopter's trial (1 December 2026): an overdue checklist got no warning at all, and the review line
    // counted pages only while the check warned about blips.
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'reviews-'));
    try {
      fs.cpSync(path.resolve(__dirname, '../../../tests/fixtures/every-area'), path.join(other, 'content'), { recursive: true });
      const bump = (rel: string) => {
        const f = path.join(other, 'content', rel);
        fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/^review_by: .*$/m, 'review_by: 2026-11-01'));
      };
      bump('checklists/release-notes.md');
      bump('radar/blips/argo-cd.md');
      const res = runChecks(other, { today: '2026-12-01' });
      const reviews = res.issues.filter((i) => i.message.startsWith('review was due')).map(formatIssue);
      expect(reviews).toContainEqual(
        'content/checklists/release-notes.md:7:1  review_by  warning: review was due on 2026-11-01 (30 days ago); owner: Release Manager; once it is reviewed, set review_by to the date of the next review',
      );
      expect(reviews).toContainEqual(expect.stringMatching(/^content\/radar\/blips\/argo-cd\.md:6:1 {2}review_by {2}warning: review was due on 2026-11-01 \(30 days ago\); owner: .+; once it is reviewed, set review_by to the date of the next review$/));
      const overdueLine = res.notes.find((n) => n.startsWith('Reviews: '));
      expect(Number(/^Reviews: (\d+) overdue/.exec(overdueLine ?? '')?.[1])).toBe(reviews.length);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
