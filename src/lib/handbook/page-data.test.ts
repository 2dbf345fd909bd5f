import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/errors';
import { parseHandbookFiles, type SourceFile } from './load';
import { defaultsNotes, descriptionFromBody, DESCRIPTION_MAX, trimAtWord } from './page-data';
import { foreignFieldHint } from './foreign-fields';

const fm = (fields: string, body = 'Body text.\n') => `---\n${fields}\n---\n${body}`;
const FULL = 'title: Rollback plans\ndescription: How we roll back.\nowner: Release Manager\nlast_reviewed: 2026-09-14\nreview_in: 6 months';
const file = 'content/handbook/a/b.md';

function parse(text: string, defaults?: { owner?: string; last_reviewed?: string }, path = file) {
  const { sources, issues } = parseHandbookFiles([{ path, text } as SourceFile], 'content/handbook', defaults);
  return { sources, problems: issues.map(formatIssue) };
}

describe('a description taken from the first paragraph', () => {
  it('is the plain text of the first paragraph with text, skipping headings, lists, code and HTML', () => {
    const body = '## Why\n\n- a list\n\n```sh\nrun\n```\n\n<div>raw</div>\n\nWe roll back with **the previous build**, see [the plan](/handbook/plan/) and `npm run rollback`.\n\nSecond paragraph.\n';
    expect(descriptionFromBody(body)).toBe('We roll back with the previous build, see the plan and npm run rollback.');
  });
  it('reads typography as the page shows it (SmartyPants) and collapses line breaks', () => {
    expect(descriptionFromBody('It\'s "safe"\nto retry -- mostly.\n')).toBe('It’s “safe” to retry — mostly.');
  });
  it('skips a paragraph that is only an image, and MDX components', () => {
    expect(descriptionFromBody('![A diagram](/d.svg)\n\n<Kpi name="lead-time" />\n\nThe real first words.\n', { mdx: true })).toBe('The real first words.');
  });
  it('skips an MDX paragraph that shows data (an expression or a component in it), which would read as its source', () => {
    const body = "import team from './team.json';\n\nLead: {team.lead}.\n\nLatest: <LatestReleases limit={1} />\n\nThe team's <abbr title=\"Change Advisory Board\">CAB</abbr> page.\n";
    expect(descriptionFromBody(body, { mdx: true })).toBe('The team’s CAB page.');
  });
  it('is undefined when there is no paragraph', () => {
    expect(descriptionFromBody('## Only a heading\n\n- and a list\n')).toBeUndefined();
    expect(descriptionFromBody('')).toBeUndefined();
  });
  it(`is cut at a word boundary to at most ${DESCRIPTION_MAX} characters, with an ellipsis`, () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ') + '.';
    const d = descriptionFromBody(long)!;
    expect(d.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(d).toMatch(/ word\d+…$/);
    expect(long.startsWith(d.slice(0, -1))).toBe(true);
    expect(descriptionFromBody(long)).toBe(d); // deterministic
  });
  it('trims trailing punctuation before the ellipsis and cuts a single over-long word', () => {
    expect(trimAtWord('one two, three four', 12)).toBe('one two…');
    expect(trimAtWord('a'.repeat(20), 10)).toBe('a'.repeat(9) + '…');
    expect(trimAtWord('short', 10)).toBe('short');
  });
});

describe('front matter a page may leave out', () => {
  it('takes the description from the first paragraph and says so', () => {
    const { sources, problems } = parse(fm(FULL.replace('description: How we roll back.\n', ''), 'We keep the last good build ready.\n'));
    expect(problems).toEqual([]);
    expect(sources[0].data.description).toBe('We keep the last good build ready.');
    expect(sources[0].defaulted).toEqual(['description']);
  });
  it('takes owner and last_reviewed from site.yaml defaults; a page’s own value wins', () => {
    const bare = FULL.replace('owner: Release Manager\n', '').replace('last_reviewed: 2026-09-14\n', '');
    const { sources } = parse(fm(bare), { owner: 'Web team', last_reviewed: '2026-01-05' });
    expect([sources[0].data.owner, sources[0].data.last_reviewed, sources[0].defaulted]).toEqual(['Web team', '2026-01-05', ['owner', 'last_reviewed']]);
    const own = parse(fm(FULL), { owner: 'Web team', last_reviewed: '2026-01-05' }).sources[0];
    expect([own.data.owner, own.data.last_reviewed, own.defaulted]).toEqual(['Release Manager', '2026-09-14', []]);
  });
  it('reports a missing owner or last_reviewed with no default, saying what to add', () => {
    const bare = FULL.replace('owner: Release Manager\n', '').replace('last_reviewed: 2026-09-14\n', '');
    expect(parse(fm(bare)).problems).toEqual([
      `${file}:1  owner  is required: add \`owner: …\` (text), or set one for every page in site.yaml under \`defaults:\``,
      `${file}:1  last_reviewed  is required: add \`last_reviewed: …\` (a date, YYYY-MM-DD), or set one for every page in site.yaml under \`defaults:\``,
    ]);
  });
  it('reports a missing description when the page has no paragraph to take one from', () => {
    expect(parse(fm(FULL.replace('description: How we roll back.\n', ''), '## Steps\n\n1. Stop\n')).problems).toEqual([
      `${file}:1  description  is required: add \`description: …\` (text), or start the page with a paragraph to take it from`,
    ]);
  });
  it('reports a value starting with # (a YAML comment) and says to quote it, even when a default exists', () => {
    const text = fm(FULL.replace('owner: Release Manager', 'owner: #release-team'));
    expect(parse(text, { owner: 'Web team' }).problems).toEqual([
      `${file}:4:1  owner  starts with "#", which YAML reads as a comment, so the value is empty: put it in quotes, e.g. \`owner: "#release-team"\``,
    ]);
    expect(parse(fm(FULL.replace('title: Rollback plans', 'title: # Rollback plans'))).problems).toEqual([
      `${file}:2:1  title  starts with "#", which YAML reads as a comment, so the value is empty: put it in quotes, e.g. \`title: "# Rollback plans"\``,
    ]);
  });
  it('names our field for a field of another handbook tool', () => {
    const text = fm(`${FULL}\nlast_reviewed_on: 2026-09-14\nowner_slack: "#release"\nreview_in_days: 90\nlastUpdated: 2026-10-01\nlast_update:\n  date: 2026-10-01\nlastmod: 2026-10-01\nreveiw_by: 2027-01-01`);
    expect(parse(text).problems).toEqual([
      `${file}:7:1  last_reviewed_on  unknown field "last_reviewed_on" (used by the GOV.UK tech-docs template): use \`last_reviewed: YYYY-MM-DD\` instead`,
      `${file}:8:1  owner_slack  unknown field "owner_slack" (used by the GOV.UK tech-docs template): use \`owner: …\` (the team or role that keeps the page right) instead`,
      `${file}:9:1  review_in_days  unknown field "review_in_days": use \`review_in: …\` (e.g. "6 months") instead, write the unit, e.g. "90 days"`,
      `${file}:10:1  lastUpdated  unknown field "lastUpdated" (used by Starlight): use \`updated: YYYY-MM-DD\` (shown as "Last updated" when git history is not available) instead, or \`last_reviewed:\` if the date records a review`,
      `${file}:11:1  last_update  unknown field "last_update" (used by Docusaurus): use \`updated: YYYY-MM-DD\` (shown as "Last updated" when git history is not available) instead, or \`last_reviewed:\` if the date records a review`,
      `${file}:13:1  lastmod  unknown field "lastmod" (used by Hugo): use \`updated: YYYY-MM-DD\` (shown as "Last updated" when git history is not available) instead, or \`last_reviewed:\` if the date records a review`,
      `${file}:14:1  reveiw_by  unknown field "reveiw_by": did you mean "review_by"?`,
    ]);
  });
  it('has hints for the review_in spellings and other tools’ ordering and draft fields', () => {
    expect(foreignFieldHint('reviewIn')).toBe('unknown field "reviewIn": use `review_in: …` (e.g. "6 months") instead');
    expect(foreignFieldHint('sidebar_position')).toBe('unknown field "sidebar_position" (used by Docusaurus): use `order: …` (a whole number; lower comes first in the navigation) instead');
    expect(foreignFieldHint('draft')).toBe('unknown field "draft" (used by Hugo, Starlight and Docusaurus): use `status: draft` instead');
    // A migration trial (3 December 2026): fields of Docusaurus, Jekyll and MkDocs Material.
    expect(foreignFieldHint('slug')).toBe(
      'unknown field "slug" (used by Docusaurus and Hugo): use the file\'s name and folders (they set the page\'s address) instead, and keep an old address with `redirect_from:`',
    );
    expect(foreignFieldHint('permalink')).toBe(
      'unknown field "permalink" (used by Jekyll): use the file\'s name and folders (they set the page\'s address) instead, and keep an old address with `redirect_from:`',
    );
    expect(foreignFieldHint('layout')).toBe('unknown field "layout" (used by Jekyll and Hugo): not needed: every page uses the handbook\'s layout; delete it');
    expect(foreignFieldHint('sidebar_label')).toBe('unknown field "sidebar_label" (used by Docusaurus): use `title: …` instead, the navigation shows the page\'s title, so keep it short');
    expect(foreignFieldHint('hide')).toBe('unknown field "hide" (used by MkDocs Material): not needed: every page shows the navigation and its Contents list; delete it');
    // pandoc's fields, from a Word document's properties (a migration trial, 3 December 2026).
    expect(foreignFieldHint('author')).toBe(
      'unknown field "author" (used by pandoc and Jekyll): use `owner: …` (the team or role that keeps the page right) instead, a team or role rather than a person, who may move on',
    );
    expect(foreignFieldHint('date')).toBe(
      'unknown field "date" (used by pandoc, Jekyll and Hugo): use `updated: YYYY-MM-DD` (shown as "Last updated" when git history is not available) instead, or `last_reviewed:` if the date records a review',
    );
    expect(foreignFieldHint('subtitle')).toBe('unknown field "subtitle" (used by pandoc): use `description: …` instead');
    // pandoc's `lang` is a field of ours: a page in another language declares it (schema.ts, load.test.ts).
    expect(foreignFieldHint('lang')).toBeUndefined();
    expect(foreignFieldHint('toString')).toBeUndefined();
    expect(foreignFieldHint('reveiw_by')).toBeUndefined();
  });
});

describe('the check’s note on pages that rely on a default', () => {
  it('names the pages for each field, and says nothing when no page relies on one', () => {
    expect(defaultsNotes([{ file: 'a.md', defaulted: [] }])).toEqual([]);
    expect(defaultsNotes([
      { file: 'a.md', defaulted: ['description', 'owner'] },
      { file: 'b.md', defaulted: ['owner'] },
    ])).toEqual([
      'Front matter: 1 page takes its description from its first paragraph: a.md',
      'Front matter: 2 pages take owner from site.yaml defaults: a.md, b.md',
    ]);
    const many = Array.from({ length: 12 }, (_, i) => ({ file: `p${i}.md`, defaulted: ['last_reviewed' as const] }));
    expect(defaultsNotes(many)).toEqual([
      'Front matter: 12 pages take last_reviewed from site.yaml defaults: p0.md, p1.md, p2.md, p3.md, p4.md, p5.md, p6.md, p7.md, p8.md, p9.md and 2 more',
    ]);
  });
});
