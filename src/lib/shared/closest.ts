// The "did you mean" of every message that names something that does not exist: one rule for how near is near.
import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `written` by edit distance (Levenshtein: insertions, deletions and substitutions of one
 * character each), if it is near enough to be the intended one: at most a third of `written`'s length away, and at
 * least 1. Ties go to the candidate listed first, so pass candidates in a stable order. Undefined when none is near
 * or `written` is itself a candidate. Never throws.
 */
export function closest(written: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === written) return undefined;
    const d = distance(written, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(written.length / 3)) ? best : undefined;
}
