// The one list of remark/rehype steps every Markdown and MDX page goes through; astro.config.mjs and the
// content check both read it, so what the check sees is what the page ships.
import type { PluggableList } from 'unified';
import { remarkHeadingIds } from './headings';
import { remarkAlerts } from './alerts';
import { remarkNoLinksInRawLinks } from './links-in-html';
import { rehypeMarkdownContent } from './rehype-content';
import { rehypeHighlight } from './highlight';
import { rehypeTagFilter } from './tag-filter';
import { rehypeUnoptimisableImages } from './local-images';
import { remarkSmartypantsFast } from './smartypants';

/**
 * remark-smartypants options (the check runs the same step with the same options, since quotes change heading
 * ids). Curly quotes, dashes and ellipses as by default, but not TeX-style ``quotes'': in Markdown backticks are
 * code, and an unmatched `` must stay as written, not become “.
 */
export const SMARTYPANTS = { backticks: false } as const;

/**
 * remark steps, in order, after Astro's remark-parse and remark-gfm. Add new Markdown behaviour here (one module
 * per step under src/lib/markdown/), not in astro.config.mjs. The check runs these same steps (`analyseMarkdown` in
 * ./analyse.ts), so a step that changes headings or links changes what the check sees. SmartyPants comes first, where
 * Astro would run its own (switched off with `smartypants: false` in astro.config.mjs): ./smartypants.ts gives
 * remark-smartypants' output without its cost on text it cannot change.
 */
export const remarkPlugins: PluggableList = [[remarkSmartypantsFast, SMARTYPANTS], remarkHeadingIds, remarkAlerts, remarkNoLinksInRawLinks];

/** rehype steps, in order, before Astro collects the headings (it keeps the ids set here). */
export const rehypePlugins: PluggableList = [rehypeTagFilter, rehypeUnoptimisableImages, rehypeHighlight, rehypeMarkdownContent];

/** Options for remark-rehype: the footnotes label uses the design system's visually-hidden class. */
export const remarkRehype = {
  footnoteLabelProperties: { className: ['visually-hidden'] },
};

/**
 * Astro's `markdown` config (besides `processor`). Astro's own highlighting is off: `rehypeHighlight` runs Shiki
 * with class-based output and no tokenizer time limit (see ./highlight.ts).
 */
export const markdownConfig = { syntaxHighlight: false as const };
