// A content directory's own public/ folder: its files are published at the same paths, links to them are checked,
// and one that would take the place of a page or a built file stops the check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildContentDir, checkContentDir, copyFixture, removeCopy, tempOutDir, type BuildResult } from '../support/fixtures';
import { brokenLinks } from '../support/site-checks';
import { REPO } from '../../scripts/lib/project';
import { fileFor } from '../../src/integrations/content-public';

const copies: string[] = [];
afterAll(() => copies.forEach(removeCopy));

/** A copy of the handbook-only fixture with a file in its public/ folder and a page linking to it. */
function withPublicFile(): string {
  const copy = copyFixture('handbook-only');
  copies.push(copy);
  fs.mkdirSync(path.join(REPO, copy, 'public/files'), { recursive: true });
  fs.writeFileSync(path.join(REPO, copy, 'public/files/rota v2.txt'), 'Monday: Ailsa\n');
  fs.appendFileSync(path.join(REPO, copy, 'handbook/guides/deploying.md'), '\nThe [rota (text)](/files/rota%20v2.txt).\n');
  return copy;
}

const check = checkContentDir;

describe("a content directory's public/ folder", () => {
  let copy: string;
  let build: BuildResult;
  beforeAll(async () => {
    copy = withPublicFile();
    build = await buildContentDir(copy, path.join(tempOutDir('public'), 'dist'));
  }, 300_000);

  it('is published at the same paths, and links to its files resolve', () => {
    expect(build.status, build.output).toBe(0);
    expect(fs.readFileSync(path.join(build.dist, 'files/rota v2.txt'), 'utf8')).toBe('Monday: Ailsa\n');
    expect(brokenLinks(build.dist)).toEqual([]);
    expect(build.output).toContain(`published 1 file from ${copy}/public/`);
  });

  it('passes the check, and a link to a file that is not there names the folder to put it in', () => {
    expect(check(copy).status).toBe(0);
    const broken = withPublicFile();
    fs.appendFileSync(path.join(REPO, broken, 'handbook/guides/deploying.md'), '\n[Template](/files/template.docx)\n');
    expect(check(broken).out).toMatch(
      new RegExp(`"/files/template\\.docx": file not found: put the file at ${broken}/public/files/template\\.docx, or correct the link`),
    );
  }, 120_000);

  it('refuses a file that would take the place of a page or of a file the build writes', () => {
    const clash = withPublicFile();
    const put = (rel: string) => {
      fs.mkdirSync(path.dirname(path.join(REPO, clash, 'public', rel)), { recursive: true });
      fs.writeFileSync(path.join(REPO, clash, 'public', rel), 'x');
    };
    put('handbook/guides/on-call/index.html');
    put('handbook/guides/deploying');
    put('pagefind/pagefind.js');
    // A redirect page is named by the page whose redirect_from keeps it (it was "the file /legacy/page.html").
    put('legacy/page.html');
    const deploying = path.join(REPO, clash, 'handbook/guides/deploying.md');
    fs.writeFileSync(deploying, fs.readFileSync(deploying, 'utf8').replace(/\n---\n/, '\nredirect_from: /legacy/page.html\n---\n'));
    const res = check(clash);
    expect(res.status).toBe(1);
    expect(res.out).toContain(
      `${clash}/public/handbook/guides/on-call/index.html  would be published at /handbook/guides/on-call/index.html, in place of the page /handbook/guides/on-call/: move it to another folder, e.g. public/files/handbook/guides/on-call/index.html`,
    );
    expect(res.out).toContain(`${clash}/public/handbook/guides/deploying  would be published at /handbook/guides/deploying, in place of the folder of /handbook/guides/deploying/`);
    expect(res.out).toContain(`${clash}/public/pagefind/pagefind.js  would be published at /pagefind/pagefind.js, in place of a file the build writes (/pagefind/pagefind.js)`);
    expect(res.out).toContain(
      `${clash}/public/legacy/page.html  would be published at /legacy/page.html, in place of the redirect page for the old address /legacy/page.html, kept by redirect_from in ${clash}/handbook/guides/deploying.md (to /handbook/guides/deploying/): remove that redirect_from entry, or move the file to another folder, e.g. public/files/legacy/page.html`,
    );
  }, 120_000);

  it('is served in development only within the folder', () => {
    const dir = path.join(REPO, copy, 'public');
    expect(fileFor(dir, '/files/rota%20v2.txt?x=1')).toBe(path.join(dir, 'files/rota v2.txt'));
    expect(fileFor(dir, '/files/')).toBeUndefined();
    expect(fileFor(dir, '/../site.yaml')).toBeUndefined();
    expect(fileFor(dir, '/%E0%A4%A')).toBeUndefined();
  });
});
