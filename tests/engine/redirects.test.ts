// A redirect that would replace a real page stops the build before anything is written, naming file, field and line.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildContentDir, copyFixture, removeCopy, tempOutDir } from '../support/fixtures';
import { REPO } from '../../scripts/lib/project';

describe('redirect_from in a real build', () => {
  it('rejects an old URL that is still a page of the site, and writes nothing', async () => {
    const copy = copyFixture('handbook-only');
    try {
      const file = path.join(REPO, copy, 'handbook/guides/on-call.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n---\n/, '\nredirect_from: [/handbook/guides/deploying/]\n---\n'));
      const out = tempOutDir('redirect-collision');
      const res = await buildContentDir(copy, out);
      expect(res.status).not.toBe(0);
      expect(res.output).toMatch(
        new RegExp(
          `${copy}/handbook/guides/on-call\\.md:\\d+:\\d+  redirect_from\\[0\\]  "/handbook/guides/deploying/" is the URL of the page ${copy}/handbook/guides/deploying\\.md: a redirect cannot replace a page that exists\\. Remove it, or move that page`,
        ),
      );
      expect(fs.existsSync(path.join(out, 'index.html'))).toBe(false);
    } finally {
      removeCopy(copy);
    }
  }, 300_000);
});
