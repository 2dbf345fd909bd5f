// A radar still being written (radar.yaml with drafts only, or no editions yet) is not an error: its files are
// checked, it has no pages until an edition is published, and what points at it is told why.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from './index';
import { formatIssue } from '../shared/errors';

let root: string;
const file = (rel: string) => path.join(root, 'content', rel);
const edit = (rel: string, change: (t: string) => string) => fs.writeFileSync(file(rel), change(fs.readFileSync(file(rel), 'utf8')));

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'radar-unpublished-'));
  fs.cpSync(path.resolve(__dirname, '../../../tests/fixtures/every-area'), path.join(root, 'content'), { recursive: true });
  // Every edition a draft; blips keep their history (a first radar being written over several pull requests).
  edit('radar/radar.yaml', (t) => t.replace(/^(  - id: "\d{4}-\d{2}"\n)(?:    state: .*\n)?/gm, '$1    state: draft\n'));
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('a radar with no published edition', () => {
  it('has no radar errors of its own, and a note says how to publish it', () => {
    const res = runChecks(root, { today: '2026-12-01' });
    expect(res.issues.filter((i) => i.file.startsWith('content/radar/')).map(formatIssue)).toEqual([]);
    expect(res.notes).toContainEqual(expect.stringMatching(/^Radar: content\/radar\/radar\.yaml has no published edition yet, so the radar has no pages, in previews too: publish a draft edition with npm run radar -- edition publish <id>/));
  });

  it('tells a link to its pages why it has nowhere to go', () => {
    // Its MDX components are given the same reason (absent() in ./index.ts); they are not listed in this temporary
    // project, which lacks the engine's component files.
    const res = runChecks(root, { today: '2026-12-01' });
    const links = res.issues.filter((i) => i.field === 'link' && i.file.startsWith('content/handbook/')).map(formatIssue);
    expect(links).toEqual([
      'content/handbook/index.md:11:37  link  "/radar/" is not a page on this site: the radar has no published edition yet, so it has no pages: remove the link until one is published (npm run radar -- edition publish <id>)',
    ]);
  });
});
