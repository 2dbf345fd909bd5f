// A pull request's content changes → the pages it adds, changes, moves and removes, and the job summary's Markdown.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Root, Table } from 'mdast';
import { buildHandbook, type PageSource } from '../handbook/model';
import { handbookPageSchema, type HandbookFrontmatter } from '../handbook/schema';
import { editionChanges, otherFiles, pageChanges, prSummaryMarkdown, type ContentAreas } from './changes';
import { parseNameStatus } from '../shared/git';

const areas: ContentAreas = { handbook: 'docs/handbook', releases: 'docs/releases', blips: 'docs/radar/blips', checklists: 'docs/checklists' };

function page(id: string, extra: Record<string, unknown> = {}): PageSource {
  const data = handbookPageSchema.parse({ title: `Title of ${id}`, description: 'd', owner: 'Ops', last_reviewed: '2026-06-01', review_in: '1 year', ...extra }) as HandbookFrontmatter;
  return { id, file: `docs/handbook/${id}.md`, data };
}

const hb = buildHandbook(
  [
    page('guides/index'),
    page('guides/new'),
    page('guides/edited', { last_reviewed: '2025-01-01' }),
    page('guides/moved-kept', { redirect_from: ['/handbook/old/kept/'] }),
    page('guides/moved-lost'),
    page('guides/draft', { status: 'draft' }),
  ],
  { includeDrafts: false, today: '2026-11-27' },
);

const z = [
  'A', 'docs/handbook/guides/new.md',
  'M', 'docs/handbook/guides/edited.md',
  'R095', 'docs/handbook/old/kept.md', 'docs/handbook/guides/moved-kept.md',
  'R100', 'docs/handbook/old/lost.md', 'docs/handbook/guides/moved-lost.md',
  'A', 'docs/handbook/guides/draft.md',
  'D', 'docs/releases/payments/1.0.0.json',
  'M', 'docs/radar/blips/kubernetes.md',
  'M', 'docs/site.yaml',
  'A', 'docs/handbook/guides/diagram.png',
].join('\0') + '\0';

describe('pull request changes', () => {
  const files = parseNameStatus(z);

  it('reads git name-status -z output, renames with their old path', () => {
    expect(files[2]).toEqual({ status: 'R', path: 'docs/handbook/guides/moved-kept.md', oldPath: 'docs/handbook/old/kept.md' });
    expect(files.map((f) => f.status).join('')).toBe('AMRRADMMA');
  });

  it('maps files to pages: added, changed, moved (with or without a redirect), removed; unpublished pages named so', () => {
    const changes = pageChanges(files, areas, hb);
    expect(changes.map((c) => [c.kind, c.what, c.oldUrl ?? '', c.url ?? '', c.redirected ?? '', c.title ?? c.unpublished])).toEqual([
      ['added', 'Handbook page', '', '/handbook/guides/draft/', '', 'not published: a draft, retired, or its front matter is not valid yet'],
      ['added', 'Handbook page', '', '/handbook/guides/new/', '', 'Title of guides/new'],
      ['changed', 'Handbook page', '', '/handbook/guides/edited/', '', 'Title of guides/edited'],
      ['changed', 'Radar blip', '', '/radar/blips/kubernetes/', '', undefined],
      ['moved', 'Handbook page', '/handbook/old/kept/', '/handbook/guides/moved-kept/', true, 'Title of guides/moved-kept'],
      ['moved', 'Handbook page', '/handbook/old/lost/', '/handbook/guides/moved-lost/', false, 'Title of guides/moved-lost'],
      ['removed', 'Release', '/releases/payments/1.0.0/', '', '', undefined],
    ]);
    expect(otherFiles(files, areas).map((f) => f.path)).toEqual(['docs/site.yaml', 'docs/handbook/guides/diagram.png']);
  });

  it('writes a summary whose tables link the published pages and warn about the lost URL', () => {
    const md = prSummaryMarkdown({ changes: pageChanges(files, areas, hb), others: otherFiles(files, areas), hb, siteUrl: 'https://h.example/', base: 'main' });
    expect(md).toContain('Compared with `main`: 2 added, 2 changed, 2 moved, 1 removed; 2 other content files.');
    expect(md).toContain('> - `docs/handbook/guides/moved-lost.md`: `redirect_from: ["/handbook/old/lost/"]`');
    const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
    const tables = tree.children.filter((n): n is Table => n.type === 'table');
    const moved = tables[2].children.map((r) => r.children.map((c) => toString(c)));
    expect(moved).toEqual([
      ['What', 'Title', 'Old → new URL', 'Old URL redirects'],
      ['Handbook page', 'Title of guides/moved-kept', '/handbook/old/kept/ → /handbook/guides/moved-kept/ (after merge)', 'yes (redirect_from)'],
      ['Handbook page', 'Title of guides/moved-lost', '/handbook/old/lost/ → /handbook/guides/moved-lost/ (after merge)', 'no'],
    ]);
    const reviews = tables[tables.length - 1].children.map((r) => r.children.map((c) => toString(c)));
    expect(reviews).toEqual([
      ['Page', 'Owner', 'Review was due'],
      ['✱ Title of guides/edited', 'Ops', '1 January 2026'],
    ]);
    expect(md).toMatch(/\[\/handbook\/guides\/new\/\]\(https:\/\/h\.example\/handbook\/guides\/new\/\) \(after merge\)/);
    // The lost-URL warning follows the Moved table it is about, before the Removed one.
    expect(md.indexOf('> [!WARNING]')).toBeGreaterThan(md.indexOf('### Moved'));
    expect(md.indexOf('> [!WARNING]')).toBeLessThan(md.indexOf('### Removed'));
  });

  it('lists overdue radar blips and checklists with the overdue pages, saying what each is', () => {
    const blip = { what: 'Radar blip' as const, file: 'docs/radar/blips/jenkins.md', title: 'Jenkins', url: '/radar/blips/jenkins/', owner: 'Ops', review: { state: 'overdue' as const, dueBy: '2025-12-01', daysLeft: -361 } };
    const inDate = { ...blip, title: 'Fine', url: '/radar/blips/fine/', review: { state: 'ok' as const, dueBy: '2027-01-01', daysLeft: 35 } };
    const md = prSummaryMarkdown({ changes: pageChanges(files, areas, hb), others: [], hb, siteUrl: 'https://h.example/', base: 'main', reviewItems: [blip, inDate] });
    const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
    const tables = tree.children.filter((n): n is Table => n.type === 'table');
    expect(tables[tables.length - 1].children.map((r) => r.children.map((c) => toString(c)))).toEqual([
      ['Page', 'Owner', 'Review was due'],
      ['✱ Title of guides/edited', 'Ops', '1 January 2026'],
      ['Jenkins (radar blip)', 'Ops', '1 December 2025'],
    ]);
  });

  it('sees a move git took for a deletion and an addition, retiring or drafting a published page as a removal, and the titles of releases and blips', () => {
    const sources = [
      page('ops/rolling-back', { redirect_from: ['/handbook/ops/rollback/'] }),
      page('ops/agile', { status: 'retired' }),
      page('ops/free-meals', { status: 'draft', redirect_from: ['/handbook/ops/meals/'] }),
      page('ops/index'),
    ];
    const head = buildHandbook(sources, { includeDrafts: false, today: '2026-11-27' });
    const changes = pageChanges(
      parseNameStatus(
        [
          // Moved and rewritten: git's rename detection did not pair the two files.
          'D', 'docs/handbook/ops/rollback.md',
          'A', 'docs/handbook/ops/rolling-back.md',
          // Retired in this change.
          'M', 'docs/handbook/ops/agile.md',
          // Moved and made a draft, keeping its old address.
          'R090', 'docs/handbook/ops/meals.md', 'docs/handbook/ops/free-meals.md',
          'M', 'docs/releases/payments/1.1.0.json',
          'A', 'docs/radar/blips/opentofu.md',
        ].join('\0') + '\0',
      ),
      areas,
      head,
      {
        sources,
        publishedAtBase: (f) => ['docs/handbook/ops/agile.md', 'docs/handbook/ops/meals.md'].includes(f) || undefined,
        titleOf: (f, what) => (what === 'Release' ? 'Payments 1.1' : f.endsWith('opentofu.md') ? 'OpenTofu' : undefined),
      },
    );
    expect(changes.map((c) => [c.kind, c.what, c.oldUrl ?? '', c.url ?? '', c.redirected ?? '', c.title ?? '', c.unpublished ?? ''])).toEqual([
      ['added', 'Radar blip', '', '/radar/blips/opentofu/', '', 'OpenTofu', ''],
      ['changed', 'Release', '', '/releases/payments/1.1.0/', '', 'Payments 1.1', ''],
      ['moved', 'Handbook page', '/handbook/ops/rollback/', '/handbook/ops/rolling-back/', true, 'Title of ops/rolling-back', ''],
      ['removed', 'Handbook page', '/handbook/ops/agile/', '', '', 'Title of ops/agile', 'not published: its status is retired'],
      ['removed', 'Handbook page', '/handbook/ops/meals/', '', '', 'Title of ops/free-meals', 'not published: its status is draft'],
    ]);
    const md = prSummaryMarkdown({ changes, others: [], hb: head, siteUrl: 'https://h.example', base: 'main' });
    expect(md).toContain('Compared with `main`: 1 added, 1 changed, 1 moved, 2 removed.');
    expect(md).toContain('| Handbook page | [/handbook/ops/agile/](https://h.example/handbook/ops/agile/) (no longer published: its status is retired) | `docs/handbook/ops/agile.md` |');
    expect(md).toContain('| Release | Payments 1.1 | [/releases/payments/1.1.0/](https://h.example/releases/payments/1.1.0/) | `docs/releases/payments/1.1.0.json` |');
    // The page that keeps its old address is not told to add one.
    expect(md).not.toContain('[!WARNING]');
  });

  it('counts a page whose front matter now has an error as changed, with a note, not as removed', () => {
    // A new adopter's trial (2 December 2026): two pages with a mistyped field made "3 removed" of one deletion. Such a
    // page is in the head's files (sources) but not in its model; the check stops the build until it is fixed.
    const typo: PageSource = { id: 'ops/backups', file: 'docs/handbook/ops/backups.md', data: { title: 'Backups' } as HandbookFrontmatter };
    const sources = [page('ops/index'), typo];
    const head = buildHandbook([page('ops/index')], { includeDrafts: false, today: '2026-11-27' });
    const changes = pageChanges(parseNameStatus(['M', 'docs/handbook/ops/backups.md', 'D', 'docs/handbook/ops/gone.md'].join('\0') + '\0'), areas, head, {
      sources,
      publishedAtBase: () => true,
    });
    expect(changes.map((c) => [c.kind, c.oldUrl ?? '', c.url ?? '', c.unpublished ?? ''])).toEqual([
      ['changed', '', '/handbook/ops/backups/', 'its front matter has errors (npm run check lists them), so the site cannot be built until they are fixed'],
      ['removed', '/handbook/ops/gone/', '', ''],
    ]);
    const md = prSummaryMarkdown({ changes, others: [], hb: head, siteUrl: 'https://h.example', base: 'main' });
    expect(md).toContain('Compared with `main`: 0 added, 1 changed, 0 moved, 1 removed.');
  });

  it("counts a deleted folder index.md as changed: the folder's landing page is generated at the same address", () => {
    // A new adopter's trial (3 December 2026): listed under "Removed (now gone)" while /handbook/services/ still worked.
    const head = buildHandbook([page('services/a'), page('services/b')], { includeDrafts: false, today: '2026-11-27' });
    const changes = pageChanges(parseNameStatus(['D', 'docs/handbook/services/index.md'].join('\0') + '\0'), areas, head, { publishedAtBase: () => true });
    expect(changes.map((c) => [c.kind, c.url, c.oldUrl, c.note])).toEqual([
      ['changed', '/handbook/services/', undefined, "the folder's landing page is now generated from its pages"],
    ]);
    const md = prSummaryMarkdown({ changes, others: [], hb: head, siteUrl: 'https://h.example', base: 'main' });
    expect(md).toContain('Compared with `main`: 0 added, 1 changed, 0 moved, 0 removed.');
    expect(md).toContain("_the folder's landing page is now generated from its pages_ | [/handbook/services/](https://h.example/handbook/services/) | `docs/handbook/services/index.md` |");
  });

  it('lists a page this change publishes (a draft at the base) as added, and one deleted while a draft as never published', () => {
    const sources = [page('ops/index'), page('ops/launch')];
    const head = buildHandbook(sources, { includeDrafts: false, today: '2026-11-27' });
    const changes = pageChanges(parseNameStatus(['M', 'docs/handbook/ops/launch.md', 'D', 'docs/handbook/ops/idea.md'].join('\0') + '\0'), areas, head, {
      sources,
      publishedAtBase: (f) => (f.endsWith('launch.md') || f.endsWith('idea.md') ? false : undefined),
    });
    expect(changes.map((c) => [c.kind, c.oldUrl ?? '', c.url ?? '', c.unpublished ?? ''])).toEqual([
      ['added', '', '/handbook/ops/launch/', ''],
      ['removed', '/handbook/ops/idea/', '', 'never published'],
    ]);
    const md = prSummaryMarkdown({ changes, others: [], hb: head, siteUrl: 'https://h.example', base: 'main' });
    expect(md).toContain('| Handbook page | Title of ops/launch | [/handbook/ops/launch/](https://h.example/handbook/ops/launch/) (after merge) | `docs/handbook/ops/launch.md` |');
    expect(md).toContain('| Handbook page | `/handbook/ops/idea/` (never published) | `docs/handbook/ops/idea.md` |');
  });

  it('lists a draft moved while still a draft as moved with nothing to keep: no redirect claimed, no link, no warning', () => {
    // A new adopter's trial (2 December 2026): "yes (`redirect_from`)" with a link to a page the merge would not publish.
    const sources = [page('roads/index'), page('roads/plan', { status: 'draft' })];
    const head = buildHandbook(sources, { includeDrafts: false, today: '2026-11-27' });
    const changes = pageChanges(parseNameStatus(['R100', 'docs/handbook/roads/draft-plan.md', 'docs/handbook/roads/plan.md'].join('\0') + '\0'), areas, head, {
      sources,
      publishedAtBase: (f) => (f.endsWith('draft-plan.md') ? false : undefined),
      lost: new Map(),
    });
    expect(changes.map((c) => [c.kind, c.oldUrl, c.url, c.neverPublished, c.redirected])).toEqual([['moved', '/handbook/roads/draft-plan/', '/handbook/roads/plan/', true, undefined]]);
    const md = prSummaryMarkdown({ changes, others: [], hb: head, siteUrl: 'https://h.example', base: 'main' });
    expect(md).toContain(
      '| Handbook page | Title of roads/plan — _not published: its status is draft_ | `/handbook/roads/draft-plan/` → `/handbook/roads/plan/` | n/a: never published |',
    );
    expect(md).not.toContain('loses its old URL');
  });

  it('lists a radar edition a change publishes as added, and one it takes back to draft or deletes as removed', () => {
    const base = 'editions:\n  - id: "2026-04"\n    title: April 2026\n    date: 2026-04-01\n  - id: "2026-10"\n    title: October 2026\n    date: 2026-10-01\n  - id: "2027-01"\n    title: January 2027\n    state: draft\n';
    const head = 'editions:\n  - id: "2026-04"\n    title: April 2026\n    date: 2026-04-01\n  - id: "2027-01"\n    title: January 2027\n    date: 2027-01-10\n';
    const changes = editionChanges('docs/radar/radar.yaml', base, head);
    expect(changes).toEqual([
      { kind: 'added', what: 'Radar edition', file: 'docs/radar/radar.yaml', url: '/radar/2027-01/', title: 'January 2027' },
      { kind: 'removed', what: 'Radar edition', file: 'docs/radar/radar.yaml', oldUrl: '/radar/2026-10/' },
    ]);
    const md = prSummaryMarkdown({ changes, others: [], hb, siteUrl: 'https://h.example', base: 'main' });
    expect(md).toContain('| Radar edition | January 2027 | [/radar/2027-01/](https://h.example/radar/2027-01/) (after merge) | `docs/radar/radar.yaml` |');
    expect(editionChanges('r.yaml', 'editions: [', head)).toHaveLength(2);
    // A head that cannot be read says nothing of its editions: read as having none, a YAML mistake listed every
    // published edition as removed (a new adopter's trial, 2 December 2026). The check reports the mistake.
    expect(editionChanges('r.yaml', base, 'editions:\n  - id: "2026-04"\n   title: x\n')).toEqual([]);
    expect(editionChanges('r.yaml', base, 'quadrants: []\n')).toEqual([]);
  });

  it('without the site address (site.yaml in error) shows paths, not links, says why, and marks a data file with errors', () => {
    const changes = pageChanges(parseNameStatus(['M', 'docs/handbook/ops/index.md', 'M', 'docs/releases/payments/1.1.0.json'].join('\0') + '\0'), areas, hb, {
      titleOf: () => undefined,
    });
    const md = prSummaryMarkdown({ changes, others: [], hb, siteUrl: '', base: 'main', warnings: ['`site.yaml` has errors, so this summary reads only what it can of it.'] });
    expect(md).toContain('\n> [!WARNING]\n> `site.yaml` has errors, so this summary reads only what it can of it.\n');
    expect(md).toContain('| `/handbook/ops/` |');
    expect(md).not.toMatch(/\]\(\//);
    // A release whose JSON does not parse had an empty title cell and no word of why.
    expect(md).toContain('| Release | _its file has errors (npm run check lists them), so the site cannot be built until they are fixed_ | `/releases/payments/1.1.0/` |');
  });

  it("names files as they are in the content's own repository when told how", () => {
    const md = prSummaryMarkdown({
      changes: pageChanges(files, areas, hb),
      others: otherFiles(files, areas),
      hb,
      siteUrl: 'https://h.example',
      base: 'main',
      displayPath: (f) => f.replace(/^docs\//, ''),
    });
    expect(md).toContain('> - `handbook/guides/moved-lost.md`: `redirect_from: ["/handbook/old/lost/"]`');
    expect(md).toContain('- `site.yaml` (changed)');
    expect(md).not.toContain('`docs/');
  });

  it('tells a moved page that keeps other addresses the whole redirect_from to write, not a second one', () => {
    // A new adopter's trial (2 December 2026): told to add `redirect_from: ["…"]` to a page that had one, an editor
    // got "redirect_from is given twice".
    const head = buildHandbook([page('ops/index'), page('ops/rota', { redirect_from: ['/handbook/ops/older/'] })], { includeDrafts: false, today: '2026-11-27' });
    const changes = pageChanges(parseNameStatus(['R100', 'docs/handbook/ops/on-call.md', 'docs/handbook/ops/rota.md'].join('\0') + '\0'), areas, head);
    const md = prSummaryMarkdown({ changes, others: [], hb: head, siteUrl: 'https://h.example', base: 'main' });
    expect(md).toContain('> - `docs/handbook/ops/rota.md`: `redirect_from: ["/handbook/ops/older/", "/handbook/ops/on-call/"]`');
  });

  it("leaves a content repository's own files out of its other content files", () => {
    const changed = parseNameStatus(['M', 'docs/README.md', 'A', 'docs/.github/CODEOWNERS', 'M', 'docs/LICENSE', 'M', 'docs/site.yaml', 'M', 'docs/handbook/README.md'].join('\0') + '\0');
    expect(otherFiles(changed, areas, 'docs').map((f) => f.path)).toEqual(['docs/site.yaml']);
    // Without the content directory, as before.
    expect(otherFiles(changed, areas).map((f) => f.path)).toContain('docs/README.md');
  });
});
