// The date `npm run build:fixed` builds the configured content as of, and how the tests that read that build learn it.
//
// The bundled sample's data is written as of 27 November 2026, so it is built as of that day: its story (releases
// "planned", reviews "due soon") holds, and its dist/ is the same on every run. Any other content is built as of the
// real day. Pinned to 27 November 2026 too, an adopter's first release recorded after that day was "released after
// today", an error, so `npm test` and the CI that runs it failed on true data (a new adopter's trial, 2 December 2026).
import fs from 'node:fs';
import path from 'node:path';
import { buildToday } from '../../src/lib/shared/dates';
import { contentDir } from '../../src/lib/shared/content-dir';
import { IS_SAMPLE } from '../sample/is-sample';

/** 27 November 2026, 12:00 UTC (seconds): the day the bundled sample's data is written as of. */
export const SAMPLE_EPOCH = 1795780800;

/** Where build:fixed records the moment it built as of (project-relative), for the tests that read its dist/. */
export const BUILD_DATE_FILE = '.cache/test-build-date.json';

/**
 * The SOURCE_DATE_EPOCH (seconds, as a string) a test build of the configured content uses: the environment's when
 * set, {@link SAMPLE_EPOCH} when the configured content is the bundled sample in `<root>/content`, else the clock's.
 */
export function testBuildEpoch(root: string, env: Record<string, string | undefined> = process.env): string {
  if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH)) return env.SOURCE_DATE_EPOCH;
  const sample = IS_SAMPLE && path.resolve(contentDir(root, env)) === path.resolve(root, 'content');
  return String(sample ? SAMPLE_EPOCH : Math.floor(Date.now() / 1000));
}

/** Records `epoch` (and the London date it falls on) as the moment the test build of `root` was made as of. */
export function recordTestBuild(root: string, epoch: string): void {
  const file = path.join(root, BUILD_DATE_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ epoch, today: buildToday({ SOURCE_DATE_EPOCH: epoch }) }) + '\n');
}

/**
 * "Today" (YYYY-MM-DD, London) of the last test build of `root`, as recorded by build:fixed; without a record, the
 * date a test build would use now ({@link testBuildEpoch}). Tests that check the built content as of another day
 * than it was built disagree with it (a page's review falls due in between).
 */
export function testBuildToday(root: string): string {
  try {
    const rec = JSON.parse(fs.readFileSync(path.join(root, BUILD_DATE_FILE), 'utf8')) as { today?: unknown };
    if (typeof rec.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(rec.today)) return rec.today;
  } catch {
    // No record: worked out as build:fixed would.
  }
  return buildToday({ SOURCE_DATE_EPOCH: testBuildEpoch(root) });
}
