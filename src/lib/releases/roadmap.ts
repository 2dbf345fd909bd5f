// The visual roadmap as data: one lane per component across a window of months, positions in days.
import { daysBetween, type IsoDate } from '../shared/dates';
import { calendarDate, compareSoonestFirst, type ReleaseEntry, type ReleaseModel } from './model';
import type { Component } from './schema';
import { monthLabel, shortMonthLabel } from './schedule';

export interface RoadmapMonth {
  /** `2026-12`. */
  month: string;
  label: string;
  shortLabel: string;
  /** Days from the roadmap's start to the first of the month. */
  startDay: number;
  days: number;
}

export interface RoadmapMarker {
  release: ReleaseEntry;
  date: IsoDate;
  /** Days from the roadmap's start. */
  day: number;
  codeFreeze?: { date: IsoDate; day: number };
}

export interface RoadmapLane {
  component: Component;
  /** Releases dated inside the window, soonest first. */
  markers: RoadmapMarker[];
}

export interface Roadmap {
  /** First day of the first month. */
  start: IsoDate;
  /** First day after the last month. */
  end: IsoDate;
  totalDays: number;
  months: RoadmapMonth[];
  lanes: RoadmapLane[];
  today: { date: IsoDate; day: number };
}

export interface RoadmapOptions {
  /** Whole months shown before today's month; 3 by default. */
  monthsBefore?: number;
  /** Whole months shown after today's month; 6 by default. */
  monthsAfter?: number;
}

/** The first day of the month `n` months after `date`'s month (n may be negative). */
function firstOfMonthShifted(date: IsoDate, n: number): IsoDate {
  const index = +date.slice(0, 4) * 12 + (+date.slice(5, 7) - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

export function releaseRoadmap(model: ReleaseModel, today: IsoDate, opts: RoadmapOptions = {}): Roadmap {
  const start = firstOfMonthShifted(today, -(opts.monthsBefore ?? 3));
  const end = firstOfMonthShifted(today, (opts.monthsAfter ?? 6) + 1);
  const months: RoadmapMonth[] = [];
  for (let m = start; m < end; m = firstOfMonthShifted(m, 1)) {
    const next = firstOfMonthShifted(m, 1);
    const key = m.slice(0, 7);
    months.push({
      month: key,
      label: monthLabel(key),
      shortLabel: shortMonthLabel(key),
      startDay: daysBetween(start, m),
      days: daysBetween(m, next),
    });
  }
  const inWindow = (d: IsoDate) => d >= start && d < end;
  const lanes = model.components.map((component) => ({
    component,
    markers: (model.byComponent[component.id] ?? [])
      .filter((r) => r.date !== undefined && inWindow(r.date))
      .sort(compareSoonestFirst)
      .map((r): RoadmapMarker => {
        const freeze = r.dates.codeFreeze ? calendarDate(r.dates.codeFreeze) : undefined;
        return {
          release: r,
          date: r.date!,
          day: daysBetween(start, r.date!),
          codeFreeze: freeze && inWindow(freeze) ? { date: freeze, day: daysBetween(start, freeze) } : undefined,
        };
      }),
  }));
  return { start, end, totalDays: daysBetween(start, end), months, lanes, today: { date: today, day: daysBetween(start, today) } };
}
