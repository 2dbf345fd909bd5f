// A real `astro build` of a copy of the project with one bad input: it must fail with our message and write nothing.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { astroBuild, copyProject } from '../../scripts/lib/project';

function edit(dir: string, file: string, change: (text: string) => string) {
  const p = path.join(dir, file);
  const before = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '';
  const after = change(before);
  if (after === before) throw new Error(`the fixture edit changed nothing in ${file}`);
  fs.writeFileSync(p, after);
}

const VISION = 'content/handbook/strategy/vision.md';

// [what is wrong, the edit, the message the build must print]
const cases: [string, (dir: string) => void, RegExp][] = [
  [
    'front matter that is not valid YAML',
    (d) => edit(d, VISION, (t) => t.replace(/^owner: (.*)$/m, 'owner: [$1')),
    /content\/handbook\/strategy\/vision\.md:\d+:8 {2}owner {2}front matter is not valid YAML: the list that opens with "\[" here is never closed/,
  ],
  [
    'a missing title',
    (d) => edit(d, VISION, (t) => t.replace(/^title: .*\n/m, '')),
    /content\/handbook\/strategy\/vision\.md {2}title {2}is required: add `title: …` \(text\)/,
  ],
  [
    'an unknown status',
    (d) => edit(d, VISION, (t) => t.replace(/^status: .*$/m, 'status: publshed')),
    /content\/handbook\/strategy\/vision\.md:\d+:1 {2}status {2}"publshed" is not one of draft\|published\|superseded\|retired/,
  ],
  [
    'a review_by that is not a date',
    (d) => edit(d, VISION, (t) => t.replace(/^review_in: .*$/m, 'review_by: next spring')),
    /content\/handbook\/strategy\/vision\.md:\d+:1 {2}review_by {2}"next spring" is not a date: expected YYYY-MM-DD/,
  ],
  [
    'a review_in that does not parse',
    (d) => edit(d, VISION, (t) => t.replace(/^review_in: .*$/m, 'review_in: half a year')),
    /content\/handbook\/strategy\/vision\.md:\d+:1 {2}review_in {2}"half a year" is not a review interval/,
  ],
  [
    'superseded_by naming a page that does not exist',
    (d) => edit(d, 'content/handbook/risk-and-recovery/change-advisory-board.md', (t) => t.replace(/^superseded_by: .*$/m, 'superseded_by: strategy/no-such-page')),
    /content\/handbook\/risk-and-recovery\/change-advisory-board\.md:\d+:1 {2}superseded_by {2}"strategy\/no-such-page" is not a page/,
  ],
  [
    'two pages with the same URL',
    (d) => fs.copyFileSync(path.join(d, 'content/handbook/strategy/index.md'), path.join(d, 'content/handbook/strategy.md')),
    /has the same URL \/handbook\/strategy\/ as content\/handbook\/str/,
  ],
  [
    'release data with an unknown change category',
    (d) => edit(d, 'content/releases/payments/3.7.0.json', (t) => t.replace('"category": "changed"', '"category": "bugfix"')),
    /content\/releases\/payments\/3\.7\.0\.json:\d+:\d+ {2}changes\[0\]\.category {2}"bugfix" is not one of added\|changed\|deprecated\|removed\|fixed\|security/,
  ],
  [
    'a radar blip in an unknown ring',
    (d) => edit(d, 'content/radar/blips/canary-releases.md', (t) => t.replace('ring: trial', 'ring: pilot')),
    /content\/radar\/blips\/canary-releases\.md:\d+:\d+ {2}history\[1\]\.ring {2}"pilot"/,
  ],
];

describe('astro build with bad content', () => {
  it.each(cases)('stops on %s: prints file, field and what is allowed, and writes no dist/', (_what, breakIt, message) => {
    const dir = copyProject('mygov-build-');
    try {
      breakIt(dir);
      const res = astroBuild(dir);
      const out = res.stdout + res.stderr;
      expect(res.status).not.toBe(0);
      expect(out).toMatch(message);
      expect(out).toContain('Nothing was built.');
      expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
