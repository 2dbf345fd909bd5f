import { describe, expect, it } from 'vitest';
import { bandThresholds, metricTrendChart, trendChart } from './charts';
import { testBands } from './fixtures';
import type { KpiSet } from './report';

const opts = { width: 400, height: 200, margin: { top: 10, right: 10, bottom: 30, left: 50 } };

describe('trend chart geometry', () => {
  it('breaks the line at a quarter with no data instead of drawing a zero', () => {
    const c = trendChart(
      [
        { label: '2025-Q3', value: 0.1 },
        { label: '2025-Q4', value: null },
        { label: '2026-Q1', value: 0.2 },
        { label: '2026-Q2', value: 0.3 },
      ],
      'ratio',
      { ...opts, title: 'Change failure rate by quarter' },
    );
    // Two segments: a lone point (moveto, closed as a dot by d3) and a two-point line.
    expect(c.path?.match(/M/g)).toHaveLength(2);
    expect(c.points[1]).toMatchObject({ label: '2025-Q4', value: null, y: null, display: 'no data' });
    expect(c.description).toBe('Change failure rate by quarter, 4 quarters. 2025-Q3: 10%; 2025-Q4: no data; 2026-Q1: 20%; 2026-Q2: 30%.');
  });

  it('puts zero at the bottom of the plot and the largest value inside it, in percent', () => {
    const c = trendChart([{ label: 'A', value: 0 }, { label: 'B', value: 0.3 }], 'ratio', opts);
    expect(c.baseline).toBe(170); // 200 − 30
    expect(c.points[0].y).toBe(170);
    expect(c.points[1].y).toBeGreaterThanOrEqual(10);
    expect(c.yUnit).toBe('%');
    expect(c.yTicks[0]).toEqual({ position: 170, label: '0%' });
    expect(c.yTicks.at(-1)?.label).toBe('30%');
  });

  it('bar charts have no bar for a null, and bars stand on the baseline', () => {
    const c = trendChart([{ label: 'A', value: 1.5 }, { label: 'B', value: null }, { label: 'C', value: 3 }], 'per-week', { ...opts, kind: 'bar' });
    expect(c.path).toBeNull();
    expect(c.bars.map((b) => b.label)).toEqual(['A', 'C']);
    for (const b of c.bars) expect(b.y + b.height).toBeCloseTo(c.baseline, 1);
    expect(c.bars[1].height).toBeCloseTo(c.bars[0].height * 2, 1);
    expect(c.xTicks.map((t) => t.label)).toEqual(['A', 'B', 'C']);
  });

  it('scales durations to hours when the largest is under three days', () => {
    const c = trendChart([{ label: 'A', value: 2 * 3600 }, { label: 'B', value: 10 * 3600 }], 'seconds', opts);
    expect(c.yUnit).toBe('hours');
    expect(c.yTicks.map((t) => t.label)).toContain('10 h');
    expect(c.points[1].display).toBe('10 h');
  });

  it('an all-empty series has an axis, no path and no bars', () => {
    const c = trendChart([{ label: 'A', value: null }], 'seconds', opts);
    expect(c.path).toBeNull();
    expect(c.yTicks.length).toBeGreaterThan(1);
    expect(c.description).toBe('Trend, one quarter. A: no data.');
  });
});

describe('band limits on trend charts', () => {
  const b2023 = testBands(2023);

  it('draws the 2023 change failure rate limits as labelled lines, and says every band\'s range in the description', () => {
    const t = bandThresholds(b2023, 'change-failure-rate');
    expect(t.thresholds).toEqual([
      { label: 'Elite limit: 5%', value: 0.05 },
      { label: 'High limit: 10%', value: 0.1 },
      { label: 'Medium limit: 15%', value: 0.15 },
    ]);
    const c = trendChart([{ label: 'A', value: 0.02 }, { label: 'B', value: 0.08 }], 'ratio', { ...opts, ...t, title: 'CFR' });
    // The axis would end at 10%; the next limit above, 15%, is within three times that, so the axis reaches it.
    const drawn = c.thresholds.filter((x) => x.position !== null).map((x) => x.label);
    expect(drawn).toEqual(['Elite limit: 5%', 'High limit: 10%', 'Medium limit: 15%']);
    for (const x of c.thresholds) expect(x.position).toBeGreaterThanOrEqual(c.plot.y);
    expect(c.description).toBe(
      'CFR, 2 quarters. A: 2%; B: 8%. Dashed lines mark the DORA 2023 band limits. Elite: 0–5%; high: over 5% to 10%; medium: over 10% to 15%; low: over 15%.',
    );
  });

  it('keeps far limits off the axis so the figures are not flattened, and still names them', () => {
    const t = bandThresholds(b2023, 'lead-time'); // 1 day, 1 week, 1 month
    const c = trendChart([{ label: 'A', value: 2 * 3600 }, { label: 'B', value: 5 * 3600 }], 'seconds', { ...opts, ...t });
    // Data up to 5 h: the 1-day limit is more than three times the axis top (5 h), so no line is drawn.
    expect(c.thresholds.map((x) => x.position)).toEqual([null, null, null]);
    expect(c.description).toContain('Elite: less than 1 day; high: between 1 day and 1 week; medium: between 1 week and 1 month; low: 1 month or more.');
    const near = trendChart([{ label: 'A', value: 10 * 3600 }], 'seconds', { ...opts, ...t });
    expect(near.thresholds.map((x) => x.position !== null)).toEqual([true, false, false]);
  });

  it('does not print two labels on top of each other', () => {
    const c = trendChart([{ label: 'A', value: 0.5 }], 'ratio', { ...opts, thresholds: [{ label: 'a', value: 0.05 }, { label: 'b', value: 0.06 }] });
    expect(c.thresholds.map((x) => x.labelled)).toEqual([true, false]);
  });

  it('has no band lines for a measure DORA does not band', () => {
    expect(bandThresholds(b2023, 'rollback-rate')).toEqual({});
  });

  it('marks a quarter still in progress as "to date" in the description', () => {
    const set = (label: string, value: number, partial: boolean) =>
      ({ window: { label, partial }, metrics: { 'rollback-rate': { value } } }) as unknown as KpiSet;
    const c = metricTrendChart([set('2026-Q3', 0.1, false), set('2026-Q4', 0.2, true)], 'rollback-rate', opts);
    expect(c.description).toBe('Rollback rate by quarter, 2 quarters. 2026-Q3: 10%; 2026-Q4 (to date): 20%.');
  });
});
