// Site-relative links made absolute, for Markdown that leaves the site: the radar's exports for other tools.
import type { Nodes } from 'mdast';
import { parseMarkdown } from './parse';
import { eachNode } from './walk';

/** An address on this site written from its root (`/handbook/x/`), not one from another scheme or host (`//cdn…`). */
const SITE_RELATIVE = /^\/(?!\/)/;

/**
 * `markdown` with every link, picture and link reference definition that is written from the site's root
 * (`[Land Register](/handbook/land-register/)`, `[x]: /radar/`) and every `href`/`src` written so in raw HTML made
 * absolute against `baseUrl` (`https://handbook.example.org`, a trailing slash ignored). Everything else is
 * unchanged byte for byte: the text, relative links (`../x`, which have no meaning off the site either, and are left
 * as the editor wrote them), full addresses and code. Why: /api/radar.json carries each blip's Markdown for the
 * Backstage tech-radar plugin, which shows it on another host, where `/handbook/…` is that host's (a new adopter's
 * trial, 2 December 2026), while the entry's own `url` was already absolute. Never throws.
 */
export function absoluteLinks(markdown: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  const edits: { at: number; length: number; text: string }[] = [];
  eachNode<Nodes>(parseMarkdown(markdown), (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && SITE_RELATIVE.test(node.url)) {
      const source = markdown.slice(start, end);
      // The destination comes after the text (links, pictures) or the label (definitions): the last place it is
      // written as given, bare or in <…>, is the destination, which an escape in it would keep from being found.
      const at = source.lastIndexOf(node.url);
      if (at >= 0) edits.push({ at: start + at, length: node.url.length, text: base + node.url });
    } else if (node.type === 'html') {
      // Raw HTML is kept as written, so its text starts where the node does.
      if (markdown.startsWith(node.value, start))
        for (const m of node.value.matchAll(/\b(href|src)=(["']?)\/(?!\/)/gi)) edits.push({ at: start + m.index + m[1].length + 1 + m[2].length, length: 0, text: base });
    }
  });
  let out = markdown;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.at + e.length);
  return out;
}
