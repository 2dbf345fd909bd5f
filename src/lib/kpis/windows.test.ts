import { describe, expect, it } from 'vitest';
import { customWindow, quarterOf, quartersBetween, quarterWindow, rollingWindow } from './windows';

describe('quarters', () => {
  it('maps dates to YYYY-Qn', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2025-12-31')).toBe('2025-Q4');
  });

  it('gives each quarter its calendar dates, leap years included', () => {
    expect(quarterWindow('2026-Q1')).toMatchObject({ from: '2026-01-01', to: '2026-03-31', days: 90, partial: false });
    expect(quarterWindow('2028-Q1').days).toBe(91);
    expect(quarterWindow('2026-Q4')).toMatchObject({ from: '2026-10-01', to: '2026-12-31', days: 92 });
  });

  it('cuts the current quarter at today and marks it partial', () => {
    expect(quarterWindow('2026-Q2', '2026-05-14')).toMatchObject({ from: '2026-04-01', to: '2026-05-14', days: 44, partial: true });
    expect(quarterWindow('2026-Q2', '2026-06-30').partial).toBe(false);
    expect(quarterWindow('2026-Q1', '2026-05-14').partial).toBe(false);
  });

  it('lists quarters across a year end', () => {
    expect(quartersBetween('2025-Q3', '2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quartersBetween('2026-Q2', '2026-Q2')).toEqual(['2026-Q2']);
  });

  it('rejects malformed quarters and back-to-front windows', () => {
    expect(() => quarterWindow('2026-Q5')).toThrow('"2026-Q5" is not a quarter: expected YYYY-Qn, n from 1 to 4');
    expect(() => customWindow('2026-03-01', '2026-02-01')).toThrow('A window cannot end (2026-02-01) before it starts (2026-03-01)');
  });
});

describe('rolling window', () => {
  it('is 90 calendar days including today', () => {
    expect(rollingWindow('2026-05-14')).toMatchObject({ from: '2026-02-14', to: '2026-05-14', days: 90, label: 'Last 90 days' });
  });
});
