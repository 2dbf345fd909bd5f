// Markdown → mdast in native code. Astro's unified processor parses with remark-parse + remark-gfm (micromark, in
// JavaScript): at 2,000 pages that parse was 3.1 s of a 6.8 s content sync, and the check paid it again. Sätteri,
// the Rust parser behind Astro 7's default processor, builds the same mdast (same nodes, same positions) about 40×
// faster, so the handbook keeps its remark/rehype steps and only swaps the parser underneath them.
import { markdownToMdast } from 'satteri';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';

const micromark = unified().use(remarkParse).use(remarkGfm);

/**
 * Constructs on which Sätteri 0.10 and micromark disagree, found by comparing them on a new adopter's documents and
 * ~450 probes (none occurs in the CommonMark examples or the repository's files). A body with any of them is parsed
 * by micromark, so it renders exactly as it always has:
 * - `[^`: a footnote label with a space (`[^a b]: /x`, which GFM reads as a link reference definition) makes
 *   Sätteri drop the line after a paragraph, and a footnote call inside link text nests differently;
 * - an emoji (outside the Basic Multilingual Plane) beside `*`, `_` or `~`: `*🎉*done` stays literal in Sätteri
 *   (CommonMark 0.31.2 counts symbols as punctuation) where micromark, and GitHub, emphasise it;
 * - `mailto:` or `xmpp:` right after `_`, `*`, `~` or `(`: Sätteri leaves the scheme out of the link text;
 * - U+0000, which micromark replaces with U+FFFD as CommonMark says and Sätteri keeps.
 */
const MICROMARK_ONLY = /\[\^|[*_~][\uD800-\uDBFF]|[\uDC00-\uDFFF]\uFE0F?[*_~]|[_*~(](?:mailto|xmpp):|\0/i;

/**
 * Parses a Markdown body (front matter already removed) into an mdast `Root` with CommonMark + GFM (tables,
 * footnotes, strikethrough, task lists, autolink literals), as remark-parse + remark-gfm do, positions included
 * (1-based line/column, 0-based offset). A `---` at the top is a thematic break, not front matter, because callers
 * hand in bodies. Sätteri parses it unless it holds a construct the two parsers read differently (see
 * MICROMARK_ONLY), then micromark does. Never throws on any input: every string is some Markdown.
 *
 * Parity with remark-parse + remark-gfm is a test (./parse.test.ts): the CommonMark spec's examples, GFM's
 * extensions, the disagreements above, and every Markdown file in the repository must give the same tree.
 */
export function parseMarkdown(body: string): Root {
  if (MICROMARK_ONLY.test(body)) return micromark.parse(body) as Root;
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

/**
 * A unified processor that parses a page body as the page's renderer does: Markdown natively ({@link
 * remarkNativeParse}, as ./processor.ts renders `.md`), MDX with remark-parse + remark-mdx + remark-gfm (as Astro's
 * MDX renderer does). Callers add the steps they need after it (`.use(...)`); every reader of a body that must see
 * the page's tree — the check's analysis, the description taken from a body — starts here.
 */
export function bodyParser(mdx: boolean): Processor<Root, Root, Root> {
  const p = unified().use(remarkParse);
  if (mdx) p.use(remarkMdx).use(remarkGfm);
  else p.use(remarkNativeParse);
  return p as unknown as Processor<Root, Root, Root>;
}
