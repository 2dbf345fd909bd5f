// The reviews report: grouping by owner, and Markdown that GitHub reads back as the intended headings, tables and links.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Root, Table, Link, Heading } from 'mdast';
import { buildHandbook, type PageSource } from './model';
import type { HandbookFrontmatter } from './schema';
import { reviewCount, reviewsHeadline, reviewsMarkdown, reviewsReport, reviewsText } from './reviews-report';
import { blipReviewItems, checklistReviewItems } from '../site/review-items';

function page(id: string, data: Partial<HandbookFrontmatter>): PageSource {
  return {
    id,
    file: `content/handbook/${id}.md`,
    data: { title: id, description: 'd', owner: 'Release Manager', last_reviewed: '2026-01-01', review_in: '1 year', status: 'published', tags: [], ...data },
  };
}

const hb = buildHandbook(
  [
    page('a/late', { title: 'Late | with *stars* and <b>tags</b>', owner: 'Service Owner', review_by: '2026-11-01', review_in: undefined }),
    page('a/later', { title: 'Later', owner: 'Service Owner', review_by: '2026-10-01', review_in: undefined }),
    page('b/soon', { title: 'Soon', owner: 'Release Manager', review_by: '2026-12-10', review_in: undefined }),
    page('b/fine', { title: 'Fine', owner: 'Release Manager', review_by: '2027-06-01', review_in: undefined }),
    page('b/draft', { title: 'Draft', owner: 'Nobody', review_by: '2020-01-01', review_in: undefined, status: 'draft' }),
  ],
  { includeDrafts: false, today: '2026-11-27' },
);

describe('reviews report', () => {
  const report = reviewsReport(hb);

  it('groups overdue (earliest first) and due-soon pages by owner, leaving in-date and unpublished pages out', () => {
    expect(report.overdue).toBe(2);
    expect(report.dueSoon).toBe(1);
    expect(report.owners.map((o) => [o.owner, o.overdue.map((p) => p.url), o.dueSoon.map((p) => p.url)])).toEqual([
      ['Release Manager', [], ['/handbook/b/soon/']],
      ['Service Owner', ['/handbook/a/later/', '/handbook/a/late/'], []],
    ]);
  });

  it('prints text with one line per page under its owner', () => {
    expect(reviewsText(report)).toBe(
      [
        '2 pages are overdue for review and 1 page is due within 30 days, as of 27 November 2026.',
        '',
        'Release Manager (0 overdue, 1 due soon)',
        '  2026-12-10  due in 13 days        content/handbook/b/soon.md  Soon',
        '',
        'Service Owner (2 overdue, 0 due soon)',
        '  2026-10-01  overdue by 57 days    content/handbook/a/later.md  Later',
        '  2026-11-01  overdue by 26 days    content/handbook/a/late.md  Late | with *stars* and <b>tags</b>',
        '',
      ].join('\n'),
    );
  });

  it('writes GitHub Markdown that parses back to an owner heading and a table row per page, titles shown literally', () => {
    const md = reviewsMarkdown(report, {
      siteUrl: 'https://handbook.example.gov.uk/',
      source: (file) => ({ path: file, url: `https://github.com/example/handbook/blob/main/${file}` }),
    });
    const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
    const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
    expect(headings.map((h) => [h.depth, toString(h)])).toEqual([
      [1, 'Handbook pages due for review'],
      [2, 'Release Manager'],
      [2, 'Service Owner'],
    ]);
    const tables = tree.children.filter((n): n is Table => n.type === 'table');
    expect(tables).toHaveLength(2);
    const rows = (t: Table) => t.children.map((r) => r.children.map((c) => toString(c)));
    expect(rows(tables[0])).toEqual([
      ['Page', 'Review by', 'State', 'Source'],
      ['Soon', '10 December 2026', 'due in 13 days', 'content/handbook/b/soon.md'],
    ]);
    expect(rows(tables[1])).toEqual([
      ['Page', 'Review by', 'State', 'Source'],
      ['Later', '1 October 2026', 'overdue by 57 days', 'content/handbook/a/later.md'],
      // The bar, asterisks and tags in the title stay text: no extra cell, no emphasis, no HTML.
      ['Late | with *stars* and <b>tags</b>', '1 November 2026', 'overdue by 26 days', 'content/handbook/a/late.md'],
    ]);
    const links = tables[1].children[2].children.flatMap((c) => c.children.filter((n): n is Link => n.type === 'link'));
    expect(links.map((l) => l.url)).toEqual([
      'https://handbook.example.gov.uk/handbook/a/late/',
      'https://github.com/example/handbook/blob/main/content/handbook/a/late.md',
    ]);
    expect(md).toContain('2 pages are overdue for review and 1 page is due within 30 days, as of 27 November 2026.');
  });

  it("stays within GitHub's limit for an issue body, saying how many rows it left out", () => {
    // An adopter's trial (2 December 2026): 250 overdue pages made 81,448 characters, which GitHub refuses.
    const many = reviewsReport(
      buildHandbook(
        Array.from({ length: 250 }, (_, i) => page(`imported/page-${String(i).padStart(3, '0')}`, { title: `Imported page ${i} with a long enough title to fill a row`, owner: i % 2 ? 'Team A' : 'Team B', review_by: '2026-01-01', review_in: undefined })),
        { includeDrafts: false, today: '2026-11-27' },
      ),
    );
    const full = reviewsMarkdown(many, { siteUrl: 'https://handbook.example.gov.uk' });
    const cut = reviewsMarkdown(many, { siteUrl: 'https://handbook.example.gov.uk', maxLength: 20_000 });
    expect(full.length).toBeGreaterThan(20_000);
    expect(cut.length).toBeLessThanOrEqual(20_000);
    const shown = cut.split('\n').filter((l) => l.startsWith('| [Imported page')).length;
    expect(shown).toBeGreaterThan(0);
    expect(cut).toContain(`_…and ${250 - shown} more not shown: a GitHub issue holds at most 20,000 characters. \`npm run reviews\` lists them all._`);
    expect(reviewsMarkdown(many, { siteUrl: 'https://handbook.example.gov.uk' }).length).toBeLessThanOrEqual(65_536);
  });

  it('names the files left out because their front matter has errors', () => {
    const md = reviewsMarkdown(report, { siteUrl: 'https://h.example', unreadable: ['content/handbook/x.md'] });
    expect(md).toContain('> [!WARNING]\n> One file has errors, so its review date is not in this list (`npm run check` says what to fix):\n>\n> - `content/handbook/x.md`');
    // Named as the repository names them when the report knows where files are.
    const shown = reviewsMarkdown(report, { siteUrl: 'https://h.example', unreadable: ['../handbook/x.md'], source: (f) => ({ path: f.replace('../', ''), url: '' }) });
    expect(shown).toContain('> - `handbook/x.md`');
  });

  it('says there is nothing to do when every page is in date', () => {
    const none = reviewsReport(buildHandbook([page('x/ok', { review_by: '2027-06-01', review_in: undefined })], { includeDrafts: false, today: '2026-11-27' }));
    expect(reviewsMarkdown(none, { siteUrl: 'https://h.example' })).toBe(
      '# Handbook pages due for review\n\nNothing is overdue for review and nothing is due within 30 days, as of 27 November 2026.\n\nNothing to do: everything is within its review date.\n',
    );
  });

  it('asks an owner once however their name is capitalised or spaced', () => {
    const hb2 = buildHandbook(
      [
        page('c/one', { title: 'One', owner: 'Platform Team', review_by: '2026-10-01', review_in: undefined }),
        page('c/two', { title: 'Two', owner: 'platform  team', review_by: '2026-11-01', review_in: undefined }),
      ],
      { includeDrafts: false, today: '2026-11-27' },
    );
    const r = reviewsReport(hb2);
    expect(r.owners.map((o) => [o.owner, o.overdue.map((p) => p.url)])).toEqual([['Platform Team', ['/handbook/c/one/', '/handbook/c/two/']]]);
    // Named as most of its items spell it, and in order of names without regard to case (a new adopter's trial,
    // 2 December 2026: "platform team", the most overdue item's spelling, came after "Service design team").
    const hb3 = buildHandbook(
      [
        page('d/one', { title: 'One', owner: 'platform team', review_by: '2026-09-01', review_in: undefined }),
        page('d/two', { title: 'Two', owner: 'Platform Team', review_by: '2026-10-01', review_in: undefined }),
        page('d/three', { title: 'Three', owner: 'Platform Team', review_by: '2026-11-01', review_in: undefined }),
        page('d/four', { title: 'Four', owner: 'Service design team', review_by: '2026-11-01', review_in: undefined }),
        page('d/five', { title: 'Five', owner: 'architecture group', review_by: '2026-11-01', review_in: undefined }),
      ],
      { includeDrafts: false, today: '2026-11-27' },
    );
    expect(reviewsReport(hb3).owners.map((o) => [o.owner, o.overdue.length])).toEqual([
      ['architecture group', 1],
      ['Platform Team', 3],
      ['Service design team', 1],
    ]);
  });

  it('lists radar blips and checklists due for review with their owners\' pages, saying what each is', () => {
    // A new adopter's trial (1 December 2026): an overdue blip's page said its owner had been asked, but the report
    // the scheduled workflow posts listed pages only.
    const blips = blipReviewItems(
      {
        blips: [
          { id: 'grafana', file: 'content/radar/blips/grafana.md', title: 'Grafana', owner: 'service owner', review_by: '2026-10-15', timeline: [{ edition: 'e1', ring: 'adopt' }] },
          { id: 'old', file: 'content/radar/blips/old.md', title: 'Old', owner: 'Nobody', review_by: '2020-01-01', timeline: [{ edition: 'e1', ring: 'retired' }] },
          { id: 'fresh', file: 'content/radar/blips/fresh.md', title: 'Fresh', owner: 'Nobody', timeline: [{ edition: 'e1', ring: 'adopt' }] },
        ],
      } as never,
      '2026-11-27',
    );
    const checklists = checklistReviewItems([{ id: 'go-live', file: 'content/checklists/go-live.md', title: 'Go-live', owner: 'Release Manager', reviewBy: '2026-12-01' }] as never, '2026-11-27');
    const r = reviewsReport(hb, [...blips, ...checklists]);
    expect([r.overdue, r.dueSoon]).toEqual([3, 2]);
    expect(r.owners.map((o) => [o.owner, o.overdue.map((p) => p.url), o.dueSoon.map((p) => p.url)])).toEqual([
      ['Release Manager', [], ['/checklists/go-live/', '/handbook/b/soon/']],
      ['Service Owner', ['/handbook/a/later/', '/radar/blips/grafana/', '/handbook/a/late/'], []],
    ]);
    expect(reviewsText(r)).toContain('  2026-10-15  overdue by 43 days    content/radar/blips/grafana.md  Grafana (radar blip)');
    // The counts name what they count: they said "3 pages are overdue" of two pages and a blip.
    expect(reviewsHeadline(r)).toBe('2 pages and 1 radar blip are overdue for review and 1 page and 1 checklist are due within 30 days, as of 27 November 2026.');
    expect(reviewsMarkdown(r, { siteUrl: 'https://handbook.example.gov.uk' })).toContain('| [Go-live](https://handbook.example.gov.uk/checklists/go-live/) (checklist) | 1 December 2026 | due in 4 days |');
  });
});

describe('reviewCount', () => {
  const of = (...kinds: ('Handbook page' | 'Radar blip' | 'Checklist')[]) => kinds.map((what) => ({ what }));
  it.each([
    [of(), 'nothing is'],
    [of('Handbook page'), '1 page is'],
    [of('Handbook page', 'Handbook page'), '2 pages are'],
    [of('Radar blip', 'Radar blip', 'Radar blip'), '3 radar blips are'],
    [of('Checklist', 'Handbook page'), '1 page and 1 checklist are'],
    [of('Radar blip', 'Checklist', 'Handbook page', 'Handbook page'), '2 pages, 1 radar blip and 1 checklist are'],
  ])('counts %j as "%s"', (items, text) => {
    expect(reviewCount(items)).toBe(text);
  });
});
