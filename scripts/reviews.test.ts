// `npm run reviews` on a handbook with one broken page: the report still comes out (the weekly issue must not go
// stale over one editor's mistake), naming the file it left out.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(__dirname, '..');
const tsx = path.join(repo, 'node_modules/.bin/tsx');

describe('npm run reviews', () => {
  it('reports the pages it can read and names the file whose front matter has errors', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-reviews-'));
    try {
      fs.cpSync(path.join(repo, 'tests/fixtures/handbook-only'), path.join(dir, 'content'), { recursive: true });
      const file = path.join(dir, 'content/handbook/guides/deploying.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*\n/m, ''));
      const env = { ...process.env, SOURCE_DATE_EPOCH: '1795780800', HANDBOOK_CONTENT_DIR: '' };
      const res = spawnSync(tsx, [path.join(repo, 'scripts/reviews.ts'), '--root', dir, '--format', 'markdown'], { encoding: 'utf8', env });
      expect(res.status, res.stderr).toBe(0);
      expect(res.stdout).toMatch(/^# Handbook pages due for review/);
      expect(res.stdout).toContain('> - `content/handbook/guides/deploying.md`');
      expect(res.stderr).toContain('1 file with errors left out of the report: content/handbook/guides/deploying.md (npm run check lists every problem).');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
