import { describe, expect, it } from 'vitest';
import { bareRelease, shippedRelease } from './fixtures';
import { releaseRoadmap } from './roadmap';
import { MARKER_KINDS, MARKER_LEGEND, roadmapLayout, todaySegments } from './roadmap-layout';
import { STATUSES } from './enums';
import { fixtureModel } from './testing';

// Window 1 Oct 2026 – 1 Jan 2027 is 92 days; with an 80-unit label column and a 920-unit plot, one day is 10 units.
const model = () =>
  fixtureModel([
    shippedRelease('payments', '2.3.0', '2026-10-10T08:00:00Z'),
    bareRelease('payments', '2.4.0', { status: 'in-progress', dates: { planned: '2026-11-20', codeFreeze: '2026-11-13' } }),
    bareRelease('payments', '2.4.1', { dates: { planned: '2026-11-21' } }),
    bareRelease('payments', '2.4.2', { status: 'cancelled', dates: { planned: '2026-11-22' } }),
    shippedRelease('citizen-web', '4.1.0', '2026-10-01T10:00:00Z'),
    bareRelease('citizen-web', '4.2.0', { dates: { planned: '2027-01-05' } }),
  ]);
const layout = () =>
  roadmapLayout(releaseRoadmap(model(), '2026-11-15', { monthsBefore: 1, monthsAfter: 1 }), {
    width: 1000,
    labelWidth: 80,
    padRight: 0,
  });

describe('roadmapLayout', () => {
  it('makes month columns proportional to their days', () => {
    expect(layout().months.map((m) => [m.shortLabel, m.x, m.width])).toEqual([
      ['Oct', 80, 310],
      ['Nov', 390, 300],
      ['Dec', 690, 310],
    ]);
  });

  it('gives each component a lane in components.yaml order and places releases by day, with today’s line', () => {
    const l = layout();
    expect(l.height).toBe(28 + 2 * 48);
    expect(l.todayX).toBe(80 + 45 * 10);
    expect(l.lanes.map((lane) => [lane.id, lane.top, lane.y])).toEqual([
      ['payments', 28, 52],
      ['citizen-web', 76, 100],
    ]);
    expect(l.lanes[0].markers.map((m) => [m.version, m.kind, m.x, m.freezeX])).toEqual([
      ['2.3.0', 'released', 170, undefined],
      ['2.4.0', 'in-progress', 580, 510],
      ['2.4.1', 'planned', 590, undefined],
      ['2.4.2', 'cancelled', 600, undefined],
    ]);
    // 4.2.0 is planned after the window ends, so it is not drawn.
    expect(l.lanes[1].markers.map((m) => m.version)).toEqual(['4.1.0']);
  });

  it('puts a label above, else below, else leaves it out when neighbours are too close', () => {
    const [a, b, c, d] = layout().lanes[0].markers;
    expect(a.label).toEqual({ x: 170, y: 42 });
    expect(b.label).toEqual({ x: 580, y: 42 });
    // 2.4.1 is 10 units from 2.4.0: its 32.5-unit label would overlap above, so it goes below.
    expect(c.label).toEqual({ x: 590, y: 70 });
    expect(d.label).toBeUndefined();
  });

  it('keeps a label inside the plot when its release sits on the edge', () => {
    // 4.1.0 is on day 0 (x = 80); its label is 32.5 wide, so its centre moves right to 96.25, rounded to 96.3.
    expect(layout().lanes[1].markers[0].label).toEqual({ x: 96.3, y: 90 });
  });

  it('has a shape for every status, each explained in the legend', () => {
    const kinds = new Set(STATUSES.map((s) => MARKER_KINDS[s]));
    expect([...kinds].sort()).toEqual(MARKER_LEGEND.map((l) => l.kind).sort());
  });
});

describe('todaySegments', () => {
  it('leaves a gap in the today line around every version label it would cross, and only there', () => {
    // Move today onto 2.4.0's label (x 580, 5 characters of 6.5 = 32.5 wide, baseline 42) and 2.4.1's below it
    // (x 590, baseline 70): the line stops 12 + 1 above each baseline and resumes 4 below it.
    const l = { ...layout(), todayX: 575 };
    expect(todaySegments(l, 12, 124)).toEqual([
      { y1: 12, y2: 29 },
      { y1: 46, y2: 57 },
      { y1: 74, y2: 124 },
    ]);
    // Nowhere near a label: one unbroken line.
    expect(todaySegments({ ...l, todayX: 300 }, 12, 124)).toEqual([{ y1: 12, y2: 124 }]);
    expect(todaySegments({ ...l, todayX: undefined }, 12, 124)).toEqual([]);
  });
});
