// The release schedule relative to "today": upcoming releases by month with code freezes, then recent ones.
import { addDuration, type IsoDate } from '../shared/dates';
import {
  calendarDate,
  compareNewestFirst,
  compareSoonestFirst,
  isShipped,
  isUpcoming,
  type ReleaseEntry,
  type ReleaseModel,
} from './model';

export interface ScheduleItem {
  release: ReleaseEntry;
  /** Planned date. */
  date: IsoDate;
  /** Code-freeze calendar date, when set. */
  codeFreeze?: IsoDate;
  /** Planned date already passed and the release is not out. */
  overdue: boolean;
}

export interface ScheduleMonth {
  /** `2026-12`. */
  month: string;
  /** `December 2026`. */
  label: string;
  items: ScheduleItem[];
}

export interface CodeFreezeItem {
  release: ReleaseEntry;
  date: IsoDate;
}

export interface ReleaseSchedule {
  today: IsoDate;
  /** Planned and in-progress releases by month of their planned date, soonest first (overdue ones included). */
  upcoming: ScheduleMonth[];
  /** Code freezes from today on, soonest first. */
  codeFreezes: CodeFreezeItem[];
  /** Releases shipped or cancelled in the last `recentDays` days, newest first. */
  recent: ReleaseEntry[];
  /** Planned or in-progress releases with no planned date yet. */
  unscheduled: ReleaseEntry[];
}

export interface ScheduleOptions {
  /** Only upcoming releases planned before today + this many months (overdue ones always show). */
  months?: number;
  /** How far back "recent" reaches; 90 days by default. */
  recentDays?: number;
  componentId?: string;
}

const monthFmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const shortMonthFmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short' });

/** `December 2026` for `2026-12` (a calendar month, so no time zone applies). */
export function monthLabel(month: string): string {
  return monthFmt.format(Date.UTC(+month.slice(0, 4), +month.slice(5, 7) - 1, 15));
}

/** `Dec` for `2026-12`. */
export function shortMonthLabel(month: string): string {
  return shortMonthFmt.format(Date.UTC(+month.slice(0, 4), +month.slice(5, 7) - 1, 15));
}

/**
 * The release the home page calls "next": the soonest planned or in-progress release, and whether its planned date has
 * passed (`today`, YYYY-MM-DD, London). A late release read "Next: …, planned for 25 March" on 1 April while the
 * schedule said overdue (an operations trial, 3 December 2026). Undefined when nothing is upcoming.
 */
export function nextRelease(model: Pick<ReleaseModel, 'releases'>, today: IsoDate): { release: ReleaseEntry; overdue: boolean } | undefined {
  const release = model.releases.filter((r) => isUpcoming(r.status)).sort(compareSoonestFirst)[0];
  return release && { release, overdue: release.date !== undefined && release.date < today };
}

export function releaseSchedule(model: ReleaseModel, today: IsoDate, opts: ScheduleOptions = {}): ReleaseSchedule {
  const pool = opts.componentId ? model.releases.filter((r) => r.component === opts.componentId) : model.releases;
  const horizon = opts.months !== undefined ? addDuration(today, { amount: opts.months, unit: 'month' }) : undefined;
  const since = addDuration(today, { amount: -(opts.recentDays ?? 90), unit: 'day' });

  const upcoming = pool.filter((r) => isUpcoming(r.status)).sort(compareSoonestFirst);
  const items: ScheduleItem[] = upcoming
    .filter((r) => r.date !== undefined && (horizon === undefined || r.date < horizon || r.date < today))
    .map((r) => ({
      release: r,
      date: r.date!,
      codeFreeze: r.dates.codeFreeze ? calendarDate(r.dates.codeFreeze) : undefined,
      overdue: r.date! < today,
    }));
  const months: ScheduleMonth[] = [];
  for (const item of items) {
    const month = item.date.slice(0, 7);
    let m = months[months.length - 1];
    if (!m || m.month !== month) {
      m = { month, label: monthLabel(month), items: [] };
      months.push(m);
    }
    m.items.push(item);
  }

  const codeFreezes = items
    .filter((i) => i.codeFreeze !== undefined && i.codeFreeze >= today)
    .map((i) => ({ release: i.release, date: i.codeFreeze! }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : compareSoonestFirst(a.release, b.release)));

  const recent = pool
    .filter((r) => (isShipped(r.status) || r.status === 'cancelled') && r.date && r.date <= today && r.date >= since)
    .sort(compareNewestFirst);

  return {
    today,
    upcoming: months,
    codeFreezes,
    recent,
    unscheduled: upcoming.filter((r) => r.date === undefined),
  };
}
