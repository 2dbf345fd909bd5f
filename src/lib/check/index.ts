// Validates all content without Astro: the one entry point for `npm run check` and the build's pre-flight.
import type { ContentIssue } from '../shared/errors';
import { buildToday } from '../shared/dates';
import { lastCommitDates } from '../shared/git';
import { loadHandbook } from '../handbook/load';
import { HANDBOOK_DIR, reviewSummary } from '../handbook/model';
import { loadSite } from '../site/load';

export interface CheckOptions {
  today?: string;
  /** Development shows drafts, so links to them are fine there. */
  includeDrafts?: boolean;
  /** Overdue reviews become errors. */
  strict?: boolean;
}

export interface CheckResult {
  issues: ContentIssue[];
  errors: number;
  warnings: number;
  /** One-line facts for the console (e.g. the review summary). */
  notes: string[];
}

export function runChecks(root: string, opts: CheckOptions = {}): CheckResult {
  const today = opts.today ?? buildToday();
  const issues: ContentIssue[] = [];
  const notes: string[] = [];

  issues.push(...loadSite(root).issues);

  const hb = loadHandbook(root, {
    today,
    includeDrafts: opts.includeDrafts ?? false,
    lastUpdated: lastCommitDates(root, HANDBOOK_DIR),
  });
  issues.push(...hb.issues);
  notes.push(reviewSummary(hb));
  for (const p of hb.pages) {
    if (p.review.state === 'overdue')
      issues.push({
        file: p.file,
        field: 'review',
        message: `review was due on ${p.review.dueBy} (${-p.review.daysLeft} days ago); owner: ${p.owner}`,
        severity: opts.strict ? 'error' : 'warning',
      });
  }

  const errors = issues.filter((i) => i.severity === 'error').length;
  return { issues, errors, warnings: issues.length - errors, notes };
}
