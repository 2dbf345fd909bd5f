// The traceability page's data: each item of the role with the pages (and headings) and features that cover it.
import { COVERAGE_LEVELS, COVERAGE_MEANINGS, type CoverageLevel, type Traceability } from './schema';
import type { TraceTargets } from './targets';
import { capitalise } from '../shared/plural';

export interface TraceLink {
  /** Link text: the page title, with the heading after a colon when the link goes to one. */
  title: string;
  url: string;
}

export interface TraceItemView {
  id: string;
  text: string;
  coverage: CoverageLevel;
  pages: TraceLink[];
  features: TraceLink[];
  note?: string;
}

export interface TraceGroupView {
  id: string;
  title: string;
  description?: string;
  items: TraceItemView[];
  counts: Record<CoverageLevel, number>;
}

export interface TraceabilityView {
  title: string;
  description: string;
  role: string;
  intro: string[];
  groups: TraceGroupView[];
  /** Items per level over the whole map, and the total. */
  counts: Record<CoverageLevel, number>;
  total: number;
  /** Items that list no handbook page (the check warns about each). */
  withoutPage: number;
  levels: { id: CoverageLevel; meaning: string }[];
}

const zero = (): Record<CoverageLevel, number> => ({ full: 0, partial: 0, none: 0 });

/**
 * Resolves every page reference to its title and URL (`#anchor` added, heading text in the title) for the page.
 * Throws when a reference does not resolve: the content check reports those with file and line before any build
 * renders, so reaching one here means the check was skipped.
 */
export function traceabilityView(map: Traceability, t: TraceTargets): TraceabilityView {
  const counts = zero();
  let withoutPage = 0;
  const groups = map.groups.map((g): TraceGroupView => {
    const gc = zero();
    const items = g.items.map((item): TraceItemView => {
      counts[item.coverage]++;
      gc[item.coverage]++;
      if (item.pages.length === 0) withoutPage++;
      const pages = item.pages.map((ref) => {
        const page = t.page(ref.page);
        if (!page) throw new Error(`traceability: item "${item.id}" names "${ref.page}", which is not a handbook page (run npm run check)`);
        if (ref.anchor === undefined) return { title: page.title, url: page.url };
        const heading = page.headings.get(ref.anchor);
        return { title: heading ? `${page.title}: ${heading}` : page.title, url: `${page.url}#${ref.anchor}` };
      });
      return {
        id: item.id,
        text: item.text,
        coverage: item.coverage,
        pages,
        features: item.features.map((f) => ({ title: f.title, url: f.path })),
        ...(item.note ? { note: item.note } : {}),
      };
    });
    return { id: g.id, title: g.title, ...(g.description ? { description: g.description } : {}), items, counts: gc };
  });
  return {
    title: map.title,
    description: map.description,
    role: map.role,
    intro: map.intro,
    groups,
    counts,
    total: COVERAGE_LEVELS.reduce((n, l) => n + counts[l], 0),
    withoutPage,
    levels: COVERAGE_LEVELS.map((id) => ({ id, meaning: COVERAGE_MEANINGS[id] })),
  };
}

/** "Full", "Partial", "None": the level as readers see it. */
export function formatCoverage(level: CoverageLevel): string {
  return capitalise(level);
}
