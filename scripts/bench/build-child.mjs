// Runs one Astro build (and the pagefind index) in this process and prints timings and peak memory as JSON.
// Run with cwd = the project to build. A project with our search-index integration indexes itself (reusing the last
// index when no page changed) and records how long that took, which is reported as the pagefind phase; for any other
// project (the plain-Astro floor) pagefind is run here after the build.
import { build } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

const root = process.cwd();

// Peak memory of the whole build: this process and every process it starts (the content check runs in a child
// process of its own, pagefind in another), sampled from /proc every 100 ms as the sum of their resident sizes.
// process.resourceUsage().maxRSS counts this process only, which would hide memory moved into a child.
let maxTreeRssKb = 0;
function treeRssKb() {
  const children = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      /* the process ended while being read */
    }
  }
  let kb = 0;
  const todo = [process.pid];
  while (todo.length) {
    const pid = todo.pop();
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      /* ended */
    }
    todo.push(...(children.get(pid) ?? []));
  }
  return kb;
}
const sampler = fs.existsSync('/proc/self/status') ? setInterval(() => (maxTreeRssKb = Math.max(maxTreeRssKb, treeRssKb())), 100) : undefined;
sampler?.unref();

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
      // The larger of this process's own peak and the sampled peak of its process tree.
      maxRssKb: Math.max(process.resourceUsage().maxRSS, maxTreeRssKb),
    }) +
    '\n',
);
process.exit(0);
