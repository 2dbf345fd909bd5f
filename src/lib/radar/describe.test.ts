import { describe, expect, it } from 'vitest';
import { adrLink, changeGroups, editionTags, movementSentence, tagKey, tagKeys } from './describe';
import { blipSource, sources } from './testing/fixtures';
import { modelFrom } from './testing/model';

const m = modelFrom(
  sources([
    blipSource('alpha', { title: 'Alpha', quadrant: 'tools', tags: ['CI', 'ci', 'Cloud'], history: [['2025-10', 'assess'], ['2026-04', 'trial'], ['2026-10', 'adopt']] }),
    blipSource('bravo', { title: 'Bravo', quadrant: 'techniques', replaced_by: 'alpha', tags: ['ci'], history: [['2025-10', 'trial'], ['2026-10', 'hold']] }),
    blipSource('charlie', { title: 'Charlie', quadrant: 'tools', history: [['2025-10', 'hold'], ['2026-10', 'retired']] }),
    blipSource('delta', { title: 'Delta', quadrant: 'platforms', tags: ['cloud'], history: [['2026-10', 'assess']] }),
    blipSource('echo', { title: 'Echo', quadrant: 'tools', history: [['2025-10', 'trial'], ['2026-10', 'trial']] }),
    blipSource('golf', { title: 'Golf', quadrant: 'tools', tags: ['old'], history: [['2025-10', 'adopt']] }),
  ]),
);

describe('movementSentence', () => {
  it('names the rings for every movement', () => {
    expect(movementSentence(m, 'new', 'assess')).toBe('New in Assess');
    expect(movementSentence(m, 'moved-in', 'adopt', 'trial')).toBe('Moved in from Trial to Adopt');
    expect(movementSentence(m, 'moved-out', 'hold', 'trial')).toBe('Moved out from Trial to Hold');
    expect(movementSentence(m, 'unchanged', 'trial', 'trial')).toBe('No change: stays in Trial');
    expect(movementSentence(m, 'retired', 'retired', 'hold')).toBe('Retired (was in Hold)');
    expect(movementSentence(m, 'retired', 'retired')).toBe('Retired');
  });
  it('reads every change of an edition from the model', () => {
    const said = m.view('2026-10').changes.map((c) => `${c.blip.id}: ${movementSentence(m, c.movement, c.ring, c.previousRing)}`);
    expect(said).toEqual([
      'bravo: Moved out from Trial to Hold',
      'alpha: Moved in from Trial to Adopt',
      'echo: No change: stays in Trial',
      'charlie: Retired (was in Hold)',
      'delta: New in Assess',
    ]);
  });
});

describe('changeGroups', () => {
  it('splits the changes of an edition by movement', () => {
    const g = changeGroups(m.view('2026-10'));
    const ids = (cs: { blip: { id: string } }[]) => cs.map((c) => c.blip.id);
    expect(ids(g.new)).toEqual(['delta']);
    expect(ids(g.movedIn)).toEqual(['alpha']);
    expect(ids(g.movedOut)).toEqual(['bravo']);
    expect(ids(g.unchanged)).toEqual(['echo']);
    expect(ids(g.retired)).toEqual(['charlie']);
  });
  it('has only new blips in the first edition', () => {
    const g = changeGroups(m.view('2025-10'));
    expect(g.new.map((c) => c.blip.id)).toEqual(['bravo', 'golf', 'echo', 'alpha', 'charlie']);
    expect([g.movedIn, g.movedOut, g.unchanged, g.retired].map((x) => x.length)).toEqual([0, 0, 0, 0]);
  });
});

describe('tags', () => {
  it('compares tags without case and keeps "|" out of keys', () => {
    expect(tagKey(' Infrastructure-as-Code ')).toBe('infrastructure-as-code');
    expect(tagKey('a|b')).toBe('a-b');
    expect(tagKeys(m.blip('alpha')!)).toBe('ci|cloud');
    expect(tagKeys(m.blip('echo')!)).toBe('');
  });
  it('counts the tags of the blips on the radar in an edition, once per blip', () => {
    expect(editionTags(m.view('2026-10'))).toEqual([
      { key: 'ci', label: 'CI', count: 2 },
      { key: 'cloud', label: 'Cloud', count: 2 },
      { key: 'old', label: 'old', count: 1 },
    ]);
    // Delta is not on the radar yet in 2026-04, so "cloud" counts only Alpha.
    expect(editionTags(m.view('2026-04')).find((t) => t.key === 'cloud')?.count).toBe(1);
  });
});

describe('adrLink', () => {
  const links = [
    { type: 'docs' as const, title: 'ADR-014 discussion', url: 'https://example.org/d' },
    { type: 'adr' as const, title: 'ADR-0140: other', url: 'https://example.org/adr/140' },
    { type: 'adr' as const, title: 'Use Argo CD', url: 'https://example.org/adr/ADR-014.md' },
  ];
  it('finds the ADR link by its whole reference, in the title or the URL', () => {
    expect(adrLink({ links }, 'ADR-014')?.url).toBe('https://example.org/adr/ADR-014.md');
    expect(adrLink({ links }, 'ADR-0140')?.title).toBe('ADR-0140: other');
  });
  it('gives nothing when no ADR link mentions the reference', () => {
    expect(adrLink({ links }, 'ADR-01')).toBeUndefined();
    expect(adrLink({ links: [] }, 'ADR-014')).toBeUndefined();
  });
});
