// Reading Astro's build log: which lines are its per-route lines, and how many routes each one reports.
//
// Astro lists each written route as "HH:MM:SS   ├─ /path/index.html (+5ms)". With `build.concurrency` above 1 it prints
// a route's name when it starts and its time when it ends, so piped output runs several routes into one line
// ("├─ /404.html10:27:09   ├─ /api/kpis.json (+131ms)") and leaves the other times on lines of their own
// (" (+15ms) "). Counting lines undercounted pages ("1 files written" for 38, an adopter's trial, 1 December 2026).

const ROUTE = /[├└]─ \S/g;
const REUSED = /\((?:cached|restored)\)/g;
const RESTORED = /\(restored\)/g;
const TIME_ONLY = /^\s*\(\+\d+(?:\.\d+)?m?s\)\s*$/;

/**
 * What one line of `astro build`'s output says about written routes: `routes` (route entries on it, 0 for any other
 * line), `reused` (those marked "(cached)", left as they were in dist/, or "(restored)", put back from the
 * incremental cache), `restored` (the second kind alone) and `timeOnly` (the line holds nothing but a route's
 * "(+Nms)", the end of a route named on an earlier line).
 * @param {string} line one line, without its newline
 * @returns {{ routes: number, reused: number, restored: number, timeOnly: boolean }}
 */
export function routeLine(line) {
  const routes = line.match(ROUTE)?.length ?? 0;
  return {
    routes,
    reused: routes ? (line.match(REUSED)?.length ?? 0) : 0,
    restored: routes ? (line.match(RESTORED)?.length ?? 0) : 0,
    timeOnly: TIME_ONLY.test(line),
  };
}

/**
 * The build log's summary of page generation, for `routes` pages and files in `seconds`, `reused` of them from the
 * last build and `restored` of those put back from the incremental cache: "632 pages and files in 0.1 s: 8
 * written, 624 unchanged (left as they were)". Counting reused pages as written read as if the build had written
 * them all (a new adopter's trial, 1 December 2026).
 * @param {number} routes @param {number} reused @param {number} restored @param {number} seconds
 * @returns {string}
 */
export function generationSummary(routes, reused, restored, seconds) {
  const time = `${seconds.toFixed(1)} s`;
  if (!reused) return `${routes} pages and files written in ${time}`;
  const left = reused - restored;
  const parts = [`${routes - reused} written`];
  if (left) parts.push(`${left} unchanged (left as they were)`);
  if (restored) parts.push(`${restored} unchanged, put back from the incremental cache`);
  return `${routes} pages and files in ${time}: ${parts.join(', ')}`;
}

/**
 * Lines of `astro build`'s log that an editor can do nothing about, or that say again in other words what the log
 * already says, left out of `npm run build`'s output (issue 14: "no framework warnings an editor can do nothing
 * about"; a new adopter's trial, 2 December 2026):
 * - Vite's "Re-optimizing dependencies because vite config has changed" (or "lockfile has changed"), printed after
 *   `npm run dev` or an update has touched Vite's own cache;
 * - Astro's "N page(s) built in …", a third count beside the log's own "N pages and files …" line and the search
 *   step's "indexed N pages": it leaves out files (feeds, calendars, APIs), so the counts disagreed;
 * - Astro's "Pruned N stale file(s) from the incremental cache.", housekeeping of the cache.
 * Warnings and errors are never among them.
 * @param {string} line one line, without its newline
 * @returns {boolean}
 */
export function isFrameworkNoise(line) {
  if (/\[(?:WARN|ERROR)\]/.test(line)) return false;
  return (
    /\[vite\] Re-optimizing dependencies because /.test(line) ||
    /\[build\] \d+ page\(s\) built in /.test(line) ||
    /\[build\] Pruned \d+ stale file\(s\) from the incremental cache\.\s*$/.test(line)
  );
}
