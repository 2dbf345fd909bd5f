// Makes the search index of a built site in a process of its own and prints its time, page count and peak memory as
// JSON. `--job <file>`: our project's search step (scripts/search-index.ts, the job handed over by the build);
// `--dist <dir>`: plain pagefind over the folder, with its defaults, as the floor's users run it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { samplePeakTreeRss } from './tree-rss.mjs';
import { tsNodeArgs } from '../../src/lib/shared/ts-child.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const peak = samplePeakTreeRss();
const t0 = performance.now();
let indexed;
let reused = false;
const job = arg('--job');
if (job) {
  const out = await new Promise((resolve, reject) => {
    const p = spawn(process.execPath, tsNodeArgs(repo, path.join(repo, 'scripts/search-index.ts'), [job, '--json']), { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    p.stdout.setEncoding('utf8').on('data', (d) => (text += d));
    p.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`search step failed (${code}):\n${text}`))));
  });
  const res = JSON.parse(/@@SEARCH (.*)/.exec(out)[1]);
  indexed = res.pages;
  reused = res.reused;
} else {
  const dist = path.resolve(arg('--dist'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  const added = await index.addDirectory({ path: dist });
  await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
  await pagefind.close();
  indexed = added.page_count;
}
const searchMs = Math.round(performance.now() - t0);
process.stdout.write('\n@@BENCH ' + JSON.stringify({ searchMs, indexed, reused, maxRssKb: peak() }) + '\n');
process.exit(0);
