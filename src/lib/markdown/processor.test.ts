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
  // Remote images from one domain may be optimised, so both kinds of image path are collected and compared.
  const image = { domains: ['images.example.gov.uk'], remotePatterns: [] };
  const astro = createMarkdownProcessor({
    remarkPlugins: [remarkNativeParse, ...remarkPlugins],
    rehypePlugins,
    remarkRehype,
    smartypants: false,
    image,
    ...markdownConfig,
  } as never);
  const ours = createHandbookRenderer({ ...markdownConfig, image } as never);
  // A file path, as the content layer gives: without one neither renderer collects image paths.
  const fileURL = new URL('file:///handbook/guides/page.md');

  async function same(md: string, label: string) {
    const [a, b] = await Promise.all([(await astro).render(md, { fileURL }), (await ours).render(md, { fileURL })]);
    expect(b.code, label).toBe(a.code);
    expect(b.metadata, label).toEqual(astroHeadingsUnescaped(a.metadata));
  }

  // The one difference on purpose (src/lib/markdown/collect.ts): Astro's heading list writes each "{" outside code as
  // "${", and the Contents list showed it. None of the compared headings has "${" in code, where Astro keeps it.
  function astroHeadingsUnescaped<T extends { headings?: { text: string }[] }>(m: T): T {
    return m.headings ? { ...m, headings: m.headings.map((h) => ({ ...h, text: h.text.replaceAll('${', '{') })) } : m;
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

  it('collects the same image paths and headings as Astro\'s steps (src/lib/markdown/collect.ts)', async () => {
    const cases = [
      '![Chart](./chart.png) ![Same again](./chart.png) ![Root](/logo.svg) ![Remote](https://images.example.gov.uk/a.png) ![Elsewhere](https://other.example.com/b.png)',
      '![Ref][Diagram] ![Collapsed][] ![missing][nope]\n\n[diagram]: ./diagram%20one.png\n[DIAGRAM]: ./second-definition-loses.png\n[collapsed]: ./c.png',
      '![Encoded](./caf%C3%A9.png) ![Spaces](<./a b.png>)',
      '# Title {with braces}\n\n## `code {x}` and *emphasis*\n\n### Same\n\n### Same\n\n#### <span>raw</span> inline\n\n<h2>Raw heading</h2>\n\n<h3 id="given">Given id</h3>\n\n###### Six',
      '> ## Quoted heading\n>\n> - ### In a list',
    ];
    for (const md of cases) await same(md, md);
    const r = await (await ours).render(cases[0], { fileURL });
    expect(r.metadata.localImagePaths).toEqual(['./chart.png']);
    expect(r.metadata.remoteImagePaths).toEqual(['https://images.example.gov.uk/a.png']);
  });

  it('keeps a heading\'s braces in its text, where Astro\'s heading list writes "${" (the Contents list showed it)', async () => {
    const md = '## The {region} parameter\n\n## `{x}` in code';
    const r = await (await ours).render(md, { fileURL });
    expect(r.metadata.headings.map((h: { text: string }) => h.text)).toEqual(['The {region} parameter', '{x} in code']);
    const a = await (await astro).render(md, { fileURL });
    expect(a.metadata.headings[0].text).toBe('The ${region} parameter');
    expect(r.metadata.headings.map((h: { slug: string }) => h.slug)).toEqual(a.metadata.headings.map((h: { slug: string }) => h.slug));
  });

  it('throws as Astro does for an image address with a malformed escape', async () => {
    const md = '![Bad](./100%.png)';
    await expect((await astro).render(md, { fileURL })).rejects.toThrow(URIError);
    await expect((await ours).render(md, { fileURL })).rejects.toThrow(/URI malformed/);
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
