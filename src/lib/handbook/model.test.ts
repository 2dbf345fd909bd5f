import { describe, expect, it } from 'vitest';
import type { HandbookFrontmatter } from './schema';
import {
  breadcrumbs,
  buildHandbook,
  overduePages,
  prevNext,
  readingOrder,
  recentlyUpdated,
  reviewList,
  reviewSummary,
  sectionOf,
  type PageSource,
} from './model';

function page(id: string, data: Partial<HandbookFrontmatter> = {}, lastUpdated?: string): PageSource {
  return {
    id,
    file: `content/handbook/${id}.md`,
    lastUpdated,
    data: {
      title: data.title ?? id,
      description: 'd',
      owner: 'Release Manager',
      last_reviewed: '2026-09-01',
      review_in: '6 months',
      status: 'published',
      tags: [],
      ...data,
    },
  };
}

const sources = [
  page('strategy/index', { title: 'Release strategy', order: 10 }),
  page('strategy/vision', { title: 'Vision', order: 10 }, '2026-10-01'),
  page('strategy/cadence', { title: 'Cadence', order: 20 }, '2026-11-02'),
  page('strategy/zeta', { title: 'Alpha-sorted but unordered' }),
  page('risk/index', { title: 'Risk', order: 5 }),
  page('risk/old-cab', { title: 'Old CAB', status: 'superseded', superseded_by: 'strategy/cadence' }),
  page('risk/draft-page', { title: 'Draft', status: 'draft' }),
  page('risk/gone', { title: 'Gone', status: 'retired' }),
  page('risk/overdue', { title: 'Overdue', last_reviewed: '2025-01-01', review_in: '1 year' }),
];

describe('handbook model', () => {
  const hb = buildHandbook(sources, { includeDrafts: false, today: '2026-11-27' });

  it('orders sections and pages by order, then title', () => {
    expect(hb.sections.map((s) => s.title)).toEqual(['Risk', 'Release strategy']);
    expect(readingOrder(hb.sections[1]).map((p) => p.title)).toEqual(['Release strategy', 'Vision', 'Cadence', 'Alpha-sorted but unordered']);
  });
  it('leaves drafts and retired pages out of production, keeps drafts in development', () => {
    expect(hb.byId.has('risk/draft-page')).toBe(false);
    expect(hb.byId.has('risk/gone')).toBe(false);
    const dev = buildHandbook(sources, { includeDrafts: true, today: '2026-11-27' });
    expect(dev.byId.has('risk/draft-page')).toBe(true);
    expect(dev.byId.has('risk/gone')).toBe(false);
  });
  it('never has a superseded page overdue or due for review: nobody reviews a page kept only to send readers on', () => {
    // An adopter's trial (3 December 2026): a superseded page last reviewed long ago was on the overdue list.
    const old = buildHandbook([...sources, page('risk/older-cab', { title: 'Older CAB', status: 'superseded', superseded_by: 'strategy/cadence', last_reviewed: '2024-01-01', review_in: '1 year' })], { includeDrafts: false, today: '2026-11-27' });
    expect(old.byId.get('risk/older-cab')!.review).toEqual({ lastReviewed: '2024-01-01', dueBy: '2025-01-01', state: 'ok', daysLeft: -695 });
    expect(overduePages(old).map((p) => p.id)).toEqual(['risk/overdue']);
  });
  it('links a superseded page to its replacement', () => {
    expect(hb.byId.get('risk/old-cab')!.supersededBy).toEqual({ url: '/handbook/strategy/cadence/', title: 'Cadence' });
  });
  it('gives URLs, sections, breadcrumbs and previous/next within the section', () => {
    const vision = hb.byId.get('strategy/vision')!;
    expect(vision.url).toBe('/handbook/strategy/vision/');
    expect(sectionOf(hb, vision)?.title).toBe('Release strategy');
    expect(breadcrumbs(hb, vision)).toEqual([
      { title: 'Home', url: '/' },
      { title: 'Handbook', url: '/handbook/' },
      { title: 'Release strategy', url: '/handbook/strategy/' },
    ]);
    const { prev, next } = prevNext(hb, vision);
    expect(prev?.title).toBe('Release strategy');
    expect(next?.title).toBe('Cadence');
    expect(prevNext(hb, hb.byId.get('strategy/zeta')!).next).toBeUndefined();
  });
  it('computes review status from review_in and lists overdue first', () => {
    expect(hb.byId.get('risk/overdue')!.review).toEqual({ lastReviewed: '2025-01-01', dueBy: '2026-01-01', state: 'overdue', daysLeft: -330 });
    expect(reviewList(hb)[0].title).toBe('Overdue');
    expect(overduePages(hb).map((p) => p.id)).toEqual(['risk/overdue']);
    expect(reviewSummary(hb)).toBe(
      'Reviews: 1 overdue, 0 due within 30 days as of 2026-11-27 (npm run reviews lists them by owner).',
    );
  });
  it('warns, on their lines, about a last_reviewed or updated after today, but not about today or a default from site.yaml', () => {
    const fm = 'title: T\nowner: O\nlast_reviewed: 2062-11-01\nreview_in: 6 months\nupdated: 2026-11-28\n';
    const hb = buildHandbook(
      [
        { ...page('a/typo', { last_reviewed: '2062-11-01', updated: '2026-11-28' }), frontmatterText: fm },
        page('a/today', { last_reviewed: '2026-11-27', updated: '2026-11-27' }),
        { ...page('a/defaulted', { last_reviewed: '2027-01-01' }), defaulted: ['last_reviewed'] },
      ],
      { includeDrafts: false, today: '2026-11-27' },
    );
    expect(hb.issues.map((i) => [i.file, i.line, i.field, i.severity, i.message])).toEqual([
      [
        'content/handbook/a/typo.md',
        4,
        'last_reviewed',
        'warning',
        '2062-11-01 is after today (2026-11-27): it records the day the page was reviewed, so it cannot be in the future; set it to the day of the review (the next review date goes in review_by or review_in)',
      ],
      ['content/handbook/a/typo.md', 6, 'updated', 'warning', '2026-11-28 is after today (2026-11-27): it is shown to readers as "Last updated"; set it to the day the page last changed'],
    ]);
  });
  it('warns, on its line, about a review_by before last_reviewed (a mistyped year), not one on or after it', () => {
    const fm = 'title: T\nowner: O\nlast_reviewed: 2026-11-10\nreview_by: 2026-01-01\n';
    const hb = buildHandbook(
      [
        { ...page('a/typo', { last_reviewed: '2026-11-10', review_by: '2026-01-01', review_in: undefined }), frontmatterText: fm },
        page('a/same-day', { last_reviewed: '2026-11-10', review_by: '2026-11-10', review_in: undefined }),
      ],
      { includeDrafts: false, today: '2026-11-27' },
    );
    expect(hb.issues.map((i) => [i.file, i.line, i.field, i.severity, i.message])).toEqual([
      [
        'content/handbook/a/typo.md',
        5,
        'review_by',
        'warning',
        '2026-01-01 is before last_reviewed (2026-11-10): the next review cannot come before the last one; check the year, or set review_by to the date the next review is due',
      ],
    ]);
  });
  it('warns about a page titled as its section or a sub-section beside it: two links alike in one side-navigation list', () => {
    // A new adopter's trial (3 December 2026): services/index.md and services/accessibility-testing.md had one title.
    const hb = buildHandbook(
      [
        page('services/index', { title: 'Accessibility testing' }),
        { ...page('services/accessibility-testing', { title: 'Accessibility  testing' }), frontmatterText: 'title: Accessibility  testing\n' },
        page('services/platform', { title: 'Hosting' }),
        page('services/hosting/index', { title: 'hosting' }),
        page('services/hosting/costs', { title: 'Costs' }),
        page('other/index', { title: 'Other' }),
        page('other/faq', { title: 'Questions' }),
      ],
      { includeDrafts: false, today: '2026-11-27' },
    );
    expect(hb.issues.map((i) => [i.file, i.line, i.field, i.severity, i.message])).toEqual([
      [
        'content/handbook/services/accessibility-testing.md',
        2,
        'title',
        'warning',
        '"Accessibility  testing" is also the title of content/handbook/services/index.md, the landing page of its section: the side navigation would list two "Accessibility  testing" links to different pages; give one of them a title of its own',
      ],
      [
        'content/handbook/services/platform.md',
        undefined,
        'title',
        'warning',
        '"Hosting" is also the title of the section beside it, content/handbook/services/hosting/index.md: the side navigation would list two "Hosting" links to different pages; give one of them a title of its own',
      ],
    ]);
  });
  it('lists recently updated pages newest first, only those with a date', () => {
    expect(recentlyUpdated(hb, 5).map((p) => p.title)).toEqual(['Cadence', 'Vision']);
  });

  it('names the page a superseded_by target moved to (it keeps the old address), not a near spelling', () => {
    const hb = buildHandbook(
      [
        page('platform/secret-store', { redirect_from: ['/handbook/platform/secrets/'] }),
        page('platform/secrets-backup'),
        page('platform/capacity', { status: 'superseded', superseded_by: 'platform/secrets' }),
      ],
      { includeDrafts: false, today: '2026-11-27' },
    );
    expect(hb.issues.map((i) => i.message)).toEqual([
      '"platform/secrets" is not a page: expected the path of a page under content/handbook, that page moved to "platform/secret-store", which keeps its old address: name "platform/secret-store"',
    ]);
  });

  it('says that a superseded_by nearest to the page’s own path names the page itself, not another near page', () => {
    const hb = buildHandbook(
      [page('deploying/rollback', { status: 'superseded', superseded_by: 'deploying/rolback' }), page('deploying/release-windows'), page('deploying/canaries')],
      { includeDrafts: false, today: '2026-11-27' },
    );
    expect(hb.issues.map((i) => i.message)).toEqual([
      '"deploying/rolback" is not a page: expected the path of a page under content/handbook, that is nearest to this page\'s own path ("deploying/rollback"), and a page cannot replace itself: name the page that replaces it',
    ]);
  });

  it('names the one page elsewhere with the same last segment when superseded_by names a renamed section', () => {
    const hb = buildHandbook(
      [page('ferries-and-islands/booking-system'), page('ferries-and-islands/timetables'), page('roads/old-booking', { status: 'superseded', superseded_by: 'ferries/booking-system' })],
      { includeDrafts: false, today: '2026-11-27' },
    );
    expect(hb.issues.map((i) => i.message)).toEqual([
      '"ferries/booking-system" is not a page: expected the path of a page under content/handbook, did you mean "ferries-and-islands/booking-system"?',
    ]);
  });

  it('warns, on its title line, about a page whose browser title would be another page’s, and not about the same title in two sections', () => {
    const fm = 'title: Overview\ndescription: d\n';
    const hb = buildHandbook(
      [
        page('guides/index', { title: 'Guides' }),
        page('guides/overview', { title: 'Overview' }),
        { ...page('guides/summary', { title: 'Overview' }), frontmatterText: fm },
        page('deploying/overview', { title: 'Overview' }),
        page('top-a', { title: 'Contacts' }),
        page('top-b', { title: 'Contacts' }),
      ],
      { includeDrafts: false, today: '2026-11-27' },
    );
    expect(hb.issues.map((i) => [i.file, i.field, i.severity, i.line, i.message])).toEqual([
      [
        'content/handbook/guides/summary.md',
        'title',
        'warning',
        2,
        '"Overview" is also the title of content/handbook/guides/overview.md, in the same section (Guides): both would read "Overview - Guides - …" in browser tabs, history and what a screen reader announces first, and alike in the side navigation; give each page a title of its own',
      ],
      [
        'content/handbook/top-b.md',
        'title',
        'warning',
        undefined,
        '"Contacts" is also the title of content/handbook/top-a.md, in the same section (Handbook): both would read "Contacts - Handbook - …" in browser tabs, history and what a screen reader announces first, and alike in the side navigation; give each page a title of its own',
      ],
    ]);
  });

  it('says so, and not "the same section", when two sections of one name, or titles naming their sections, give pages one browser title', () => {
    const hb = buildHandbook(
      [
        page('land/services/overview', { title: 'Overview' }),
        page('ops/services/overview', { title: 'Overview' }),
        page('data/data-standards', { title: 'Data standards' }),
        page('standards/data-standards', { title: 'Data standards' }),
        // "Metadata" is not the word "Data": these two read differently.
        page('data/metadata', { title: 'Metadata' }),
        page('standards/metadata', { title: 'Metadata' }),
      ],
      { includeDrafts: false, today: '2026-11-27' },
    );
    expect(hb.issues.map((i) => [i.file, i.message])).toEqual([
      [
        'content/handbook/ops/services/overview.md',
        '"Overview" would read "Overview - Services - …" in browser tabs, history and what a screen reader announces first, as content/handbook/land/services/overview.md does: their sections have the same name (Services); give one of the pages, or one of the sections, a title of its own',
      ],
      [
        'content/handbook/standards/data-standards.md',
        '"Data standards" would read "Data standards - …" in browser tabs, history and what a screen reader announces first, as content/handbook/data/data-standards.md does: each title names its own section, which is then not said again; give one of the pages, or one of the sections, a title of its own',
      ],
    ]);
  });

  it('refuses two pages whose addresses differ only in capitals', () => {
    const hb = buildHandbook([page('ops/Ferry-Timetables'), page('ops/ferry-timetables')], { includeDrafts: false, today: '2026-11-27' });
    expect(hb.issues.filter((i) => i.severity === 'error').map((i) => [i.file, i.message])).toEqual([
      [
        'content/handbook/ops/ferry-timetables.md',
        'has the URL /handbook/ops/ferry-timetables/, which differs only in capitals from content/handbook/ops/Ferry-Timetables.md (/handbook/ops/Ferry-Timetables/): readers and some hosts cannot tell them apart; merge the two pages or give one another name',
      ],
    ]);
  });

  it('warns about capitals and underscores in file and folder names, and refuses names no address can carry', () => {
    const hb = buildHandbook([page('Services2/My_Page'), page('How We Work/pairing'), page('ok/fine')], { includeDrafts: false, today: '2026-11-27' });
    expect(hb.issues.map((i) => [i.file, i.severity, i.message])).toEqual([
      ['content/handbook/How We Work/pairing.md', 'error', 'folder name "How We Work" cannot be part of a web address: use lower-case letters, digits and hyphens, e.g. "how-we-work"'],
      [
        'content/handbook/Services2/My_Page.md',
        'warning',
        'folder name "Services2" has capitals or underscores, so the page\'s address is /handbook/Services2/My_Page/: addresses are easier to read and type in lower case with hyphens, e.g. "services2" (rename it before the page is published: the old address differs only in capitals, which redirect_from cannot keep)',
      ],
    ]);
  });
});
