// The small-edit helpers for YAML and JSON content, and the preview-build setting.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editFrontMatter, editYaml, yamlScalar } from './yaml-edit';
import { detectIndent, editJson } from './json-edit';
import { isPreviewBuild, showDrafts } from './preview';

describe('editYaml', () => {
  const text = '# Radar.\neditions:\n  - id: "2026-10"   # the autumn one\n    date: 2026-10-15\n    summary: >-\n      A long folded summary that a library\n      would re-wrap.\n';

  it('replaces a scalar in place, keeping its comment and every other line', () => {
    expect(editYaml(text, [{ op: 'set', path: ['editions', 0, 'id'], value: '2026-11' }])).toBe(text.replace('"2026-10"', '"2026-11"'));
  });

  it('adds a key after the last one and an item after the last, indented like their neighbours', () => {
    const out = editYaml(text, [
      { op: 'set', path: ['editions', 0, 'state'], value: 'published' },
      { op: 'append', path: ['editions'], value: { id: '2027-04', state: 'draft', title: 'Spring: 2027' } },
    ]);
    expect(out).toBe(text + '    state: published\n  - id: "2027-04"\n    state: draft\n    title: "Spring: 2027"\n');
  });

  it('falls back to the YAML library for a flow list, with the same data', () => {
    const out = editYaml('history: [{edition: "2025-10", ring: trial}]\n', [{ op: 'append', path: ['history'], value: { edition: '2026-04', ring: 'adopt' } }]);
    expect(parse(out)).toEqual({ history: [{ edition: '2025-10', ring: 'trial' }, { edition: '2026-04', ring: 'adopt' }] });
  });

  it('quotes what YAML would read as something else, and keeps simple words plain', () => {
    expect(['trial', '2026-10-15', 'ADR-014', '2026-10', 'true', '12', 'a: b', ''].map(yamlScalar)).toEqual([
      'trial',
      '2026-10-15',
      'ADR-014',
      '"2026-10"',
      '"true"',
      '"12"',
      '"a: b"',
      '""',
    ]);
  });

  it('edits front matter and leaves the body byte for byte', () => {
    const md = '---\ntitle: X\nhistory:\n  - edition: "2025-10"\n    ring: trial\n---\n\nBody: with --- and\r\n';
    expect(editFrontMatter(md, [{ op: 'set', path: ['replaced_by'], value: 'y' }])).toBe(md.replace('ring: trial\n---', 'ring: trial\nreplaced_by: y\n---'));
    expect(() => editFrontMatter('no front matter', [])).toThrow('The file has no front matter');
  });
});

describe('editJson', () => {
  it('keeps a file\'s own indentation and puts a new key where the order says', () => {
    const text = '{\n    "name": "dev",\n    "status": "pending",\n    "notes": "n"\n}\n';
    expect(detectIndent(text)).toEqual({ insertSpaces: true, tabSize: 4 });
    const out = editJson(text, [{ path: ['deployedAt'], value: '2026-11-30T09:00:00Z' }], () => ['name', 'status', 'deployedAt', 'approvedBy', 'notes']);
    expect(out).toBe('{\n    "name": "dev",\n    "status": "pending",\n    "deployedAt": "2026-11-30T09:00:00Z",\n    "notes": "n"\n}\n');
  });

  it('removes a property when the value is undefined', () => {
    expect(editJson('{\n  "a": 1,\n  "b": 2\n}\n', [{ path: ['a'], value: undefined }])).toBe('{\n  "b": 2\n}\n');
  });
});

describe('the preview-build setting', () => {
  it('reads HANDBOOK_PREVIEW: 1 or true builds drafts; unset, 0 or false does not; anything else is an error', () => {
    expect([{}, { HANDBOOK_PREVIEW: '' }, { HANDBOOK_PREVIEW: '0' }, { HANDBOOK_PREVIEW: 'false' }].map((e) => isPreviewBuild(e))).toEqual([false, false, false, false]);
    expect([{ HANDBOOK_PREVIEW: '1' }, { HANDBOOK_PREVIEW: 'TRUE' }].map((e) => isPreviewBuild(e))).toEqual([true, true]);
    expect(() => isPreviewBuild({ HANDBOOK_PREVIEW: 'yes' })).toThrow(
      'environment variable HANDBOOK_PREVIEW  "yes" is not 1, true, 0 or false: set HANDBOOK_PREVIEW=1 for a preview build with drafts, or leave it unset',
    );
  });

  it('always shows drafts in development', () => {
    expect(showDrafts(true, {})).toBe(true);
    expect(showDrafts(false, {})).toBe(false);
    expect(showDrafts('1' as unknown as boolean, {})).toBe(true);
  });
});
