// The handbook's .md renderer must write exactly what Astro's unified renderer writes with the same steps: it only
// parses natively and skips parse5's round trip on pages without raw HTML. Compared on the CommonMark examples and
// every Markdown file in the repository.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import { html } from 'property-information';
import { createHandbookRenderer, canonicalProperties } from './processor';
import { markdownConfig, rehypePlugins, remarkPlugins, remarkRehype } from './pipeline';
import { remarkNativeParse } from './parse';
import { commonmarkExamples, repositoryMarkdownFiles, withoutFrontMatter } from './corpus.testing';


describe('createHandbookRenderer', () => {
  // Astro's own renderer with the same steps, parsing natively too, so that only the renderer's own changes differ
  // (the parse has its own parity test in ./parse.test.ts).
  const astro = createMarkdownProcessor({
    remarkPlugins: [remarkNativeParse, ...remarkPlugins],
    rehypePlugins,
    remarkRehype,
    smartypants: false,
    ...markdownConfig,
  } as never);
  const ours = createHandbookRenderer({ ...markdownConfig });

  async function same(md: string, label: string) {
    const [a, b] = await Promise.all([(await astro).render(md), (await ours).render(md)]);
    expect(b.code, label).toBe(a.code);
    expect(b.metadata, label).toEqual(a.metadata);
  }

  it('writes what Astro\'s renderer writes for every CommonMark specification example', async () => {
    for (const t of commonmarkExamples()) await same(t.markdown, `example ${t.number}`);
  });

  it('writes what Astro\'s renderer writes for every Markdown file in the repository, headings and images included', async () => {
    const files = repositoryMarkdownFiles();
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) await same(withoutFrontMatter(fs.readFileSync(f, 'utf8')), f);
  });

  it('writes what Astro\'s renderer writes where parse5 splits a link inside a link, and on other constructs a new adopter\'s pages held', async () => {
    const cases = [
      'Read the [Service Standard[^ss]](https://www.gov.uk/service-manual/service-standard).\n\n[^ss]: Point 5.',
      '[see[^1]](https://x.gov.uk)\n\n[^1]: n',
      '- 04:20 – *🚨*P2 declared',
      'Email _jane@example.com_ or _mailto:a@b.gov.uk_',
      'Para\n[^a b]: /url',
    ];
    for (const md of cases) await same(md, md);
  });

  it('still turns raw HTML into elements where a page has some', async () => {
    const r = await (await ours).render('Text <kbd>Ctrl</kbd>\n\n<details><summary>More</summary>\n\nInside\n\n</details>');
    expect(r.code).toContain('<kbd>Ctrl</kbd>');
    expect(r.code).toContain('<details><summary>More</summary>');
  });
});

describe('canonicalProperties', () => {
  it('merges HTML attribute names into hast names where each first appeared, with the last value', () => {
    const el: Element = { type: 'element', tagName: 'pre', properties: { class: 'shiki', tabindex: '0', role: 'group', tabIndex: 0, className: ['mh_code__pre'] }, children: [] };
    canonicalProperties(el, html);
    expect(Object.entries(el.properties)).toEqual([
      ['className', ['mh_code__pre']],
      ['tabIndex', 0],
      ['role', 'group'],
    ]);
  });

  it('writes true on a non-boolean attribute as the empty string, and keeps real booleans', () => {
    const el: Element = { type: 'element', tagName: 'a', properties: { dataPagefindIgnore: true, hidden: true, download: true }, children: [] };
    canonicalProperties(el, html);
    expect(el.properties).toEqual({ dataPagefindIgnore: '', hidden: true, download: true });
  });
});
