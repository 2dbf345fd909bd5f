// The "did you mean" of every message that names something that does not exist: one rule for how near is near.
import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `written` by edit distance (Levenshtein: insertions, deletions and substitutions of one
 * character each; a swap of two neighbouring characters also counts as one), if it is near enough to be the intended one: at most a third of `written`'s length away, and at
 * least 1. A candidate that differs only in capitals is nearest of all. Ties go to the candidate listed first, so pass
 * candidates in a stable order. Undefined when none is near or `written` is itself a candidate. Never throws.
 */
export function closest(written: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = written.toLowerCase();
  for (const c of candidates) {
    if (c === written) return undefined;
    // Written in other capitals ("#Steps" for "#steps", "Adopt" for "adopt"): nearer than any typo, however short.
    if (bestDistance > 0 && c.toLowerCase() === lower) [best, bestDistance] = [c, 0];
    // Two neighbouring letters swapped ("adpot" for "adopt") count as one edit, as in Damerau's distance: Levenshtein
    // counts two, which put the commonest typo out of reach of a short word (a new adopter's trial, 2 December 2026).
    const d = swapsNeighbours(written, c) ? 1 : distance(written, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  if (best !== undefined && bestDistance <= Math.max(1, Math.floor(written.length / 3))) return best;
  return written.length >= 4 ? unsharedNearest(written, [...candidates]) : undefined;
}

/**
 * The second chance of {@link closest}, for a word further off than a third of its length: the one candidate that
 * begins with the same four or more characters as `written`, more than half of it, and more of them than any other
 * (`terraform-cloud` for `terraform`, `tooling` for `tools`). A new adopter's trial (2 December 2026) found these
 * without a suggestion while `publshed` had one. A nearer-than-the-rest rule was tried and dropped: it offered
 * `retired` for `archived`.
 */
function unsharedNearest(written: string, candidates: string[]): string | undefined {
  // A path (`deploying/rolback`) is matched by its last segment among the paths of its own folder: counted over the
  // whole path, the folder and one letter made more than half of it, and `deploying/release-windows` was offered for
  // a misspelt `deploying/rollback` (a new adopter's trial, 2 December 2026).
  const cut = written.lastIndexOf('/');
  if (cut >= 0) {
    const folder = written.slice(0, cut + 1).toLowerCase();
    const inFolder = candidates.filter((c) => c.toLowerCase().startsWith(folder) && !c.slice(cut + 1).includes('/'));
    const match = written.length - cut - 1 >= 4 ? unsharedNearest(written.slice(cut + 1), inFolder.map((c) => c.slice(cut + 1))) : undefined;
    return match === undefined ? undefined : inFolder.find((c) => c.slice(cut + 1) === match);
  }
  const lower = written.toLowerCase();
  const shared = (c: string) => {
    const l = c.toLowerCase();
    let i = 0;
    while (i < l.length && i < lower.length && l[i] === lower[i]) i++;
    return i;
  };
  const prefixes = candidates.map(shared);
  const longest = Math.max(0, ...prefixes);
  return longest >= 4 && longest * 2 > written.length && prefixes.filter((n) => n === longest).length === 1 ? candidates[prefixes.indexOf(longest)] : undefined;
}

/** Whether `b` is `a` with exactly one pair of neighbouring characters swapped. */
function swapsNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * The first (in code-point order) of `candidates` that is `written` in other capitals, if any: an address, id or
 * file name that a case-insensitive file system would take for `written` while a web host would not.
 */
export function sameIgnoringCase(written: string, candidates: Iterable<string>): string | undefined {
  const lower = written.toLowerCase();
  return [...candidates].filter((c) => c !== written && c.toLowerCase() === lower).sort()[0];
}

/**
 * The one candidate whose last `/`-separated segment (a trailing slash ignored) is `target`'s, other than `target`
 * itself, or undefined when none or several are: the right name in another folder, as when a section was renamed
 * (`ferries/booking-system` for `ferries-and-islands/booking-system`) or a link left out a folder
 * (`/radar/typescript/` for `/radar/blips/typescript/`). Too far apart for a spelling match, and unambiguous.
 */
export function onlyWithSameName(target: string, candidates: Iterable<string>): string | undefined {
  const named = withSameName(target, candidates);
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Every one of `candidates` (other than `target`) whose last path segment is `target`'s, sorted by code point:
 * `/handbook/overview/` → `/handbook/operations/overview/`, `/handbook/services/overview/`. Empty when the target's
 * last segment is empty.
 */
export function withSameName(target: string, candidates: Iterable<string>): string[] {
  const last = (u: string) => u.replace(/\/$/, '').split('/').at(-1) ?? '';
  if (!last(target)) return [];
  return [...candidates].filter((c) => c !== target && last(c) === last(target)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * "expected one of a|b|c", and `: did you mean "b"?` when `written` is near one of them ({@link closest}): the one
 * form of the end of every message that names a value not among those allowed, so each says what was likely meant
 * (some did, others did not: a quadrant, a component, a checklist id; a new adopter's trial, 2 December 2026).
 * `allowed` is shown in the order given. Not for ids that are dates or versions (radar editions, releases): one
 * digit off is another edition or release, not a slip.
 */
export function expectedOneOf(written: unknown, allowed: readonly string[]): string {
  const near = typeof written === 'string' ? closest(written, allowed) : undefined;
  return `expected one of ${allowed.join('|')}${near === undefined ? '' : `: did you mean "${near}"?`}`;
}
