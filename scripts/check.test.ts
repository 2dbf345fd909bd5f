// `npm run check` on a broken copy of a fixture handbook: every problem is printed, grouped by file, and it exits 1.
// A copy of tests/fixtures/every-area, not of content/: an adopter who replaces the sample keeps these tests.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testBuildEpoch } from '../tests/support/build-date';
import { writeDraftBlip } from '../src/lib/radar/testing/fixtures';

const repo = path.resolve(__dirname, '..');
// As `npm run check` runs them: through the engine's launcher (a bundle of its modules, src/lib/shared/ts-bundle.mjs).
const runTs = path.join(repo, 'src/lib/shared/run-ts.mjs');
// As of the day the configured content is built for the tests (tests/support/build-date.ts): the bundled sample's own
// day, or today for an adopter's content. The broken copies below are of a fixture, on the day fixtures are built.
const env = { ...process.env, SOURCE_DATE_EPOCH: '1795780800' };
const configuredEnv = { ...process.env, SOURCE_DATE_EPOCH: testBuildEpoch(repo) };

/** git in `cwd`, with an author, for the repositories the --since tests make. */
const gitIn =
  (cwd: string) =>
  (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd, encoding: 'utf8' });

/** `npm run check` on the project at `dir`, its content in the default folder (content/). */
const checkIn =
  (dir: string) =>
  (...args: string[]) =>
    spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts'), '--root', dir, ...args], { encoding: 'utf8', env: { ...env, HANDBOOK_CONTENT_DIR: '' } });

/**
 * A project in a new temporary folder (name starting `prefix`) whose content/ is a copy of `fixture`, committed on a
 * git branch `main`, with git and `npm run check` bound to it. The caller removes `dir`.
 */
function committedCopy(fixture: string, prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const git = gitIn(dir);
  fs.cpSync(path.join(repo, 'tests/fixtures', fixture), path.join(dir, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'first');
  return { dir, git, check: checkIn(dir) };
}

function brokenCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-check-'));
  fs.cpSync(path.join(repo, 'tests/fixtures/every-area'), path.join(dir, 'content'), { recursive: true });
  fs.cpSync(path.join(repo, 'src/components/mdx'), path.join(dir, 'src/components/mdx'), { recursive: true });
  const edit = (file: string, from: string | RegExp, to: string) => {
    const p = path.join(dir, file);
    const before = fs.readFileSync(p, 'utf8');
    const after = before.replace(from, to);
    if (after === before) throw new Error(`fixture edit did nothing in ${file}`);
    fs.writeFileSync(p, after);
  };
  edit('content/handbook/guides/deploying.md', /^owner:/m, 'status: publshed\nowner:');
  edit('content/handbook/guides/change-advisory-board.md', /\]\(\/handbook\/[^)]+\)/, '](/handbook/no-such-page/)');
  edit('content/releases/payments/3.7.0.json', '"category": "changed"', '"category": "bugfix"');
  edit('content/radar/blips/canary-releases.md', 'quadrant: techniques', 'quadrant: gadgets');
  // Two pages reviewed long ago make the warnings path visible.
  edit('content/handbook/guides/on-call.md', /^last_reviewed: .*$/m, 'last_reviewed: 2025-10-02');
  edit('content/handbook/guides/rollback-plans.md', /^last_reviewed: .*$/m, 'last_reviewed: 2025-10-02');
  return dir;
}

describe('npm run check', { timeout: 120_000 }, () => {
  it('passes on the configured content', () => {
    const res = spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts')], { cwd: repo, encoding: 'utf8', env: configuredEnv });
    expect(res.stdout).toMatch(/✔ No errors/);
    expect(res.status).toBe(0);
  });

  it('prints every problem with file:line:column, field and message, then a summary, and exits 1', () => {
    const dir = brokenCopy();
    try {
      const res = spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts'), '--root', dir], { encoding: 'utf8', env });
      const out = res.stdout;
      expect(res.status).toBe(1);
      expect(out).toMatch(/content\/handbook\/guides\/deploying\.md:\d+:1 {2}status {2}"publshed" is not one of draft\|published\|superseded\|retired/);
      expect(out).toMatch(/content\/handbook\/guides\/change-advisory-board\.md:\d+:\d+ {2}link {2}"\/handbook\/no-such-page\/" is not a page on this site/);
      expect(out).toMatch(/content\/releases\/payments\/3\.7\.0\.json:\d+:\d+ {2}changes\[0\]\.category {2}"bugfix" is not one of added\|changed\|deprecated\|removed\|fixed\|security/);
      expect(out).toMatch(/content\/radar\/blips\/canary-releases\.md:\d+:\d+ {2}quadrant {2}.*"gadgets"/);
      expect(out).toMatch(/✖ 4 errors and \d+ warnings in \d+ files/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--strict makes overdue reviews errors and exits 1', () => {
    // A copy of a fixture with one page last reviewed long ago, so it is overdue.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-check-'));
    try {
      fs.cpSync(path.join(repo, 'tests/fixtures/every-area'), path.join(dir, 'content'), { recursive: true });
      fs.cpSync(path.join(repo, 'src/components/mdx'), path.join(dir, 'src/components/mdx'), { recursive: true });
      const page = path.join(dir, 'content/handbook/guides/on-call.md');
      fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace(/^last_reviewed: .*$/m, 'last_reviewed: 2025-10-02'));
      const res = spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts'), '--strict', '--root', dir], { encoding: 'utf8', env });
      expect(res.status).toBe(1);
      // Named at last_reviewed, the line to change once the page is reviewed, with what to do.
      expect(res.stdout).toMatch(
        /content\/handbook\/guides\/on-call\.md:\d+:1 {2}last_reviewed {2}review was due on 2026-04-02 \(\d+ days ago\); owner: [^;]+; once the page is reviewed, set last_reviewed to the day it was/,
      );
      expect(res.stdout).toMatch(/✖ \d+ errors and 0 warnings/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--format github prints one workflow command per problem, on its file, line and column', () => {
    const dir = brokenCopy();
    try {
      const res = spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts'), '--root', dir, '--format', 'github'], { encoding: 'utf8', env });
      expect(res.status).toBe(1);
      const cmds = res.stdout.split('\n').filter((l) => l.startsWith('::'));
      expect(cmds.filter((l) => l.startsWith('::error ')).length).toBe(4);
      expect(cmds).toContainEqual(
        expect.stringMatching(/^::error file=content\/handbook\/guides\/deploying\.md,line=\d+,col=1,title=status \(content check\)::status: "publshed" is not one of draft\|published\|superseded\|retired: did you mean "published"\?$/),
      );
      expect(cmds).toContainEqual(
        expect.stringMatching(/^::error file=content\/releases\/payments\/3\.7\.0\.json,line=\d+,col=\d+,title=changes\[0\]\.category \(content check\)::changes\[0\]\.category: "bugfix" is not one of/),
      );
      // Overdue reviews are warnings on the PR, not errors.
      expect(cmds.some((l) => /^::warning file=content\/handbook\/[^,]+,line=\d+,col=1,title=(last_reviewed|review_in|review_by) \(content check\)::(last_reviewed|review_in|review_by): review was due on/.test(l))).toBe(true);
      expect(res.stdout).toMatch(/✖ 4 errors and \d+ warnings in \d+ files/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--format json prints only a JSON report of every problem', () => {
    const dir = brokenCopy();
    try {
      const res = spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts'), '--root', dir, '--format', 'json'], { encoding: 'utf8', env });
      expect(res.status).toBe(1);
      const report = JSON.parse(res.stdout);
      expect(report.errors).toBe(4);
      expect(report.warnings).toBe(report.issues.length - 4);
      expect(report.issues).toContainEqual({
        file: 'content/handbook/guides/deploying.md',
        line: expect.any(Number),
        column: 1,
        field: 'status',
        severity: 'error',
        message: '"publshed" is not one of draft|published|superseded|retired: did you mean "published"?',
      });
      expect(report.notes).toContainEqual(expect.stringMatching(/^Reviews: \d+ overdue/));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown --format', () => {
    const res = spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts'), '--format', 'xml'], { cwd: repo, encoding: 'utf8', env });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('--format must be one of text|github|json, not "xml"');
  });

  it('checks as a preview build does under HANDBOOK_PREVIEW=1 (drafts included), and refuses a value it does not know', () => {
    // A new adopter's trial (2 December 2026): only --drafts did, so the check beside a preview build checked less.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-preview-'));
    try {
      fs.cpSync(path.join(repo, 'tests/fixtures/handbook-only'), path.join(dir, 'content'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'content/handbook/guides/plans.md'),
        '---\ntitle: Plans\ndescription: Plans.\nowner: Platform team\nstatus: draft\nlast_reviewed: 2026-11-01\nreview_in: 1 year\n---\nText.\n',
      );
      fs.appendFileSync(path.join(dir, 'content/handbook/guides/index.md'), '\nSee [the plans](/handbook/guides/plans/).\n');
      const run = (preview: string) =>
        spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts'), '--root', dir], { encoding: 'utf8', env: { ...env, HANDBOOK_CONTENT_DIR: '', HANDBOOK_PREVIEW: preview } });
      expect(run('').status).toBe(1);
      expect(run('1').status).toBe(0);
      const bad = run('maybe');
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('"maybe" is not 1, true, 0 or false');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects unknown options with the usage', () => {
    const res = spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts'), '--strcit'], { cwd: repo, encoding: 'utf8', env });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('Unknown option --strcit: did you mean --strict?');
    // `--format=json` is `--format json` (a new adopter's trial, 2 December 2026: it was an unknown option).
    const json = spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts'), '--format=json'], { cwd: repo, encoding: 'utf8', env });
    expect(JSON.parse(json.stdout)).toHaveProperty('issues');
    expect(spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts'), '--since'], { cwd: repo, encoding: 'utf8', env }).stderr).toContain('--since needs a git ref, e.g. --since origin/main');
  });

  it('--since <ref> compares the history of a content directory that is a git repository of its own', () => {
    // A new adopter's trial (1 December 2026): git ran in the engine's repository, found no release files changed,
    // and the rule passed a release moved without a higher sequence.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-own-repo-'));
    const content = path.join(dir, 'our-handbook');
    const git = gitIn(content);
    try {
      fs.mkdirSync(path.join(dir, 'engine'));
      fs.cpSync(path.join(repo, 'tests/fixtures/machine-outputs'), content, { recursive: true });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-q', '-m', 'plan');
      const file = path.join(content, 'releases/payments/1.1.0.json');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"planned": "2026-12-01"', '"planned": "2026-11-28"'));
      const res = spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts'), '--root', path.join(dir, 'engine'), '--since', 'HEAD'], {
        encoding: 'utf8',
        env: { ...env, HANDBOOK_CONTENT_DIR: content },
      });
      expect(res.status).toBe(1);
      expect(res.stdout).toMatch(/our-handbook\/releases\/payments\/1\.1\.0\.json:8:17 {2}revision\.sequence {2}dates\.planned changed from "2026-12-01" to "2026-11-28" since HEAD/);
      // In GitHub Actions with the content repository as the workspace, annotations name files from its root.
      const gh = spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts'), '--root', path.join(dir, 'engine'), '--since', 'HEAD', '--format', 'github'], {
        encoding: 'utf8',
        env: { ...env, HANDBOOK_CONTENT_DIR: content, GITHUB_WORKSPACE: content },
      });
      expect(gh.stdout).toMatch(/^::error file=releases\/payments\/1\.1\.0\.json,line=8,col=17,/m);
      // So do the messages, and the text and JSON the workflow copies into the job summary: a path the engine writes
      // into a message (here, where it looked for a picture) was `../our-handbook/handbook/nothere.png` (a new
      // adopter's trial, 2 December 2026). A path the editor wrote stays as written.
      fs.appendFileSync(path.join(content, 'handbook/accessibility.md'), '\n![A chart](nothere.png) and [up](../x.md)\n');
      const ghEnv = { ...env, HANDBOOK_CONTENT_DIR: content, GITHUB_WORKSPACE: content };
      const run = (...a: string[]) => spawnSync(process.execPath, [runTs, path.join(repo, 'scripts/check.ts'), '--root', path.join(dir, 'engine'), ...a], { encoding: 'utf8', env: ghEnv });
      const picture = 'file not found: expected handbook/nothere.png (the path is relative to the page\'s file)';
      expect(run('--format', 'github').stdout).toContain(picture);
      const text = run().stdout;
      expect(text).toContain(`handbook/accessibility.md`);
      expect(text).toContain(picture);
      expect(text).toContain('"../x.md"');
      expect(text).not.toContain('our-handbook');
      const json = JSON.parse(run('--format', 'json').stdout) as { issues: { file: string; message: string }[] };
      expect(json.issues.find((i) => i.message.includes('nothere.png'))).toMatchObject({ file: 'handbook/accessibility.md', message: expect.stringContaining(picture) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--since <ref>: a release moved without a higher revision.sequence is an error; raising it passes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-since-'));
    const git = gitIn(dir);
    const check = checkIn(dir);
    try {
      fs.cpSync(path.join(repo, 'tests/fixtures/machine-outputs'), path.join(dir, 'content'), { recursive: true });
      git('init', '-q');
      git('add', '-A');
      git('commit', '-q', '-m', 'plan');
      const file = path.join(dir, 'content/releases/payments/1.1.0.json');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"planned": "2026-12-01"', '"planned": "2026-11-28"'));
      const moved = check('--since', 'HEAD');
      expect(moved.status).toBe(1);
      expect(moved.stdout).toContain(
        'content/releases/payments/1.1.0.json:8:17  revision.sequence  dates.planned changed from "2026-12-01" to "2026-11-28" since HEAD, ' +
          'but the sequence is still 1: add `"revision": { "sequence": 2, "updated": "<the date and time now, UTC, as YYYY-MM-DDThh:mm:ssZ>" }` so calendar subscribers get the change',
      );
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"sequence": 1', '"sequence": 2'));
      expect(check('--since', 'HEAD').status).toBe(0);
      // Without --since the rule compares with HEAD when it can; with no repository it is skipped without a note,
      // which was printed on every check of a handbook kept outside git (an adopter's trial, 1 December 2026).
      fs.rmSync(path.join(dir, '.git'), { recursive: true, force: true });
      const plain = check();
      expect(plain.status).toBe(0);
      expect(plain.stdout).not.toContain('Release revisions not compared');
      // Asked for by name, a comparison that cannot happen is an error, not a note that lets the check pass.
      const unknown = check('--since', 'origin/no-such-branch');
      expect(unknown.status).toBe(1);
      expect(unknown.stdout).toContain(
        'content  --since  content is not in a git repository (or git is not installed), so nothing this change does can be compared with "origin/no-such-branch" (moved, deleted or unpublished pages, deleted or rescheduled releases): ' +
          'run the check in a clone of the content\'s repository, or leave out --since',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--since <ref> that cannot be compared is an error for a handbook with no releases too', () => {
    // A new adopter's trial (2 December 2026): with no releases area, --since origin/main in a clone without origin
    // passed, and the moved-page rules were silently off.
    const { dir, git, check } = committedCopy('handbook-only', 'handbook-since-');
    try {
      expect(check('--since', 'main').status).toBe(0);
      const res = check('--since', 'origin/main');
      expect(res.status).toBe(1);
      expect(res.stdout).toContain(
        'content  --since  "origin/main" is not a git commit in the repository that holds content, so nothing this change does can be compared with it (moved, deleted or unpublished pages, deleted or rescheduled releases): ' +
          'fetch it first (actions/checkout with fetch-depth: 0) or name a branch, tag or commit that exists there; branches there: ',
      );
      // A slip in a local branch's name is told the branch meant (a new adopter's trial, 3 December 2026).
      expect(check('--since', 'mian').stdout).toContain('; branches there: main (did you mean "main"?)');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--since <ref>: deleting a blip that a published edition holds is an error; one only in a draft may go', () => {
    // A new adopter's trial (3 December 2026): the published edition was rewritten without a word.
    const { dir, git, check } = committedCopy('machine-outputs', 'handbook-blip-deleted-');
    try {
      git('checkout', '-q', '-b', 'tidy');
      fs.rmSync(path.join(dir, 'content/radar/blips/c.md'));
      const res = check('--since', 'main');
      expect(res.status).toBe(1);
      expect(res.stdout).toContain(
        'content/radar/blips/c.md  deleted since main, but blip "c" is in published edition 2026-10: a published edition stays as it was published — ' +
          'restore the file; to take the blip off the radar, retire it in a draft edition (npm run radar -- retire c --edition <draft> --reason "…")',
      );
      // A blip added in a draft edition and then dropped is no published record.
      git('checkout', '-q', '--', '.');
      writeDraftBlip(path.join(dir, 'content'), 'zig', 'Zig');
      git('add', '-A');
      git('commit', '-q', '-m', 'draft zig');
      git('checkout', '-q', '-b', 'drop-zig');
      fs.rmSync(path.join(dir, 'content/radar/blips/zig.md'));
      expect(check('--since', 'tidy').stdout).not.toContain('deleted since');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--since <ref>: deleting a shipped release is an error, an unshipped one a warning; a release added or rescheduled on the target branch since is neither', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-deleted-'));
    const git = gitIn(dir);
    const check = checkIn(dir);
    const releases = path.join(dir, 'content/releases/payments');
    try {
      fs.cpSync(path.join(repo, 'tests/fixtures/machine-outputs'), path.join(dir, 'content'), { recursive: true });
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('commit', '-q', '-m', 'plan');
      git('checkout', '-q', '-b', 'tidy');
      fs.rmSync(path.join(releases, '1.0.0.json'));
      fs.rmSync(path.join(releases, '1.1.0.json'));
      const res = check('--since', 'main');
      expect(res.status).toBe(1);
      expect(res.stdout).toContain(
        'content/releases/payments/1.0.0.json  status  deleted since main, but payments 1.0.0 shipped (status "released"): a released version stays in the changelog, the release pages and the calendar — ' +
          'restore the file; if the version must not be used, set its status to "yanked"',
      );
      expect(res.stdout).toContain(
        'content/releases/payments/1.1.0.json  status  warning: deleted since main: calendars that imported payments 1.1.0 keep its event — restore the file and set its status to "cancelled" ' +
          '(raising revision.sequence), so subscribers see it cancelled',
      );
      git('checkout', '-q', '--', '.');
      const text = fs.readFileSync(path.join(releases, '1.1.0.json'), 'utf8');
      // A release added on main after this branch forked is not one this branch deleted, and one rescheduled there is
      // not this branch's change (the merge base is compared, not main's tip).
      git('checkout', '-q', 'main');
      fs.writeFileSync(path.join(releases, '1.3.0.json'), text.replace(/1\.1\.0/g, '1.3.0'));
      fs.writeFileSync(path.join(releases, '1.1.0.json'), text.replace('"planned": "2026-12-01"', '"planned": "2026-11-28"').replace('"sequence": 1', '"sequence": 2'));
      git('add', '-A');
      git('commit', '-q', '-m', 'plan 1.3.0');
      git('checkout', '-q', 'tidy');
      const behind = check('--since', 'main');
      expect(behind.stdout).not.toContain('deleted since main');
      expect(behind.stdout).not.toContain('revision.sequence');
      expect(behind.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--since <ref>: a page renamed only in capitals is told to keep its old name, not to add a redirect the check refuses', () => {
    // A new adopter's trial (2 December 2026): "add redirect_from", then "differs only in capitals: remove it", in turn.
    const { dir, git, check } = committedCopy('handbook-only', 'handbook-case-rename-');
    try {
      git('checkout', '-q', '-b', 'rename');
      git('mv', 'content/handbook/guides/on-call.md', 'content/handbook/guides/On-Call.md');
      const out = check('--since', 'main').stdout;
      expect(out).toContain(
        'content/handbook/guides/On-Call.md:4:1  redirect_from  warning: this page was at /handbook/guides/on-call/ on main (content/handbook/guides/on-call.md); its new name changes the address only in capitals (/handbook/guides/On-Call/), which most hosts treat as another address, so links and bookmarks to the old one will break, and redirect_from cannot keep it (on macOS and Windows the two would be one file): keep the file\'s old name, on-call.md',
      );
      expect(out).not.toContain('add `redirect_from');
      expect(out).toContain('(rename it before the page is published: the old address differs only in capitals, which redirect_from cannot keep)');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--since <ref>: an old address the base kept with redirect_from, dropped or left behind by a second move, is a warning', () => {
    // A new adopter's trial (2 December 2026): deleting the redirect_from line, or moving the page again with only
    // its latest address, took a published address off the site without a word.
    const { dir, git, check } = committedCopy('handbook-only', 'handbook-lost-redirect-');
    const guides = path.join(dir, 'content/handbook/guides');
    const dropped = (file: string, advice = "add `redirect_from: /handbook/old-on-call/` to this page's front matter") =>
      `/handbook/old-on-call/ led to this page on main (redirect_from in ${file}), and no page keeps that address now, ` +
      `so links and bookmarks to it will break: ${advice}`;
    try {
      const text = fs.readFileSync(path.join(guides, 'on-call.md'), 'utf8').replace(/\n---\n/, '\nredirect_from: /handbook/old-on-call/\n---\n');
      fs.writeFileSync(path.join(guides, 'on-call.md'), text);
      git('commit', '-q', '-a', '-m', 'keep the old address');
      git('checkout', '-q', '-b', 'change');
      expect(check('--since', 'main').stdout).not.toContain('led to this page');
      // The key given twice: the file's own error, and no claim that its file is gone or its address lost (a new
      // adopter's trial, 2 December 2026).
      fs.writeFileSync(path.join(guides, 'on-call.md'), text.replace('\n---\n', '\nredirect_from: /handbook/old-on-call/\n---\n'));
      const twiceGiven = check('--since', 'main').stdout;
      expect(twiceGiven).toContain('"redirect_from" is given twice');
      expect(twiceGiven).not.toContain('led to this page');
      expect(twiceGiven).not.toContain('is gone');
      // The line deleted: the warning is on the page, at its title (it has no redirect_from line any more).
      fs.writeFileSync(path.join(guides, 'on-call.md'), text.replace('redirect_from: /handbook/old-on-call/\n', ''));
      expect(check('--since', 'main').stdout).toContain(`content/handbook/guides/on-call.md:4:1  redirect_from  warning: ${dropped('content/handbook/guides/on-call.md')}`);
      // Moved again, keeping only the address it had on main: the first address is still lost, on the new file's
      // redirect_from line.
      fs.rmSync(path.join(guides, 'on-call.md'));
      fs.writeFileSync(path.join(guides, 'rota.md'), text.replace('redirect_from: /handbook/old-on-call/', 'redirect_from: /handbook/guides/on-call/'));
      const twice = check('--since', 'main');
      // The page has a redirect_from already: told the whole value to write, not a second redirect_from field, which
      // is "given twice" (a new adopter's trial, 2 December 2026).
      expect(twice.stdout).toContain(
        `content/handbook/guides/rota.md:7:1  redirect_from  warning: ${dropped('content/handbook/guides/on-call.md', 'add it to this page\'s redirect_from, which lists every address kept: redirect_from: ["/handbook/guides/on-call/", "/handbook/old-on-call/"]')}`,
      );
      expect(twice.stdout).not.toContain('this page was at /handbook/guides/on-call/');
      // Carrying both addresses keeps them.
      fs.writeFileSync(path.join(guides, 'rota.md'), text.replace('redirect_from: /handbook/old-on-call/', 'redirect_from: [/handbook/old-on-call/, /handbook/guides/on-call/]'));
      expect(check('--since', 'main').stdout).not.toContain('no page keeps that address');
      // A page renamed (as git sees it) into a file whose front matter does not load moved there all the same: it is
      // not "gone", to be replaced by another page.
      git('mv', 'content/handbook/guides/deploying.md', 'content/handbook/guides/deploy.md');
      const deploy = path.join(guides, 'deploy.md');
      fs.writeFileSync(deploy, fs.readFileSync(deploy, 'utf8').replace(/^owner: .*\n/m, 'owner: [Platform\n'));
      expect(check('--since', 'main').stdout).toContain(
        'content/handbook/guides/deploy.md  redirect_from  warning: this page was at /handbook/guides/deploying/ on main (content/handbook/guides/deploying.md), and no page keeps that address now, so links and bookmarks to it will break: once its front matter is fixed, add `redirect_from: /handbook/guides/deploying/` to it',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--since <ref> (default HEAD): a page moved or deleted without keeping its address is a warning on its new file; redirect_from keeps it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-lost-'));
    const git = gitIn(dir);
    const check = checkIn(dir);
    const guides = path.join(dir, 'content/handbook/guides');
    const moved = (url: string, from: string, where = 'on main') =>
      `this page was at ${url} ${where} (${from}), and no page keeps that address now, so links and bookmarks to it will break: ` +
      `add \`redirect_from: ${url}\` to this page's front matter`;
    try {
      fs.cpSync(path.join(repo, 'tests/fixtures/handbook-only'), path.join(dir, 'content'), { recursive: true });
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('commit', '-q', '-m', 'first');
      git('checkout', '-q', '-b', 'move');
      // Moved with a plain file move (not known to git yet), without redirect_from; another page deleted outright.
      const text = fs.readFileSync(path.join(guides, 'on-call.md'), 'utf8');
      fs.rmSync(path.join(guides, 'on-call.md'));
      fs.writeFileSync(path.join(guides, 'rota.md'), text);
      fs.rmSync(path.join(dir, 'content/handbook/accessibility.md'));
      fs.appendFileSync(path.join(guides, 'index.md'), '\nSee [the accessibility statement](/handbook/accessibility/).\n');
      const res = check('--since', 'main');
      expect(res.stdout).toMatch(
        /content\/handbook\/guides\/index\.md:\d+:5 {2}link {2}"\/handbook\/accessibility\/" is not a page on this site any more: this change removed content\/handbook\/accessibility\.md; link to the page that replaces it, or keep the address with redirect_from on that page/,
      );
      // On the new file's title line (line 4: the front matter opens with two comment lines), where the fix goes.
      expect(res.stdout).toContain(`content/handbook/guides/rota.md:4:1  redirect_from  warning: ${moved('/handbook/guides/on-call/', 'content/handbook/guides/on-call.md')}`);
      // A page still linking to the old address is told where the page went.
      expect(res.stdout).toContain(
        'content/handbook/guides/deploying.md:12:11  link  "/handbook/guides/on-call/#who-is-on-call" is not a page on this site any more: this change moved it to ' +
          '/handbook/guides/rota/ (content/handbook/guides/rota.md) without keeping its old address; link to "/handbook/guides/rota/#who-is-on-call"',
      );
      expect(res.stdout).toContain(
        'content/handbook/accessibility.md  redirect_from  warning: this page was published at /handbook/accessibility/ on main and its file is gone; ' +
          'no page has or keeps that address now, so links and bookmarks to it will break: if another page replaces it, add `redirect_from: /handbook/accessibility/` to that page\'s front matter',
      );
      // Keeping the old address on the moved page answers it; so does a page at the same address (.md → .mdx).
      fs.writeFileSync(path.join(guides, 'rota.md'), text.replace(/\n---\n/, '\nredirect_from: /handbook/guides/on-call/\n---\n'));
      git('checkout', '-q', '--', 'content/handbook/accessibility.md');
      fs.renameSync(path.join(guides, 'deploying.md'), path.join(guides, 'deploying.mdx'));
      const kept = check('--since', 'main');
      expect(kept.stdout).not.toContain('no page keeps that address');
      expect(kept.stdout).not.toContain('no page has or keeps that address');
      // A rename git knows (git mv) is followed even when the title changed too.
      fs.writeFileSync(path.join(guides, 'rota.md'), text);
      git('add', '-A');
      git('mv', 'content/handbook/guides/rota.md', 'content/handbook/guides/duty.md');
      fs.writeFileSync(path.join(guides, 'duty.md'), text.replace('title: On call', 'title: Duty rota'));
      expect(check('--since', 'main').stdout).toContain(`content/handbook/guides/duty.md:4:1  redirect_from  warning: ${moved('/handbook/guides/on-call/', 'content/handbook/guides/on-call.md')}`);
      // Without --since the check compares with HEAD: a move not committed yet is reported, a committed one is not.
      git('add', '-A');
      git('commit', '-q', '-m', 'rota');
      fs.renameSync(path.join(guides, 'duty.md'), path.join(guides, 'rota.md'));
      expect(check().stdout).toContain(
        `content/handbook/guides/rota.md:4:1  redirect_from  warning: ${moved('/handbook/guides/duty/', 'content/handbook/guides/duty.md', 'in the last commit')}`,
      );
      git('add', '-A');
      git('commit', '-q', '-m', 'move');
      expect(check().stdout).not.toContain('no page keeps that address');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--since <ref>: a page a change makes draft or retired loses its address like a deleted one: a warning at its status line', () => {
    const { dir, git, check } = committedCopy('handbook-only', 'handbook-lost-');
    try {
      git('checkout', '-q', '-b', 'retire');
      const page = path.join(dir, 'content/handbook/guides/on-call.md');
      fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace(/^title: (.*)$/m, 'title: $1\nstatus: retired'));
      const out = check('--since', 'main').stdout;
      expect(out).toMatch(
        /content\/handbook\/guides\/on-call\.md:\d+:1 {2}status {2}warning: "retired" takes this page off \/handbook\/guides\/on-call\/, where it was published on main, and no page keeps that address, so links and bookmarks to it will break: if another page replaces it, use status: superseded with superseded_by/,
      );
      expect(out).toContain(
        'content/handbook/guides/deploying.md:12:11  link  "/handbook/guides/on-call/#who-is-on-call" is not a page on this site any more: this change made content/handbook/guides/on-call.md retired; link to the page that replaces it, or keep the address with redirect_from on that page',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
