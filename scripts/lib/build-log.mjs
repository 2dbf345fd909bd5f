// Reading Astro's build log: which lines are its per-route lines, and how many routes each one reports.
//
// Astro lists each written route as "HH:MM:SS   ├─ /path/index.html (+5ms)". With `build.concurrency` above 1 it prints
// a route's name when it starts and its time when it ends, so piped output runs several routes into one line
// ("├─ /404.html10:27:09   ├─ /api/kpis.json (+131ms)") and leaves the other times on lines of their own
// (" (+15ms) "). Counting lines undercounted pages ("1 files written" for 38, an adopter's trial, 1 December 2026).

const ROUTE = /[├└]─ \S/g;
const REUSED = /\((?:cached|restored)\)/g;
const TIME_ONLY = /^\s*\(\+\d+(?:\.\d+)?m?s\)\s*$/;

/**
 * What one line of `astro build`'s output says about written routes: `routes` (route entries on it, 0 for any other
 * line), `reused` (those marked "(cached)" or "(restored)", copied from the incremental cache) and `timeOnly` (the
 * line holds nothing but a route's "(+Nms)", the end of a route named on an earlier line).
 * @param {string} line one line, without its newline
 * @returns {{ routes: number, reused: number, timeOnly: boolean }}
 */
export function routeLine(line) {
  const routes = line.match(ROUTE)?.length ?? 0;
  return { routes, reused: routes ? (line.match(REUSED)?.length ?? 0) : 0, timeOnly: TIME_ONLY.test(line) };
}
