// Overdue and soon-due handbook pages grouped by owner, as text for a terminal and Markdown for a tracking issue.
import { byCodePoint } from '../shared/sort';
import { formatDate } from '../shared/dates';
import { reviewList, type Handbook, type HandbookPage } from './model';
import { DUE_SOON_DAYS, type ReviewState } from './review';
import { capitalise, countOf, listText } from '../shared/plural';
import { escapeMarkdown } from '../shared/markdown-text';

/**
 * Something with an owner and a review date: a handbook page, a radar blip (`review_by`) or a checklist
 * (`review_by`). Each shows its review state on its own page; the blip page says its owner "has been asked", which
 * this report, posted by the scheduled workflow, makes true.
 */
export interface ReviewItem {
  what: 'Handbook page' | 'Radar blip' | 'Checklist';
  /** Project-relative source file. */
  file: string;
  title: string;
  /** URL path on the site. */
  url: string;
  owner: string;
  /** The title's language, when it is not the site's (a handbook page's `lang`). */
  lang?: string;
  /** `lastReviewed`: a handbook page's `last_reviewed` (blips and checklists record only when the next review is due). */
  review: { state: ReviewState; dueBy: string; daysLeft: number; lastReviewed?: string };
}

/** A handbook page as an item of the report (its review state is the model's, on the handbook's today). */
export function pageReviewItem(p: HandbookPage): ReviewItem {
  return { what: 'Handbook page', file: p.file, title: p.title, url: p.url, owner: p.owner, review: p.review, ...(p.lang ? { lang: p.lang } : {}) };
}

export interface OwnerReviews {
  owner: string;
  /** Earliest due first. */
  overdue: ReviewItem[];
  dueSoon: ReviewItem[];
}

export interface ReviewsReport {
  today: string;
  overdue: number;
  dueSoon: number;
  /** Owners with at least one item overdue or due soon, by owner name without regard to case (then code-point order: the same on every machine). */
  owners: OwnerReviews[];
}

/** An owner's name as grouping compares it: spaces collapsed, case ignored. */
const ownerKey = (owner: string) => owner.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

/**
 * The handbook's pages and the `others` (radar blips and checklists: see ../site/review-items.ts) as one list in
 * review order, earliest due first, then by URL: what `npm run reviews`, the site's /reviews/ page and the home page's
 * counts all read, so the three agree (the site listed pages only, a new adopter's trial, 2 December 2026).
 */
export function reviewItems(hb: Handbook, others: ReviewItem[] = []): ReviewItem[] {
  return [...reviewList(hb).map(pageReviewItem), ...others].sort((a, b) => byCodePoint(a.review.dueBy, b.review.dueBy) || byCodePoint(a.url, b.url));
}

/**
 * Groups the handbook's overdue and due-soon pages (due within {@link DUE_SOON_DAYS} days of `hb.today`, the
 * same rule as the page banners and /reviews/), and the `others` (radar blips and checklists: see
 * ../site/review-items.ts), by their `owner`, compared without regard to case or spacing (the group is named as most
 * of its items spell it), groups in that order too. Items are in review order: earliest due first, then by URL.
 */
export function reviewsReport(hb: Handbook, others: ReviewItem[] = []): ReviewsReport {
  const byOwner = new Map<string, OwnerReviews>();
  const spellings = new Map<string, Map<string, number>>();
  for (const p of reviewItems(hb, others)) {
    if (p.review.state === 'ok') continue;
    // "Platform Team" and "platform  team" are one owner, asked once.
    const key = ownerKey(p.owner);
    let o = byOwner.get(key);
    if (!o) byOwner.set(key, (o = { owner: p.owner, overdue: [], dueSoon: [] }));
    (p.review.state === 'overdue' ? o.overdue : o.dueSoon).push(p);
    const counts = spellings.get(key) ?? new Map<string, number>();
    spellings.set(key, counts.set(p.owner.trim(), (counts.get(p.owner.trim()) ?? 0) + 1));
  }
  // A group is named by the spelling most of its items use (ties: code-point order), and groups are in order of their
  // names without regard to case: the most overdue item's spelling named it, and "platform team" sorted after
  // "Service design team" (a new adopter's trial, 2 December 2026).
  for (const [key, o] of byOwner) o.owner = [...spellings.get(key)!].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))[0][0];
  const owners = [...byOwner.entries()].sort(([a, x], [b, y]) => byCodePoint(a, b) || byCodePoint(x.owner, y.owner)).map(([, o]) => o);
  return {
    today: hb.today,
    overdue: owners.reduce((n, o) => n + o.overdue.length, 0),
    dueSoon: owners.reduce((n, o) => n + o.dueSoon.length, 0),
    owners,
  };
}


/** After the title of an item that is not a handbook page: what it is. */
const kindNote = (p: ReviewItem) => (p.what === 'Handbook page' ? '' : ` (${p.what.toLowerCase()})`);

function when(p: ReviewItem): string {
  const d = p.review.daysLeft;
  if (d < 0) return `overdue by ${countOf(-d, 'day', 'days')}`;
  if (d === 0) return 'due today';
  return `due in ${countOf(d, 'day', 'days')}`;
}

/** The kinds of item in the order counts name them, with their nouns in running text. */
const KIND_NOUNS: [ReviewItem['what'], string, string][] = [
  ['Handbook page', 'page', 'pages'],
  ['Radar blip', 'radar blip', 'radar blips'],
  ['Checklist', 'checklist', 'checklists'],
];

/**
 * How many of `items` there are, by kind, as the subject of a sentence with its verb: "2 pages are", "1 radar blip
 * is", "1 page and 2 radar blips are", "nothing is". The one rule for every count of review items (the reviews
 * report, the pull-request summary, the home page and /reviews/): they said "3 pages are overdue" of three radar
 * blips (2 December 2026).
 */
export function reviewCount(items: readonly Pick<ReviewItem, 'what'>[]): string {
  if (items.length === 0) return 'nothing is';
  const parts = KIND_NOUNS.map(([what, one, many]) => countOf(items.filter((i) => i.what === what).length, one, many)).filter((t) => !t.startsWith('0 '));
  return `${listText(parts)} ${items.length === 1 ? 'is' : 'are'}`;
}

/** One sentence with the totals, shared by both formats: each count names the kinds it counts ({@link reviewCount}). */
export function reviewsHeadline(r: ReviewsReport): string {
  const overdue = reviewCount(r.owners.flatMap((o) => o.overdue));
  const dueSoon = reviewCount(r.owners.flatMap((o) => o.dueSoon));
  return `${capitalise(overdue)} overdue for review and ${dueSoon} due within ${DUE_SOON_DAYS} days, as of ${formatDate(r.today)}.`;
}

/** Plain text for a terminal: one block per owner, one line per page (due date, state, file, title). */
export function reviewsText(r: ReviewsReport): string {
  const lines = [reviewsHeadline(r)];
  for (const o of r.owners) {
    lines.push('', `${o.owner} (${o.overdue.length} overdue, ${o.dueSoon.length} due soon)`);
    for (const p of [...o.overdue, ...o.dueSoon]) lines.push(`  ${p.review.dueBy}  ${when(p).padEnd(20)}  ${p.file}  ${p.title}${kindNote(p)}`);
  }
  return lines.join('\n') + '\n';
}


/**
 * GitHub-flavoured Markdown for the scheduled workflow's tracking issue: a heading per owner and a table of their
 * pages, each linked at `siteUrl` (e.g. `https://handbook.example.gov.uk`) and, when `source` is given, to its file
 * in the repository: `source(file)` gives the path to show and the link (`viewFile` in ../site/repository.ts, which
 * knows where the content directory sits in its repository).
 */
export function reviewsMarkdown(
  r: ReviewsReport,
  opts: { siteUrl: string; source?: (file: string) => { path: string; url: string }; unreadable?: readonly string[]; radarLeftOut?: boolean; maxLength?: number },
): string {
  const base = opts.siteUrl.replace(/\/$/, '');
  const limit = opts.maxLength ?? GITHUB_ISSUE_BODY_LIMIT;
  const out = [`# Handbook pages due for review`, '', reviewsHeadline(r)];
  // Files whose front matter has errors are not in the list: say so, or the issue reads as complete while an
  // editor's mistake hides their pages (the report used to fail instead, and the issue went stale).
  if (opts.unreadable?.length) {
    out.push('', '> [!WARNING]', `> ${opts.unreadable.length === 1 ? 'One file has' : `${opts.unreadable.length} files have`} errors, so ${opts.unreadable.length === 1 ? 'its review date is' : 'their review dates are'} not in this list (\`npm run check\` says what to fix):`, '>');
    // Named as the repository names them (`source`), like the table's files: from the engine's folder, a content
    // repository of its own's files were `../handbook/…` (a new adopter's trial, 2 December 2026).
    for (const f of opts.unreadable) out.push(`> - \`${opts.source ? opts.source(f).path : f}\``);
    if (opts.radarLeftOut) out.push('>', '> The radar does not load while it has errors, so no radar blip is in this list.');
  }
  if (r.owners.length === 0) {
    out.push('', 'Nothing to do: everything is within its review date.');
    return out.join('\n') + '\n';
  }
  out.push(
    '',
    'Each owner below is asked to review their pages: read the page, correct it if needed, then record the review in its front matter by pull request: where it has `review_by` (every radar blip and checklist, and pages that set it), set `review_by` to the date of the next review; otherwise set `last_reviewed` to the day of the review. This list is updated automatically.',
  );
  // GitHub refuses an issue body over its limit, and the workflow's update then fails: rows stop short of it, with a
  // line saying how many were left out (an adopter's trial, 2 December 2026: 250 overdue pages made 81,448 characters).
  const room = limit - 400;
  let length = out.join('\n').length;
  let left = 0;
  for (const o of r.owners) {
    const rows = [...o.overdue, ...o.dueSoon].map((p) => {
      const at = opts.source?.(p.file);
      const src = at ? `[\`${at.path}\`](${at.url})` : `\`${p.file}\``;
      return `| [${escapeMarkdown(p.title)}](${base}${p.url})${kindNote(p)} | ${formatDate(p.review.dueBy)} | ${p.review.state === 'overdue' ? '**' + when(p) + '**' : when(p)} | ${src} |`;
    });
    const head = ['', `## ${escapeMarkdown(o.owner)}`, '', '| Page | Review by | State | Source |', '| --- | --- | --- | --- |'];
    if (left || length + head.join("\n").length + (rows[0]?.length ?? 0) + 2 > room) {
      left += rows.length;
      continue;
    }
    out.push(...head);
    length += head.join('\n').length + 1;
    for (const row of rows) {
      if (left || length + row.length + 1 > room) {
        left++;
        continue;
      }
      out.push(row);
      length += row.length + 1;
    }
  }
  if (left)
    out.push(
      '',
      `_…and ${left === 1 ? '1 more' : `${left} more`} not shown: a GitHub issue holds at most ${limit.toLocaleString('en-GB')} characters. \`npm run reviews\` lists them all._`,
    );
  return out.join('\n') + '\n';
}

/** The most characters GitHub accepts in an issue's body ("Body is too long (maximum is 65536 characters)"). */
export const GITHUB_ISSUE_BODY_LIMIT = 65536;
