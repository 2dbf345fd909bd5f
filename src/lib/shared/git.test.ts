import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commitDates, gitHead, lastCommitDates, missingHistory, pathsChangedSince } from './git';

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
  it('says why it gave nothing: a shallow clone, no repository, no commit yet; nothing when it can date the files', () => {
    expect(missingHistory(dir, 'content/handbook')).toBeUndefined();
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow]);
    expect(missingHistory(shallow, 'content/handbook')).toBe('is a shallow clone: its history starts at the last commit');
    const none = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-nogit-'));
    expect(missingHistory(none, '.')).toBe('is not in a git repository (or git is not installed)');
    git(none, 'init', '-q');
    expect(missingHistory(none, '.')).toBe('has no commits yet');
  });
  it('commitDates: history is there in a checkout, even for a folder with nothing committed; not in a shallow clone or outside git', () => {
    expect(commitDates(dir, 'content/handbook').history).toBe(true);
    fs.mkdirSync(path.join(dir, 'content/new'), { recursive: true });
    expect(commitDates(dir, 'content/new')).toEqual({ dates: new Map(), history: true });
    const shallow = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, shallow]);
    expect(commitDates(shallow, 'content/handbook')).toEqual({ dates: new Map(), history: false });
    expect(commitDates(fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-nogit-')), '.').history).toBe(false);
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

describe('pathsChangedSince', () => {
  it("gives the files a branch changes since it left its base, committed or not, and not the base's own later changes", () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-changed-')));
    git(dir, 'init', '-q', '-b', 'main');
    commit(dir, 'content/handbook/a.md', '2026-03-01T12:00:00+00:00');
    commit(dir, 'content/handbook/b.md', '2026-03-02T12:00:00+00:00');
    git(dir, 'checkout', '-q', '-b', 'pr');
    commit(dir, 'content/handbook/a.md', '2026-03-03T12:00:00+00:00');
    // The base moves on after the branch left it: not part of the pull request.
    git(dir, 'checkout', '-q', 'main');
    commit(dir, 'content/handbook/b.md', '2026-03-04T12:00:00+00:00');
    git(dir, 'checkout', '-q', 'pr');
    // Not committed yet, and a new file git does not know.
    fs.writeFileSync(path.join(dir, 'content/site.yaml'), 'title: x\n');
    const changed = pathsChangedSince(dir, 'main');
    expect([...changed!].map((f) => path.relative(dir, f)).sort()).toEqual(['content/handbook/a.md', 'content/site.yaml']);
    expect(pathsChangedSince(dir, 'no-such-branch')).toBeUndefined();
    expect(pathsChangedSince(os.tmpdir(), 'main')).toBeUndefined();
  });
});
