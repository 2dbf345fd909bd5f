// A real `astro build` of a fixture handbook (a copy of tests/fixtures/every-area) with one bad input: it must fail
// with our message and write nothing.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../../scripts/lib/project';
import { buildContentDir, copyFixture, removeCopy, tempOutDir } from '../support/fixtures';

function edit(dir: string, file: string, change: (text: string) => string) {
  const p = path.join(dir, file);
  const before = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '';
  const after = change(before);
  if (after === before) throw new Error(`the fixture edit changed nothing in ${file}`);
  fs.writeFileSync(p, after);
}

const PAGE = 'handbook/guides/deploying.md';

// [what is wrong, the edit, the message the build must print]
const cases: [string, (dir: string) => void, RegExp][] = [
  [
    'front matter that is not valid YAML',
    (d) => edit(d, PAGE, (t) => t.replace(/^owner: (.*)$/m, 'owner: [$1')),
    /\/handbook\/guides\/deploying\.md:\d+:8 {2}owner {2}front matter is not valid YAML: the list that opens with "\[" here is never closed/,
  ],
  [
    'a missing title',
    (d) => edit(d, PAGE, (t) => t.replace(/^title: .*\n/m, '')),
    /\/handbook\/guides\/deploying\.md:1 {2}title {2}is required: add `title: …` \(text\)/,
  ],
  [
    'an unknown status',
    (d) => edit(d, PAGE, (t) => t.replace(/^(title: .*)$/m, '$1\nstatus: publshed')),
    /\/handbook\/guides\/deploying\.md:\d+:1 {2}status {2}"publshed" is not one of draft\|published\|superseded\|retired/,
  ],
  [
    'a review_by that is not a date',
    (d) => edit(d, PAGE, (t) => t.replace(/^review_in: .*$/m, 'review_by: next spring')),
    /\/handbook\/guides\/deploying\.md:\d+:1 {2}review_by {2}"next spring" is not a date: expected YYYY-MM-DD/,
  ],
  [
    'a review_in that does not parse',
    (d) => edit(d, PAGE, (t) => t.replace(/^review_in: .*$/m, 'review_in: half a year')),
    /\/handbook\/guides\/deploying\.md:\d+:1 {2}review_in {2}"half a year" is not a review interval/,
  ],
  [
    'superseded_by naming a page that does not exist',
    (d) => edit(d, 'handbook/guides/change-advisory-board.md', (t) => t.replace(/^superseded_by: .*$/m, 'superseded_by: guides/no-such-page')),
    /\/handbook\/guides\/change-advisory-board\.md:\d+:1 {2}superseded_by {2}"guides\/no-such-page" is not a page/,
  ],
  [
    'two pages with the same URL',
    (d) => fs.copyFileSync(path.join(d, 'handbook/guides/index.md'), path.join(d, 'handbook/guides.md')),
    /has the same URL \/handbook\/guides\/ as \S+\/handbook\/guides/,
  ],
  [
    'release data with an unknown change category',
    (d) => edit(d, 'releases/payments/3.7.0.json', (t) => t.replace('"category": "changed"', '"category": "bugfix"')),
    /\/releases\/payments\/3\.7\.0\.json:\d+:\d+ {2}changes\[0\]\.category {2}"bugfix" is not one of added\|changed\|deprecated\|removed\|fixed\|security/,
  ],
  [
    'a radar blip in an unknown ring',
    (d) => edit(d, 'radar/blips/canary-releases.md', (t) => t.replace('ring: trial', 'ring: pilot')),
    /\/radar\/blips\/canary-releases\.md:\d+:\d+ {2}history\[1\]\.ring {2}"pilot"/,
  ],
];

describe('astro build with bad content', () => {
  it.each(cases)('stops on %s: prints file, field and what is allowed, and writes no dist/', async (_what, breakIt, message) => {
    const copy = copyFixture('every-area');
    try {
      breakIt(path.join(REPO, copy));
      const res = await buildContentDir(copy, tempOutDir('build-fails'));
      expect(res.status).not.toBe(0);
      expect(res.output).toMatch(message);
      expect(res.output).toContain('Nothing was built.');
      expect(fs.readdirSync(res.dist)).toEqual([]);
    } finally {
      removeCopy(copy);
    }
  }, 300_000);
});
