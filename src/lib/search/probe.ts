// The word the search page looks up to tell "no results" from "no index" (src/scripts/search.ts).

/**
 * The longest word of `title` (the site's title, which the home page shows as its `<h1>` inside the indexed root),
 * lower-cased, or '' when the title has no word of two letters or more. pagefind's index is sure to hold it, so a
 * search for it that finds nothing means the index's files did not load: pagefind drops a chunk it could not fetch and
 * answers "no results" (pagefind 1.6, `loadChunk`), which a filtered network or a dropped connection turned into
 * "No results for …, check the spelling" (a search trial, 3 December 2026). Longest, as the rarest in the index.
 */
export function searchProbeWord(title: string): string {
  const words = title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
  return words.reduce((best, w) => (w.length > best.length ? w : best), '').toLocaleLowerCase('en-GB');
}
