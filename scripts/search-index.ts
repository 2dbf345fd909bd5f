// The search step of `npm run build` (scripts/build.mjs runs it once `astro build` has ended): makes the pagefind
// index for the job the build handed over (src/lib/search/search-job.ts), or reuses the last one when no page changed.
// Usage: tsx scripts/search-index.ts <job file> [--json]
// Prints the build log's lines ("HH:MM:SS [handbook:search-index] …"); with --json, also one line
// `@@SEARCH {"pages":…,"reused":…,"ms":…}` for the benchmark. Exit status 1, with the reason, when it fails.
import { writeSearchIndex } from '../src/lib/search/pagefind-index';
import { readSearchJob, searchIndexMessage, searchStartMessage } from '../src/lib/search/search-job';

const clock = () => new Date().toTimeString().slice(0, 8);
const log = (line: string) => console.log(`${clock()} [handbook:search-index] ${line}`);

const [file] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
try {
  if (!file) throw new Error('search index: no job file given (usage: tsx scripts/search-index.ts <job file>)');
  const job = readSearchJob(file);
  log(searchStartMessage(job));
  // For the test that stops a build in this step (tests/build/npm-build.test.ts): a pause before the work starts.
  const pause = Number(process.env.HANDBOOK_TEST_SEARCH_PAUSE_MS ?? 0);
  if (pause > 0) await new Promise((r) => setTimeout(r, pause));
  const res = await writeSearchIndex(job.out, job.root, job.cacheDir, { fresh: job.fresh });
  log(searchIndexMessage(res));
  if (process.argv.includes('--json')) console.log('@@SEARCH ' + JSON.stringify(res));
} catch (err) {
  console.error(`${clock()} [ERROR] [handbook:search-index] ${(err as Error).message}`);
  process.exit(1);
}
