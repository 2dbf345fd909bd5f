import { describe, expect, it } from 'vitest';
import { interleavedOrder, pairedRatios, summary, table, templateOf } from './stats';

describe('bench stats', () => {
  it('takes nearest-rank median, p95 and max', () => {
    const v = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(summary(v)).toEqual({ count: 20, median: 10, p95: 19, max: 20 });
    expect(summary([3])).toEqual({ count: 1, median: 3, p95: 3, max: 3 });
  });
  it('classifies pages by template', () => {
    expect(templateOf('/handbook/a/b/')).toBe('handbook');
    expect(templateOf('/releases/payments/3.7.0/')).toBe('release');
    expect(templateOf('/releases/status/released/')).toBe('releases-index');
    expect(templateOf('/releases/payments/')).toBe('releases-index');
    expect(templateOf('/radar/')).toBe('radar');
    expect(templateOf('/radar/blips/x/')).toBe('radar-blip');
  });
  it('lays out a table in aligned columns', () => {
    expect(table(['phase', 'ms'], [['build', 12], ['check', 3]])).toBe('phase  ms\n-----  --\nbuild  12\ncheck  3');
  });
  it('interleaves the sides run by run, rotating which goes first', () => {
    expect(interleavedOrder(3, 2)).toEqual([[0, 0], [0, 1], [1, 1], [1, 0], [2, 0], [2, 1]]);
    expect(interleavedOrder(2, 3)).toEqual([[0, 0], [0, 1], [0, 2], [1, 1], [1, 2], [1, 0]]);
    expect(interleavedOrder(1, 1)).toEqual([[0, 0]]);
    expect(() => interleavedOrder(0, 2)).toThrow('runs and sides must be whole numbers ≥ 1 (got 0, 2)');
  });
  it('gives the spread of run-by-run ratios, which the ratio of medians hides', () => {
    // Medians 15 and 7.5 give 2.0×, but each run's own ratio is what its pair measured.
    expect(pairedRatios([14, 15, 18], [7.5, 6, 10])).toEqual({ median: 1.87, min: 1.8, max: 2.5, runs: [1.87, 2.5, 1.8] });
    expect(() => pairedRatios([1, 2], [1])).toThrow('2 runs against 1');
    expect(() => pairedRatios([1], [0])).toThrow('every run of the second side must be positive');
  });
});
