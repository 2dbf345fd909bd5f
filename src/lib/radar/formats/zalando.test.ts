import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/errors';
import { formatSources } from '../testing/fixtures';
import { modelFrom } from '../testing/model';
import { parseZalando, positionOfZalandoIndex, toZalando, zalandoIndexOfPosition } from './zalando';

const model = modelFrom(formatSources());

describe('Zalando export', () => {
  it('keeps each quadrant in its corner: Zalando counts clockwise from bottom right, we from top left', () => {
    // Our positions: 0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left.
    expect([0, 1, 2, 3].map(zalandoIndexOfPosition)).toEqual([2, 3, 0, 1]);
    expect([0, 1, 2, 3].map((z) => positionOfZalandoIndex(zalandoIndexOfPosition(z)))).toEqual([0, 1, 2, 3]);
    const z = toZalando(model);
    expect(z.quadrants.map((q) => q.name)).toEqual(['Platforms', 'Languages & Frameworks', 'Techniques', 'Tools']);
    expect(z.rings.map((r) => r.name)).toEqual(['Adopt', 'Trial', 'Assess', 'Hold']);
    expect(z.date).toBe('2026-10');
  });

  it('writes entries with ring index from the inside and moved -1/0/1/2', () => {
    const z = toZalando(model, { baseUrl: 'https://handbook.example/' });
    expect(z.entries.map((e) => [e.label, e.quadrant, e.ring, e.moved])).toEqual([
      ['Trunk-based development', 2, 0, 0],
      ['SBOMs (CycloneDX)', 2, 2, 2],
      ['GitFlow', 2, 3, 0],
      ['Argo CD', 3, 0, 1],
      ['Jenkins', 3, 3, -1],
      ['TypeScript', 1, 0, 0],
    ]);
    expect(z.entries[3]).toEqual({
      label: 'Argo CD',
      quadrant: 3,
      ring: 0,
      moved: 1,
      link: 'https://handbook.example/radar/blips/argo-cd/',
      active: true,
    });
    expect('link' in toZalando(model).entries[0]).toBe(false);
  });
});

describe('Zalando import parsing', () => {
  it('resolves indexes through the file’s own quadrant and ring names', () => {
    const text = JSON.stringify(
      {
        quadrants: [{ name: 'Platforms' }, { name: 'Languages' }, { name: 'Techniques' }, { name: 'Tools' }],
        rings: [{ name: 'ADOPT' }, { name: 'TRIAL' }, { name: 'ASSESS' }, { name: 'HOLD' }],
        entries: [{ label: 'Kafka', quadrant: 0, ring: 1, moved: 0, link: 'https://kafka.apache.org/' }],
      },
      null,
      2,
    );
    const p = parseZalando(text, 'z.json');
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0]).toMatchObject({ name: 'Kafka', quadrant: 'Platforms', ring: 'TRIAL', quadrantAliases: ['0'] });
    expect(p.rows[0].links).toEqual([{ title: 'Kafka — more information', url: 'https://kafka.apache.org/' }]);
    // "{", quadrants (1 + 4×3 + 1 lines), rings (1 + 4×3 + 1), "entries": [ — the entry's "{" is line 31.
    expect(p.rows[0].at.line).toBe(31);
  });

  it('without names, takes rings by position from the inside and leaves the quadrant index to map', () => {
    const p = parseZalando('{"date":"2023.10","entries":[{"label":"Go","quadrant":3,"ring":2,"moved":0}]}', 'z.json');
    expect(p.rows[0]).toMatchObject({ name: 'Go', quadrant: '3', ring: 'assess' });
  });

  it('reports entries without a label and files without entries', () => {
    const p = parseZalando('{"entries":[{"quadrant":1,"ring":1}]}', 'z.json');
    expect(p.issues.map(formatIssue)).toEqual(['z.json:1  entries[0].label  is missing: every entry needs a label']);
    expect(parseZalando('{}', 'z.json').issues.map(formatIssue)).toEqual([
      'z.json:1  entries  is missing: a Zalando radar file has entries[] of {label, quadrant, ring, moved}',
    ]);
  });
});
