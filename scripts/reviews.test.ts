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

  it('names a content repository\'s files from its root, and says when the radar\'s blips are left out', () => {
    // A new adopter's trial (2 December 2026): with the engine beside the content (HANDBOOK_CONTENT_DIR=../…), the
    // warning named `../our-handbook/…`, and one blip with a mistake left every blip out of the issue without a word.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-reviews-'));
    try {
      const content = path.join(dir, 'our-handbook');
      fs.cpSync(path.join(repo, 'tests/fixtures/every-area'), content, { recursive: true });
      fs.mkdirSync(path.join(dir, 'engine'));
      const blip = path.join(content, 'radar/blips/angularjs.md');
      fs.writeFileSync(blip, fs.readFileSync(blip, 'utf8').replace('ring: hold', 'ring: hodl'));
      // 15 April 2027, when blips of the fixture are due for review.
      const env = { ...process.env, SOURCE_DATE_EPOCH: String(Date.parse('2027-04-15T12:00:00Z') / 1000), HANDBOOK_CONTENT_DIR: content };
      const res = spawnSync(tsx, [path.join(repo, 'scripts/reviews.ts'), '--root', path.join(dir, 'engine'), '--format', 'markdown'], { encoding: 'utf8', env });
      expect(res.status, res.stderr).toBe(0);
      expect(res.stdout).toContain('> - `radar/blips/angularjs.md`\n>\n> The radar does not load while it has errors, so no radar blip is in this list.');
      expect(res.stdout).not.toContain('(radar blip)');
      expect(res.stdout).not.toContain('../');
      expect(res.stderr).toContain('radar/blips/angularjs.md (the radar does not load, so no radar blip is listed)');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
