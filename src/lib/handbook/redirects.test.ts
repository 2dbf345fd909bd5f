// Moved pages keep their old URLs: which redirects are made, which are refused and with what message.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildHandbook, type PageSource } from './model';
import { handbookPageSchema, type HandbookFrontmatter } from './schema';
import { parseHandbookFiles } from './load';
import { BUILD_FOLDERS, checkRedirects, redirectPagePath, redirectsFile, redirectsOf } from './redirects';

/** A page whose front matter goes through the real schema, with its YAML text for line numbers. */
function page(id: string, redirect_from: string[]): PageSource {
  const raw = { title: id, description: 'd', owner: 'Release Manager', last_reviewed: '2026-09-01', review_in: '6 months', redirect_from };
  return { id, file: `content/handbook/${id}.md`, data: handbookPageSchema.parse(raw) as HandbookFrontmatter, frontmatterText: stringify(raw) };
}

function check(sources: PageSource[], routes: string[] = []) {
  const hb = buildHandbook(sources, { includeDrafts: false, today: '2026-11-27' });
  return { hb, issues: checkRedirects(hb, sources, [...hb.pages.map((p) => p.url), ...routes]) };
}

describe('redirect_from', () => {
  it('normalises old paths to end in / and rejects anything that is not a site path', () => {
    expect(handbookPageSchema.parse({ title: 't', description: 'd', owner: 'o', last_reviewed: '2026-01-01', review_in: '1 year', redirect_from: ['/handbook/old'] }).redirect_from).toEqual(['/handbook/old/']);
    for (const bad of ['handbook/old/', 'https://example.org/old/', '/old/?x=1', '/a/../b/', '/old#top'])
      expect(handbookPageSchema.safeParse({ title: 't', description: 'd', owner: 'o', last_reviewed: '2026-01-01', review_in: '1 year', redirect_from: [bad] }).success, bad).toBe(false);
  });

  it('makes one redirect per old path, sorted, and a _redirects file of permanent redirects', () => {
    const { hb, issues } = check([page('guides/deploy', ['/handbook/old/deploy/', '/deploying/']), page('guides/index', [])]);
    expect(issues).toEqual([]);
    expect(redirectsOf(hb)).toEqual([
      { from: '/deploying/', to: '/handbook/guides/deploy/', file: 'content/handbook/guides/deploy.md', index: 1 },
      { from: '/handbook/old/deploy/', to: '/handbook/guides/deploy/', file: 'content/handbook/guides/deploy.md', index: 0 },
    ]);
    expect(redirectsFile(redirectsOf(hb))).toBe('/deploying/ /handbook/guides/deploy/ 301\n/handbook/old/deploy/ /handbook/guides/deploy/ 301\n');
    expect(redirectsFile([])).toBe('');
  });

  it('refuses an old path that is a page, another area\'s route, claimed twice, or a loop — naming file, field and line', () => {
    const { issues } = check(
      [
        page('a/one', ['/handbook/a/two/']),
        page('a/two', ['/handbook/a/one/']),
        page('a/three', ['/handbook/a/three/', '/handbook/a/four/', '/releases/']),
        page('a/four', ['/old/shared/']),
        page('a/five', ['/old/shared/']),
      ],
      ['/releases/'],
    );
    expect(issues.map((i) => [i.file, i.field, i.line, i.message])).toEqual([
      // Each page that claims it is told, so the page a pull request changed carries the error, whichever sorts first.
      ['content/handbook/a/five.md', 'redirect_from[0]', 8, '"/old/shared/" is also an old URL of the page content/handbook/a/four.md: an old URL can lead to one page only, so keep it on one of them'],
      ['content/handbook/a/four.md', 'redirect_from[0]', 8, '"/old/shared/" is also an old URL of the page content/handbook/a/five.md: an old URL can lead to one page only, so keep it on one of them'],
      ['content/handbook/a/one.md', 'redirect_from[0]', 8, '"/handbook/a/two/" is the URL of the page content/handbook/a/two.md, whose redirect_from lists this page\'s URL in turn: both pages exist, so neither address can redirect (/handbook/a/two/ → /handbook/a/one/ → /handbook/a/two/ would loop). Remove both entries; if one page replaces the other, delete the old page and keep its address on the one that stays'],
      ['content/handbook/a/three.md', 'redirect_from[0]', 8, '"/handbook/a/three/" is this page\'s own URL, so it would redirect to itself in a loop: remove it'],
      ['content/handbook/a/three.md', 'redirect_from[1]', 9, '"/handbook/a/four/" is the URL of the page content/handbook/a/four.md: a redirect cannot replace a page that exists. Remove it, or move that page'],
      ['content/handbook/a/three.md', 'redirect_from[2]', 10, '"/releases/" is a page this site builds: a redirect cannot replace it. Remove it'],
      ['content/handbook/a/two.md', 'redirect_from[0]', 8, '"/handbook/a/one/" is the URL of the page content/handbook/a/one.md, whose redirect_from lists this page\'s URL in turn: both pages exist, so neither address can redirect (/handbook/a/one/ → /handbook/a/two/ → /handbook/a/one/ would loop). Remove both entries; if one page replaces the other, delete the old page and keep its address on the one that stays'],
    ]);
  });

  it('reports an entry wrong in form and the other entries\' problems in one run, each at its place as written', () => {
    // A new adopter's trial (2 December 2026): the page with a malformed entry left the model, so its other entries'
    // collisions (and other pages' collisions with them) came only after the form errors were fixed.
    const text = (id: string, list: string[]) =>
      `title: ${id}\ndescription: d\nowner: Release Manager\nlast_reviewed: 2026-09-01\nreview_in: 6 months\nredirect_from:\n${list.map((r) => `  - "${r}"`).join('\n')}\n`;
    const { sources, issues } = parseHandbookFiles(
      [
        { path: 'content/handbook/a/one.md', text: `---\n${text('one', ['/old page/', '/handbook/a/two/', '/old/shared/'])}---\n\nBody.\n` },
        { path: 'content/handbook/a/two.md', text: `---\n${text('two', ['/old/shared/'])}---\n\nBody.\n` },
      ],
      'content/handbook',
    );
    expect(sources.map((s) => [s.file, s.data.redirect_from, s.redirectIndexes])).toEqual([
      ['content/handbook/a/one.md', ['/handbook/a/two/', '/old/shared/'], [1, 2]],
      ['content/handbook/a/two.md', ['/old/shared/'], undefined],
    ]);
    const hb = buildHandbook(sources, { includeDrafts: false, today: '2026-11-27' });
    const all = [...issues, ...checkRedirects(hb, sources, hb.pages.map((p) => p.url))];
    expect(all.map((i) => [i.file, i.field, i.line, i.message.split(':')[0]])).toEqual([
      ['content/handbook/a/one.md', 'redirect_from[0]', 8, '"/old page/" is not an old page path'],
      ['content/handbook/a/one.md', 'redirect_from[1]', 9, '"/handbook/a/two/" is the URL of the page content/handbook/a/two.md'],
      ['content/handbook/a/one.md', 'redirect_from[2]', 10, '"/old/shared/" is also an old URL of the page content/handbook/a/two.md'],
      ['content/handbook/a/two.md', 'redirect_from[0]', 8, '"/old/shared/" is also an old URL of the page content/handbook/a/one.md'],
    ]);
  });

  it("refuses two pages' old paths that differ only in capitals, on each page: one redirect page would overwrite the other", () => {
    // A new adopter's trial (2 December 2026): both were accepted, and _redirects sent them to different pages.
    const { issues } = check([page('rail/timetable-changes', ['/handbook/Rail/Timetables/']), page('rail/data-feeds', ['/handbook/rail/timetables/', '/handbook/rail/old-feeds/'])]);
    expect(issues.map((i) => [i.file, i.field, i.line, i.message])).toEqual([
      [
        'content/handbook/rail/data-feeds.md',
        'redirect_from[0]',
        8,
        '"/handbook/rail/timetables/" differs only in capitals from "/handbook/Rail/Timetables/", an old URL of the page content/handbook/rail/timetable-changes.md: where file names ignore case (Windows, macOS, and hosts serving from such disks) one redirect page would overwrite the other. Keep one of the two addresses',
      ],
      [
        'content/handbook/rail/timetable-changes.md',
        'redirect_from[0]',
        8,
        '"/handbook/Rail/Timetables/" differs only in capitals from "/handbook/rail/timetables/", an old URL of the page content/handbook/rail/data-feeds.md: where file names ignore case (Windows, macOS, and hosts serving from such disks) one redirect page would overwrite the other. Keep one of the two addresses',
      ],
    ]);
  });

  it('refuses an old path that differs from a page or route only in capitals, which would overwrite it where case is ignored', () => {
    // A new adopter's trial (2 December 2026): /Handbook/On-Call/Rota/ beside the page /handbook/on-call/rota/ passed,
    // and the build wrote both folders, one file on macOS or Windows.
    const { issues } = check([page('on-call/rota', []), page('a/one', ['/Handbook/On-Call/Rota', '/RELEASES/', '/handbook/a/old/'])], ['/releases/']);
    expect(issues.map((i) => [i.file, i.field, i.line, i.message])).toEqual([
      [
        'content/handbook/a/one.md',
        'redirect_from[0]',
        8,
        '"/Handbook/On-Call/Rota" (the address /Handbook/On-Call/Rota/) differs from the page /handbook/on-call/rota/ only in capitals: where file names ignore case (Windows, macOS, and hosts serving from such disks) its redirect page would overwrite that page. Remove it. To keep an address that differs from a page\'s only in capitals, keep the page\'s file name as it was: on hosts that tell capitals apart (GitHub Pages and most others) the two are different addresses',
      ],
      [
        'content/handbook/a/one.md',
        'redirect_from[1]',
        9,
        '"/RELEASES/" differs from the page /releases/ only in capitals: where file names ignore case (Windows, macOS, and hosts serving from such disks) its redirect page would overwrite that page. Remove it. To keep an address that differs from a page\'s only in capitals, keep the page\'s file name as it was: on hosts that tell capitals apart (GitHub Pages and most others) the two are different addresses',
      ],
    ]);
  });

  it("warns about an old path that is a draft page's URL, which breaks the build that publishes the draft", () => {
    const draft = page('a/coming', []);
    draft.data = { ...draft.data, status: 'draft' };
    const { issues } = check([page('a/one', ['/handbook/a/coming/']), draft]);
    expect(issues.map((i) => [i.file, i.field, i.severity, i.message])).toEqual([
      [
        'content/handbook/a/one.md',
        'redirect_from[0]',
        'warning',
        '"/handbook/a/coming/" is the URL of the draft page content/handbook/a/coming.md: once that page is published, a redirect cannot replace it, and the build will fail. Remove it, or move or delete the draft',
      ],
    ]);
  });

  it("warns about an old path that is a draft radar edition's page, which breaks preview builds and, once published, every build", () => {
    // A new adopter's trial (3 December 2026): the build passed, the preview build failed on it.
    const sources = [page('a/one', ['/radar/2027-05/'])];
    const hb = buildHandbook(sources, { includeDrafts: false, today: '2026-11-27' });
    const issues = checkRedirects(hb, sources, hb.pages.map((p) => p.url), new Map([['/radar/2027-05/', 'it is a page of draft edition 2027-05']]));
    expect(issues.map((i) => [i.file, i.field, i.severity, i.message])).toEqual([
      [
        'content/handbook/a/one.md',
        'redirect_from[0]',
        'warning',
        '"/radar/2027-05/" is not published yet, but it is a page of draft edition 2027-05: once that edition is published, a redirect cannot replace it and the build will fail (preview builds and npm run dev fail on it already). Remove it',
      ],
    ]);
  });

  it('says what is wrong with an old path that starts with / but cannot be kept', () => {
    const message = (from: string) =>
      handbookPageSchema.safeParse({ title: 't', description: 'd', owner: 'o', last_reviewed: '2026-01-01', review_in: '1 year', redirect_from: [from] }).error?.issues[0].message;
    expect(message('/handbook/declare?id=5')).toBe(
      '{found} is not an old page path: a static site cannot redirect by query string (?…): the host looks up the path alone; write "/handbook/declare" if that path was the page',
    );
    expect(message('/handbook/p1/#severity-levels')).toBe(
      '{found} is not an old page path: a #fragment is never sent to the host, so a redirect cannot tell it apart: write the path alone, "/handbook/p1/" (and link to the anchor on the page\'s new address)',
    );
    expect(message('/handbook/incident command/')).toMatch(/^\{found\} is not an old page path: it contains a space: an old address kept here may hold only the letters A–Z and a–z, digits, "\/" and - _ \. ~/);
    expect(message('/handbook/ops/100%/')).toMatch(/^\{found\} is not an old page path: it contains "%": /);
    // A new adopter's trial (2 December 2026): "//" was said to contain "undefined", and an empty entry was told to
    // write "/", the home page.
    expect(message('//handbook/double/')).toBe('{found} is not an old page path: it has an empty segment ("//"): write "/handbook/double/"');
    expect(message('')).toBe('{found} is not an old page path: it is empty; write the address the page had, e.g. "/handbook/old-section/page/", or remove the entry');
    expect(message('  ')).toBe('{found} is not an old page path: it is empty; write the address the page had, e.g. "/handbook/old-section/page/", or remove the entry');
    expect(message('/a/../b/')).toBe('{found} is not an old page path: a "." or ".." segment is not a page\'s address: write the path the page was published at');
  });

  it('treats /x/index.html as /x/ and keeps an old page file name as written', () => {
    const parse = (from: string) => handbookPageSchema.safeParse({ title: 't', description: 'd', owner: 'o', last_reviewed: '2026-01-01', review_in: '1 year', redirect_from: [from] });
    const ok = (from: string) => {
      const r = parse(from);
      if (!r.success) throw new Error(`${from}: ${r.error.message}`);
      return r.data.redirect_from![0];
    };
    expect(ok('/handbook/meals/index.html')).toBe('/handbook/meals/');
    expect(ok('/handbook/meals/INDEX.HTML')).toBe('/handbook/meals/');
    expect(ok('/index.html')).toBe('/');
    expect(ok('/handbook/old-meals.html')).toBe('/handbook/old-meals.html');
    expect(ok('/handbook/old-meals.html/')).toBe('/handbook/old-meals.html');
    expect(ok('/help.aspx')).toBe('/help.aspx');
    // A folder whose name has a dot and a digit is a folder.
    expect(ok('/handbook/v1.2')).toBe('/handbook/v1.2/');
    // Form only: whether an old path may be a file is the check's question (checkRedirects), asked with the others.
    expect(ok('/feed.xml')).toBe('/feed.xml');
    // index.htm is not what a host serves for its folder, so it stays a file name.
    expect(ok('/handbook/y/index.htm')).toBe('/handbook/y/index.htm');
    const foreign = parse('https://example.org/meals');
    expect(foreign.error!.issues[0].message).toBe(
      '{found} is not an old page path: if it was an address on this site, write its path, "/meals" (starting with /); an address on another site cannot lead here',
    );
  });

  it('finds the same old URL written two ways, and refuses files, and the build\'s own folders and files, all in one run', () => {
    const { hb, issues } = check(
      [
        page('services/meals', ['/handbook/meals/index.html', '/handbook/old-meals.html', '/pagefind/', '/_astro/old/', '/404.html', '/feed.xml', '/api/radar.json', '/CNAME', '/_redirects']),
        page('operations/on-call', ['/handbook/meals/', '/sitemap-index.xml', '/_headers']),
      ],
      ['/404.html', '/feed.xml'],
    );
    const file = (f: string, ext: string) =>
      `"${f}" ends in a ".${ext}" file name, which is a file rather than a page: only an old page's address can lead here, such as "/handbook/old-page/" or "/old-page.html". Remove it (a file that moved belongs in public/ or in the host's redirects)`;
    expect(issues.map((i) => [i.file, i.field, i.message])).toEqual([
      ['content/handbook/operations/on-call.md', 'redirect_from[0]', '"/handbook/meals/" is also an old URL of the page content/handbook/services/meals.md: an old URL can lead to one page only, so keep it on one of them'],
      ['content/handbook/operations/on-call.md', 'redirect_from[1]', file('/sitemap-index.xml', 'xml')],
      ['content/handbook/operations/on-call.md', 'redirect_from[2]', '"/_headers" is where the build writes the file _headers, which sets the Content-Security-Policy for hosts that read it: a redirect cannot go there. Remove it'],
      ['content/handbook/services/meals.md', 'redirect_from[0]', '"/handbook/meals/index.html" (the address /handbook/meals/) is also an old URL of the page content/handbook/operations/on-call.md: an old URL can lead to one page only, so keep it on one of them'],
      ['content/handbook/services/meals.md', 'redirect_from[2]', '"/pagefind/" is inside /pagefind/, which holds the search index the build makes: a redirect cannot go there. Remove it'],
      ['content/handbook/services/meals.md', 'redirect_from[3]', '"/_astro/old/" is inside /_astro/, which holds the stylesheets, scripts and pictures the build makes: a redirect cannot go there. Remove it'],
      ['content/handbook/services/meals.md', 'redirect_from[4]', '"/404.html" is a page this site builds: a redirect cannot replace it. Remove it'],
      ['content/handbook/services/meals.md', 'redirect_from[5]', file('/feed.xml', 'xml')],
      ['content/handbook/services/meals.md', 'redirect_from[6]', file('/api/radar.json', 'json')],
      ['content/handbook/services/meals.md', 'redirect_from[7]', '"/CNAME" is where the build writes the file CNAME, which tells GitHub Pages the site\'s domain: a redirect cannot go there. Remove it'],
      ['content/handbook/services/meals.md', 'redirect_from[8]', '"/_redirects" is where the build writes the file _redirects, which lists the redirects for hosts that read it: a redirect cannot go there. Remove it'],
    ]);
    // An old page file name: its redirect page is the folder of that name, and _redirects names it as written.
    expect(redirectsFile(redirectsOf(hb).filter((r) => r.from.includes('old-meals')))).toBe('/handbook/old-meals.html /handbook/services/meals/ 301\n');
    expect(redirectPagePath('/handbook/old-meals.html')).toBe('/handbook/old-meals.html/');
    expect(redirectPagePath('/handbook/meals/')).toBe('/handbook/meals/');
  });

  it('names the search index folder the build really uses', async () => {
    const { INDEX_DIR } = await import('../search/pagefind-index');
    expect(Object.keys(BUILD_FOLDERS)).toContain(`/${INDEX_DIR}/`);
  });
});
