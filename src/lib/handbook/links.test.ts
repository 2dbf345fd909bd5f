import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/errors';
import { checkLinks, outline } from './links';

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
      { url: '/handbook/b/', kind: 'link', line: 7, column: 5 },
      { url: '/logo.png', kind: 'image', line: 7, column: 27 },
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
  it('suggests the missing trailing slash', () => {
    expect(run('[x](/handbook/b)')).toEqual([
      'content/handbook/a.md:6:1  link  "/handbook/b" is not a page on this site: add the trailing slash ("/handbook/b/")',
    ]);
  });
  it('reports an anchor with no heading', () => {
    expect(run('[x](/handbook/b/#rehearsing)')).toEqual([
      'content/handbook/a.md:6:1  link  "/handbook/b/#rehearsing": the page has no heading with the anchor #rehearsing',
    ]);
  });
  it('reports missing images and relative links', () => {
    expect(run('![i](/img/none.png) [r](../b/)')).toEqual([
      'content/handbook/a.md:6:1  image  "/img/none.png" does not exist: put the file in public/ and link to it from the site root',
      'content/handbook/a.md:6:21  link  "../b/" is a relative link: write it from the site root, e.g. "/handbook/section/page/"',
    ]);
  });
});
