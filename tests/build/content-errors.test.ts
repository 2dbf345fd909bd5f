// A real build of a fixture handbook with three kinds of content error and a warning: grouped errors, one summary line, no stack.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, REPO } from '../../scripts/lib/project';
import { buildContentDir, copyFixture, editCopy, removeCopy, tempOutDir, type BuildResult } from '../support/fixtures';

let copy: string;
let build: BuildResult;

const edit = (rel: string, change: (text: string) => string) => editCopy(copy, rel, change);

function write(rel: string, text: string): void {
  const file = path.join(REPO, copy, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

beforeAll(async () => {
  copy = copyFixture('handbook-only');
  // 1. A YAML syntax error: an unclosed list in the title.
  edit('handbook/guides/deploying.md', (t) => t.replace('title: Deploying a service', 'title: [Deploying a service'));
  // 2. A required value left out (title: description, owner and last_reviewed may be, tests/engine/front-matter.test.ts).
  edit('handbook/guides/on-call.md', (t) => t.replace(/^title: .*\n/m, ''));
  // 3. A version with a leading zero.
  write(
    'components.yaml',
    '- id: payments\n  name: Payments\n  description: Takes payments.\n  owner: Payments team\n  repository: https://example.org/payments\n',
  );
  write(
    'releases/payments/01.2.0.json',
    JSON.stringify({ component: 'payments', version: '01.2.0', title: 'Payments 1.2', releaseType: 'minor', stage: 'ga', status: 'planned' }, null, 2) + '\n',
  );
  // 4. And one warning, which is printed and counted as a warning: no accessibility statement.
  edit('site.yaml', (t) => t.replace('pages:\n  accessibility_statement: accessibility\n', ''));
  build = await buildContentDir(copy, tempOutDir('content-errors'));
}, 300_000);

afterAll(() => {
  if (copy) removeCopy(copy);
});

describe('a build that fails on content', () => {
  it('fails and writes nothing', () => {
    expect(build.status).not.toBe(0);
    expect(fs.existsSync(path.join(build.dist, 'index.html'))).toBe(false);
  });

  it('prints every error under its file, with line, field and what to do', () => {
    const lines = build.output.split('\n').map((l) => l.replace(/^\S+ \[ERROR\] \[handbook:content-check\] /, ''));
    const at = (s: string) => lines.indexOf(s);
    const deploying = `${copy}/handbook/guides/deploying.md`;
    const onCall = `${copy}/handbook/guides/on-call.md`;
    const release = `${copy}/releases/payments/01.2.0.json`;
    expect(at(deploying)).toBeGreaterThanOrEqual(0);
    expect(lines[at(deploying) + 1]).toBe(
      `  ${deploying}:2:8  title  front matter is not valid YAML: the list that opens with "[" here is never closed: ` +
        'end it with "]" on the same line, or put the whole value in quotes if the "[" is part of the text',
    );
    expect(lines[at(onCall) + 1]).toBe(`  ${onCall}:1  title  is required: add \`title: …\` (text)`);
    expect(lines[at(release) + 1]).toBe(
      `  ${release}:3:3  version  "01.2.0" has a leading zero in its major number (01): SemVer 2.0 §2 says MAJOR, MINOR and PATCH ` +
        'are non-negative integers that must not have leading zeros — write 1.2.0',
    );
  });

  it('prints a warning, and the name of a file that has only warnings, as warnings', () => {
    const site = `${copy}/site.yaml`;
    expect(build.output).toContain(`[WARN] [handbook:content-check] ${site}\n`);
    expect(build.output).toMatch(
      new RegExp(`\\[WARN\\] \\[handbook:content-check\\]   ${site}  pages\\.accessibility_statement  warning: is not set: a public sector website must publish`),
    );
    expect(build.output).not.toMatch(/\[ERROR\][^\n]*site\.yaml/);
  });

  it('ends with one summary line and no "unhandled error" or stack trace after it', () => {
    const summaries = build.output.split('\n').filter((l) => l.includes('✖'));
    expect(summaries).toHaveLength(1);
    // Counted as `npm run check` counts: until 1 December 2026 the build said "0 warnings" while printing warnings.
    expect(summaries[0]).toMatch(/✖ 3 errors and 1 warning in 4 files, listed above\. Nothing was built\.$/);
    expect(build.output).not.toMatch(/unhandled error|Stack trace|\n\s+at /i);
    expect(build.output.trimEnd().endsWith('Nothing was built.')).toBe(true);
  });

  it('ends on the summary line under `npm run build` too, read as a terminal shows it (both streams in one)', async () => {
    // One file for stdout and stderr, as a terminal interleaves them: scripts/build.mjs passed stderr straight through
    // while reading stdout line by line, so the error summary came out before the warnings printed ahead of it.
    const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'build-log-')), 'out.txt');
    const fd = fs.openSync(log, 'w');
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['scripts/build.mjs', '--outDir', tempOutDir('content-errors-npm')], {
        cwd: REPO,
        env: buildEnv({ HANDBOOK_CONTENT_DIR: copy, NO_COLOR: '1' }),
        stdio: ['ignore', fd, fd],
      });
      child.on('exit', resolve);
    });
    fs.closeSync(fd);
    const lines = fs.readFileSync(log, 'utf8').split('\n').filter((l) => l.trim());
    fs.rmSync(path.dirname(log), { recursive: true, force: true });
    expect(code).not.toBe(0);
    expect(lines.at(-1)).toMatch(/✖ 3 errors and 1 warning in 4 files, listed above\. Nothing was built\.$/);
  }, 300_000);
});
