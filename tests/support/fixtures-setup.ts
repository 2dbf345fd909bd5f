// Vitest global setup: one directory per test run where fixture builds are kept, so each fixture is built once
// and shared by every test file and worker (tests/support/fixtures.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-fixtures-'));
  project.provide('fixtureRunDir', dir);
  // KEEP_FIXTURE_BUILDS=1 leaves the built fixtures in place to look at after a failure.
  return () => {
    if (process.env.KEEP_FIXTURE_BUILDS) console.log(`fixture builds kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  };
}
