// The build says which handbook it builds, and warns when the setting is unset beside a handbook one folder up.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { handbookAboveWarning } from './areas';

describe('handbookAboveWarning', () => {
  it('warns when content/ is built while the folder above holds a handbook, and not once the setting names one', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'content-repo-'));
    try {
      fs.writeFileSync(path.join(repo, 'site.yaml'), 'title: x\n');
      fs.mkdirSync(path.join(repo, 'handbook'));
      fs.mkdirSync(path.join(repo, 'engine'));
      const root = path.join(repo, 'engine');
      expect(handbookAboveWarning(root, {})).toBe(
        'building content/ while the folder above holds a handbook too (../site.yaml): to build that one, set HANDBOOK_CONTENT_DIR=.. (e.g. HANDBOOK_CONTENT_DIR=.. npm run build)',
      );
      expect(handbookAboveWarning(root, { HANDBOOK_CONTENT_DIR: '..' })).toBeUndefined();
      fs.rmSync(path.join(repo, 'site.yaml'));
      expect(handbookAboveWarning(root, {})).toBeUndefined();
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});
