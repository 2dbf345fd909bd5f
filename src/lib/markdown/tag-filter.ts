// GFM's tag filter: raw HTML tags that would hide or take over the rest of a page are shown as text, never shipped.
import type { Root, RootContent } from 'hast';
import { eachNode } from './walk';

/**
 * The tags GitHub Flavored Markdown disallows in raw HTML (GFM spec 0.29-gfm, 6.11 "Disallowed Raw HTML"): a
 * `<textarea>`, `<title>` or `<style>` left open swallows the rest of the page as text or CSS, a `<script>` or
 * `<iframe>` runs or embeds code the site's Content-Security-Policy forbids anyway.
 */
export const DISALLOWED_RAW_TAGS = ['title', 'textarea', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'script', 'plaintext'] as const;

// GFM: "<" followed by one of the names (any letter case), then whitespace, "/" or ">"; end tags too.
const FILTER = new RegExp(`<(?=/?(?:${DISALLOWED_RAW_TAGS.join('|')})[\\t\\n\\f\\r />])`, 'gi');

/** Raw HTML with GFM's tag filter applied: the `<` of each disallowed tag becomes `&lt;`, as GitHub renders it. */
export function filterTags(html: string): string {
  return html.replace(FILTER, '&lt;');
}

/** The disallowed tag names that `html` opens or closes, lower-cased, in order of appearance (for the check). */
export function disallowedTags(html: string): string[] {
  return [...html.matchAll(new RegExp(`<(/?)(${DISALLOWED_RAW_TAGS.join('|')})(?=[\\t\\n\\f\\r />])`, 'gi'))].filter((m) => !m[1]).map((m) => m[2].toLowerCase());
}

/**
 * rehype plugin: applies GFM's tag filter to every raw HTML node of a Markdown page before Astro parses the raw HTML
 * (rehype-raw), so the text shows instead of the element. MDX has no raw HTML nodes (its HTML is JSX); the content
 * check rejects these tags there and in Markdown alike.
 */
export function rehypeTagFilter() {
  return (tree: Root) => {
    eachNode<Root | RootContent>(tree, (node) => {
      if (node.type === 'raw') node.value = filterTags(node.value);
    });
  };
}
