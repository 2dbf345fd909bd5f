// The one list of remark/rehype steps every Markdown and MDX page goes through; astro.config.mjs and the
// content check both read it, so what the check sees is what the page ships.
import type { PluggableList } from 'unified';
import { remarkHeadingIds } from './headings';
import { remarkAlerts } from './alerts';
import { remarkNoLinksInRawLinks } from './links-in-html';
import { rehypeMarkdownContent } from './rehype-content';
import { classHighlighting, SHIKI_THEME } from './highlight';

/**
 * remark steps, in order, after Astro's remark-parse, remark-gfm and SmartyPants. Add new Markdown behaviour here
 * (one module per step under src/lib/markdown/), not in astro.config.mjs. The check runs these same steps
 * (`analyseMarkdown` in ./analyse.ts), so a step that changes headings or links changes what the check sees.
 */
export const remarkPlugins: PluggableList = [remarkHeadingIds, remarkAlerts, remarkNoLinksInRawLinks];

/** rehype steps, in order, after Astro's Shiki highlighting and before it collects the headings. */
export const rehypePlugins: PluggableList = [rehypeMarkdownContent];

/** Options for remark-rehype: the footnotes label uses the design system's visually-hidden class. */
export const remarkRehype = {
  footnoteLabelProperties: { className: ['visually-hidden'] },
};

/**
 * Astro's `markdown` config (besides `processor`): Shiki at build time, class-based output only.
 * Shiki's own CSS-variables theme is used so every token's colour is a small known set of classes.
 */
export const markdownConfig = {
  syntaxHighlight: { type: 'shiki' as const, excludeLangs: ['math'] },
  shikiConfig: { theme: SHIKI_THEME, transformers: [classHighlighting] },
};
