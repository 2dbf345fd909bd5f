// `npm run pr-summary` in a real git history: the job summary and `npm run check -- --since` agree on which
// addresses a pull request takes off the site (the summary reads them from the check's own rule).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDraftBlip } from '../src/lib/radar/testing/fixtures';

const repo = path.resolve(__dirname, '..');
// As `npm run check` runs them: through the engine's launcher (a bundle of its modules, src/lib/shared/ts-bundle.mjs).
const runTs = path.join(repo, 'src/lib/shared/run-ts.mjs');
const env = { ...process.env, SOURCE_DATE_EPOCH: '1795780800', HANDBOOK_CONTENT_DIR: '' };

/** A project in a new temporary folder whose content/ is a copy of fixture `fixture`, committed on branch `main`, with git bound to it. */
function committedFixture(fixture: string, prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: dir, encoding: 'utf8' });
  fs.cpSync(path.join(repo, 'tests/fixtures', fixture), path.join(dir, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'first');
  return { dir, git };
}

/** `npm run pr-summary -- --base main` for the project at `dir`: its Markdown, once it has exited 0 (SHOW_SUMMARY=1 prints it). */
function summaryOf(dir: string): string {
  const summary = spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/pr-summary.ts'), '--base', 'main', '--root', dir], { encoding: 'utf8', env });
  expect(summary.status, summary.stderr).toBe(0);
  if (process.env.SHOW_SUMMARY) console.log(summary.stdout);
  return summary.stdout;
}

describe('npm run pr-summary', () => {
  it('lists a page moved without git seeing the move, a removed page and a dropped old address under warnings, as the check does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-pr-summary-'));
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: dir, encoding: 'utf8' });
    const guides = path.join(dir, 'content/handbook/guides');
    try {
      fs.cpSync(path.join(repo, 'tests/fixtures/handbook-only'), path.join(dir, 'content'), { recursive: true });
      const deploying = path.join(guides, 'deploying.md');
      fs.writeFileSync(deploying, fs.readFileSync(deploying, 'utf8').replace(/\n---\n/, '\nredirect_from: /handbook/old-deploying/\n---\n'));
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('commit', '-q', '-m', 'first');
      git('checkout', '-q', '-b', 'change');
      // on-call.md rewritten into rota.md with the same title: too different for git's rename detection.
      const title = /^title: .*$/m.exec(fs.readFileSync(path.join(guides, 'on-call.md'), 'utf8'))![0];
      fs.rmSync(path.join(guides, 'on-call.md'));
      fs.writeFileSync(path.join(guides, 'rota.md'), `---\n${title}\nreview_in: 6 months\n---\n\nA new text altogether, about the rota.\n`);
      fs.rmSync(path.join(dir, 'content/handbook/accessibility.md'));
      fs.writeFileSync(deploying, fs.readFileSync(deploying, 'utf8').replace('redirect_from: /handbook/old-deploying/\n', ''));
      git('add', '-A');
      git('commit', '-q', '-m', 'change');

      const md = summaryOf(dir);
      expect(md).toContain('| Handbook page | On call | `/handbook/guides/on-call/` → [/handbook/guides/rota/]');
      expect(md).toContain('| **no** |');
      expect(md).toContain('> - `content/handbook/guides/rota.md`: `redirect_from: ["/handbook/guides/on-call/"]`');
      expect(md).toContain('> This change takes 2 addresses off the site that no page keeps');
      expect(md).toContain('> - `/handbook/accessibility/` (`content/handbook/accessibility.md` is gone): if another page replaces it, add `redirect_from: ["/handbook/accessibility/"]`');
      expect(md).toContain('> - `/handbook/old-deploying/` (it led to `content/handbook/guides/deploying.md`): add `redirect_from: ["/handbook/old-deploying/"]` to `content/handbook/guides/deploying.md`');
      expect(md).not.toMatch(/### Added/);

      // A base that is not there is named, with the branches that are (a new adopter's trial, 3 December 2026: git's
      // "unknown revision" read as a CI fetch problem).
      const wrong = spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/pr-summary.ts'), '--base', 'master', '--root', dir], { encoding: 'utf8', env });
      expect(wrong.status).toBe(1);
      expect(wrong.stderr).toMatch(/^pr-summary: "master" is not a git commit in the repository that holds content, .*; branches there: change, main/);

      // The check names the same three addresses.
      const check = spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts'), '--root', dir, '--since', 'main'], { encoding: 'utf8', env });
      for (const url of ['/handbook/guides/on-call/', '/handbook/accessibility/', '/handbook/old-deploying/']) expect(check.stdout).toContain(url);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('marks a blip a draft edition adds as having no page after the merge, and a draft move as waiting for its edition', () => {
    // A new adopter's trial (3 December 2026): both were linked as pages "(after merge)" that the build did not make.
    const { dir, git } = committedFixture('machine-outputs', 'handbook-pr-summary-radar-');
    try {
      git('checkout', '-q', '-b', 'radar');
      writeDraftBlip(path.join(dir, 'content'), 'zig', 'Zig');
      // C# moves in that draft: its last history entry, before the front matter closes.
      const c = path.join(dir, 'content/radar/blips/c-sharp.md');
      fs.writeFileSync(c, fs.readFileSync(c, 'utf8').replace(/(\n---\n)(?![\s\S]*\n---\n)/, '\n  - edition: "2027-04"\n    ring: adopt\n    reason: Proven.\n    approved_by: TSG$1'));
      git('add', '-A');
      git('commit', '-q', '-m', 'draft');
      const md = summaryOf(dir);
      expect(md).toContain('| Radar blip | Zig — _comes with draft edition 2027-04: no page until it is published (npm run radar -- edition publish)_ | `/radar/blips/zig/` |');
      expect(md).not.toContain('/radar/blips/zig/) (after merge)');
      // The title is escaped for Markdown ("C\\#"), and the page is there after the merge.
      expect(md).toContain("| Radar blip | C\\# — _its move in draft edition 2027-04 shows once that edition is published_ | [/radar/blips/c-sharp/](");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('lists under Changed, with links, the pages that show a partial or a picture the change alters', () => {
    // A pull-request trial (3 December 2026): they were listed only as "other content files", with no page to look at.
    const { dir, git } = committedFixture('markdown', 'handbook-pr-summary-shown-');
    const svg = (fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="${fill}"/></svg>\n`;
    try {
      fs.writeFileSync(path.join(dir, 'content/handbook/constructs/diagram.svg'), svg('#0065bd'));
      fs.appendFileSync(path.join(dir, 'content/handbook/constructs/headings.md'), '\n![A diagram of the release windows](diagram.svg)\n');
      git('add', '-A');
      git('commit', '-q', '-m', 'picture');
      git('checkout', '-q', '-b', 'shown');
      fs.writeFileSync(path.join(dir, 'content/handbook/constructs/diagram.svg'), svg('#d32205'));
      fs.appendFileSync(path.join(dir, 'content/partials/contact.md'), '\nOut of hours, phone the duty manager.\n');
      git('add', '-A');
      git('commit', '-q', '-m', 'shown files');
      const md = summaryOf(dir);
      expect(md).toMatch(/\| Handbook page \| Headings and anchors — _shows diagram\.svg, which this change alters_ \| \[\/handbook\/constructs\/headings\/\]\(https:\/\/handbook\.example\.org\/handbook\/constructs\/headings\/\)/);
      expect(md).toMatch(/\| Handbook page \| [^|]+ — _shows contact\.md, which this change alters_ \| \[\/handbook\/constructs\/html-in-mdx\/\]/);
      // Still listed as files too, as what the change holds.
      expect(md).toContain('### Other content files');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
