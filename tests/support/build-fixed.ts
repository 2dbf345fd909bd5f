// `npm run build:fixed`: builds the configured content for the tests that read dist/ (tests/browser, tests/dist), as
// of a day that does not move under them: the bundled sample's own day, or the day of this build for any other
// content (./build-date.ts says why), recorded for those tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO } from '../../scripts/lib/project';
import { recordTestBuild, testBuildEpoch } from './build-date';

const epoch = testBuildEpoch(REPO);
const res = spawnSync(process.execPath, [path.join(REPO, 'scripts/build.mjs'), ...process.argv.slice(2)], {
  cwd: REPO,
  stdio: 'inherit',
  env: { ...process.env, SOURCE_DATE_EPOCH: epoch },
});
if (res.status === 0) recordTestBuild(REPO, epoch);
process.exit(res.status ?? 1);
