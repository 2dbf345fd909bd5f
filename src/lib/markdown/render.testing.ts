// Test helper: renders Markdown with the renderer astro.config.mjs gives Astro (./processor.ts), as a .md page is.
import { handbookProcessor } from './processor';
import { markdownConfig } from './pipeline';
import type { MarkdownRenderer } from '@astrojs/internal-helpers/markdown';

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * `{ html, headings }` for a Markdown body, as a built page's content would contain it; `frontmatter` as Astro hands
 * the page's to the steps (e.g. `{ lang: 'gd' }`).
 */
export async function renderMarkdown(md: string, frontmatter?: Record<string, unknown>): Promise<{ html: string; headings: { depth: number; slug: string; text: string }[] }> {
  renderer ??= handbookProcessor().createRenderer({ ...markdownConfig } as never);
  const r = await (await renderer).render(md, frontmatter ? ({ frontmatter } as never) : undefined);
  return { html: r.code, headings: r.metadata.headings };
}
