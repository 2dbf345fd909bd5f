// Inline Markdown in a data field — a radar move's reason — as HTML the page can show: the few constructs a sentence
// needs (links, emphasis, code), every character of text escaped, nothing else passed through.
import type { Nodes, Parents } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { escapeHtml } from '../shared/html';
import { isSafeUrl } from '../shared/urls';
import { parseMarkdown } from './parse';

/** Stands for the site's origin while a site path is resolved; never appears in output. */
const PLACEHOLDER_ORIGIN = 'https://site.invalid';

/**
 * `url` as written in a field shown on the page at `base`, or undefined when it may not be a link. http, https and
 * mailto addresses stay as they are; a site path (`/radar/blips/argo-cd/`) or relative link (`../argo-cd/`, `#history`)
 * is resolved against `base`, so it means the same on every page that shows the field (a reason is on its blip's
 * page and on its edition's "What changed" page). `base` is a site path (the result is a site path) or an absolute
 * URL (the result is absolute: feeds and exports). Any other scheme (`javascript:`, `data:`) is refused.
 */
export function resolveFieldUrl(url: string, base: string): string | undefined {
  const u = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(u)) return isSafeUrl(u) ? u : undefined;
  const absolute = /^https?:\/\//i.test(base);
  let resolved: URL;
  try {
    resolved = new URL(u, absolute ? base : PLACEHOLDER_ORIGIN + base);
  } catch {
    return undefined;
  }
  return absolute ? resolved.href : resolved.pathname + resolved.search + resolved.hash;
}

function render(node: Nodes, base: string): string {
  const inner = (n: Parents) => n.children.map((c) => render(c as Nodes, base)).join('');
  switch (node.type) {
    case 'root':
      // Paragraphs of a multi-paragraph field run on as one, since the field is shown inside a paragraph.
      return node.children.map((c) => render(c, base)).filter(Boolean).join(' ');
    case 'paragraph':
      return inner(node);
    case 'text':
      return escapeHtml(node.value);
    case 'emphasis':
      return `<em>${inner(node)}</em>`;
    case 'strong':
      return `<strong>${inner(node)}</strong>`;
    case 'delete':
      return `<del>${inner(node)}</del>`;
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'break':
      return '<br>';
    case 'link': {
      const href = resolveFieldUrl(node.url, base);
      return href ? `<a href="${escapeHtml(href)}">${inner(node)}</a>` : inner(node);
    }
    case 'html':
      // Raw HTML is shown as the text it is, never as markup.
      return escapeHtml(node.value);
    default:
      // Anything a sentence does not need (a list, a table, a picture) is its text.
      return escapeHtml(toString(node, { includeHtml: true }));
  }
}

/**
 * Inline Markdown (CommonMark + GFM, as pages are parsed) → an HTML fragment for a field shown inside a `<p>` or
 * `<dd>`: `<a>`, `<em>`, `<strong>`, `<del>`, `<code>` and `<br>` only, each link's address resolved by
 * {@link resolveFieldUrl} against `base` (where the field is shown: a site path, or an absolute URL for feeds); all
 * text escaped, raw HTML shown as text. '' for an empty field.
 */
export function inlineMarkdownHtml(markdown: string, base: string): string {
  return markdown.trim() ? render(parseMarkdown(markdown.trim()), base) : '';
}
