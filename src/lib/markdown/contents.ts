// The on-page contents list: h2 entries with their h3 entries nested under them.
import { sameText, type HeadingPartsById, type TextPart } from './heading-parts';

export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface ContentsEntry {
  slug: string;
  text: string;
  /** The text as runs when the heading marks words in another language (./heading-parts.ts). */
  parts?: TextPart[];
}

export interface ContentsItem extends ContentsEntry {
  children: ContentsEntry[];
}

/** Ids of headings the pipeline adds that are not the editor's sections (remark-gfm's footnotes label). */
const NOT_SECTIONS = new Set(['footnote-label']);

/**
 * The contents of a page from its rendered headings (Astro's `headings`, in page order): each h2 with the h3s
 * that follow it; an h3 before any h2 stands at the top level. h4 and deeper are left out, as is the footnotes label.
 * `parts` (the render's `headingParts`) gives an entry its runs in other languages, where they spell its text.
 */
export function contentsOf(headings: readonly RenderedHeading[], parts: HeadingPartsById = {}): ContentsItem[] {
  const out: ContentsItem[] = [];
  const entry = (h: RenderedHeading): ContentsEntry => {
    const runs = Object.hasOwn(parts, h.slug) ? parts[h.slug] : undefined;
    return runs && sameText(runs.map((r) => r.text).join(''), h.text) ? { slug: h.slug, text: h.text, parts: runs } : { slug: h.slug, text: h.text };
  };
  for (const h of headings) {
    if (NOT_SECTIONS.has(h.slug)) continue;
    if (h.depth === 2) out.push({ ...entry(h), children: [] });
    else if (h.depth === 3) {
      const last = out.at(-1);
      if (last) last.children.push(entry(h));
      else out.push({ ...entry(h), children: [] });
    }
  }
  return out;
}

/** How many entries the list shows in all (the page shows the list from two entries). */
export const contentsSize = (items: ContentsItem[]) => items.reduce((n, i) => n + 1 + i.children.length, 0);
