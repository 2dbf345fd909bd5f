// A real `astro build` of a copy of the project with one bad page: it must fail with our message and write nothing.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(__dirname, '../..');

function copyProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mygov-build-'));
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'schemas']) {
    if (fs.existsSync(path.join(repo, f))) fs.cpSync(path.join(repo, f), path.join(dir, f), { recursive: true });
  }
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

describe('astro build with bad content', () => {
  it('exits non-zero, prints file, field, line and allowed values, and writes no dist/', () => {
    const dir = copyProject();
    try {
      const page = path.join(dir, 'content/handbook/strategy/vision.md');
      fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace(/^status: .*$/m, '').replace(/^owner: (.*)$/m, 'owner: $1\nstatus: publshed'));
      const res = spawnSync(path.join(repo, 'node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1795000000' } });
      const out = res.stdout + res.stderr;
      expect(res.status).not.toBe(0);
      expect(out).toMatch(/content\/handbook\/strategy\/vision\.md:\d+:1 {2}status {2}"publshed" is not one of draft\|published\|superseded\|retired/);
      expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
