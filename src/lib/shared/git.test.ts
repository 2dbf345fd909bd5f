import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lastCommitDates } from './git';

function git(cwd: string, ...args: string[]) {
  execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: '', GIT_COMMITTER_DATE: '' } });
}

function commit(cwd: string, file: string, when: string) {
  fs.mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
  fs.writeFileSync(path.join(cwd, file), when);
  execFileSync('git', ['add', file], { cwd });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', `edit ${file}`], {
    cwd,
    env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
  });
}

describe('lastCommitDates', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-git-'));
  git(dir, 'init', '-q');
  commit(dir, 'content/handbook/a.md', '2026-03-01T12:00:00+00:00');
  commit(dir, 'content/handbook/b.md', '2026-06-30T23:30:00+00:00');
  commit(dir, 'content/handbook/a.md', '2026-07-02T09:00:00+01:00');

  it('dates each file by its last commit, as a London calendar date', () => {
    const d = lastCommitDates(dir, 'content/handbook');
    expect(Object.fromEntries(d)).toEqual({ 'content/handbook/a.md': '2026-07-02', 'content/handbook/b.md': '2026-07-01' });
  });
  it('gives nothing in a shallow clone, where every file would wrongly get the tip date', () => {
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow]);
    expect(lastCommitDates(shallow, 'content/handbook').size).toBe(0);
  });
  it('gives nothing outside a git checkout', () => {
    expect(lastCommitDates(os.tmpdir(), 'content').size).toBe(0);
  });
});
