// Reporting windows for the KPIs: the rolling 90 days to "today", calendar quarters and custom ranges.
import { addDuration, daysBetween, isIsoDate, type IsoDate } from '../shared/dates';

export type WindowKind = 'rolling' | 'quarter' | 'custom';

/** A closed range of calendar dates in Europe/London: `from` 00:00 to the end of `to`. */
export interface KpiWindow {
  kind: WindowKind;
  /** `Last 90 days`, `2026-Q1`, or `from … to …`. */
  label: string;
  from: IsoDate;
  to: IsoDate;
  /** Calendar days in the window, both ends included. */
  days: number;
  /** A quarter cut short by "today" (the current quarter). */
  partial: boolean;
}

/** A quarter as `YYYY-Qn`. */
export type Quarter = string;

export const ROLLING_DAYS = 90;

export function addDays(date: IsoDate, days: number): IsoDate {
  return addDuration(date, { amount: days, unit: 'day' });
}

/** The `days` calendar days ending on (and including) `today`. */
export function rollingWindow(today: IsoDate, days = ROLLING_DAYS): KpiWindow {
  return { kind: 'rolling', label: `Last ${days} days`, from: addDays(today, -(days - 1)), to: today, days, partial: false };
}

export function customWindow(from: IsoDate, to: IsoDate): KpiWindow {
  if (!isIsoDate(from) || !isIsoDate(to)) throw new Error(`A window needs two dates as YYYY-MM-DD; found "${from}" and "${to}"`);
  if (to < from) throw new Error(`A window cannot end (${to}) before it starts (${from})`);
  return { kind: 'custom', label: `${from} to ${to}`, from, to, days: daysBetween(from, to) + 1, partial: false };
}

const QUARTER_RE = /^(\d{4})-Q([1-4])$/;

export function isQuarter(s: string): boolean {
  return QUARTER_RE.test(s);
}

export function quarterOf(date: IsoDate): Quarter {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter's dates; when `today` falls inside it, the window stops at today and is marked partial. */
export function quarterWindow(q: Quarter, today?: IsoDate): KpiWindow {
  const m = QUARTER_RE.exec(q);
  if (!m) throw new Error(`"${q}" is not a quarter: expected YYYY-Qn, n from 1 to 4`);
  const year = Number(m[1]);
  const first = (Number(m[2]) - 1) * 3 + 1;
  const from = `${year}-${String(first).padStart(2, '0')}-01`;
  const end = addDays(addDuration(from, { amount: 3, unit: 'month' }), -1);
  const partial = today !== undefined && today >= from && today < end;
  const to = partial ? (today as IsoDate) : end;
  return { kind: 'quarter', label: q, from, to, days: daysBetween(from, to) + 1, partial };
}

/** Every quarter from `first` to `last`, both included, oldest first. */
export function quartersBetween(first: Quarter, last: Quarter): Quarter[] {
  const out: Quarter[] = [];
  let [y, n] = [Number(first.slice(0, 4)), Number(first.slice(6))];
  const [ly, ln] = [Number(last.slice(0, 4)), Number(last.slice(6))];
  while (y < ly || (y === ly && n <= ln)) {
    out.push(`${y}-Q${n}`);
    n++;
    if (n > 4) [y, n] = [y + 1, 1];
  }
  return out;
}
