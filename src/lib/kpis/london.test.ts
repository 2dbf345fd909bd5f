import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { londonDate } from '../shared/dates';
import { calendarDate, londonDay } from './london';

describe('cached London dates', () => {
  it('agree with the shared londonDate for any instant, clock changes included', () => {
    const start = Date.UTC(2024, 0, 1);
    const end = Date.UTC(2028, 11, 31);
    fc.assert(fc.property(fc.integer({ min: start, max: end }), (t) => londonDay(t) === londonDate(t)), { numRuns: 2000 });
  });

  it('get the edges of the 2026 clock changes right', () => {
    // BST starts 29 March 01:00 UTC; London midnight is 23:00 UTC the evening before in summer.
    expect(londonDay(Date.UTC(2026, 2, 29, 0, 59))).toBe('2026-03-29');
    expect(londonDay(Date.UTC(2026, 2, 29, 22, 59, 59))).toBe('2026-03-29');
    expect(londonDay(Date.UTC(2026, 2, 29, 23, 0))).toBe('2026-03-30');
    expect(londonDay(Date.UTC(2026, 9, 24, 23, 0))).toBe('2026-10-25');
    expect(londonDay(Date.UTC(2026, 9, 25, 23, 59))).toBe('2026-10-25');
    expect(calendarDate('2026-06-30T23:30:00Z')).toBe('2026-07-01');
    expect(calendarDate('2026-06-30')).toBe('2026-06-30');
  });
});
