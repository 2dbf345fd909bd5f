// The built site of the configured content (dist/, whatever content directory built it) has no broken internal links or
// anchors, valid HTML, and no script or request to another origin.
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, type HtmlFacts } from '../support/dist';
import { badScripts, brokenLinks, gluedForSearch, indexedWithoutSection, htmlErrors, htmlPages, searchOutsideRoot } from '../support/site-checks';

let pages: HtmlFacts[] = [];

beforeAll(() => {
  pages = htmlPages(DIST);
});

describe('built site integrity', () => {
  it('has pages to check', () => {
    // Whatever the content: at least the home page, the handbook, search, the site map, reviews and the 404 page.
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  it('every internal href/src resolves to a file, and every #fragment to an element id', () => {
    expect(brokenLinks(DIST, pages)).toEqual([]);
  });

  it('keeps everything search reads inside the root the index is made from', () => {
    expect(searchOutsideRoot(DIST)).toEqual([]);
    expect(gluedForSearch(DIST)).toEqual([]);
    expect(indexedWithoutSection(DIST)).toEqual([]);
  });

  it('loads no script from another origin and has no inline scripts', () => {
    expect(badScripts(pages)).toEqual([]);
  });

  it('is valid HTML (html-validate, recommended rules) on every page', async () => {
    expect((await htmlErrors(pages)).slice(0, 40)).toEqual([]);
    // Every page of the site in one test: minutes on a loaded two-core machine, never the 60 s default.
  }, 300_000);
});
