// The check's result cache: reused only while every file it reads, the options and the day are unchanged.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runChecksCached } from './cache';

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
});
