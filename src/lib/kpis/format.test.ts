import { describe, expect, it } from 'vitest';
import { formatBand, formatDuration, formatKpiValue, formatOpenFor, formatKpiInline, formatPercent, formatPerWeek, formatQuarter, formatValue, formatWindow } from './format';
import { quarterWindow } from './windows';

describe('formatting KPI figures', () => {
  it('percentages keep one decimal only when needed', () => {
    expect(formatPercent(0.2)).toBe('20%');
    expect(formatPercent(1 / 3)).toBe('33.3%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('rates per week', () => {
    expect(formatPerWeek(2.5)).toBe('2.5 per week');
    expect(formatPerWeek(10)).toBe('10 per week');
    expect(formatPerWeek(14.4)).toBe('14 per week');
    expect(formatPerWeek(3 * 7 / 90)).toBe('0.23 per week');
    expect(formatPerWeek(1)).toBe('1 per week');
  });

  it('durations, rounded to the minute', () => {
    expect(formatDuration(20)).toBe('under 1 min');
    expect(formatDuration(45 * 60)).toBe('45 min');
    expect(formatDuration(3 * 3600 + 20 * 60)).toBe('3 h 20 min');
    expect(formatDuration(2 * 3600)).toBe('2 h');
    expect(formatDuration(24 * 3600)).toBe('1 day');
    expect(formatDuration(28 * 3600)).toBe('1 day 4 h');
    expect(formatDuration(12 * 86400 + 5 * 3600)).toBe('12 days');
  });

  it('null and non-finite values read "no data", never 0 or NaN', () => {
    expect(formatValue(null, 'ratio')).toBe('no data');
    expect(formatValue(Number.NaN, 'seconds')).toBe('no data');
  });

  it('bands name the report year; unbanded measures show nothing', () => {
    expect(formatBand({ band: 'high', bandReportYear: 2023 })).toBe('High (DORA 2023)');
    expect(formatBand({ band: null, bandReportYear: 2021 })).toBe('no data');
    expect(formatBand({ band: null, bandReportYear: null })).toBe('');
  });

  it('windows and quarters in words', () => {
    expect(formatWindow(quarterWindow('2026-Q1'))).toBe('1 January 2026 to 31 March 2026');
    expect(formatQuarter('2025-Q4')).toBe('October to December 2025');
  });

  it('inline quotes give the band in lower case with its report year, and nothing else when there is no figure', () => {
    expect(formatKpiInline({ value: 0.2, unit: 'ratio', band: 'elite', bandReportYear: 2023 })).toBe('20% (elite, DORA 2023)');
    expect(formatKpiInline({ value: 5400, unit: 'seconds', band: 'high', bandReportYear: 2021 })).toBe('1 h 30 min (high, DORA 2021)');
    expect(formatKpiInline({ value: 0.8, unit: 'ratio', band: null, bandReportYear: null })).toBe('80%');
    expect(formatKpiInline({ value: null, unit: 'per-week', band: null, bandReportYear: 2023 })).toBe('no data');
  });
});

describe('an incident still open', () => {
  it('says how long it has been open, in London calendar days to the build\'s today', () => {
    expect(formatOpenFor('2026-11-18T09:00:00Z', '2026-11-30')).toBe('open for 12 days');
    expect(formatOpenFor('2026-11-29T23:30:00Z', '2026-11-30')).toBe('open for 1 day'); // 23:30 on 29 November in London (GMT)
    expect(formatOpenFor('2026-07-01T23:30:00Z', '2026-07-02')).toBe('open since today'); // 00:30 on 2 July in London (BST)
    expect(formatOpenFor('2026-11-29', '2026-11-30')).toBe('open for 1 day');
    expect(formatOpenFor('2026-12-05T09:00:00Z', '2026-11-30')).toBe('open');
  });
});

describe('a recovery time with incidents open and none resolved', () => {
  const base = { value: null, unit: 'seconds' as const };
  it('says how long they have been open instead of "no data"', () => {
    expect(formatKpiValue({ ...base, openIncidents: [{ id: 'INC-1', cause: 'x', detectedAt: '2026-11-25', openForDays: 2 }] })).toBe('none resolved; 1 open for 2 days');
    expect(
      formatKpiValue({
        ...base,
        openIncidents: [
          { id: 'INC-1', cause: 'x', detectedAt: '2026-11-25', openForDays: 2 },
          { id: 'INC-2', cause: 'x', detectedAt: '2026-11-18', openForDays: 9 },
        ],
      }),
    ).toBe('none resolved; 2 open, the longest for 9 days');
    expect(formatKpiValue(base)).toBe('no data');
    expect(formatKpiValue({ ...base, openIncidents: [] })).toBe('no data');
  });
});
