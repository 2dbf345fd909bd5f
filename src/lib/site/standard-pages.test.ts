// The standard pages site.yaml names: a path that is not a page says what it likely should be.
import { describe, expect, it } from 'vitest';
import { standardPages } from './standard-pages';

const page = (slug: string, redirectFrom: string[] = []) => ({ slug, url: `/handbook/${slug}/`, redirectFrom });
const hb = { pages: [page('about/accessibility'), page('about/contributing-guide', ['/handbook/about/contributing/']), page('guides/on-call')] };
const site = (pages: Record<string, string>) => ({ pages: { accessibility_statement: 'about/accessibility', ...pages } });
const messages = (pages: Record<string, string>) => standardPages(site(pages), hb, 'content/site.yaml').issues.map((i) => `${i.field}  ${i.message}`);

describe('standardPages', () => {
  it('links the pages it names', () => {
    expect(standardPages(site({ contributing: 'about/contributing-guide' }), hb, 'content/site.yaml').links.map((l) => l.url)).toEqual([
      '/handbook/about/accessibility/',
      '/handbook/about/contributing-guide/',
    ]);
  });

  it('names the page a moved page is now, by its redirect_from, and a near spelling', () => {
    // A new adopter's trial (2 December 2026): the page had moved keeping its old address, and the message said
    // "add the page or correct the path".
    expect(messages({ contributing: 'about/contributing' })).toEqual([
      'pages.contributing  "about/contributing" is not a page: it moved to "about/contributing-guide" (whose redirect_from keeps its old address): write "about/contributing-guide"',
    ]);
    expect(messages({ contributing: 'about/contributing-guid' })).toEqual(['pages.contributing  "about/contributing-guid" is not a page: did you mean "about/contributing-guide"?']);
    expect(messages({ contributing: 'team/joining' })).toEqual([
      'pages.contributing  "team/joining" is not a page: expected the path of a published page under handbook/ without its extension, e.g. "about/accessibility" — add the page or correct the path',
    ]);
  });
});
