// The folders walks over content skip, and the walk the caches and the public files use (filesUnder).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesUnder } from './cache-key';
import { encodingIssues } from './read';
import { skippedFolder } from './walk';

describe('skippedFolder', () => {
  it("skips git's folder, installed packages and the engine's own checkout", () => {
    expect(skippedFolder('/repo/engine', '/repo/.git')).toBe(true);
    expect(skippedFolder('/repo/engine', '/repo/public/node_modules')).toBe(true);
    expect(skippedFolder('/repo/engine', '/repo/engine')).toBe(true);
    expect(skippedFolder('/repo/engine', '/repo/engine/')).toBe(true);
    expect(skippedFolder('/repo/engine', '/repo/handbook')).toBe(false);
    expect(skippedFolder('/repo/engine', '/repo/public/.well-known')).toBe(false);
  });
});

describe('filesUnder on a content repository that holds the engine (HANDBOOK_CONTENT_DIR=..)', () => {
  it("lists the content's files, through linked folders, and never the engine's, git's or a package's", () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'walk-'));
    const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'walk-shared-'));
    try {
      const put = (rel: string, text = 'x') => {
        fs.mkdirSync(path.dirname(path.join(repo, rel)), { recursive: true });
        fs.writeFileSync(path.join(repo, rel), text);
      };
      put('handbook/a.md');
      put('public/.well-known/security.txt');
      put('engine/src/x.ts');
      put('engine/node_modules/p/index.js');
      put('.git/HEAD');
      put('public/node_modules/p.js');
      fs.writeFileSync(path.join(shared, 'rota.pdf'), 'pdf');
      // A linked folder (read as a file, it stopped the check with EISDIR), a link back up, a broken link.
      fs.symlinkSync(shared, path.join(repo, 'public/files'));
      fs.symlinkSync(repo, path.join(repo, 'public/loop'));
      fs.symlinkSync(path.join(repo, 'nowhere'), path.join(repo, 'public/broken'));
      const root = path.join(repo, 'engine');
      expect(filesUnder(root, '..')).toEqual(['../handbook/a.md', '../public/.well-known/security.txt', '../public/files/rota.pdf']);
      // The encoding check walks the same way: the engine's own files (its test fixtures among them) are not content.
      put('engine/tests/bad.md', '\xff');
      fs.writeFileSync(path.join(root, 'tests/bad.md'), Buffer.from([0xff, 0xfe, 0x00]));
      expect(encodingIssues(root, '..')).toEqual([]);
      fs.writeFileSync(path.join(repo, 'handbook/bad.md'), Buffer.from([0xc3, 0x28]));
      expect(encodingIssues(root, '..').map((i) => i.file)).toEqual(['../handbook/bad.md']);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
      fs.rmSync(shared, { recursive: true, force: true });
    }
  });
});
