import { describe, expect, it } from 'vitest';
import {
  addDuration,
  buildToday,
  daysBetween,
  formatDate,
  formatDateTime,
  isIsoDate,
  isIsoDateTime,
  isoDateSchema,
  londonMidnight,
  notADate,
  notADateOrDateTime,
  parseDuration,
  toInstant,
} from './dates';

describe('dates', () => {
  it('says why text is not a date: the calendar for text written as a date, the format otherwise', () => {
    const calendar = 'is not a date on the calendar: expected YYYY-MM-DD with a month from 01 to 12 and a day that month has';
    expect(notADate('2026-11-31')).toBe(calendar);
    expect(notADate('2026-13-45')).toBe(calendar);
    expect(notADate('2026-2-30')).toBe(calendar);
    expect(notADate('2026-02-30T10:00Z')).toBe(calendar);
    expect(notADate('next spring')).toBe('is not a date: expected YYYY-MM-DD');
    expect(notADate('20261131')).toBe('is not a date: expected YYYY-MM-DD');
    // On the calendar, so the format is what is wrong: a date-time in a date field, a month without its zero.
    expect(notADate('2026-03-29T10:00Z')).toBe('is not a date: expected YYYY-MM-DD');
    expect(notADate('2026-9-1')).toBe('is not a date: expected YYYY-MM-DD');
    expect(notADate('30/11/2026', 'YYYY-MM-DD or a date-time')).toBe('is not a date: expected YYYY-MM-DD or a date-time');
  });

  it('takes a date-time only as RFC 3339 writes it, as the published JSON Schemas declare it (format: date-time)', () => {
    // A machine-outputs trial (3 December 2026): these passed the check and failed /schemas/releases-api.schema.json.
    for (const s of ['2026-03-29T01:30+01:00', '2026-03-29T24:00:00Z', '2026-11-30T09:00-00:00', '2026-03-29T01:30:00+25:00'])
      expect(isIsoDateTime(s), s).toBe(false);
    for (const s of ['2026-03-29T01:30:00+01:00', '2026-11-30T09:00:00-00:00', '2026-03-29T23:59:59.5Z']) expect(isIsoDateTime(s), s).toBe(true);
    expect(notADateOrDateTime('2026-03-29T01:30+01:00')).toBe('has no seconds: write "2026-03-29T01:30:00+01:00" (RFC 3339, the format of the published data, needs them)');
    expect(notADateOrDateTime('2026-03-29T24:00:00Z')).toBe('has hour 24, which is not a time of day: write 00:00:00 on the next day');
    // RFC 3339's lower-case and space forms (a machine-formats trial, 3 December 2026): "is not a date" said nothing.
    expect(notADateOrDateTime('2026-03-28t23:30:00z')).toBe('is not written as the published data writes a date-time: write "2026-03-28T23:30:00Z"');
    expect(notADateOrDateTime('2026-03-28 23:30:00+01:00')).toBe('is not written as the published data writes a date-time: write "2026-03-28T23:30:00+01:00"');
    expect(notADateOrDateTime('2026-03-28 soon')).toBe('is not a date: expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ss(Z|±hh:mm)');
    expect(notADateOrDateTime('next spring')).toBe('is not a date: expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ss(Z|±hh:mm)');
  });

  it('validates calendar dates strictly', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('1 May 2026')).toBe(false);
  });
  it('normalises YAML Date objects and rejects junk with a message', () => {
    expect(isoDateSchema.parse(new Date('2026-05-01T00:00:00Z'))).toBe('2026-05-01');
    const r = isoDateSchema.safeParse('soon');
    expect(r.success).toBe(false);
  });
  it('takes today from SOURCE_DATE_EPOCH in London time', () => {
    // 2026-06-30T23:30:00Z is already 1 July in London (BST).
    expect(buildToday({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 5, 30, 23, 30) / 1000) })).toBe('2026-07-01');
    expect(buildToday({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 0, 15, 23, 30) / 1000) })).toBe('2026-01-15');
  });
  it('formats for people in Europe/London', () => {
    expect(formatDate('2026-11-27')).toBe('27 November 2026');
    expect(formatDateTime('2026-07-01T08:05:00Z')).toBe('1 July 2026 at 09:05 BST');
    // The hour the clocks go back happens twice: the zone tells the two apart.
    expect([formatDateTime('2026-10-25T00:45:00Z'), formatDateTime('2026-10-25T01:15:00Z')]).toEqual(['25 October 2026 at 01:45 BST', '25 October 2026 at 01:15 GMT']);
  });
  it('finds London midnight across the clock change', () => {
    expect(londonMidnight('2026-01-10')).toBe(Date.UTC(2026, 0, 10));
    expect(londonMidnight('2026-07-10')).toBe(Date.UTC(2026, 6, 9, 23));
    expect(toInstant('2026-03-29T01:30:00+00:00')).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });
  it('parses review intervals and adds them by the calendar', () => {
    expect(parseDuration('6 months')).toEqual({ amount: 6, unit: 'month' });
    expect(parseDuration('1 Year')).toEqual({ amount: 1, unit: 'year' });
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration('0 days')).toBeUndefined();
    expect(addDuration('2026-08-31', { amount: 6, unit: 'month' })).toBe('2027-02-28');
    expect(addDuration('2026-12-25', { amount: 2, unit: 'week' })).toBe('2027-01-08');
    expect(daysBetween('2026-11-01', '2026-11-27')).toBe(26);
    expect(addDuration('2026-02-15', { amount: -3, unit: 'month' })).toBe('2025-11-15');
  });
});
