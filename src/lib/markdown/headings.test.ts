import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { analyseMarkdown } from './analyse';
import { HeadingIds, RESERVED_IDS } from './headings';
import { renderMarkdown } from './render.testing';

const idsOf = (md: string) => analyseMarkdown(md).headings.map((h) => h.id);
const renderedIds = (html: string) => [...html.matchAll(/<h[1-6][^>]*\sid="([^"]*)"/g)].map((m) => m[1]);

describe('heading ids (one function for the renderer and the check)', () => {
  it('ignores inline HTML tags, keeping their text', () => {
    expect(idsOf('## Using <abbr title="Change Advisory Board">CAB</abbr> approval\n\n## <a id="old-windows"></a>Release windows')).toEqual([
      'using-cab-approval',
      'release-windows',
    ]);
    const a = analyseMarkdown('## <a id="old-windows"></a>Release windows');
    expect([...a.anchors].sort()).toEqual(['old-windows', 'release-windows']);
  });
  it('never gives an empty id: emoji-only and punctuation-only headings get "section", then suffixes', () => {
    expect(idsOf('## 🚀\n\n## ???\n\n## Section')).toEqual(['section', 'section-1', 'section-2']);
  });
  it('suffixes repeated headings and never reuses a template id', () => {
    expect(idsOf('## Notes\n\n## Notes\n\n## History\n\n## Main content\n\n## In this section\n\n## Footnote label')).toEqual([
      'notes', 'notes-1', 'history-1', 'main-content-1', 'in-this-section-1', 'footnote-label-1',
    ]);
  });
  it('composes accented letters (NFC), so a heading typed with separate accents gets the id a link typed "à" names (a bilingual trial, 3 December 2026)', async () => {
    const decomposed = '## Ro la\u0300imh';
    expect(idsOf(decomposed)).toEqual(['ro-l\u00e0imh']);
    expect(renderedIds((await renderMarkdown(decomposed)).html)).toEqual(['ro-l\u00e0imh']);
  });
  it('does not reuse an id written in raw HTML elsewhere on the page', () => {
    expect(idsOf('<div id="rollback"></div>\n\n## Rollback')).toEqual(['rollback-1']);
  });
  it('slugs the text a reader sees after SmartyPants, like the renderer', () => {
    expect(idsOf("## Don't \"quote\" -- me\n\n## `code` and *emphasis*")).toEqual(['dont-quote--me', 'code-and-emphasis']);
  });
  it('takes a custom id written after the heading ({#id}), off its text, and keeps it from the headings before it', async () => {
    expect(idsOf('## Rollback\n\n## Rolling back a release {#rollback}\n\n## Steps')).toEqual(['rollback-1', 'rollback', 'steps']);
    const a = analyseMarkdown('## Rolling back a release {#rollback}\n');
    expect(a.headings.map((h) => h.text)).toEqual(['Rolling back a release']);
    const { html, headings } = await renderMarkdown('## Rolling back a release {#rollback}\n');
    expect(renderedIds(html)).toEqual(['rollback']);
    expect(html).not.toContain('{#');
    expect(headings).toEqual([{ depth: 2, slug: 'rollback', text: 'Rolling back a release' }]);
  });
  it('takes the id from the attribute lists of MkDocs, Python-Markdown and kramdown, dropping their classes', async () => {
    const md = '## Production { #production .anchor-heading }\n\n## Staging {: #staging}\n\n## Queue {#2-queue}\n\n## Version {#v1.2 data-x="y"}\n\n## Classes only { .lead }';
    expect(idsOf(md)).toEqual(['production', 'staging', '2-queue', 'v1.2', 'classes-only--lead-']);
    const { html, headings } = await renderMarkdown(md);
    expect(headings.map((h) => h.text)).toEqual(['Production', 'Staging', 'Queue', 'Version', 'Classes only { .lead }']);
    expect(html).not.toContain('anchor-heading');
  });
  it('reports a custom id given to two headings, at the second, naming the first', () => {
    const a = analyseMarkdown('Intro\n\n## Database errors {#db-errors}\n\nText\n\n## More database errors {#db-errors}\n', { bodyLine: 5 });
    expect(a.problems).toEqual([
      {
        field: 'heading',
        message: 'the id "db-errors" is given to the heading "Database errors" too: an id names one place on a page, so a link to #db-errors lands on the first; give this heading an id of its own ({#…})',
        line: 11,
        column: 1,
      },
    ]);
  });
  it('HeadingIds hands out the first free suffix', () => {
    const ids = new HeadingIds(['a-1'], []);
    expect([ids.next('A'), ids.next('A'), ids.next('A')]).toEqual(['a', 'a-2', 'a-3']);
  });
  it('reserves every literal id the templates use', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const found = new Set<string>();
    // The templates that surround rendered Markdown: the layout, the site header, the handbook and blip pages.
    const files = ['src/layouts/Base.astro', 'src/components/site/SiteHeader.astro', 'src/components/handbook/SideNav.astro',
      'src/pages/handbook/[...slug].astro', 'src/pages/radar/blips/[id].astro', ...fs.readdirSync(path.join(root, 'src/components/radar')).map((f) => `src/components/radar/${f}`)];
    for (const f of files) {
      if (!fs.existsSync(path.join(root, f))) continue;
      for (const m of fs.readFileSync(path.join(root, f), 'utf8').matchAll(/\bid="([a-z][a-z0-9-]*)"/g)) found.add(m[1]);
    }
    expect(found.size).toBeGreaterThan(3);
    expect([...found].filter((id) => !RESERVED_IDS.has(id))).toEqual([]);
  });
  it('the rendered ids are the ids the check computes, for any headings (property)', async () => {
    const word = fc.constantFrom('Release', 'release', 'CAB', '🚀', '???', '`npm ci`', '<abbr title="x">CAB</abbr>', "don't", 'Ünïcödé', '1.2', 'history', 'main-content', '*em*', '—', '&amp;');
    const heading = fc.tuple(fc.integer({ min: 2, max: 4 }), fc.array(word, { minLength: 1, maxLength: 4 }));
    await fc.assert(
      fc.asyncProperty(fc.array(heading, { minLength: 1, maxLength: 8 }), async (hs) => {
        const md = hs.map(([d, ws]) => `${'#'.repeat(d)} ${ws.join(' ')}`).join('\n\n');
        const { html } = await renderMarkdown(md);
        const rendered = renderedIds(html);
        expect(rendered).toEqual(idsOf(md));
        expect(new Set(rendered).size).toBe(rendered.length);
        expect(rendered.every((id) => id.length > 0 && !RESERVED_IDS.has(id))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
