import { describe, expect, it } from 'vitest';
import { formatIssues } from '../shared/errors';
import { parseChecklistBody, toKebab } from './parse';

const src = { file: 'content/checklists/demo.md', lineOffset: 0 };
const parse = (body: string, lineOffset = 0) => parseChecklistBody(body, 'Demo checklist', { ...src, lineOffset });

describe('parseChecklistBody', () => {
  it('reads ids, required flags, labels and groups from headings', () => {
    const r = parse(
      [
        '- [ ] Change ticket raised {#change-ticket required}',
        '',
        '## Rollback',
        '',
        '- [ ] Rollback rehearsed in staging {#rollback-rehearsed required}',
        '- [ ] Previous artefact still in the repository {#previous-artefact}',
        '',
      ].join('\n'),
    );
    expect(r.issues).toEqual([]);
    expect(r.groups).toEqual([
      {
        heading: 'Demo checklist',
        slug: 'demo-checklist',
        items: [{ id: 'change-ticket', label: 'Change ticket raised', required: true, line: 1 }],
      },
      {
        heading: 'Rollback',
        slug: 'rollback',
        items: [
          { id: 'rollback-rehearsed', label: 'Rollback rehearsed in staging', required: true, line: 5 },
          { id: 'previous-artefact', label: 'Previous artefact still in the repository', required: false, line: 6 },
        ],
      },
    ]);
  });

  it('leaves out the default group when the body starts with a heading, and skips prose and plain lists', () => {
    const r = parse(
      ['Some introduction for GitHub readers.', '', '- a plain list', '- of notes', '', '## Only group', '', '- [ ] Check {#check}'].join('\n'),
    );
    expect(r.issues).toEqual([]);
    expect(r.groups.map((g) => g.heading)).toEqual(['Only group']);
  });

  it('keeps inline formatting as plain text and joins wrapped labels', () => {
    const r = parse('- [ ] Tag `v2.4.0` pushed to the\n  [repository](https://example.org) {#tag-pushed}\n');
    expect(r.groups.flatMap((g) => g.items)[0]).toMatchObject({ label: 'Tag v2.4.0 pushed to the repository', id: 'tag-pushed' });
  });

  it('collects help from continuation lines, indented paragraphs and nested bullets', () => {
    const r = parse(
      [
        '- [ ] Smoke tests passed on live {#smoke-tests required}',
        '  Run the smoke pack against www.example.org.',
        '',
        '  Record the run link as evidence.',
        '',
        '  - sign-in journey',
        '  - payment journey',
        '- [ ] Next {#next}',
      ].join('\n'),
    );
    expect(r.issues).toEqual([]);
    expect(r.groups[0].items[0].help).toEqual([
      'Run the smoke pack against www.example.org.',
      'Record the run link as evidence.',
      'sign-in journey',
      'payment journey',
    ]);
    expect(r.groups[0].items[1].help).toBeUndefined();
  });

  it('reports an item without an id, with a suggested id and the file line', () => {
    const r = parse('\n- [ ] Rollback rehearsed in staging\n', 9);
    expect(formatIssues(r.issues)).toBe(
      'content/checklists/demo.md:11:1  body  checklist item "Rollback rehearsed in staging" has no id: end it with an id such as {#rollback-rehearsed-in-staging}',
    );
    expect(r.groups).toEqual([]);
  });

  it('warns that a picture in the body is shown nowhere on the site, in help or prose', () => {
    // A new adopter's trial (2 December 2026): `![The UAT board](uat.png)` was dropped without a word.
    const r = parse('- [ ] UAT signed off {#uat}\n\n  ![The UAT board](uat.png)\n\nSee the board: ![board][b]\n\n[b]: board.png\n', 4);
    expect(formatIssues(r.issues)).toBe(
      [
        'content/checklists/demo.md:7:3  body  warning: the picture "uat.png" is not shown on the checklist\'s page, which shows items and their help as plain text (only GitHub shows it): put it on a handbook page and link to that page from the item\'s help',
        'content/checklists/demo.md:9:16  body  warning: the picture [b] is not shown on the checklist\'s page, which shows items and their help as plain text (only GitHub shows it): put it on a handbook page and link to that page from the item\'s help',
      ].join('\n'),
    );
    expect(r.groups[0].items.map((i) => i.id)).toEqual(['uat']);
  });

  it('treats braces without a #id as a missing id', () => {
    const r = parse('- [ ] Rollback rehearsed {required}\n');
    expect(r.issues.map((i) => i.message)).toEqual([
      'checklist item "Rollback rehearsed" has no id: end it with an id such as {#rollback-rehearsed}',
    ]);
  });

  it('reports invalid id syntax', () => {
    const r = parse('- [ ] One {#Rollback_Rehearsed}\n- [ ] Two {#two--words}\n- [ ] Three {#-three}\n');
    expect(r.issues.map((i) => `${i.line} ${i.message}`)).toEqual([
      '1 "Rollback_Rehearsed" is not a valid item id: expected kebab-case, e.g. {#rollback-rehearsed}',
      '2 "two--words" is not a valid item id: expected kebab-case, e.g. {#two-words}',
      '3 "-three" is not a valid item id: expected kebab-case, e.g. {#three}',
    ]);
  });

  it('reports unknown flags in the attribute block', () => {
    const r = parse('- [ ] One {#one mandatory}\n');
    expect(r.issues.map((i) => i.message)).toEqual(['"mandatory" is not a known item flag: expected required or from=YYYY-MM-DD']);
    expect(r.groups).toEqual([]);
  });

  it('reads the day an item was added (from=YYYY-MM-DD) and refuses one that is not a date', () => {
    expect(parse('- [ ] One {#one required from=2026-12-01}\n').groups[0].items[0]).toMatchObject({ id: 'one', required: true, from: '2026-12-01' });
    expect(parse('- [ ] One {#one required from=2026-02-30}\n').issues.map((i) => i.message)).toEqual([
      '"2026-02-30" is not a date: write the day the item was added as from=YYYY-MM-DD, e.g. {#one required from=2026-12-01}',
    ]);
  });

  it('reports duplicate ids across groups, naming the first line', () => {
    const r = parse(['- [ ] One {#same}', '', '## Later', '', '- [ ] Two {#same}', ''].join('\n'), 4);
    expect(formatIssues(r.issues)).toBe(
      'content/checklists/demo.md:9  body  item id "same" is used twice in this checklist: first used on line 5',
    );
    // The first keeps its place; the duplicate is dropped, so the later group is empty and left out.
    expect(r.groups.map((g) => g.items.map((i) => i.id))).toEqual([['same']]);
  });

  it('reports plain items mixed into a task list and nested task items', () => {
    const r = parse(['- [ ] One {#one}', '- forgot the box', '- [ ] Parent {#parent}', '  - [ ] Child {#child}', ''].join('\n'));
    expect(r.issues.map((i) => `${i.line} ${i.message}`)).toEqual([
      '2 list item "forgot the box" is not a checklist item: start it with "[ ] "',
      '4 checklist item "Child {#child}" is nested inside another item: checklist items cannot be nested',
    ]);
    expect(r.groups.flatMap((g) => g.items).map((i) => i.id)).toEqual(['one']);
  });

  it('warns about ticked items but keeps them', () => {
    const r = parse('- [x] Done already {#done}\n');
    expect(r.issues).toEqual([
      {
        file: 'content/checklists/demo.md',
        field: 'body',
        message: 'checklist item "Done already" is ticked: write it unticked, as "- [ ]"',
        line: 1,
        column: 1,
        severity: 'warning',
      },
    ]);
    expect(r.groups[0].items.map((i) => i.id)).toEqual(['done']);
  });

  it('reports an item with an id but no text', () => {
    const r = parse('- [ ] {#lonely}\n');
    expect(r.issues.map((i) => i.message)).toEqual(['checklist item {#lonely} has no text: write what to check before the id']);
  });

  it('reports a body with no checklist items', () => {
    const r = parse('Just prose.\n', 6);
    expect(formatIssues(r.issues)).toBe(
      'content/checklists/demo.md:7  body  has no checklist items: write them as a task list, e.g. "- [ ] Rollback rehearsed in staging {#rollback-rehearsed}"',
    );
  });

  it('gives group anchors that never clash with item ids or each other', () => {
    const r = parse(['## Rollback', '', '- [ ] Rollback {#rollback}', '', '## Rollback', '', '- [ ] Other {#other}', ''].join('\n'));
    expect(r.groups.map((g) => g.slug)).toEqual(['rollback-1', 'rollback-2']);
  });
});

describe('toKebab', () => {
  it('suggests ids from labels', () => {
    expect(toKebab('Sign-off from the Product Owner (Payments)')).toBe('sign-off-from-the-product-owner');
    expect(toKebab('Café déjà vu')).toBe('cafe-deja-vu');
    expect(toKebab('!!!')).toBe('');
  });
});
