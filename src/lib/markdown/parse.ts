// Markdown → mdast in native code. Astro's unified processor parses with remark-parse + remark-gfm (micromark, in
// JavaScript): at 2,000 pages that parse was 3.1 s of a 6.8 s content sync, and the check paid it again. Sätteri,
// the Rust parser behind Astro 7's default processor, builds the same mdast (same nodes, same positions) about 40×
// faster, so the handbook keeps its remark/rehype steps and only swaps the parser underneath them.
import { markdownToMdast } from 'satteri';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';

/**
 * Parses a Markdown body (front matter already removed) into an mdast `Root` with CommonMark + GFM (tables,
 * footnotes, strikethrough, task lists, autolink literals), as remark-parse + remark-gfm do, positions included
 * (1-based line/column, 0-based offset). A `---` at the top is a thematic break, not front matter, because callers
 * hand in bodies. Never throws on any input: every string is some Markdown.
 *
 * Parity with remark-parse + remark-gfm is a test (./parse.test.ts): the CommonMark spec's examples, GFM's
 * extensions and the engine's fixture handbooks must give the same tree.
 */
export function parseMarkdown(body: string): Root {
  return markdownToMdast(body, { features: { gfm: true, frontmatter: false, smartPunctuation: false } }) as Root;
}

/**
 * A unified plugin that replaces the processor's parser with {@link parseMarkdown}. Put it after remark-parse and
 * remark-gfm (Astro adds those first); the plugins after it see the tree they would have seen. Markdown only: MDX
 * keeps remark-mdx, whose expression trees (estree) the MDX compiler needs.
 */
export const remarkNativeParse: Plugin<[], string, Root> = function () {
  this.parser = (doc) => parseMarkdown(doc);
};
