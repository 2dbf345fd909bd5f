import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { devRenderedBody } from './dev-render';
import { createHandbookRenderer } from '../lib/markdown/processor';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-render-'));
function page(name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `---\ntitle: A page\n---\n${body}`);
  return file;
}

describe('devRenderedBody', () => {
  it("renders a .md body as the content layer's renderer does, with its headings and code blocks", async () => {
    const body = '\n## Rolling back\n\nRun this:\n\n```sh\nnpm run release:status\n```\n';
    const got = await devRenderedBody(page('code.md', body));
    const want = await (await createHandbookRenderer()).render(body);
    expect(got).toEqual({ html: want.code, headings: want.metadata.headings, codeBlocks: 1 });
    expect(got!.headings.map((h) => h.slug)).toEqual(['rolling-back']);
  });

  it('leaves to the store what only Astro can render or the store still has', async () => {
    expect(await devRenderedBody(page('page.mdx', 'An MDX page.'))).toBeUndefined();
    expect(await devRenderedBody(page('image.md', '\n![A chart](./chart.png)\n'))).toBeUndefined();
    expect(await devRenderedBody(path.join(dir, 'deleted.md'))).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'no-front-matter.md'), 'Just text.');
    expect(await devRenderedBody(path.join(dir, 'no-front-matter.md'))).toBeUndefined();
  });
});
