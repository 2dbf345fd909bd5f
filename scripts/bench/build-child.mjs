// Runs one Astro build in this process and prints its time and peak memory as JSON. Run with cwd = the project to
// build. The search index is not made here: ./search-child.mjs makes it after this process has ended, as
// `npm run build` does for our project (src/lib/search/search-job.ts) and as plain Astro's users run pagefind after
// `astro build`. For our project the caller sets HANDBOOK_SEARCH_JOB, so the build hands its search job over.
import { build } from 'astro';
import { samplePeakTreeRss } from './tree-rss.mjs';

const peak = samplePeakTreeRss();
const t0 = performance.now();
await build({ root: process.cwd(), logLevel: 'error' });
const buildMs = Math.round(performance.now() - t0);
process.stdout.write('\n@@BENCH ' + JSON.stringify({ buildMs, maxRssKb: peak() }) + '\n');
process.exit(0);
