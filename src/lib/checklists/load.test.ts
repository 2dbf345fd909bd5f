import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../shared/errors';
import { byDisplayOrder, loadChecklists, loadChecklistsFromFiles } from './load';

const front = (extra = '') =>
  [
    '---',
    'title: Go/no-go readiness',
    'description: Whether a release may go ahead.',
    'owner: Release Manager',
    'review_by: 2026-12-01',
    'effective_from: 2026-01-01',
    extra,
    '---',
  ]
    .filter((l) => l !== '')
    .join('\n');

const file = (name: string, text: string) => ({ path: `content/checklists/${name}.md`, text });

describe('loadChecklistsFromFiles', () => {
  it('builds the model: id from the file name, omitted applies_to means everything, lines count the front matter', () => {
    const r = loadChecklistsFromFiles([file('go-no-go', `${front('order: 2')}\n\n- [ ] Change approved {#change-approved required}\n`)]);
    expect(r.issues).toEqual([]);
    expect(r.checklists).toEqual([
      {
        id: 'go-no-go',
        file: 'content/checklists/go-no-go.md',
        title: 'Go/no-go readiness',
        description: 'Whether a release may go ahead.',
        appliesTo: { stages: ['alpha', 'beta', 'rc', 'ga'], releaseTypes: ['major', 'minor', 'patch', 'emergency'] },
        owner: 'Release Manager',
        reviewBy: '2026-12-01',
        effectiveFrom: '2026-01-01',
        timing: 'before-release',
        order: 2,
        groups: [
          {
            heading: 'Go/no-go readiness',
            slug: 'gono-go-readiness',
            // Front matter is lines 1-8, a blank line 9, the item line 10.
            items: [{ id: 'change-approved', label: 'Change approved', required: true, line: 10 }],
          },
        ],
      },
    ]);
  });

  it('reads timing, and rejects an unknown one', () => {
    const ok = loadChecklistsFromFiles([file('retro', `${front('timing: after-release')}\n- [ ] A {#a}\n`)]);
    expect(ok.checklists[0].timing).toBe('after-release');
    const bad = loadChecklistsFromFiles([file('retro', `${front('timing: later')}\n- [ ] A {#a}\n`)]);
    expect(formatIssues(bad.issues)).toBe(
      'content/checklists/retro.md:7:1  timing  "later" is not one of before-release|after-release',
    );
  });

  it('keeps applies_to lists in canonical order', () => {
    const r = loadChecklistsFromFiles([
      file('x', `${front('applies_to:\n  stages: [ga, rc]\n  releaseTypes: [emergency]')}\n- [ ] A {#a}\n`),
    ]);
    expect(r.checklists[0].appliesTo).toEqual({ stages: ['rc', 'ga'], releaseTypes: ['emergency'] });
  });

  it('reports front-matter errors with the line in the file, and all body errors too', () => {
    const text = [
      '---',
      'title: Deploy',
      'description: Deploying.',
      'owner: Release Manager',
      'review_by: next year',
      'effective_from: 2026-01-01',
      'applies_to:',
      '  stages: [ga, live]',
      'colour: blue',
      '---',
      '- [ ] No id',
      '',
    ].join('\n');
    const r = loadChecklistsFromFiles([file('deploy', text)]);
    expect(formatIssues(r.issues)).toBe(
      [
        'content/checklists/deploy.md:5:1  review_by  "next year" is not a date: expected YYYY-MM-DD',
        'content/checklists/deploy.md:8:16  applies_to.stages[1]  "live" is not one of alpha|beta|rc|ga',
        'content/checklists/deploy.md:9:1  colour  unknown field "colour": remove it, or use one of the fields allowed here: title, description, applies_to, owner, review_by, effective_from, timing, order',
        'content/checklists/deploy.md:11:1  body  checklist item "No id" has no id: end it with an id such as {#no-id}',
      ].join('\n'),
    );
    expect(r.checklists).toEqual([]);
  });

  it('reports missing required front-matter fields', () => {
    const r = loadChecklistsFromFiles([file('bare', '---\ntitle: Bare\n---\n- [ ] A {#a}\n')]);
    expect(r.issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'description: is required: add `description: …` (text)',
      'owner: is required: add `owner: …` (text)',
      'review_by: is required: add `review_by: …` (a date, YYYY-MM-DD)',
      'effective_from: is required: add `effective_from: …` (a date, YYYY-MM-DD)',
    ]);
  });

  it('reports a file without front matter, and broken YAML with its line', () => {
    const r = loadChecklistsFromFiles([
      file('none', '- [ ] A {#a}\n'),
      file('broken', '---\ntitle: Broken\ndescription: [unclosed\n---\n- [ ] A {#a}\n'),
    ]);
    expect(r.issues.map((i) => `${i.file}:${i.line} ${i.field}: ${i.message.split(' at line')[0]}`)).toEqual([
      'content/checklists/broken.md:3 description: front matter is not valid YAML: the list that opens with "[" here is never closed: end it with "]" on the same line, or put the whole value in quotes if the "[" is part of the text',
      'content/checklists/none.md:1 front matter: is missing: start the file with a --- block holding title, description, owner, review_by and effective_from',
    ]);
  });

  it('rejects a file name that is not a kebab-case id', () => {
    const r = loadChecklistsFromFiles([file('Go_No_Go', `${front()}\n- [ ] A {#a}\n`)]);
    expect(formatIssues(r.issues)).toBe(
      'content/checklists/Go_No_Go.md  file name "Go_No_Go" is not a valid checklist id: expected kebab-case, e.g. go-no-go.md',
    );
    expect(r.checklists).toEqual([]);
  });

  it('keeps checklists with only warnings, and sorts by id whatever the input order', () => {
    const r = loadChecklistsFromFiles([
      file('zeta', `${front()}\n- [x] Ticked {#ticked}\n`),
      file('alpha', `${front()}\n- [ ] A {#a}\n`),
    ]);
    expect(r.checklists.map((c) => c.id)).toEqual(['alpha', 'zeta']);
    expect(r.issues.map((i) => i.severity)).toEqual(['warning']);
  });

  it('treats CRLF files the same', () => {
    const r = loadChecklistsFromFiles([file('crlf', `${front()}\n\n- [ ] A {#a}\n`.replace(/\n/g, '\r\n'))]);
    expect(r.issues).toEqual([]);
    // Seven front-matter lines, a blank line, then the item.
    expect(r.checklists[0].groups[0].items[0]).toEqual({ id: 'a', label: 'A', required: false, line: 9 });
  });
});

describe('byDisplayOrder', () => {
  it('puts ordered checklists first, then the rest by title', () => {
    const r = loadChecklistsFromFiles([
      file('b', `${front('order: 5').replace('Go/no-go readiness', 'Bravo')}\n- [ ] A {#a}\n`),
      file('c', `${front().replace('Go/no-go readiness', 'Alpha')}\n- [ ] A {#a}\n`),
      file('d', `${front().replace('Go/no-go readiness', 'Charlie')}\n- [ ] A {#a}\n`),
      file('a', `${front('order: 1').replace('Go/no-go readiness', 'Zulu')}\n- [ ] A {#a}\n`),
    ]);
    expect([...r.checklists].sort(byDisplayOrder).map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('loadChecklists', () => {
  it('reads content/checklists/*.md under the given root, ignoring other files', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'checklists-'));
    try {
      const dir = path.join(root, 'content/checklists');
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'b.md'), `${front()}\n- [ ] B {#b}\n`);
      await writeFile(path.join(dir, 'a.md'), `${front()}\n- [ ] A {#a}\n`);
      await writeFile(path.join(dir, 'README.txt'), 'not a checklist');
      const r = await loadChecklists(root);
      expect(r.issues).toEqual([]);
      expect(r.checklists.map((c) => [c.id, c.file])).toEqual([
        ['a', 'content/checklists/a.md'],
        ['b', 'content/checklists/b.md'],
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('returns nothing when the folder does not exist', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'checklists-'));
    try {
      expect(await loadChecklists(root)).toEqual({ checklists: [], issues: [] });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
