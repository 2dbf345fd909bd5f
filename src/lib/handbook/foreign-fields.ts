// Front-matter fields of other handbook and documentation tools, and which of our fields to write instead: an editor
// moving pages over from one of them gets told what to change rather than only "unknown field".

interface ForeignField {
  /** Which tool uses the field (or "common spelling" for variants of ours). */
  from: string;
  /** What to write instead, as the editor types it. */
  use?: string;
  /** Why nothing replaces it, when the field is simply deleted (`layout`). */
  drop?: string;
  /** Why, when the swap is not one-for-one. */
  note?: string;
}

const UPDATED = '`updated: YYYY-MM-DD` (shown as "Last updated" when git history is not available)';
const REVIEWED = '`last_reviewed: YYYY-MM-DD`';
const REVIEW_IN = '`review_in: …` (e.g. "6 months")';
const REVIEW_BY = '`review_by: YYYY-MM-DD`';
const OWNER = '`owner: …` (the team or role that keeps the page right)';
const ORDER = '`order: …` (a whole number; lower comes first in the navigation)';
const ADDRESS = "the file's name and folders (they set the page's address)";

/**
 * Known fields, by the name as written. Sources: GOV.UK Technical Documentation Template (docs/frontmatter.md:
 * last_reviewed_on, review_in, owner_slack, weight), Starlight (frontmatter reference: lastUpdated, sidebar, draft),
 * Docusaurus (docs plugin front matter: last_update, sidebar_position, draft), Hugo (front matter: lastmod,
 * weight, draft, aliases, summary), Jekyll (excerpt, last_modified_at from jekyll-last-modified-at) and
 * Just the Docs (nav_order); a migration trial (3 December 2026) added Docusaurus's slug and sidebar_label, Jekyll's
 * permalink and layout, and MkDocs Material's hide; pandoc's author, date and subtitle (the same trial, from Word; its `lang` is a field of ours).
 */
const FOREIGN: Record<string, ForeignField> = {
  last_reviewed_on: { from: 'the GOV.UK tech-docs template', use: REVIEWED },
  owner_slack: { from: 'the GOV.UK tech-docs template', use: OWNER },
  owner_slack_workspace: { from: 'the GOV.UK tech-docs template', use: OWNER },
  weight: { from: 'the GOV.UK tech-docs template and Hugo', use: ORDER },
  lastUpdated: { from: 'Starlight', use: UPDATED, note: 'or `last_reviewed:` if the date records a review' },
  last_update: { from: 'Docusaurus', use: UPDATED, note: 'or `last_reviewed:` if the date records a review' },
  lastmod: { from: 'Hugo', use: UPDATED, note: 'or `last_reviewed:` if the date records a review' },
  last_modified_at: { from: 'Jekyll', use: UPDATED, note: 'or `last_reviewed:` if the date records a review' },
  sidebar_position: { from: 'Docusaurus', use: ORDER },
  nav_order: { from: 'Just the Docs', use: ORDER },
  sidebar: { from: 'Starlight', use: ORDER, note: 'for `sidebar.order`' },
  draft: { from: 'Hugo, Starlight and Docusaurus', use: '`status: draft`' },
  aliases: { from: 'Hugo', use: '`redirect_from:` (a list of old paths, e.g. "/handbook/old-page/")' },
  summary: { from: 'Hugo', use: '`description: …`' },
  excerpt: { from: 'Jekyll', use: '`description: …`' },
  slug: { from: 'Docusaurus and Hugo', use: ADDRESS, note: 'and keep an old address with `redirect_from:`' },
  permalink: { from: 'Jekyll', use: ADDRESS, note: 'and keep an old address with `redirect_from:`' },
  layout: { from: 'Jekyll and Hugo', drop: "not needed: every page uses the handbook's layout" },
  sidebar_label: { from: 'Docusaurus', use: '`title: …`', note: "the navigation shows the page's title, so keep it short" },
  hide: { from: 'MkDocs Material', drop: 'not needed: every page shows the navigation and its Contents list' },
  // pandoc writes a Word document's properties (a migration trial, 3 December 2026).
  author: { from: 'pandoc and Jekyll', use: OWNER, note: 'a team or role rather than a person, who may move on' },
  date: { from: 'pandoc, Jekyll and Hugo', use: UPDATED, note: 'or `last_reviewed:` if the date records a review' },
  subtitle: { from: 'pandoc', use: '`description: …`' },
  // Spellings of our own review fields.
  review_in_days: { from: 'a common spelling', use: REVIEW_IN, note: 'write the unit, e.g. "90 days"' },
  review_in_months: { from: 'a common spelling', use: REVIEW_IN, note: 'write the unit, e.g. "6 months"' },
  review_interval: { from: 'a common spelling', use: REVIEW_IN },
  review_interval_days: { from: 'a common spelling', use: REVIEW_IN, note: 'write the unit, e.g. "30 days"' },
  review_period: { from: 'a common spelling', use: REVIEW_IN },
  review_every: { from: 'a common spelling', use: REVIEW_IN },
  reviewIn: { from: 'a common spelling', use: REVIEW_IN },
  review_date: { from: 'a common spelling', use: REVIEW_BY },
  next_review: { from: 'a common spelling', use: REVIEW_BY },
  next_review_date: { from: 'a common spelling', use: REVIEW_BY },
  reviewBy: { from: 'a common spelling', use: REVIEW_BY },
  lastReviewed: { from: 'a common spelling', use: REVIEWED },
  last_review: { from: 'a common spelling', use: REVIEWED },
  last_reviewed_date: { from: 'a common spelling', use: REVIEWED },
  reviewed: { from: 'a common spelling', use: REVIEWED },
  reviewed_on: { from: 'a common spelling', use: REVIEWED },
  owners: { from: 'a common spelling', use: OWNER, note: 'one owner, as text' },
  page_owner: { from: 'a common spelling', use: OWNER },
};

/**
 * The message for an unknown front-matter field that another tool uses, e.g. for `last_reviewed_on`:
 * `unknown field "last_reviewed_on" (used by the GOV.UK tech-docs template): use \`last_reviewed: YYYY-MM-DD\` instead`.
 * `undefined` for any other field (the caller keeps its plain "unknown field" message).
 */
export function foreignFieldHint(key: string): string | undefined {
  if (!Object.hasOwn(FOREIGN, key)) return undefined;
  const f = FOREIGN[key];
  const whose = f.from === 'a common spelling' ? '' : ` (used by ${f.from})`;
  if (f.drop) return `unknown field "${key}"${whose}: ${f.drop}; delete it`;
  return `unknown field "${key}"${whose}: use ${f.use} instead${f.note ? `, ${f.note}` : ''}`;
}
