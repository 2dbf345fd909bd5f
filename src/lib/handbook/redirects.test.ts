// Moved pages keep their old URLs: which redirects are made, which are refused and with what message.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildHandbook, type PageSource } from './model';
import { handbookPageSchema, type HandbookFrontmatter } from './schema';
import { checkRedirects, redirectsFile, redirectsOf } from './redirects';

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
      ['content/handbook/a/four.md', 'redirect_from[0]', 8, '"/old/shared/" already redirects to the page content/handbook/a/five.md: an old URL can lead to one page only'],
      ['content/handbook/a/one.md', 'redirect_from[0]', 8, '"/handbook/a/two/" is the page content/handbook/a/two.md, which redirects back here: the two redirects loop (/handbook/a/two/ → /handbook/a/one/ → /handbook/a/two/). Remove one of them'],
      ['content/handbook/a/three.md', 'redirect_from[0]', 8, '"/handbook/a/three/" is this page\'s own URL, so it would redirect to itself in a loop: remove it'],
      ['content/handbook/a/three.md', 'redirect_from[1]', 9, '"/handbook/a/four/" is the URL of the page content/handbook/a/four.md: a redirect cannot replace a page that exists. Remove it, or move that page'],
      ['content/handbook/a/three.md', 'redirect_from[2]', 10, '"/releases/" is a page this site builds: a redirect cannot replace it. Remove it'],
      ['content/handbook/a/two.md', 'redirect_from[0]', 8, '"/handbook/a/one/" is the page content/handbook/a/one.md, which redirects back here: the two redirects loop (/handbook/a/one/ → /handbook/a/two/ → /handbook/a/one/). Remove one of them'],
    ]);
  });
});
