// The build's content check, run in a child process while Astro prepares the build (src/integrations/content-check.ts).
// Usage (by the integration, through tsx): build-child.ts <project root> <CheckOptions as JSON>
// Prints the CheckResult as JSON on stdout and stores it in the check's cache, as the build used to in its own thread.
// Why a child: the check's modules (parsers, schemas, every area's rules) take about a second to load and the check
// of a 2,000-page handbook another second; on its own core that overlaps Astro's start-up instead of delaying it.
import { lookUpCheck } from './cache-store';
import { runChecksWithStoredAnalyses } from './cache';
import type { CheckOptions } from './index';

const [root, optsJson] = process.argv.slice(2);
const opts = JSON.parse(optsJson ?? '{}') as CheckOptions;
const cache = lookUpCheck(root, opts);
process.stdout.write(JSON.stringify(cache.stored ?? cache.save(runChecksWithStoredAnalyses(root, opts))));
