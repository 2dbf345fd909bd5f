// One run of the check reports what it can of a page whose front matter is broken: its own links and the links into
// its headings, beside the front matter's problem, instead of only after the front matter is fixed (a new adopter's
// trial, 1 December 2026: a link to #backupz on a page with a date error appeared only once the date was fixed).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runChecks } from './index';
import { formatIssue } from '../shared/errors';

const FIXTURE = path.resolve(__dirname, '../../../tests/fixtures/handbook-only');

function withFixture(edit: (content: string) => void, run: (root: string) => void): void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-check-one-run-'));
  try {
    fs.cpSync(FIXTURE, path.join(root, 'content'), { recursive: true });
    edit(path.join(root, 'content'));
    run(root);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const editFile = (file: string, change: (t: string) => string) => fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));

describe('a page with broken front matter', () => {
  for (const [kind, breakIt] of [
    ['a date that is not on the calendar', (t: string) => t.replace(/^last_reviewed: .*$/m, 'last_reviewed: 2026-02-30')],
    ['YAML that does not parse', (t: string) => t.replace(/^title: (.*)$/m, 'title: [$1')],
    ['a value the schema refuses', (t: string) => t.replace(/^title: (.*)$/m, 'title: $1\nstatus: publshed')],
  ] as const) {
    it(`with ${kind}: its links and the anchors into it are checked in the same run`, () => {
      withFixture(
        (content) => {
          editFile(path.join(content, 'handbook/guides/deploying.md'), (t) => breakIt(t) + '\nSee [nowhere](/handbook/nowhere/).\n');
          editFile(path.join(content, 'handbook/guides/index.md'), (t) => t + '\nRead [rolling back](/handbook/guides/deploying/#rolling-bak).\n');
        },
        (root) => {
          const got = runChecks(root, { today: '2026-11-27' }).issues.filter((i) => i.severity === 'error').map(formatIssue);
          expect(got.some((m) => m.startsWith('content/handbook/guides/deploying.md:') && !m.includes('link'))).toBe(true);
          expect(got).toContainEqual(expect.stringMatching(/^content\/handbook\/guides\/deploying\.md:\d+:\d+ {2}link {2}"\/handbook\/nowhere\/" is not a page on this site/));
          expect(got).toContainEqual(
            expect.stringMatching(
              /^content\/handbook\/guides\/index\.md:\d+:\d+ {2}link {2}"\/handbook\/guides\/deploying\/#rolling-bak": the page has no heading with the anchor #rolling-bak: did you mean #rolling-back\?$/,
            ),
          );
          // The link to the broken page itself is fine: the page exists, its front matter is what needs fixing.
          expect(got.filter((m) => m.includes('"/handbook/guides/deploying/" is not a page'))).toEqual([]);
        },
      );
    });
  }
});

describe('a link to a page that is there but not published', () => {
  it('says the page is retired or a draft, naming its file, not that no such page exists', () => {
    // A new adopter's trial (2 December 2026): the build's check said only "not a page on this site".
    withFixture(
      (content) => {
        editFile(path.join(content, 'handbook/guides/on-call.md'), (t) => t.replace(/^title: (.*)$/m, 'title: $1\nstatus: retired'));
        editFile(path.join(content, 'handbook/accessibility.md'), (t) => t.replace(/^title: (.*)$/m, 'title: $1\nstatus: draft'));
        editFile(path.join(content, 'handbook/guides/index.md'), (t) => t + '\nSee [on call](/handbook/guides/on-call/) and [access](/handbook/accessibility/).\n');
      },
      (root) => {
        const got = runChecks(root, { today: '2026-11-27' }).issues.map(formatIssue).filter((m) => m.includes('content/handbook/guides/index.md') && m.includes(' link '));
        expect(got.map((m) => m.replace(/^\S+\s+link\s+/, ''))).toEqual(expect.arrayContaining([
          '"/handbook/guides/on-call/" is a retired page (content/handbook/guides/on-call.md), which is not published: link to the page that replaces it (a page that replaces another can keep its address with redirect_from)',
          '"/handbook/accessibility/" is a draft (content/handbook/accessibility.md), which is not published: link to it once it is (status: published), or see it with HANDBOOK_PREVIEW=1',
        ]));
      },
    );
  });
});

describe('site.yaml with mistakes in several fields', () => {
  it('reports the pages it names and its logo file in the same run as its other fields', () => {
    // A new adopter's trial (3 December 2026): a bad url, phase and defaults field hid the mistyped page and the
    // missing logo until a second run.
    withFixture(
      (content) =>
        editFile(path.join(content, 'site.yaml'), (t) =>
          t
            .replace(/^url: .*$/m, 'url: handbook.example.org')
            .replace(/^phase: .*$/m, 'phase: Beta')
            .replace('  accessibility_statement: accessibility', '  accessibility_statement: accesibility')
            .concat('logo:\n  file: brand/logo.svg\n  alt: Example Council\n'),
        ),
      (root) => {
        const fields = runChecks(root, { today: '2026-11-27' })
          .issues.filter((i) => i.file === 'content/site.yaml' && i.severity === 'error')
          .map((i) => i.field);
        expect(fields).toEqual(expect.arrayContaining(['url', 'phase', 'pages.accessibility_statement', 'logo.file']));
      },
    );
  });
});
