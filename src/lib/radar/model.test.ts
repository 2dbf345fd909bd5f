import { describe, expect, it } from 'vitest';
import { loadRadarFromSources } from './load';
import {
  accessibleName,
  allTags,
  buildRadarModel,
  isReviewOverdue,
  overdueReviews,
  replacing,
  ringIn,
  tagged,
  type RadarModel,
} from './model';
import { blipSource, sources, type BlipSpec } from './testing/fixtures';

function model(specs: Record<string, BlipSpec>): RadarModel {
  const r = loadRadarFromSources(sources(Object.entries(specs).map(([id, s]) => blipSource(id, s))));
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return buildRadarModel(r.content);
}

const m = model({
  alpha: { title: 'Alpha', quadrant: 'tools', tags: ['ci', 'CI'], review_by: '2026-11-01', history: [['2025-10', 'assess'], ['2026-04', 'trial'], ['2026-10', 'adopt']] },
  bravo: { title: 'Bravo', quadrant: 'techniques', replaced_by: 'alpha', tags: ['ci'], history: [['2025-10', 'trial'], ['2026-04', 'hold']] },
  charlie: { title: 'Charlie', quadrant: 'tools', review_by: '2020-01-01', history: [['2025-10', 'adopt'], ['2026-04', 'retired']] },
  delta: { title: 'Delta', quadrant: 'platforms', review_by: '2026-11-27', history: [['2026-10', 'assess']] },
  echo: { title: 'Echo', quadrant: 'tools', history: [['2025-10', 'trial'], ['2026-04', 'trial']] },
  foxtrot: { title: 'Foxtrot', quadrant: 'tools', history: [['2025-10', 'assess'], ['2026-04', 'retired'], ['2026-10', 'trial']] },
});

const state = (edition: string) =>
  Object.fromEntries(m.view(edition).entries.map((e) => [e.blip.id, `${e.ring}/${e.movement}`]));

describe('buildRadarModel', () => {
  it('sorts editions by date and makes the latest current', () => {
    expect(m.editions.map((e) => e.id)).toEqual(['2025-10', '2026-04', '2026-10']);
    expect(m.currentEdition.id).toBe('2026-10');
    expect(m.view().edition.id).toBe('2026-10');
    expect(m.rings.map((r) => r.id)).toEqual(['adopt', 'trial', 'assess', 'hold']);
  });

  it('gives each blip its ring and movement in every edition', () => {
    expect(state('2025-10')).toEqual({
      alpha: 'assess/new',
      bravo: 'trial/new',
      charlie: 'adopt/new',
      echo: 'trial/new',
      foxtrot: 'assess/new',
    });
    // charlie and foxtrot retired; bravo moved out; alpha moved in; echo re-affirmed.
    expect(state('2026-04')).toEqual({
      alpha: 'trial/moved-in',
      bravo: 'hold/moved-out',
      echo: 'trial/unchanged',
    });
    // delta is new; foxtrot came back after retirement, so it is new again; bravo unchanged since 2026-04.
    expect(state('2026-10')).toEqual({
      alpha: 'adopt/moved-in',
      bravo: 'hold/unchanged',
      delta: 'assess/new',
      echo: 'trial/unchanged',
      foxtrot: 'trial/new',
    });
    expect(ringIn(m.blip('delta')!, m, '2026-04')).toBeUndefined();
    expect(ringIn(m.blip('charlie')!, m, '2026-10')).toBeUndefined();
  });

  it('lists the changes of an edition with reasons, including retirements', () => {
    const v = m.view('2026-04');
    expect(v.changes.map((c) => `${c.blip.id}:${c.movement}:${c.previousRing ?? '-'}→${c.ring}`)).toEqual([
      'bravo:moved-out:trial→hold',
      'alpha:moved-in:assess→trial',
      'echo:unchanged:trial→trial',
      'charlie:retired:adopt→retired', // retirements record the ring they left
      'foxtrot:retired:assess→retired',
    ]);
    expect(v.changes[0].entry.reason).toBe('Moved to hold in 2026-04.');
    expect(v.changes[0].entry.approved_by).toBe('Technical Steering Group');
    expect(v.retired.map((c) => c.blip.id)).toEqual(['charlie', 'foxtrot']);
  });

  it('numbers blips by quadrant, then ring, then title', () => {
    expect(m.view('2026-10').entries.map((e) => `${e.number}:${e.blip.id}`)).toEqual([
      '1:bravo', // techniques / hold
      '2:alpha', // tools / adopt
      '3:echo', // tools / trial, "Echo" before "Foxtrot"
      '4:foxtrot',
      '5:delta', // platforms / assess
    ]);
    // 2025-10: bravo 1 (techniques); tools: charlie 2 (adopt), echo 3 (trial), alpha 4 and foxtrot 5 (assess).
    expect([...m.view('2025-10').numberOf]).toEqual([
      ['bravo', 1],
      ['charlie', 2],
      ['echo', 3],
      ['alpha', 4],
      ['foxtrot', 5],
    ]);
  });

  it('groups by quadrant and ring, sorted by title', () => {
    const v = m.view('2026-10');
    expect(v.byQuadrant.tools.trial.map((e) => e.blip.id)).toEqual(['echo', 'foxtrot']);
    expect(v.byQuadrant.tools.adopt.map((e) => e.blip.id)).toEqual(['alpha']);
    expect(v.byQuadrant['languages-and-frameworks'].adopt).toEqual([]);
    expect(v.byRing.trial.map((e) => e.blip.id)).toEqual(['echo', 'foxtrot']);
  });

  it('records since when a blip has been in its ring', () => {
    const since = Object.fromEntries(m.view('2026-10').entries.map((e) => [e.blip.id, m.editions[e.since].id]));
    expect(since).toEqual({ alpha: '2026-10', bravo: '2026-04', delta: '2026-10', echo: '2025-10', foxtrot: '2026-10' });
  });

  it('finds overdue reviews for a given today, ignoring retired blips', () => {
    expect(overdueReviews(m, '2026-11-27').map((b) => b.id)).toEqual(['alpha']);
    expect(isReviewOverdue(m.blip('delta')!, '2026-11-27')).toBe(false);
    expect(isReviewOverdue(m.blip('delta')!, '2026-11-28')).toBe(true);
    expect(isReviewOverdue(m.blip('charlie')!, '2026-11-27')).toBe(false);
  });

  it('answers replacement, tag and accessible-name questions', () => {
    expect(replacing(m, 'alpha').map((b) => b.id)).toEqual(['bravo']);
    expect(tagged(m, 'CI').map((b) => b.id)).toEqual(['alpha', 'bravo']);
    expect(allTags(m)).toEqual([
      { tag: 'ci', count: 2 },
      { tag: 'CI', count: 1 },
    ]);
    const alpha = m.view().entries.find((e) => e.blip.id === 'alpha')!;
    expect(accessibleName(alpha, m)).toBe('2. Alpha — Adopt ring, Tools quadrant, moved in');
  });

  it('attaches movements to the timeline of each blip', () => {
    expect(m.blip('foxtrot')!.timeline.map((t) => `${t.edition}:${t.movement}`)).toEqual([
      '2025-10:new',
      '2026-04:retired',
      '2026-10:new',
    ]);
    expect(() => m.view('1999-01')).toThrow('Unknown radar edition "1999-01": expected one of 2025-10|2026-04|2026-10');
  });
});
