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

  it("pages of other generators: ERB, Hugo's _index.md and TOML front matter, README.md and .html.md names, snippets (a migration trial, 3 December 2026)", () => {
    copy ??= copyFixture('handbook-only');
    const dir = path.join(REPO, copy, 'handbook/guides');
    const page = (title: string) => `---\ntitle: ${title}\nowner: Ops\nlast_reviewed: 2026-10-01\nreview_in: 6 months\n---\n\nText.\n`;
    fs.writeFileSync(path.join(dir, 'on-call.html.md.erb'), page('On call').replace('Text.', "<%= partial 'contact' %>"));
    fs.writeFileSync(path.join(dir, '_index.md'), page('Guides'));
    fs.writeFileSync(path.join(dir, 'README.md'), page('Read me'));
    fs.writeFileSync(path.join(dir, 'deploy.html.md'), page('Deploy'));
    fs.writeFileSync(path.join(dir, 'hugo.md'), '+++\ntitle = "Hugo"\n+++\n\nText.\n');
    fs.writeFileSync(path.join(dir, 'shared.md'), 'Text shown on several pages.\n');
    const { out } = checkContentDir(copy);
    const g = `${copy}/handbook/guides`;
    expect(out).toContain(`${g}/on-call.html.md.erb  file  warning: is not read: handbook pages are .md or .mdx files, and ERB code is not run here; rename it to on-call.md and replace its <%= … %> code with what it showed`);
    expect(out).toContain(`${g}/_index.md  file  warning: is not read: files whose names start with "_" are not pages, and a folder's landing page here is index.md (Hugo's _index.md); move its text into the folder's index page`);
    expect(out).toContain(`${g}/README.md  warning: file name "README" makes the page's address /handbook/guides/README/: a folder's landing page here is index.md; rename it to index.md to publish it at the folder's address`);
    expect(out).toContain(`${g}/deploy.html.md  warning: file name "deploy.html" makes the page's address /handbook/guides/deploy.html/: rename it to deploy.md (keep an old address with redirect_from)`);
    expect(out).toContain(`${g}/hugo.md:1  has TOML front matter (Hugo, between +++ lines), which is not read: convert it to YAML between --- lines (title = "Deploying" becomes title: Deploying)`);
    expect(out).toContain(
      `${g}/shared.md:1  has no front matter: the file must start with a --- line, then YAML fields such as title, then ---; shared text that other pages show has no front matter: it belongs in the content's partials/ folder (see the README, "Write content")`,
    );
  });
});
