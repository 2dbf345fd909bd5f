// When a page is due for review, and whether it is overdue on a given day.
import { addDuration, daysBetween, parseDuration, type IsoDate } from '../shared/dates';
import type { HandbookFrontmatter } from './schema';

export type ReviewState = 'overdue' | 'due-soon' | 'ok';

/** Pages due within this many days are flagged as due soon. */
export const DUE_SOON_DAYS = 30;

export interface ReviewStatus {
  lastReviewed: IsoDate;
  dueBy: IsoDate;
  state: ReviewState;
  /** Negative when overdue. */
  daysLeft: number;
}

export function reviewDue(fm: Pick<HandbookFrontmatter, 'last_reviewed' | 'review_by' | 'review_in'>): IsoDate {
  if (fm.review_by) return fm.review_by;
  const d = fm.review_in ? parseDuration(fm.review_in) : undefined;
  // The schema guarantees one of the two; a year is the conservative default if called on raw data.
  return addDuration(fm.last_reviewed, d ?? { amount: 1, unit: 'year' });
}

/**
 * Where a review due on `dueBy` stands on `today` (both YYYY-MM-DD): overdue after the day, due soon within
 * {@link DUE_SOON_DAYS} days, otherwise ok; `daysLeft` is negative when overdue. The one rule for pages, radar blips
 * and checklists alike.
 */
export function reviewStateOn(dueBy: IsoDate, today: IsoDate): { dueBy: IsoDate; state: ReviewState; daysLeft: number } {
  const daysLeft = daysBetween(today, dueBy);
  return { dueBy, state: daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'ok', daysLeft };
}

export function reviewStatus(
  fm: Pick<HandbookFrontmatter, 'last_reviewed' | 'review_by' | 'review_in'>,
  today: IsoDate,
): ReviewStatus {
  return { lastReviewed: fm.last_reviewed, ...reviewStateOn(reviewDue(fm), today) };
}
