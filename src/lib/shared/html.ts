// Text from data into HTML: one escaper, and one sanitiser for HTML fragments that leave the site (feeds).
import sanitizeHtml from 'sanitize-html';
import { isSafeUrl } from './urls';

/** Text for HTML: `& < > " '` become entities, so the text shows as written and never as markup. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Elements a feed reader may show from our HTML content: the prose, list and link markup that rendered
 * release notes, radar changes and handbook pages use. No scripts, styles, forms, frames, event handlers or
 * `style`/`class` attributes; links only to absolute http, https and mailto URLs (relative ones have no base
 * in a reader).
 */
const FEED_HTML: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code',
    'strong', 'em', 'b', 'i', 'abbr', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption',
  ],
  allowedAttributes: { a: ['href'], abbr: ['title'], th: ['scope'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // sanitize-html keeps relative URLs; a reader has no base for them, so the link is dropped and its text kept.
    a: (tagName, attribs) => {
      const { href, ...rest } = attribs;
      return { tagName, attribs: href !== undefined && isSafeUrl(href) ? { ...rest, href } : rest };
    },
  },
};

/**
 * An HTML fragment made safe to send as Atom `type="html"` content: only FEED_HTML's elements and attributes
 * survive (others are dropped, their text kept), and text is re-escaped. Uses sanitize-html (htmlparser2-based).
 */
export function sanitizeFragment(html: string): string {
  return sanitizeHtml(html, FEED_HTML);
}
