// The one place that parses, compares and formats dates: UTC inside, Europe/London for display.
import { z } from 'zod';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * An RFC 3339 §5.6 date-time with its offset, as the published JSON Schemas declare it (`format: date-time`): seconds
 * written, hours 00–23. The check took `2026-03-29T01:30+01:00` and `T24:00:00Z` (Date.parse reads both), and the
 * releases API then failed the site's own schema (a machine-outputs trial, 3 December 2026).
 */
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
/**
 * The two shapes above as JSON Schema `pattern`s, for the published schemas beside `format: date` / `date-time`. JSON
 * Schema 2020-12 (§7.2) makes `format` an annotation unless a validator is told to assert it, so an editor's validator
 * took `"codeFreeze": "next Tuesday"` and `"2026-03-28t23:30:00z"` that the check refuses (a machine-formats trial,
 * 3 December 2026); a pattern is always asserted. Month and day ranges are the pattern's; whether the day exists in
 * that month stays `format`'s and the check's.
 */
export const DATE_PATTERN = String.raw`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`;
export const DATE_TIME_PATTERN = String.raw`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$`;

/** A date-time written without its seconds, `2026-03-29T01:30+01:00`: group 1 before where they go, group 2 after. */
const NO_SECONDS = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})$/;

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

export function isIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function isIsoDateTime(s: string): boolean {
  return DATETIME_RE.test(s) && !isNaN(Date.parse(s)) && isIsoDate(s.slice(0, 10));
}

/** Text written as a date (`2026-11-31`, `2026-9-1`, or the date part of a date-time): year, month and day. */
const DATE_PART = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[Tt ])/;

/**
 * Why `text` is not a date, to follow the value in a message: for text written as a date whose day is not on the
 * calendar (`2026-11-31`, `2026-13-45`, `2026-02-30T10:00Z`) the month-and-day rule, since the format is not the
 * problem; otherwise the format (`expected`, YYYY-MM-DD unless a field takes more). One wording for every date field
 * and command (found by a new adopter: a release's `"2026-11-31" is not a date: expected YYYY-MM-DD` read as a
 * format error, 1 December 2026).
 */
export function notADate(text: string, expected = 'YYYY-MM-DD'): string {
  const m = DATE_PART.exec(text);
  return m && !isIsoDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`)
    ? 'is not a date on the calendar: expected YYYY-MM-DD with a month from 01 to 12 and a day that month has'
    : `is not a date: expected ${expected}`;
}

/** YAML loaders turn `2026-01-02` into a Date at UTC midnight; accept both and normalise to text. */
export const isoDateSchema = z
  .union([z.string(), z.date()])
  .transform((v, ctx): IsoDate => {
    if (v instanceof Date) {
      if (!isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    } else if (isIsoDate(v)) return v;
    ctx.addIssue({ code: 'custom', message: `{found} ${notADate(typeof v === 'string' ? v : '')}` });
    return z.NEVER;
  });

/**
 * Why `text` is not a date or a date-time, to follow the value in a message: a date-time without seconds gets them
 * written in (`2026-03-29T01:30:00+01:00`), hour 24 the next day's midnight, a lower-case `t` or `z` or a space
 * capitals, anything else {@link notADate}'s reason.
 */
export function notADateOrDateTime(text: string): string {
  const bare = NO_SECONDS.exec(text);
  if (bare && isIsoDateTime(`${bare[1]}:00${bare[2]}`)) return `has no seconds: write "${bare[1]}:00${bare[2]}" (RFC 3339, the format of the published data, needs them)`;
  if (/^\d{4}-\d{2}-\d{2}T24:/.test(text)) return 'has hour 24, which is not a time of day: write 00:00:00 on the next day';
  // RFC 3339 §5.6 lets "t", "z" and (by its note) a space stand for "T" and "Z"; the published data and schemas write
  // them in capitals, so say which form to write rather than "is not a date" (a machine-formats trial, 3 December 2026).
  const capitals = text.replace(/^(\d{4}-\d{2}-\d{2})[t ]/, '$1T').replace(/z$/, 'Z');
  if (capitals !== text && isIsoDateTime(capitals)) return `is not written as the published data writes a date-time: write "${capitals}"`;
  return notADate(text, 'YYYY-MM-DD or YYYY-MM-DDThh:mm:ss(Z|±hh:mm)');
}

/** A date, or a date-time with an explicit offset (`2026-03-29T01:30:00+01:00` or `…Z`), seconds written. */
export const isoDateOrDateTimeSchema = z
  .union([z.string(), z.date()])
  .transform((v, ctx): string => {
    if (v instanceof Date) {
      if (!isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    } else if (isIsoDate(v) || isIsoDateTime(v)) return v;
    ctx.addIssue({
      code: 'custom',
      message: `{found} ${notADateOrDateTime(typeof v === 'string' ? v : '')}`,
    });
    return z.NEVER;
  });

/** Milliseconds since the epoch; a bare date counts as midnight in Europe/London. */
export function toInstant(s: string): number {
  if (isIsoDate(s)) return londonMidnight(s);
  return Date.parse(s);
}

// Formatters are costly to create, so each is made once.
const londonHourFmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' });
const londonDateFmt = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** UTC milliseconds of 00:00 Europe/London on the given date. */
export function londonMidnight(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  const utc = Date.UTC(y, m - 1, d);
  // London is UTC or UTC+1; find which by asking Intl what hour UTC midnight is there.
  return utc - Number(londonHourFmt.format(utc)) * 3600_000;
}

/** The calendar date in Europe/London of an instant. */
export function londonDate(instant: number): IsoDate {
  return londonDateFmt.format(instant); // en-CA formats as YYYY-MM-DD
}

/**
 * "Today" for the build: SOURCE_DATE_EPOCH (reproducible-builds convention) when set, else the clock.
 * Pass `env` in tests to fix it.
 */
export function buildToday(env: Record<string, string | undefined> = process.env): IsoDate {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return londonDate(Number(epoch) * 1000);
  return londonDate(Date.now());
}

/**
 * The build's moment, in milliseconds since the epoch: SOURCE_DATE_EPOCH (seconds, reproducible-builds
 * convention) when set, else the clock. Used where a format asks when the file was made (iCalendar DTSTAMP).
 */
export function buildInstant(env: Record<string, string | undefined> = process.env): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return Number(epoch) * 1000;
  return Date.now();
}

const longFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

// Formatted dates by their text: a 2,000-page build formats the same few hundred dates thousands of times,
// and each Intl format call costs about 10 µs (0.16 s of a build's page generation, CPU profile, 1 December 2026).
const formatted = new Map<string, string>();

/** `27 November 2026` — dates for people. */
export function formatDate(s: string): string {
  let out = formatted.get(s);
  if (out === undefined) {
    out = isIsoDate(s) ? longFmt.format(Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10), 12)) : longFmt.format(Date.parse(s));
    formatted.set(s, out);
  }
  return out;
}

const dateTimeFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/**
 * `27 November 2026 at 14:05 GMT` in UK time, with GMT or BST; bare dates format as dates. The zone is named: on the
 * day the clocks go back, 01:45 BST comes before 01:15 GMT, and an incident read "detected at 01:45, resolved at
 * 01:15, 30 min" (a KPI audit, 3 December 2026).
 */
export function formatDateTime(s: string): string {
  if (isIsoDate(s)) return formatDate(s);
  return dateTimeFmt.format(Date.parse(s));
}

/** Whole days from a to b (b − a), by calendar date. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) -
    Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) / 86_400_000);
}

const DURATION_RE = /^\s*(\d+)\s*(day|week|month|year)s?\s*$/i;

/** Parses `6 months`, `1 year`, `2 weeks`, `30 days`; undefined if it does not parse. */
export function parseDuration(s: string): { amount: number; unit: 'day' | 'week' | 'month' | 'year' } | undefined {
  const m = DURATION_RE.exec(s);
  if (!m || Number(m[1]) <= 0) return undefined;
  return { amount: Number(m[1]), unit: m[2].toLowerCase() as 'day' | 'week' | 'month' | 'year' };
}

/** Calendar arithmetic; month ends clamp (31 Aug + 6 months = 28/29 Feb). */
export function addDuration(date: IsoDate, d: { amount: number; unit: 'day' | 'week' | 'month' | 'year' }): IsoDate {
  const [y, m, day] = date.split('-').map(Number);
  if (d.unit === 'day' || d.unit === 'week') {
    const t = Date.UTC(y, m - 1, day) + d.amount * (d.unit === 'week' ? 7 : 1) * 86_400_000;
    return new Date(t).toISOString().slice(0, 10);
  }
  const months = d.unit === 'year' ? d.amount * 12 : d.amount;
  const total = (m - 1) + months;
  const ny = y + Math.floor(total / 12);
  const nm = ((total % 12) + 12) % 12; // negative durations count back across year ends
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return new Date(Date.UTC(ny, nm, Math.min(day, last))).toISOString().slice(0, 10);
}
