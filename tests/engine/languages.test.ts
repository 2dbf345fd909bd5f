// Pages in other languages than the site's (tests/fixtures/languages): a Scottish Gaelic section and a Welsh page
// declare `lang` in front matter, and every place their text or title is shown carries it (WCAG 2.2 SC 3.1.1 and
// 3.1.2), while the site's own words stay in the site's language.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildFixture, type BuildResult } from '../support/fixtures';
import { brokenLinks } from '../support/site-checks';

let build: BuildResult;
const read = (rel: string) => fs.readFileSync(path.join(build.dist, rel), 'utf8');
const html = (url: string) => read(path.join(url, 'index.html'));
/** Every element with a `lang` attribute other than `<html>`, as `<tag lang="…">text</tag>` with the text cut to its start. */
const marked = (page: string) =>
  [...page.matchAll(/<([a-z0-9]+)\b[^>]*\blang="([^"]+)"[^>]*>([^<]{0,30})/g)].filter((m) => m[1] !== 'html').map((m) => `${m[1]} ${m[2]} ${m[3]}`.trim());

beforeAll(async () => {
  build = await buildFixture('languages');
}, 300_000);

describe('pages in another language than the site\'s', () => {
  it('builds with every internal link resolving, and every page declares the site\'s language', () => {
    expect(build.status, build.output).toBe(0);
    expect(brokenLinks(build.dist)).toEqual([]);
    expect(html('/handbook/gaidhlig/leigeil-a-mach/')).toContain('<html lang="en-GB">');
  });

  it('marks the page\'s title, text, contents list and its own breadcrumb with its language, as written canonically (GD → gd)', () => {
    const page = html('/handbook/gaidhlig/leigeil-a-mach/');
    expect(marked(page)).toEqual([
      'meta gd',
      'a gd Stiùireadh',
      'li gd Leigeil a-mach',
      'h1 gd Leigeil a-mach',
      'span gd Stiùireadh',
      'span gd Stiùireadh',
      'span gd Leigeil a-mach',
      'span gd Stiùireadh',
      'span gd Leigeil a-mach',
      'ul gd',
      'div gd',
      // The site's words inside the text (a heading's link) stay the site's, the heading quoted in the page's.
      'span en-GB Link to the section “',
      'span gd Ro làimh',
      'span en-GB Link to the section “',
      'span gd Às dèidh',
      'span gd Stiùireadh',
      'span gd Leigeil a-mach',
    ]);
    expect(page).toContain('<div class="mh_prose" lang="gd" data-pagefind-meta="lang:gd">');
    // Its description, in <meta>, is in its language too; a section landing page's generated one is the site's.
    expect(page).toMatch(/<meta name="description" content="Mar a bhios sinn a(?:'|&#39;) leigeil a-mach seirbheis ùr\." lang="gd">/);
    // The site's words around it are not marked: the header's metadata, "Previous page", "(draft)"-style labels.
    expect(page).toMatch(/<span class="visually-hidden">Previous page: <\/span><span lang="gd">Stiùireadh<\/span>/);
  });

  it('marks the titles of pages in another language wherever an English page shows them, and nothing else', () => {
    const summary = html('/handbook/gaidhlig/summary/');
    expect(marked(summary)).toEqual([
      'a gd Stiùireadh',
      'span gd Stiùireadh',
      'span gd Stiùireadh',
      'span gd Leigeil a-mach',
      'span gd Stiùireadh',
      'span gd Leigeil a-mach',
      'span gd Stiùireadh',
      'span gd Leigeil a-mach',
    ]);
    // A passage marked in the Markdown itself (<span lang="gd">) is kept as written.
    expect(summary).toContain('<div class="mh_prose">');
    // A superseded page's banner names the page that replaces it in that page's language.
    expect(html('/handbook/guides/old-release-guide/')).toContain('<a href="/handbook/gaidhlig/leigeil-a-mach/" lang="gd">Leigeil a-mach</a>');
    // Lists of pages: the handbook's sections, a section's pages, the reviews table and the site map.
    expect(marked(html('/handbook/'))).toEqual(['li gd']);
    expect(marked(html('/handbook/guides/'))).toContain('li cy');
    expect(marked(html('/reviews/'))).toEqual(['a gd Stiùireadh', 'a gd Leigeil a-mach', 'a cy Canllaw rhyddhau']);
    expect(marked(html('/sitemap/'))).toEqual(expect.arrayContaining(['h3 gd Stiùireadh', 'a gd Leigeil a-mach', 'a cy Canllaw rhyddhau']));
    // The page a moved Gaelic page's old address shows, and the search page's list of sections for when search
    // cannot run (a bilingual trial, 3 December 2026).
    expect(html('/handbook/guides/leigeil-a-mach/')).toContain('<a href="/handbook/gaidhlig/leigeil-a-mach/" lang="gd">Leigeil a-mach</a>');
    expect(html('/search/')).toContain('<a href="/handbook/gaidhlig/" lang="gd">Stiùireadh</a>');
    // An English page in English sections marks only the Gaelic its text marks itself: a heading's words, in the
    // Contents list, the heading and its section link.
    expect(marked(html('/handbook/accessibility/'))).toEqual(Array(3).fill('span gd Duilleagan sa Ghàidhlig'));
  });

  it('declares the language of each feed entry about such a page, the feed keeping the site\'s', () => {
    const feed = read('feed.xml');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">');
    const entries = [...feed.matchAll(/<entry([^>]*)>[\s\S]*?<title type="html"><!\[CDATA\[([^\]]*)\]\]>/g)].map((m) => `${m[2]}${m[1]}`);
    expect(entries).toEqual(expect.arrayContaining(['Leigeil a-mach xml:lang="gd"', 'Stiùireadh xml:lang="gd"', 'Canllaw rhyddhau xml:lang="cy"', 'Release summary in English']));
  });

  it('marks the words a heading gives in another language in its Contents entry and its section link, in .md and .mdx pages', () => {
    // An English page whose heading quotes Gaelic (`<span lang="gd">`): the Contents list repeated it as plain text,
    // read in the English voice (a bilingual trial, 3 December 2026).
    const cases = [
      ['/handbook/accessibility/', 'pages-in-gaelic-duilleagan-sa-ghàidhlig', 'Pages in Gaelic (<span lang="gd">Duilleagan sa Ghàidhlig</span>)'],
      ['/handbook/guides/bilingual-forms/', 'form-names-ainmean-fhoirmean', 'Form names (<span lang="gd">Ainmean fhoirmean</span>)'],
    ];
    for (const [url, id, name] of cases) {
      const page = html(url);
      expect(page, url).toContain(`<a href="#${id}" class="ds_contents-nav__link">${name}</a>`);
      expect(page, url).toContain(`<span class="visually-hidden">Link to the section “${name}”</span>`);
    }
    // A heading that marks nothing is plain text in both.
    expect(html('/handbook/guides/bilingual-forms/')).toContain('<a href="#signatures" class="ds_contents-nav__link">Signatures</a>');
  });
});
