import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyFromFile, pageBody } from './page-body';
import { renderOnlyImages } from '../loaders/markdown-glob';
import { markdownBody } from '../lib/shared/frontmatter';
import { createHandbookRenderer } from '../lib/markdown/processor';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-render-'));
function page(name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `---\ntitle: A page\n---\n${body}`);
  return file;
}

describe('bodyFromFile', () => {
  it("renders a .md body as the content layer's renderer does, with its headings and code blocks", async () => {
    const body = '\n## Rolling back\n\nRun this:\n\n```sh\nnpm run release:status\n```\n';
    const got = await bodyFromFile(page('code.md', body));
    const want = await (await createHandbookRenderer()).render(body);
    expect(got).toEqual({ html: want.code, headings: want.metadata.headings, codeBlocks: 1, headingParts: {} });
    expect(got!.headings.map((h) => h.slug)).toEqual(['rolling-back']);
  });

  it("renders a page in another language as the store does with its front matter: the site's words marked with the site's (a bilingual trial, 3 December 2026)", async () => {
    const body = '\n## Ro làimh\n\nTeacsa.\n';
    const file = page('gaelic.md', body);
    const stored = await (await createHandbookRenderer()).render(body, { frontmatter: { lang: 'gd' } } as never);
    expect(stored.code).toContain('<span class="visually-hidden" lang="en-GB">Link to the section “<span lang="gd">Ro làimh</span>”</span>');
    for (const dev of [false, true]) expect((await pageBody(file, dev, async () => ({}), 'gd')).body?.html, dev ? 'astro dev' : 'a build').toBe(stored.code);
  });

  it('leaves to the store what only Astro can render or the store still has', async () => {
    expect(await bodyFromFile(page('page.mdx', 'An MDX page.'))).toBeUndefined();
    expect(await bodyFromFile(page('image.md', '\n![A chart](./chart.png)\n'))).toBeUndefined();
    expect(await bodyFromFile(path.join(dir, 'deleted.md'))).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'no-front-matter.md'), 'Just text.');
    expect(await bodyFromFile(path.join(dir, 'no-front-matter.md'))).toBeUndefined();
  });
});

describe('pageBody', () => {
  const store = (entry?: { rendered?: unknown; deferredRender?: boolean }) => {
    const asked = { count: 0 };
    return { asked, get: async () => (asked.count++, entry) };
  };

  it('in a build, renders from the file exactly the pages the content sync left unrendered', async () => {
    const file = page('plain.md', '\nPlain text.\n');
    expect(await pageBody(file, false, store({}).get)).toEqual({ body: await bodyFromFile(file) });
    const rendered = { rendered: { html: '<p>stored</p>' } };
    expect(await pageBody(file, false, store(rendered).get)).toEqual({ entry: rendered });
    expect(await pageBody(file, false, store({ deferredRender: true }).get)).toEqual({ entry: { deferredRender: true } });
    expect(await pageBody(file, false, store(undefined).get)).toEqual({ entry: undefined });
  });

  it("keeps a page's line endings as the content store did: a page saved with CRLF renders its soft breaks as CRLF", async () => {
    // As Astro's loader and the store's renderer see it: the file's own text, split by markdownBody (a new adopter's
    // trial, 1 December 2026: the page rendered `Line one\nline two.` where the store had `Line one\r\nline two.`).
    const text = '---\r\ntitle: Windows line endings\r\n---\r\n\r\nLine one\r\nline two.\r\n\r\n> quoted\r\n> lines\r\n';
    const file = path.join(dir, 'crlf.md');
    fs.writeFileSync(file, text);
    const stored = await (await createHandbookRenderer()).render(markdownBody(text)!);
    expect(stored.code).toContain('<p>Line one\r\nline two.</p>');
    for (const dev of [false, true]) {
      const { body } = await pageBody(file, dev, store({}).get);
      expect(body?.html, dev ? 'astro dev' : 'a build').toBe(stored.code);
    }
  });

  it('in a build, an unrendered page that cannot be rendered from its file is an engine fault, named by file', async () => {
    await expect(pageBody(path.join(dir, 'gone.md'), false, store({}).get)).rejects.toThrow(
      `${path.join(dir, 'gone.md')}: the content sync left this page's body to be rendered from its file, and it could not be`,
    );
  });

  it('in astro dev, renders every .md page it can without asking the store, and asks it for the others', async () => {
    const file = page('dev.md', '\nDev text.\n');
    const s = store({ rendered: { html: '<p>stored</p>' } });
    expect(await pageBody(file, true, s.get)).toEqual({ body: await bodyFromFile(file) });
    expect(s.asked.count).toBe(0);
    expect(await pageBody(path.join(dir, 'gone.md'), true, s.get)).toEqual({ entry: { rendered: { html: '<p>stored</p>' } } });
    expect(s.asked.count).toBe(1);
  });
});

describe('renderOnlyImages (the content sync of a build)', () => {
  it('stores a body without images unrendered, without making the renderer, and renders a body with one', async () => {
    let made = 0;
    const render = await renderOnlyImages(async () => {
      made++;
      return async (entry) => ({ html: `rendered ${entry.body}` });
    })({});
    expect(await render({ body: 'Text and a [link](x.md).' })).toBeUndefined();
    expect(made).toBe(0);
    expect(await render({ body: '![A chart](./chart.png)' })).toEqual({ html: 'rendered ![A chart](./chart.png)' });
    expect(await render({ body: 'See ![the logo][logo].' })).toEqual({ html: 'rendered See ![the logo][logo].' });
    expect(made).toBe(1);
  });
});
