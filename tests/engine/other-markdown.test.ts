// A page saved under another Markdown extension (.markdown, as Jekyll manuals use) is not read: the check says so.
// A new adopter's trial (2 December 2026): such a page was reported only as "removed", and a migration could lose it.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { checkContentDir, copyFixture, removeCopy } from '../support/fixtures';
import { REPO } from '../../scripts/lib/project';

let copy: string | undefined;
afterAll(() => copy && removeCopy(copy));

describe('a handbook file with another Markdown extension', () => {
  it('is a warning naming the name to give it', () => {
    copy = copyFixture('handbook-only');
    fs.renameSync(path.join(REPO, copy, 'handbook/guides/deploying.md'), path.join(REPO, copy, 'handbook/guides/old-deploying.markdown'));
    fs.writeFileSync(path.join(REPO, copy, 'handbook/guides/notes.txt'), 'not Markdown\n');
    const { out } = checkContentDir(copy);
    expect(out).toContain(`${copy}/handbook/guides/old-deploying.markdown  file  warning: is not read: handbook pages are .md or .mdx files; rename it to old-deploying.md to publish it`);
    expect(out).not.toContain('notes.txt');
  });
});
