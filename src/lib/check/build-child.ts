// The build's content check, run in a child process while Astro prepares the build (src/integrations/content-check.ts).
// Usage (by the integration, through tsx): build-child.ts <project root> <CheckOptions as JSON> <cache key>
// Prints the CheckResult as JSON on stdout and stores it in the check's cache under the key the build looked up while
// its config loaded (reading every content file again here would only delay the build, which waits for this).
// Why a child: the check's modules (parsers, schemas, every area's rules) take about a second to load and the check
// of a 2,000-page handbook another second; on its own core that overlaps Astro's start-up instead of delaying it.
import { writeCheckCache } from './cache-store';
import { runChecksWithStoredAnalyses } from './cache';
import type { CheckOptions } from './index';

const [root, optsJson, key] = process.argv.slice(2);
const opts = JSON.parse(optsJson ?? '{}') as CheckOptions;
const result = runChecksWithStoredAnalyses(root, opts);
if (key) writeCheckCache(root, opts, key, result);
process.stdout.write(JSON.stringify(result));
