// Runs one Astro build (and the pagefind index) in this process and prints timings and peak memory as JSON.
// Run with cwd = the project to build. HANDBOOK_SKIP_SEARCH_INDEX makes the project's own integration skip
// pagefind so it can be timed here as its own phase.
import { build } from 'astro';
import path from 'node:path';
import * as pagefind from 'pagefind';

const root = process.cwd();
const t0 = performance.now();
await build({ root, logLevel: 'error' });
const t1 = performance.now();
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
const added = await index.addDirectory({ path: path.join(root, 'dist') });
await index.writeFiles({ outputPath: path.join(root, 'dist', 'pagefind') });
await pagefind.close();
const t2 = performance.now();
process.stdout.write(
  '\n@@BENCH ' +
    JSON.stringify({ buildMs: Math.round(t1 - t0), pagefindMs: Math.round(t2 - t1), indexed: added.page_count, maxRssKb: process.resourceUsage().maxRSS }) +
    '\n',
);
process.exit(0);
