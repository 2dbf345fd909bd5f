// An old address (redirect_from) that names a page the site builds is refused, and links to that page are left alone:
// they reach the page. A pull-request trial (3 December 2026) found the check telling every page that linked to the
// existing page to link to the page claiming its address instead.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runChecks } from './index';
import { formatIssue } from '../shared/errors';

const FIXTURE = path.resolve(__dirname, '../../../tests/fixtures/every-area');

/** The check's issues (formatted) for a copy of the every-area fixture with deploying.md's front matter opening with `fields`. */
function checkWith(fields: string) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-check-refused-'));
  try {
    fs.cpSync(FIXTURE, path.join(root, 'content'), { recursive: true });
    const page = path.join(root, 'content/handbook/guides/deploying.md');
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace(/^---\n/, `---\n${fields}`));
    return runChecks(root, { today: '2026-12-02' }).issues;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

describe('a redirect_from refused because a page has that address', () => {
  it('is an error on the page that claims it, and no link to the page that has it is told to change', () => {
    const issues = checkWith('redirect_from:\n  - /handbook/guides/on-call/\n').map(formatIssue);
    expect(issues.filter((i) => i.includes('/handbook/guides/on-call/'))).toEqual([
      'content/handbook/guides/deploying.md:3:5  redirect_from[0]  "/handbook/guides/on-call/" is the URL of the page content/handbook/guides/on-call.md: a redirect cannot replace a page that exists. Remove it, or move that page',
    ]);
  });

  it('is reported in the same run as another mistake in the page\'s front matter, not after it is fixed', () => {
    // A pull-request trial (3 December 2026): "status: supersede" hid the redirect's error until a second round.
    const issues = checkWith('status: publish\nredirect_from:\n  - /handbook/guides/on-call/\n')
      .filter((i) => i.file === 'content/handbook/guides/deploying.md' && i.severity === 'error')
      .map((i) => `${i.line}:${i.column} ${i.field}`);
    expect(issues).toEqual(['2:1 status', '4:5 redirect_from[0]']);
  });
});
