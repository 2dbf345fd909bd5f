import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gitHead, lastCommitDates } from './git';

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

describe('gitHead', () => {
  const rev = (cwd: string, what = 'HEAD') => execFileSync('git', ['rev-parse', what], { cwd, encoding: 'utf8' }).trim();

  // gitHead answers from memory while the files git reads are unchanged: each way HEAD can move must still show.
  it('follows HEAD through commits, a new branch, a detached checkout and a linked worktree', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-head-'));
    git(dir, 'init', '-q', '-b', 'main');
    expect(gitHead(dir)).toBe(''); // no commit yet
    commit(dir, 'content/a.md', '2026-01-01T00:00:00Z');
    const first = rev(dir);
    expect(gitHead(dir, 'content')).toBe(first);
    commit(dir, 'content/a.md', '2026-01-02T00:00:00Z');
    expect(gitHead(dir, 'content')).toBe(rev(dir));
    expect(gitHead(dir, 'content')).not.toBe(first);
    git(dir, 'checkout', '-q', '-b', 'other');
    commit(dir, 'content/b.md', '2026-01-03T00:00:00Z');
    expect(gitHead(dir, 'content')).toBe(rev(dir));
    git(dir, 'checkout', '-q', first);
    expect(gitHead(dir, 'content')).toBe(first);
    git(dir, 'checkout', '-q', 'main');
    git(dir, 'pack-refs', '--all');
    expect(gitHead(dir, 'content')).toBe(rev(dir, 'main'));
    const tree = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-tree-')), 'wt');
    git(dir, 'worktree', 'add', '-q', tree, 'other');
    expect(gitHead(tree)).toBe(rev(dir, 'other'));
    commit(tree, 'content/c.md', '2026-01-04T00:00:00Z');
    expect(gitHead(tree)).toBe(rev(dir, 'other'));
    expect(gitHead(dir)).toBe(rev(dir, 'main'));
  });

  it('is empty outside a git checkout', () => {
    expect(gitHead(fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-nogit-')))).toBe('');
  });
});
