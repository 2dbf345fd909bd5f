import { describe, expect, it } from 'vitest';
import { trendChart } from './charts';

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
