// Astro's `markdown.processor` for the handbook. Its own module so the content check, which reads ./pipeline.ts,
// does not load Astro's renderer (and Shiki with it) just to analyse bodies.
import { createMarkdownProcessor, unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins, remarkRehype } from './pipeline';
import { remarkNativeParse } from './parse';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/internal-helpers/markdown';

/**
 * Astro's `markdown.processor`: Astro's unified processor with ./pipeline.ts's steps, whose `.md` renderer parses with
 * the native parser ({@link remarkNativeParse}, ./parse.ts) instead of micromark. Everything after the parse —
 * SmartyPants, heading ids, alerts, remark-rehype, the rehype steps, Astro's image and heading collection, raw HTML
 * and stringify — is Astro's and ours as before. `.mdx` pages keep Astro's MDX renderer (remark-mdx) unchanged: the
 * MDX integration reads `options` and `createMdxRenderer`, which are left as `unified()` made them.
 */
export function handbookProcessor() {
  // The lists are unified PluggableLists (presets allowed); ours hold only [plugin, options] pairs and plugins.
  const processor = unified({ remarkPlugins: remarkPlugins as RemarkPlugins, rehypePlugins: rehypePlugins as RehypePlugins, remarkRehype, smartypants: false });
  processor.createRenderer = (shared) =>
    createMarkdownProcessor({
      ...shared,
      remarkPlugins: [remarkNativeParse, ...processor.options.remarkPlugins],
      rehypePlugins: processor.options.rehypePlugins,
      remarkRehype: processor.options.remarkRehype,
      gfm: true,
      smartypants: false,
    });
  return processor;
}
