// The on-page contents list: h2 entries with their h3 entries nested under them.

export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface ContentsItem {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/** Ids of headings the pipeline adds that are not the editor's sections (remark-gfm's footnotes label). */
const NOT_SECTIONS = new Set(['footnote-label']);

/**
 * The contents of a page from its rendered headings (Astro's `headings`, in page order): each h2 with the h3s
 * that follow it; an h3 before any h2 stands at the top level. h4 and deeper are left out, as is the footnotes label.
 */
export function contentsOf(headings: readonly RenderedHeading[]): ContentsItem[] {
  const out: ContentsItem[] = [];
  for (const h of headings) {
    if (NOT_SECTIONS.has(h.slug)) continue;
    if (h.depth === 2) out.push({ slug: h.slug, text: h.text, children: [] });
    else if (h.depth === 3) {
      const last = out.at(-1);
      if (last) last.children.push({ slug: h.slug, text: h.text });
      else out.push({ slug: h.slug, text: h.text, children: [] });
    }
  }
  return out;
}

/** How many entries the list shows in all (the page shows the list from two entries). */
export const contentsSize = (items: ContentsItem[]) => items.reduce((n, i) => n + 1 + i.children.length, 0);
