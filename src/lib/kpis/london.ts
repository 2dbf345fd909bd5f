// Cached London calendar dates: the shared londonDate builds an Intl formatter per call (~50 µs), too slow per item.
import { isIsoDate, londonDate, toInstant, type IsoDate } from '../shared/dates';

const HOUR = 3_600_000;
const cache = new Map<number, IsoDate>();

/**
 * londonDate(instant), memoised by UTC hour. Exact: London is UTC+0 or UTC+1 and changes both date and offset only
 * on whole UTC hours, so every instant within one UTC hour has the same London date.
 */
export function londonDay(instant: number): IsoDate {
  const h = Math.floor(instant / HOUR);
  let d = cache.get(h);
  if (d === undefined) {
    d = londonDate(h * HOUR);
    cache.set(h, d);
  }
  return d;
}

const midnights = new Map<IsoDate, number>();

/** toInstant with bare dates (00:00 London, ~70 µs each through Intl) memoised. */
export function instantOf(s: string): number {
  if (!isIsoDate(s)) return toInstant(s);
  let t = midnights.get(s);
  if (t === undefined) {
    t = toInstant(s);
    midnights.set(s, t);
  }
  return t;
}

/** The London calendar date of an ISO date or date-time string (a bare date is itself). */
export function calendarDate(s: string): IsoDate {
  return isIsoDate(s) ? s : londonDay(toInstant(s));
}
