// The check's result cache: reused only while every file it reads, the options and the day are unchanged.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ANALYSIS_STORE_FILE, CHECK_CACHE_DIR, checkKey, runChecksCached } from './cache';
import { bodyDigest } from '../markdown/analyse';

const FIXTURE = path.resolve(__dirname, '../../../tests/fixtures/handbook-only');

describe('runChecksCached', () => {
  it('reuses a result for unchanged content and recomputes it when a file, the options or the day change', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-check-cache-'));
    try {
      fs.cpSync(FIXTURE, path.join(root, 'content'), { recursive: true });
      const env = { today: '2026-11-27' };
      const first = runChecksCached(root, env, 'content');
      expect(first.cached).toBe(false);
      expect(first.errors).toBe(0);
      const second = runChecksCached(root, env, 'content');
      expect(second.cached).toBe(true);
      expect({ ...second, cached: false }).toEqual(first);
      // Another day or option is another result.
      expect(runChecksCached(root, { today: '2026-11-28' }, 'content').cached).toBe(false);
      expect(runChecksCached(root, { ...env, strict: true }, 'content').cached).toBe(false);
      // A one-character edit is seen.
      const page = path.join(root, 'content/handbook/guides/deploying.md');
      fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace(/^owner: .*$/m, 'owner: '));
      const edited = runChecksCached(root, env, 'content');
      expect(edited.cached).toBe(false);
      expect(edited.errors).toBe(1);
      expect(edited.issues[0]).toMatchObject({ file: 'content/handbook/guides/deploying.md', field: 'owner' });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('parses again only the bodies that changed, and drops stored analyses when the code changes', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-check-store-'));
    try {
      fs.cpSync(FIXTURE, path.join(root, 'content'), { recursive: true });
      const env = { today: '2026-11-27' };
      const storeFile = path.join(root, CHECK_CACHE_DIR, ANALYSIS_STORE_FILE);
      const index = path.join(root, 'content/handbook/index.md');
      const indexBody = () => fs.readFileSync(index, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      expect(runChecksCached(root, env, 'content').errors).toBe(0);
      const saved = JSON.parse(fs.readFileSync(storeFile, 'utf8')) as { code: string; entries: Record<string, { links: { url: string }[] }> };
      // One analysis per Markdown body: the four handbook pages and the two section pages.
      expect(Object.keys(saved.entries).length).toBeGreaterThanOrEqual(4);
      const key = bodyDigest(indexBody(), false);
      expect(saved.entries[key].links.map((l) => l.url)).toContain('/handbook/guides/deploying/');
      // Prove the stored analysis is what the next check reads: point its link at a page that does not exist, then
      // change another page so the result cache misses.
      for (const l of saved.entries[key].links) if (l.url === '/handbook/guides/deploying/') l.url = '/handbook/nowhere/';
      fs.writeFileSync(storeFile, JSON.stringify(saved));
      const onCall = path.join(root, 'content/handbook/guides/on-call.md');
      fs.appendFileSync(onCall, '\nAnother line.\n');
      const reused = runChecksCached(root, env, 'content');
      expect(reused.cached).toBe(false);
      expect(reused.issues.map((i) => i.message).join('\n')).toContain('/handbook/nowhere/');
      // Once that body changes it is parsed again, and the made-up link is gone.
      fs.appendFileSync(index, '\nA new paragraph.\n');
      const fresh = runChecksCached(root, env, 'content');
      expect(fresh.errors).toBe(0);
      // Another engine (here: another lock file) cannot trust any stored analysis.
      const again = JSON.parse(fs.readFileSync(storeFile, 'utf8')) as typeof saved;
      for (const e of Object.values(again.entries)) for (const l of e.links) l.url = '/handbook/nowhere/';
      fs.writeFileSync(storeFile, JSON.stringify(again));
      fs.writeFileSync(path.join(root, 'package-lock.json'), '{}\n');
      const newCode = runChecksCached(root, env, 'content');
      expect(newCode.cached).toBe(false);
      expect(newCode.errors).toBe(0);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("keys a --since run by the commit it compares with in the content's own repository, not the engine's", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-check-cache-'));
    try {
      // The engine folder is a repository whose main is its HEAD; the content folder is a repository of its own, on a
      // branch one commit past its main.
      const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd, stdio: 'ignore' });
      fs.writeFileSync(path.join(root, 'README.md'), 'engine');
      git(root, 'init', '-q', '-b', 'main');
      git(root, 'add', 'README.md');
      git(root, 'commit', '-qm', 'engine');
      const content = path.join(root, 'content');
      fs.cpSync(FIXTURE, content, { recursive: true });
      const inContent = (...args: string[]) => git(content, ...args);
      inContent('init', '-q', '-b', 'main');
      inContent('add', '-A');
      inContent('commit', '-qm', 'first');
      inContent('checkout', '-qb', 'pr');
      fs.appendFileSync(path.join(content, 'handbook/guides/deploying.md'), '\nMore.\n');
      inContent('commit', '-qam', 'second');
      const key = (since: string) => checkKey(root, { today: '2026-11-27', since }, 'content');
      expect(key('main')).not.toBe(key('HEAD'));
      expect(key('main')).toBe(key('main'));
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
