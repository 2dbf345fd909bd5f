// Runs one Astro build (and the pagefind index) in this process and prints timings and peak memory as JSON.
// Run with cwd = the project to build. A project with our search-index integration indexes itself (reusing the last
// index when no page changed) and records how long that took, which is reported as the pagefind phase; for any other
// project (the plain-Astro floor) pagefind is run here after the build.
import { build } from 'astro';
import path from 'node:path';
import * as pagefind from 'pagefind';

const root = process.cwd();
const t0 = performance.now();
await build({ root, logLevel: 'error' });
const t1 = performance.now();
const own = globalThis[Symbol.for('handbook.search-index')];
let pagefindMs;
let indexed;
if (own) {
  pagefindMs = own.ms;
  indexed = own.pages;
} else {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  const added = await index.addDirectory({ path: path.join(root, 'dist') });
  await index.writeFiles({ outputPath: path.join(root, 'dist', 'pagefind') });
  await pagefind.close();
  pagefindMs = performance.now() - t1;
  indexed = added.page_count;
}
process.stdout.write(
  '\n@@BENCH ' +
    JSON.stringify({
      buildMs: Math.round(t1 - t0 - (own ? own.ms : 0)),
      pagefindMs: Math.round(pagefindMs),
      indexed,
      reusedIndex: own?.reused ?? false,
      maxRssKb: process.resourceUsage().maxRSS,
    }) +
    '\n',
);
process.exit(0);
