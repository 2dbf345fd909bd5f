import { describe, expect, it } from 'vitest';
import { contentsOf } from './contents';
import { headingParts, readHeadingParts } from './heading-parts';
import { createHandbookRenderer } from './processor';

const fileURL = new URL('file:///handbook/guides/page.md');

describe('headingParts', () => {
  it('gives the runs of a heading that marks words in another language with an element', () => {
    const heading = {
      type: 'element',
      tagName: 'h2',
      children: [
        { type: 'text', value: 'Contact us (' },
        { type: 'element', tagName: 'span', properties: { lang: 'gd' }, children: [{ type: 'text', value: 'Cuir ' }, { type: 'element', tagName: 'em', children: [{ type: 'text', value: 'fios' }] }] },
        { type: 'text', value: ')  ' },
      ],
    };
    expect(headingParts(heading)).toEqual([{ text: 'Contact us (' }, { text: 'Cuir fios', lang: 'gd' }, { text: ')' }]);
  });

  it('reads raw HTML tags, as a Markdown heading keeps them, and an MDX element', () => {
    const raw = {
      type: 'element',
      children: [{ type: 'raw', value: '<span lang=cy>' }, { type: 'text', value: 'Croeso' }, { type: 'raw', value: '</span>' }, { type: 'text', value: ' and welcome' }],
    };
    expect(headingParts(raw)).toEqual([{ text: 'Croeso', lang: 'cy' }, { text: ' and welcome' }]);
    const jsx = {
      type: 'element',
      children: [{ type: 'text', value: 'Welcome, ' }, { type: 'mdxJsxTextElement', name: 'span', attributes: [{ type: 'mdxJsxAttribute', name: 'lang', value: 'ga' }], children: [{ type: 'text', value: 'Fáilte' }] }],
    };
    expect(headingParts(jsx)).toEqual([{ text: 'Welcome, ' }, { text: 'Fáilte', lang: 'ga' }]);
  });

  it('is undefined for a heading that marks nothing, and a raw <br> opens nothing', () => {
    expect(headingParts({ type: 'element', children: [{ type: 'text', value: 'Deploying' }] })).toBeUndefined();
    expect(headingParts({ type: 'element', children: [{ type: 'text', value: 'A' }, { type: 'raw', value: '<br>' }, { type: 'text', value: 'B' }] })).toBeUndefined();
  });

  it('reads back only runs of the shape the renderer writes', () => {
    expect(readHeadingParts({ a: [{ text: 'x', lang: 'gd' }], b: 'no', c: [{ text: 1 }] })).toEqual({ a: [{ text: 'x', lang: 'gd' }] });
    expect(readHeadingParts(undefined)).toEqual({});
  });
});

describe('a Markdown heading with words marked in Gaelic', () => {
  const md = '## Contact us (<span lang="gd">Cuir fios thugainn</span>)\n\nText.\n\n## Opening hours\n\nMore.\n';

  it('keeps the mark in its "Link to the section" name and hands its runs to the Contents list', async () => {
    const out = await (await createHandbookRenderer()).render(md, { fileURL });
    expect(out.code).toContain('Link to the section “Contact us (<span lang="gd">Cuir fios thugainn</span>)”');
    expect(out.code).toContain('Link to the section “Opening hours”');
    const parts = readHeadingParts(out.metadata.frontmatter.headingParts);
    expect(parts).toEqual({ 'contact-us-cuir-fios-thugainn': [{ text: 'Contact us (' }, { text: 'Cuir fios thugainn', lang: 'gd' }, { text: ')' }] });
    const items = contentsOf(out.metadata.headings, parts);
    expect(items.map((i) => i.parts ?? i.text)).toEqual([[{ text: 'Contact us (' }, { text: 'Cuir fios thugainn', lang: 'gd' }, { text: ')' }], 'Opening hours']);
  });

  it('in a Gaelic page, marks an English part inside the Gaelic name', async () => {
    const out = await (await createHandbookRenderer()).render('## Fàilte (<span lang="en-GB">Welcome</span>)\n', { fileURL, frontmatter: { lang: 'gd' } });
    expect(out.code).toContain('<span class="visually-hidden" lang="en-GB">Link to the section “<span lang="gd">Fàilte (<span lang="en-GB">Welcome</span>)</span>”</span>');
  });
});
