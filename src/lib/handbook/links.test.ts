import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/errors';
import { checkLinks, pagesByTitle, outline } from './links';

const targets = {
  routes: new Set(['/handbook/a/', '/handbook/b/', '/releases/']),
  anchors: new Map([['/handbook/b/', new Set(['rehearsing-a-rollback'])]]),
  files: new Set(['/favicon.svg']),
};

describe('outline', () => {
  it('makes GitHub-style heading anchors, de-duplicated like the renderer', () => {
    const o = outline('## Rehearsing a rollback\n\n## 1. Small, frequent releases\n\n## Notes\n\n## Notes\n');
    expect([...o.anchors]).toEqual(['rehearsing-a-rollback', '1-small-frequent-releases', 'notes', 'notes-1']);
  });
  it('records links and images with their line in the file', () => {
    const o = outline('Intro\n\nSee [b](/handbook/b/) and ![logo](/logo.png).\n', 5);
    expect(o.links).toEqual([
      { url: '/handbook/b/', kind: 'link', source: 'inline', line: 7, column: 5 },
      { url: '/logo.png', kind: 'image', source: 'inline', line: 7, column: 27 },
    ]);
  });
});

describe('checkLinks', () => {
  const run = (md: string) => checkLinks('content/handbook/a.md', '/handbook/a/', outline(md, 6), targets).map(formatIssue);
  it('passes links to pages, anchors that exist, files and external sites', () => {
    expect(run('[x](/handbook/b/#rehearsing-a-rollback) [y](/releases/) ![i](/favicon.svg) [e](https://example.org/) [m](mailto:a@b.c)')).toEqual([]);
  });
  it('reports a page that does not exist, with the line', () => {
    expect(run('\n[x](/handbook/nowhere/)')).toEqual([
      'content/handbook/a.md:7:1  link  "/handbook/nowhere/" is not a page on this site: no page has that address',
    ]);
  });
  it('suggests the page a mistyped link or one to a folder\'s index was meant for, and nothing when none is near', () => {
    expect(run('[x](/handbook/bb/) [y](/handbook/b/index/) [z](/handbook/b/index.html) [w](/handbook/gone/)')).toEqual([
      'content/handbook/a.md:6:1  link  "/handbook/bb/" is not a page on this site: did you mean "/handbook/b/"?',
      'content/handbook/a.md:6:20  link  "/handbook/b/index/" is not a page on this site: did you mean "/handbook/b/"?',
      'content/handbook/a.md:6:44  link  "/handbook/b/index.html" is the file behind the page /handbook/b/: link to the page\'s address, "/handbook/b/"',
      'content/handbook/a.md:6:72  link  "/handbook/gone/" is not a page on this site: no page has that address',
    ]);
  });
  it('suggests the one page in another folder with the same last segment', () => {
    const t = { ...targets, routes: new Set([...targets.routes, '/radar/blips/typescript/', '/handbook/x/notes/', '/handbook/y/notes/']) };
    const run2 = (md: string) => checkLinks('content/handbook/a.md', '/handbook/a/', outline(md, 6), t).map(formatIssue);
    expect(run2('[t](/radar/typescript/)')).toEqual(['content/handbook/a.md:6:1  link  "/radar/typescript/" is not a page on this site: did you mean "/radar/blips/typescript/"?']);
    // Two pages with that name: both offered (a new adopter's trial, 2 December 2026: an "overview" in each section).
    expect(run2('[n](/handbook/notes/)')).toEqual([
      'content/handbook/a.md:6:1  link  "/handbook/notes/" is not a page on this site: 2 pages end in that name; did you mean "/handbook/x/notes/" or "/handbook/y/notes/"?',
    ]);
    const many = { ...t, routes: new Set([...t.routes, ...['p', 'q', 'r', 's'].map((x) => `/handbook/${x}/notes/`)]) };
    expect(checkLinks('content/handbook/a.md', '/handbook/a/', outline('[n](/handbook/notes/)', 6), many).map(formatIssue)).toEqual([
      'content/handbook/a.md:6:1  link  "/handbook/notes/" is not a page on this site: 6 pages end in that name; did you mean "/handbook/p/notes/", "/handbook/q/notes/", "/handbook/r/notes/", "/handbook/s/notes/" or one of 2 more?',
    ]);
    // An address without a slash that no page or file has: the public folder is named.
    expect(run2('[f](/files/rota)')).toEqual(['content/handbook/a.md:6:1  link  "/files/rota" is not a page on this site: no page, and no file in public/, has that address']);
  });
  it('checks an MDX link or picture whose address is written as a string expression', () => {
    const md = '<a href={"/handbook/bb/"}>x</a> <a href={\'/handbook/b/\'}>y</a> <img src={`/img/none.png`} alt="" /> <a href={base + "/x/"}>z</a>';
    expect(checkLinks('content/handbook/a.mdx', '/handbook/a/', outline(md, 6, true), targets).map(formatIssue)).toEqual([
      'content/handbook/a.mdx:6:1  link  "/handbook/bb/" is not a page on this site: did you mean "/handbook/b/"?',
      'content/handbook/a.mdx:6:64  image  "/img/none.png": file not found: put the file at public/img/none.png, or correct the link',
    ]);
  });
  it('suggests the missing trailing slash', () => {
    expect(run('[x](/handbook/b)')).toEqual([
      'content/handbook/a.md:6:1  link  "/handbook/b" is not a page on this site: add the trailing slash ("/handbook/b/")',
    ]);
  });
  it('reports an anchor with no heading, listing the page\'s anchors when none is near (a heading renamed)', () => {
    expect(run('[x](/handbook/b/#rollback-drills)')).toEqual([
      'content/handbook/a.md:6:1  link  "/handbook/b/#rollback-drills": the page has no heading with the anchor #rollback-drills; its anchor is #rehearsing-a-rollback',
    ]);
    // The start of the heading's anchor (a heading made longer) is near: more than half of it is the same beginning.
    expect(run('[x](/handbook/b/#rehearsing)')).toEqual([
      'content/handbook/a.md:6:1  link  "/handbook/b/#rehearsing": the page has no heading with the anchor #rehearsing: did you mean #rehearsing-a-rollback?',
    ]);
  });
  it('says an anchor typed with separate accents (decomposed Unicode) is why it does not match, not "did you mean" the same text (a bilingual trial, 3 December 2026)', () => {
    const gaelic = { ...targets, anchors: new Map([['/handbook/b/', new Set(['ro-l\u00e0imh'])]]) };
    expect(checkLinks('content/handbook/a.md', '/handbook/a/', outline('[x](/handbook/b/#ro-la\u0300imh)', 6), gaelic).map(formatIssue)).toEqual([
      'content/handbook/a.md:6:1  link  "/handbook/b/#ro-la\u0300imh": the page has no heading with the anchor #ro-la\u0300imh: its accented letters are written as a letter followed by a separate accent (decomposed Unicode), which a browser does not match to the heading\'s #ro-l\u00e0imh: type the accented letters again (or copy the anchor from the page\'s "Link to the section" link)',
    ]);
    expect(checkLinks('content/handbook/a.md', '/handbook/a/', outline('[x](/handbook/b/#ro-l\u00e0imh)', 6), gaelic)).toEqual([]);
  });
  it('lists a renamed heading\'s page anchors in its order, up to six, then how many more', () => {
    // A new adopter's trial (2 December 2026): a link to #alerting after the heading became "Alerts and paging" got
    // no hint, since the two are not near as spellings.
    const many = (n: number) => ({ ...targets, anchors: new Map([['/handbook/b/', new Set(Array.from({ length: n }, (_, i) => `step-${i + 1}`))]]) });
    const check = (n: number) => checkLinks('content/handbook/a.md', '/handbook/a/', outline('[x](/handbook/b/#alerting)', 6), many(n)).map(formatIssue);
    expect(check(3)).toEqual(['content/handbook/a.md:6:1  link  "/handbook/b/#alerting": the page has no heading with the anchor #alerting; its anchors are #step-1, #step-2 and #step-3']);
    expect(check(8)).toEqual([
      'content/handbook/a.md:6:1  link  "/handbook/b/#alerting": the page has no heading with the anchor #alerting; its anchors are #step-1, #step-2, #step-3, #step-4, #step-5, #step-6 and 2 more',
    ]);
  });
  it('suggests the nearest heading for a mistyped anchor', () => {
    // A new adopter's example (1 December 2026): #backupz for #backups got no hint, though superseded_by gets one.
    expect(run('[x](/handbook/b/#rehearsing-a-rolback)')).toEqual([
      'content/handbook/a.md:6:1  link  "/handbook/b/#rehearsing-a-rolback": the page has no heading with the anchor #rehearsing-a-rolback: did you mean #rehearsing-a-rollback?',
    ]);
  });
  it('warns about a link to a moved page\'s old address, naming the new one, and checks its anchor there', () => {
    // A new adopter's trial (1 December 2026): such links passed, and the redirect page lost the #anchor.
    const moved = new Map([['/handbook/old-b/', '/handbook/b/']]);
    const check = (md: string) =>
      checkLinks('content/handbook/a.md', '/handbook/a/', outline(md, 6), { ...targets, routes: new Set([...targets.routes, '/handbook/old-b/']), moved }).map(formatIssue);
    expect(check('[x](/handbook/old-b/#rehearsing-a-rollback)')).toEqual([
      'content/handbook/a.md:6:1  link  warning: "/handbook/old-b/#rehearsing-a-rollback" is an old address of the page now at /handbook/b/, which redirects there: link to "/handbook/b/#rehearsing-a-rollback" instead (a redirect costs readers a hop, and can lose the #anchor)',
    ]);
    expect(check('[x](/handbook/old-b/#who-to-call)')).toEqual([
      'content/handbook/a.md:6:1  link  warning: "/handbook/old-b/#who-to-call" is an old address of the page now at /handbook/b/, which redirects there: link to "/handbook/b/" instead (a redirect costs readers a hop, and can lose the #anchor)',
      'content/handbook/a.md:6:1  link  "/handbook/old-b/#who-to-call": the page it leads to (/handbook/b/) has no heading with the anchor #who-to-call; its anchor is #rehearsing-a-rollback',
    ]);
    // The file behind an old address: the page's address now, its anchor checked there, in one message (a new
    // adopter's trial, 2 December 2026: the advice was the old address, which the next run called a redirect).
    expect(check('[x](/handbook/old-b/index.html#rehearsing-a-rollback) [y](/handbook/old-b/index.html#nope)')).toEqual([
      'content/handbook/a.md:6:1  link  "/handbook/old-b/index.html#rehearsing-a-rollback" is the file behind the page /handbook/b/: link to the page\'s address, "/handbook/b/#rehearsing-a-rollback"',
      'content/handbook/a.md:6:55  link  "/handbook/old-b/index.html#nope" is the file behind the page /handbook/b/: link to the page\'s address, "/handbook/b/" (but that page has no heading #nope; its anchor is #rehearsing-a-rollback)',
    ]);
  });
  it('names the page an old address leads to when the link leaves out its trailing slash', () => {
    // It was told to add the slash, which gave another old address (a new adopter's trial, 2 December 2026).
    const moved = new Map([['/handbook/old-b/', '/handbook/b/']]);
    const t = { ...targets, routes: new Set([...targets.routes, '/handbook/old-b/']), moved };
    expect(checkLinks('content/handbook/a.md', '/handbook/a/', outline('[x](/handbook/old-b) [y](/handbook/old-b#nope)', 6), t).map(formatIssue)).toEqual([
      'content/handbook/a.md:6:1  link  "/handbook/old-b" is not a page on this site: it is an old address (with a trailing slash) of the page now at /handbook/b/: link to "/handbook/b/"',
      'content/handbook/a.md:6:22  link  "/handbook/old-b#nope" is not a page on this site: it is an old address (with a trailing slash) of the page now at /handbook/b/: link to "/handbook/b/#nope" (but that page has no heading #nope; its anchor is #rehearsing-a-rollback)',
    ]);
  });
  it('reports missing images and relative links', () => {
    expect(run('![i](/img/none.png) [r](../b/) [s](nowhere/)')).toEqual([
      'content/handbook/a.md:6:1  image  "/img/none.png": file not found: put the file at public/img/none.png, or correct the link',
      'content/handbook/a.md:6:21  link  "../b/" is a relative link: write it from the site root, "/handbook/b/"',
      'content/handbook/a.md:6:32  link  "nowhere/" is a relative link: write it from the site root, e.g. "/handbook/section/page/"',
    ]);
    // Written from the file's folder, as a manual written file by file means it (a new adopter's trial, 2 December
    // 2026: the general example for "./b/" and "b#x", the address for "../b/").
    expect(run('[r](./b/) [s](b#rehearsing-a-rollback)')).toEqual([
      'content/handbook/a.md:6:1  link  "./b/" is a relative link: write it from the site root, "/handbook/b/"',
      'content/handbook/a.md:6:11  link  "b#rehearsing-a-rollback" is a relative link: write it from the site root, "/handbook/b/#rehearsing-a-rollback"',
    ]);
  });
  it('names the handbook page a link into a Confluence HTML export meant, by its title (a migration trial, 3 December 2026)', () => {
    const t = { ...targets, pageTitles: pagesByTitle([{ title: 'Rehearsing: rollback', url: '/handbook/b/' }, { title: 'Twice', url: '/handbook/c/' }, { title: 'twice', url: '/handbook/d/' }]) };
    const body = '[a](Rehearsing-rollback_123456789.html#x) <a href="Twice_55555.html">b</a> [c](98765432.html) [d](Unknown+page_12345.html)';
    expect(checkLinks('content/handbook/a.md', '/handbook/a/', outline(body, 6), t).map(formatIssue)).toEqual([
      'content/handbook/a.md:6:1  link  "Rehearsing-rollback_123456789.html#x" links to a page of a Confluence HTML export ("Rehearsing rollback"), which is not published here: link the handbook page with that title, "/handbook/b/#x"',
      'content/handbook/a.md:6:43  link  "Twice_55555.html" links to a page of a Confluence HTML export ("Twice"), which is not published here: link the handbook page that replaced it, from the site root, e.g. "/handbook/section/page/"',
      'content/handbook/a.md:6:76  link  "98765432.html" links to a page of a Confluence HTML export, which is not published here: link the handbook page that replaced it, from the site root, e.g. "/handbook/section/page/"',
      'content/handbook/a.md:6:95  link  "Unknown+page_12345.html" links to a page of a Confluence HTML export ("Unknown page"), which is not published here: link the handbook page that replaced it, from the site root, e.g. "/handbook/section/page/"',
    ]);
  });
  it("names a file's address when a link gives it a page's trailing slash", () => {
    const t = { ...targets, files: new Set([...targets.files, '/files/inventory.csv']) };
    expect(checkLinks('content/handbook/a.md', '/handbook/a/', outline('[csv](/files/inventory.csv/)', 6), t).map(formatIssue)).toEqual([
      'content/handbook/a.md:6:1  link  "/files/inventory.csv/" is not a page on this site: it is the address of a file, which has no trailing slash: link to "/files/inventory.csv"',
    ]);
  });
  it('says where a download kept beside the page must go, and a picture beside it is not such a file', () => {
    // An adopter's trial (3 December 2026): "[form](access-form.pdf)" was told to write a page address.
    const t = {
      ...targets,
      publicDir: 'content/public',
      exists: (p: string) => ['content/handbook/access-form.pdf', 'content/handbook/diagram.png'].includes(p),
      isImage: (p: string) => p.endsWith('.png'),
    };
    expect(checkLinks('content/handbook/a.md', '/handbook/a/', outline('[form](access-form.pdf) [d](diagram.png)', 6), t).map(formatIssue)).toEqual([
      'content/handbook/a.md:6:1  link  "access-form.pdf" is a file beside the page, and files beside pages are not published (only pictures are): move it to content/public/files/access-form.pdf and link to "/files/access-form.pdf"',
      'content/handbook/a.md:6:25  link  "diagram.png" links to a picture beside the page, which is published only where a page shows it: to show it, write ![what it shows](diagram.png); to offer it as a download, put it in content/public/files/diagram.png and link to "/files/diagram.png"',
    ]);
    // Not there at all: still where downloads go, not a page's address.
    expect(checkLinks('content/handbook/a.md', '/handbook/a/', outline('[plan](./migration-plan.pdf)', 6), t).map(formatIssue)).toEqual([
      'content/handbook/a.md:6:1  link  "./migration-plan.pdf" is a relative link to a file: files to download go in content/public/ (e.g. content/public/files/migration-plan.pdf) and are linked from the site root, "/files/migration-plan.pdf"',
    ]);
  });
  it('suggests a download\'s address percent-encoded as written, not with the spaces of its name (a migration trial, 3 December 2026)', () => {
    const t = { ...targets, publicDir: 'content/public', exists: (p: string) => p === 'content/handbook/DPIA template v3.docx', isImage: () => false };
    expect(checkLinks('content/handbook/a.md', '/handbook/a/', outline('[x](DPIA%20template%20v3.docx) [y](<Plan v2.pdf>)', 6), t).map(formatIssue)).toEqual([
      'content/handbook/a.md:6:1  link  "DPIA%20template%20v3.docx" is a file beside the page, and files beside pages are not published (only pictures are): move it to content/public/files/DPIA template v3.docx and link to "/files/DPIA%20template%20v3.docx"',
      'content/handbook/a.md:6:32  link  "Plan v2.pdf" is a relative link to a file: files to download go in content/public/ (e.g. content/public/files/Plan v2.pdf) and are linked from the site root, "/files/Plan%20v2.pdf"',
    ]);
  });
  it('names a link to a Confluence page, and a Windows metafile from Word that browsers cannot show', () => {
    const t = { ...targets, exists: () => true, isImage: () => true };
    const md = '[a](/pages/viewpage.action?pageId=4456123) [b](/display/DIGI/Refunds+process) [c](/wiki/spaces/DIGI/pages/1/Old) ![d](media/image5.emf)';
    const CONFLUENCE = 'is a link to a Confluence page, which is not on this site: link to the handbook page\'s address (e.g. "/handbook/section/page/"), or to the Confluence page\'s full address (https://…) if it stays there';
    expect(checkLinks('content/handbook/a.md', '/handbook/a/', outline(md, 6), t).map(formatIssue)).toEqual([
      `content/handbook/a.md:6:1  link  "/pages/viewpage.action?pageId=4456123" ${CONFLUENCE}`,
      `content/handbook/a.md:6:44  link  "/display/DIGI/Refunds+process" ${CONFLUENCE}`,
      `content/handbook/a.md:6:79  link  "/wiki/spaces/DIGI/pages/1/Old" ${CONFLUENCE}`,
      'content/handbook/a.md:6:114  image  "media/image5.emf": a Windows metafile (.emf, a drawing from Word), which browsers cannot show: export the picture as PNG or SVG (in Word, right-click it and choose Save as Picture) and change the path to that file',
    ]);
  });
  it('refuses a scheme the site may not link with, as the site\'s link test does; Confluence\'s "ac:" is named by the syntax check', () => {
    expect(run('[a](ftp://files.example.org/x) [b](file://server/share/x.docx) <ac:plain-text-body> [c](tel:+441234) ![d](data:image/png;base64,AA==)')).toEqual([
      'content/handbook/a.md:6:1  link  "ftp://files.example.org/x" uses the scheme "ftp:", which pages may not link with (only http:, https:, mailto: and tel:, and data: for a picture): link to the https:// address instead, or write the address as `code`',
      'content/handbook/a.md:6:32  link  "file://server/share/x.docx" uses the scheme "file:", which pages may not link with (only http:, https:, mailto: and tel:, and data: for a picture): a file on a drive is not on the web; put the file in public/files/ and link to "/files/…", or write the path as `code`',
    ]);
  });
  it('names the address meant when a link differs from it only in capitals, and says addresses are case-sensitive', () => {
    // Hosts serve /handbook/b/ and not /Handbook/B/; a file system that ignores case hid it from editors.
    const t = { ...targets, pageFiles: new Map([['content/handbook/b.md', '/handbook/b/']]) };
    const md = '[x](/Handbook/B/) [y](/handbook/B) [z](B.md) [w](/handbook/B.md) [v](../B/) [u](/handbook/b/#Rehearsing-A-Rollback)';
    expect(checkLinks('content/handbook/a.md', '/handbook/a/', outline(md, 6), t).map(formatIssue)).toEqual([
      'content/handbook/a.md:6:1  link  "/Handbook/B/" is not a page on this site: did you mean "/handbook/b/"? Addresses are case-sensitive',
      'content/handbook/a.md:6:19  link  "/handbook/B" is not a page on this site: did you mean "/handbook/b/"? Addresses are case-sensitive',
      'content/handbook/a.md:6:36  link  "B.md" links to a page\'s Markdown file, which is not published: link to its address from the site root, "/handbook/b/"',
      'content/handbook/a.md:6:46  link  "/handbook/B.md" names the page\'s Markdown file, which is not published: link to its address, "/handbook/b/"',
      'content/handbook/a.md:6:66  link  "../B/" is a relative link: write it from the site root, "/handbook/b/"',
      'content/handbook/a.md:6:77  link  "/handbook/b/#Rehearsing-A-Rollback": the page has no heading with the anchor #Rehearsing-A-Rollback: did you mean #rehearsing-a-rollback?',
    ]);
  });
  it("names the address of a page linked by its Markdown file, relative to the linking file (GitHub's way) or from the root", () => {
    const t = { ...targets, pageFiles: new Map([['content/handbook/b.md', '/handbook/b/'], ['content/handbook/c/index.md', '/handbook/c/']]) };
    t.routes = new Set([...targets.routes, '/handbook/c/']);
    const md = '[x](b.md#rehearsing-a-rollback) [y](./c/index.md) [z](/handbook/b.md) [w](/handbook/c/index.md)\n\n[v](b.md#rehersing-a-rollback)';
    expect(checkLinks('content/handbook/a.md', '/handbook/a/', outline(md, 6), t).map(formatIssue)).toEqual([
      'content/handbook/a.md:6:1  link  "b.md#rehearsing-a-rollback" links to a page\'s Markdown file, which is not published: link to its address from the site root, "/handbook/b/#rehearsing-a-rollback"',
      'content/handbook/a.md:6:33  link  "./c/index.md" links to a page\'s Markdown file, which is not published: link to its address from the site root, "/handbook/c/"',
      'content/handbook/a.md:6:51  link  "/handbook/b.md" names the page\'s Markdown file, which is not published: link to its address, "/handbook/b/"',
      'content/handbook/a.md:6:71  link  "/handbook/c/index.md" names the page\'s Markdown file, which is not published: link to its address, "/handbook/c/"',
      'content/handbook/a.md:8:1  link  "b.md#rehersing-a-rollback" links to a page\'s Markdown file, which is not published: link to its address from the site root, "/handbook/b/#rehersing-a-rollback" (but that page has no heading #rehersing-a-rollback: did you mean #rehearsing-a-rollback?)',
    ]);
  });
  it("explains the suffix of a heading named like one of the template's own ids", () => {
    const t = { ...targets, anchors: new Map([['/handbook/b/', new Set(['details-1'])]]) };
    expect(checkLinks('content/handbook/a.md', '/handbook/a/', outline('[x](/handbook/b/#details)', 6), t).map(formatIssue)).toEqual([
      'content/handbook/a.md:6:1  link  "/handbook/b/#details": the page has no heading with the anchor #details: did you mean #details-1? The page\'s template uses #details itself, so a heading with that name gets #details-1 (or give the heading an id of its own: "## … {#my-id}")',
    ]);
  });
  it("checks full links to the site's own domain like links from the root, and leaves other domains alone", () => {
    const t = { ...targets, origin: 'https://handbook.example.org' };
    const md = '[x](https://handbook.example.org/handbook/bb/) [y](https://handbook.example.org/handbook/b/#rehearsing-a-rollback) [z](https://other.example.org/handbook/bb/)\n\n[h](http://handbook.example.org/handbook/bb/) [s](//handbook.example.org/handbook/bb/)';
    expect(checkLinks('content/handbook/a.md', '/handbook/a/', outline(md, 6), t).map(formatIssue)).toEqual([
      'content/handbook/a.md:6:1  link  "https://handbook.example.org/handbook/bb/" is not a page on this site: did you mean "/handbook/b/"?',
      'content/handbook/a.md:8:1  link  "http://handbook.example.org/handbook/bb/" is not a page on this site: did you mean "/handbook/b/"?',
      'content/handbook/a.md:8:47  link  "//handbook.example.org/handbook/bb/" is not a page on this site: did you mean "/handbook/b/"?',
    ]);
  });
  it('checks reference definitions, autolinks and raw HTML links and images, each at its own line and column', () => {
    const md = [
      'See [the plan][plan] and <https://example.org/>.', // line 6
      '',
      'Raw: <a href="/handbook/gone/">gone</a> and <img src="/img/gone.png" alt="">', // line 8
      '',
      '[plan]: /handbook/missing/', // line 10
      '  <a href="/handbook/b/#nope">indented raw</a>', // line 11 (paragraph continuation)
    ].join('\n');
    expect(run(md)).toEqual([
      'content/handbook/a.md:8:6  link  "/handbook/gone/" is not a page on this site: no page has that address',
      'content/handbook/a.md:8:45  image  "/img/gone.png": file not found: put the file at public/img/gone.png, or correct the link',
      'content/handbook/a.md:10:1  link  "/handbook/missing/" is not a page on this site: no page has that address',
      'content/handbook/a.md:11:3  link  "/handbook/b/#nope": the page has no heading with the anchor #nope; its anchor is #rehearsing-a-rollback',
    ]);
  });
  it('accepts any file in public/, with any extension or none, and calls a missing one "file not found"', () => {
    const t = { ...targets, files: new Set(['/files/plan.v2.xlsx', '/files/LICENSE', '/files/data.geojson']) };
    const check = (md: string) => checkLinks('content/handbook/a.md', '/handbook/a/', outline(md, 6), t).map(formatIssue);
    expect(check('[a](/files/plan.v2.xlsx) [b](/files/LICENSE) [c](/files/data.geojson) <a href="/files/LICENSE">d</a>')).toEqual([]);
    expect(check('[a](/files/missing.docx)')).toEqual([
      'content/handbook/a.md:6:1  link  "/files/missing.docx": file not found: put the file at public/files/missing.docx, or correct the link',
    ]);
  });
});
