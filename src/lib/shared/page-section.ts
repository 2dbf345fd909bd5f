// A section of a page made from data (a release, a component, a radar blip): its anchor and heading, listed once for
// the template that shows it and the content check that holds links to its anchor.

/** One `<h2>` section of a page: its anchor (`id`) and heading text. */
export interface PageSection {
  id: string;
  text: string;
}

/** The sections whose `show` holds, in the order given, without it. */
export function shownSections(list: readonly (PageSection & { show: boolean })[]): PageSection[] {
  return list.filter((s) => s.show).map(({ id, text }) => ({ id, text }));
}
