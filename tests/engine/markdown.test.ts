// Real-world Markdown (tests/fixtures/markdown): what each construct renders to in a built page, that the check's
// heading ids are the built ids, and that the check reports every kind of broken link at its exact file:line:col.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildFixture, copyFixture, FIXTURES_DIR, removeCopy, type BuildResult } from '../support/fixtures';
import { brokenLinks, htmlErrors, htmlPages } from '../support/site-checks';
import type { HtmlFacts } from '../support/dist';
import { REPO } from '../../scripts/lib/project';
import { analyseMarkdown } from '../../src/lib/markdown/analyse';
import { headingsWithPartials } from '../../src/lib/markdown/partial-contents';
import { parseMarkdown } from '../../src/lib/shared/frontmatter';
import { readContent } from '../../src/lib/shared/read';

const FIXTURE = 'markdown';
const HANDBOOK = path.join(FIXTURES_DIR, FIXTURE, 'handbook');
let build: BuildResult;
let pages: HtmlFacts[];

beforeAll(async () => {
  build = await buildFixture(FIXTURE);
  pages = build.status === 0 ? htmlPages(build.dist) : [];
}, 300_000);

/** Every Markdown/MDX page of the fixture: its source file, URL and built HTML. */
function fixturePages(): { file: string; url: string; html: string }[] {
  const files = fs.readdirSync(HANDBOOK, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f)).sort();
  return files.map((f) => {
    const id = f.split(path.sep).join('/').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
    const url = id ? `/handbook/${id}/` : '/handbook/';
    return { file: path.join(HANDBOOK, f), url, html: fs.readFileSync(path.join(build.dist, url, 'index.html'), 'utf8') };
  });
}

/** The rendered Markdown of a page (inside `.mh_prose`). */
const prose = (html: string) => {
  const start = html.indexOf('<div class="mh_prose">');
  const end = html.indexOf('<div class="mh_docs__footer"', start);
  return html.slice(start, end);
};
const page = (url: string) => fixturePages().find((p) => p.url === url)!.html;
const headingIds = (html: string) => [...html.matchAll(/<h[1-6][^>]*\sid="([^"]*)"/g)].map((m) => m[1]).filter((id) => id !== 'footnote-label' && id !== 'in-this-section');

describe('the markdown fixture handbook', () => {
  it('builds with zero errors, every internal link and anchor resolves, and html-validate finds nothing', async () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
    expect(brokenLinks(build.dist, pages)).toEqual([]);
    expect(await htmlErrors(pages)).toEqual([]);
  });

  it('property: on every page, each built heading id is the id the check computes, and every id on the page is unique', () => {
    const all = fixturePages();
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const p of all) {
      const parsed = parseMarkdown(p.file, readContent(p.file));
      if (!parsed.ok) throw new Error(`${p.file} does not parse`);
      const checked = analyseMarkdown(parsed.value.body, { bodyLine: parsed.value.bodyLine, mdx: p.file.endsWith('.mdx') });
      // With the headings of the partials an MDX page shows, where it shows them (the page's Contents list is made so).
      const own = checked.headings.map((h) => ({ depth: h.depth, slug: h.id, text: h.text }));
      const read = (rel: string) => (fs.existsSync(path.join(REPO, rel)) ? readContent(path.join(REPO, rel)) : undefined);
      const expected = headingsWithPartials(path.relative(REPO, p.file).split(path.sep).join('/'), parsed.value.body, own, read).map((h) => h.slug);
      expect({ url: p.url, ids: headingIds(prose(p.html)) }).toEqual({ url: p.url, ids: expected });
      const ids = [...p.html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
      expect({ url: p.url, duplicates: ids.filter((id, i) => ids.indexOf(id) !== i) }).toEqual({ url: p.url, duplicates: [] });
      expect(ids.every((id) => id.length > 0)).toBe(true);
    }
  });

  it('headings: tags dropped, never empty, repeated and template ids suffixed, with a labelled section link', () => {
    const html = prose(page('/handbook/constructs/headings/'));
    expect(headingIds(html)).toEqual([
      'using-cab-approval', 'release-windows', 'a-nested-h3', 'section', 'section-1', 'history-1', 'main-content-1',
      'in-this-section-1', 'notes', 'notes-1', 'dont-quote--me-on-code', 'rotas-for-the-links-page-and-others',
      'a-heading-that-is-one-link',
    ]);
    expect(html).toContain('<a id="old-windows"></a>');
    expect(html).toContain('<a class="mh_heading__link" href="#using-cab-approval" data-pagefind-ignore=""><span aria-hidden="true">#</span><span class="visually-hidden">Link to the section “Using CAB approval”</span></a>');
  });

  it('the contents list nests each h3 under its h2', () => {
    const html = page('/handbook/constructs/headings/');
    const nav = /<nav class="ds_contents-nav"[\s\S]*?<\/nav>/.exec(html)![0].replace(/>\s+</g, '><');
    expect(nav).toContain('<a href="#release-windows" class="ds_contents-nav__link">Release windows</a><ul class="ds_contents-nav__list mh_contents-nav__sublist"><li class="ds_contents-nav__item"><a href="#a-nested-h3" class="ds_contents-nav__link">A nested h3</a></li></ul>');
  });

  it('the contents list shows a heading as written, braces and all (Astro\'s heading list wrote "${region}")', () => {
    const html = page('/handbook/constructs/long-identifiers/');
    const nav = /<nav class="ds_contents-nav"[\s\S]*?<\/nav>/.exec(html)![0];
    expect(nav).toContain('<a href="#the-region-parameter" class="ds_contents-nav__link">The {region} parameter</a>');
    expect(nav).not.toContain('$');
  });

  it('links of every kind render; a raw mailto link is one link', () => {
    const html = prose(page('/handbook/constructs/links/'));
    expect(html).toContain('<a href="/handbook/constructs/alerts-footnotes-tasks/">the alerts page</a>');
    expect(html).toContain('<a href="/handbook/constructs/headings/#release-windows">headings</a>');
    expect(html).toContain('<img src="/favicon.svg" alt="icon" title="The site icon">');
    expect(html.match(/<a href="mailto:digital@example.org">/g)).toHaveLength(1);
    expect(html).not.toMatch(/<a [^>]*>[^<]*<a /);
  });

  it('no page carries a style attribute; tables align by class and sit in labelled scroll boxes', () => {
    for (const p of fixturePages()) expect({ url: p.url, style: /\sstyle=|\salign=/.test(p.html) }).toEqual({ url: p.url, style: false });
    const html = prose(page('/handbook/constructs/tables-and-code/'));
    expect(html).toContain('<div class="mh_scroll" role="group" tabindex="0" aria-label="Table 1: Aligned table"><table>');
    expect(html).toContain('<div class="mh_scroll" role="group" tabindex="0" aria-label="Table 2: Wide table"><table>');
    expect(html).toMatch(/<th class="mh_align-left">Left<\/th>\s*<th class="mh_align-center">Centre<\/th>\s*<th class="mh_align-right">Right<\/th>\s*<th>Default<\/th>/);
  });

  it('code is highlighted with classes, each block a labelled focusable box, in every language and none', () => {
    const html = prose(page('/handbook/constructs/tables-and-code/'));
    const pres = [...html.matchAll(/<pre ([^>]*)>/g)].map((m) => m[1]);
    expect(pres).toHaveLength(7);
    pres.forEach((attrs, i) => {
      expect(attrs).toMatch(/tabindex="0".* role="group"/);
      expect(attrs).toContain(`aria-label="Code example ${i + 1}: Code"`);
    });
    expect(html).toContain('<span class="mh_tok-keyword">export</span>');
    expect(html).toContain('<span class="mh_tok-comment">// A TypeScript line long enough to need sideways scrolling on a phone screen, never wrapped in the middle of a line.</span>');
    expect(html).toMatch(/data-language="not-a-language"[^>]*><code><span class="line"><span>Plain text from a language Shiki does not know.<\/span>/);
    expect(page('/handbook/constructs/tables-and-code/')).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
    expect(page('/handbook/constructs/links/')).not.toMatch(/<script type="module"/);
  });

  it('alerts are labelled design-system inset and warning text; footnotes are hidden from the contents; tasks are text', () => {
    const html = page('/handbook/constructs/alerts-footnotes-tasks/');
    for (const [type, label, look] of [['note', 'Note', 'ds_inset-text'], ['tip', 'Tip', 'ds_inset-text'], ['important', 'Important', 'ds_inset-text'], ['warning', 'Warning', 'ds_warning-text'], ['caution', 'Caution', 'ds_warning-text']])
      expect(html).toContain(`<div class="${look} mh_alert mh_alert--${type}" role="note" aria-label="${label}">`);
    expect(html).not.toContain('[!');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<h2 class="visually-hidden" id="footnote-label">Footnotes</h2>');
    expect(/<nav class="ds_contents-nav"[\s\S]*?<\/nav>/.exec(html)![0]).not.toContain('#footnote-label');
    expect(prose(html)).not.toContain('<input');
    expect(html).toContain('<span class="visually-hidden">Done: </span></span> Release notes written');
    expect(html).toContain('<span class="visually-hidden">Not done: </span></span> Rollback rehearsed');
  });

  it('boxes a table written in HTML (.md) or JSX (.mdx) as it boxes a Markdown table, numbered in page order', () => {
    // An adopter's trial (3 December 2026): an HTML table made its page scroll sideways at 320 px.
    const md = prose(page('/handbook/constructs/html-in-pages/'));
    // A table's caption names its box; without one, the section it is in.
    expect(md).toContain('<div class="mh_scroll" role="group" tabindex="0" aria-label="Table 1: Network zones and what may cross between them"><table>');
    expect(md).toContain('<div class="mh_scroll" role="group" tabindex="0" aria-label="Table 2: Network zones"><table>');
    // A table over several HTML blocks (a blank line between rows, Markdown in a cell) is boxed whole, its Markdown
    // rendered, its cells apart for search; a <pre> gets a box too.
    expect(md).toMatch(/<div class="mh_scroll" role="group" tabindex="0" aria-label="Table 3: Circuits"><table>[\s\S]*<strong>INV-0001-WAN-PRIMARY-CIRCUIT<\/strong>[\s\S]*<\/table><\/div>/);
    expect(md).toContain('<th scope="col">Site</th> <th');
    expect(md).toMatch(/<div class="mh_scroll" role="group" tabindex="0" aria-label="Code example 1: Commands"><pre>netsh/);
    expect(md.match(/<table>/g)).toHaveLength(4);
    expect(md.match(/class="mh_scroll"/g)).toHaveLength(5);
    // Header cells of a table with merged cells get the scope their place implies (WCAG 1.3.1, H63; a migration
    // trial, 3 December 2026: html-validate's wcag/h63 failed such a page while the check passed).
    expect(md).toContain('<th scope="col">Service</th> <th scope="colgroup" colspan="2">Availability</th>');
    expect(md).toContain('<th scope="rowgroup" rowspan="2">Flood warnings</th>');
    // Editors' HTML comments are not published.
    expect(page('/handbook/constructs/html-in-pages/')).not.toContain('Editors: the out-of-hours number');
    // A phone number keeps together on one line.
    expect(md).toContain('<a href="tel:+448001234567">0800\u00a0123\u00a04567</a>');
    const mdx = prose(page('/handbook/constructs/html-in-mdx/'));
    // The partial's headings are in the page's Contents, where the partial is shown (an adopter's trial: missing).
    const contents = /<nav class="ds_contents-nav"[\s\S]*?<\/nav>/.exec(page('/handbook/constructs/html-in-mdx/'))?.[0] ?? '';
    expect([...contents.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(['escalation-contacts', 'contact-the-platform-team', 'out-of-hours', 'after-an-incident']);
    expect(mdx).toMatch(/<div class="mh_scroll" role="group" tabindex="0" aria-label="Table 1: Who to call, by severity and hour, for every public-facing-service-component">\s*<table>/);
  });

  it('MDX pages go through the same steps', () => {
    const html = prose(page('/handbook/constructs/mdx-page/'));
    expect(headingIds(html)).toEqual(['using-cab-in-mdx']);
    expect(html).toContain('<td class="mh_align-right">1</td>');
    expect(html).toContain('<span class="mh_tok-keyword">const</span>');
    expect(html).toContain('mh_alert--tip');
    expect(html).not.toContain('<input');
  });

  it('a page saved with a byte-order mark and CRLF line endings renders like any other', () => {
    const html = prose(page('/handbook/constructs/bom-crlf/'));
    expect(headingIds(html)).toEqual(['first-section', 'second-section']);
    expect(html).not.toContain('\r');
    expect(html).not.toContain('\uFEFF');
  });
});

describe('the check on a broken copy of the markdown fixture', () => {
  let copy: string;
  let out: string;
  let status: number | null;
  beforeAll(() => {
    copy = copyFixture(FIXTURE);
    const broken = [
      '---', // 1
      'title: Broken', // 2
      'description: Every kind of broken link and forbidden markup.', // 3
      'owner: Content designer', // 4
      'last_reviewed: 2026-10-01', // 5
      'review_in: 12 months', // 6
      '---', // 7
      '', // 8
      '# A second title', // 9
      '', // 10
      'Inline [a](/handbook/nowhere/), reference [b][gone], image ![c](/img/missing.png).', // 11
      '', // 12
      'Raw <a href="/handbook/constructs/headings/#no-such-heading">d</a> and <img src="/missing.svg" alt="">.', // 13
      '', // 14
      '<p style="color: red" onclick="go()">e</p>', // 15
      '', // 16
      '<script>alert(1)</script>', // 17
      '', // 18
      '[gone]: /handbook/constructs/links/#not-there', // 19
      '[f]: /files/missing.pdf', // 20
      '', // 21
      'Autolink to [this page](#using-abbr-titlechange-advisory-boardcababbr-approval) and [f].', // 22
      '', // 23
      'A diagram: <img src="/favicon.svg">', // 24
    ].join('\n');
    fs.writeFileSync(path.join(REPO, copy, 'handbook/constructs/broken.md'), broken);
    // A page moved from MkDocs, Jekyll and Hugo (a migration trial, 3 December 2026).
    const migrated = [
      '---', // 1
      'title: Migrated', // 2
      'owner: Content designer', // 3
      'last_reviewed: 2026-10-01', // 4
      'review_in: 12 months', // 5
      '---', // 6
      '', // 7
      '!!! warning "Mind the gap"', // 8
      '    Stand back.', // 9
      '', // 10
      'Ask {{ site.owner }} first. Code `{{ ok }}` is fine.', // 11
      '', // 12
      '- one', // 13
      '{: .govuk-list}', // 14
    ].join('\n');
    fs.writeFileSync(path.join(REPO, copy, 'handbook/constructs/migrated.md'), migrated);
    const res = spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), [path.join(REPO, 'scripts/check.ts')], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, HANDBOOK_CONTENT_DIR: copy, SOURCE_DATE_EPOCH: '1795780800' },
    });
    out = res.stdout + res.stderr;
    status = res.status;
  }, 120_000);
  afterAll(() => copy && removeCopy(copy));

  it('reports every broken link kind and forbidden markup at its exact file:line:col', () => {
    const f = `${copy}/handbook/constructs/broken.md`;
    const lines = out.split('\n').map((l) => l.trim()).filter((l) => l.startsWith(`${f}:`));
    expect(lines).toEqual([
      `${f}:9:1  heading  a level-1 heading ("# …") in the page body: the page title is the page's only level-1 heading; use ## for a section`,
      `${f}:11:8  link  "/handbook/nowhere/" is not a page on this site: no page has that address`,
      `${f}:11:60  image  "/img/missing.png": file not found: put the file at ${copy}/public/img/missing.png, or correct the link`,
      `${f}:13:5  link  "/handbook/constructs/headings/#no-such-heading": the page has no heading with the anchor #no-such-heading; its anchors are #using-cab-approval, #release-windows, #a-nested-h3, #section, #section-1, #history-1 and 8 more`,
      `${f}:13:72  image  "/missing.svg": file not found: put the file at ${copy}/public/missing.svg, or correct the link`,
      `${f}:15:1  html  raw HTML <p> with a style attribute: the site's Content-Security-Policy blocks inline styles, so it would be ignored; use Markdown, or a class from the site's stylesheet`,
      `${f}:15:1  html  raw HTML <p> with an event handler (onclick): the site's Content-Security-Policy blocks inline scripts, so it would not run; remove it`,
      `${f}:17:1  html  raw HTML <script>: the site's Content-Security-Policy blocks inline scripts, so it would not run; pages cannot carry their own scripts`,
      `${f}:19:1  link  "/handbook/constructs/links/#not-there": the page has no heading with the anchor #not-there; it has no headings to link to`,
      `${f}:20:1  link  "/files/missing.pdf": file not found: put the file at ${copy}/public/files/missing.pdf, or correct the link`,
      `${f}:22:13  link  "#using-abbr-titlechange-advisory-boardcababbr-approval": the page has no heading with the anchor #using-abbr-titlechange-advisory-boardcababbr-approval; its anchor is #a-second-title`,
      `${f}:22:13  link  warning: link text "this page" does not say where the link goes, and screen readers list links out of their sentence (WCAG 2.2 SC 2.4.4): make the link's words name what the reader will find there: "[<what it is>](#using-abbr-titlechange-advisory-boardcababbr-approval)"`,
      `${f}:24:12  html  raw HTML <img> without an alt attribute: screen readers would read out the file name (WCAG 2.2, 1.1.1 Non-text Content); add alt="what the picture shows", or alt="" for a picture that is only decoration`,
    ]);
    expect(status).toBe(1);
  });

  it("reports another generator's syntax at its exact file:line:col", () => {
    const f = `${copy}/handbook/constructs/migrated.md`;
    expect(out.split('\n').map((l) => l.trim()).filter((l) => l.startsWith(`${f}:`))).toEqual([
      `${f}:8:1  syntax  "!!! warning "Mind the gap"" is an MkDocs admonition, which this handbook does not read: it shows as typed and its indented lines become a code block; ` +
        'write a GitHub alert: "> [!WARNING]" on its own line, then the text on lines starting "> " (its title can go in bold on the first: "> **Mind the gap**")',
      `${f}:11:5  syntax  "{{ site.owner }}" is Liquid or Hugo template code, which this handbook does not run, so it shows as typed: write what it showed, or delete it`,
      `${f}:14:1  syntax  warning: "{: .govuk-list}" is an attribute list (kramdown, MkDocs), which this handbook does not read: it shows as typed; delete it (a page's styles come from the handbook's design)`,
    ]);
  });
});
