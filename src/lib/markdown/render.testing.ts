// Test helper: renders Markdown with Astro's own unified renderer configured exactly as astro.config.mjs does.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownConfig, rehypePlugins, remarkPlugins, remarkRehype } from './pipeline';

let renderer: ReturnType<typeof createMarkdownProcessor> | undefined;

/** `{ html, headings }` for a Markdown body, as a built page's content would contain it. */
export async function renderMarkdown(md: string): Promise<{ html: string; headings: { depth: number; slug: string; text: string }[] }> {
  renderer ??= createMarkdownProcessor({ remarkPlugins, rehypePlugins, remarkRehype, smartypants: false, ...markdownConfig } as never);
  const r = await (await renderer).render(md);
  return { html: r.code, headings: r.metadata.headings };
}
