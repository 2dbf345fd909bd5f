// Two builds of the same commit with the same SOURCE_DATE_EPOCH must be byte-identical.
import { describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO } from '../../scripts/lib/project';
import { astroBuildForTest } from '../support/fixtures';
import { testBuildEpoch } from '../support/build-date';


function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of fs.readdirSync(d).sort()) {
      const p = path.join(d, n);
      if (fs.statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const EPOCH = testBuildEpoch(REPO);

async function build(outDir: string, tz: string, lang: string) {
  // --force: every page rendered afresh in this time zone, none reused from the incremental cache. The moment is the
  // one `npm run build:fixed` builds the configured content as of (tests/support/build-date.ts): the bundled sample's
  // own day, on an earlier one its releases and reviews would be dated in the future, which the check refuses; or,
  // for an adopter's content, the moment this test starts, the same for both builds.
  const res = await astroBuildForTest(REPO, ['--outDir', outDir, '--force'], { SOURCE_DATE_EPOCH: EPOCH, TZ: tz, LC_ALL: lang, LANG: lang });
  if (res.status !== 0) throw new Error(res.stdout + res.stderr);
}

describe('reproducible builds', () => {
  // The second build runs in another time zone: output must not depend on the machine's zone either.
  it('two builds with the same SOURCE_DATE_EPOCH, in different time zones and locales, produce byte-identical files', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mygov-repro-'));
    try {
      await build(path.join(tmp, 'a'), 'UTC', 'C.UTF-8');
      await build(path.join(tmp, 'b'), 'Pacific/Auckland', 'lt_LT.UTF-8');
      const a = hashes(path.join(tmp, 'a'));
      const b = hashes(path.join(tmp, 'b'));
      expect(Object.keys(a).length).toBeGreaterThan(30);
      const differ = Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);
      expect(differ).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 300_000);
});
