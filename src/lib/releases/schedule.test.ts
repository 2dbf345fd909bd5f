import { describe, expect, it } from 'vitest';
import { bareRelease, shippedRelease } from './fixtures';
import { filterKeys, filterReleases, releaseFilterOptions } from './filters';
import { releaseRoadmap } from './roadmap';
import { monthLabel, nextRelease, releaseSchedule } from './schedule';
import { fixtureModel } from './testing';

const model = () =>
  fixtureModel([
    shippedRelease('payments', '2.3.0', '2026-09-01T08:00:00Z'),
    shippedRelease('payments', '2.2.0', '2026-06-01T08:00:00Z'),
    shippedRelease('citizen-web', '4.1.0', '2025-11-20T10:00:00Z'),
    bareRelease('payments', '2.3.1', { status: 'cancelled', releaseType: 'patch', dates: { planned: '2026-10-15' } }),
    bareRelease('payments', '2.4.0', { status: 'in-progress', dates: { planned: '2026-11-20', codeFreeze: '2026-11-13' } }),
    bareRelease('payments', '2.5.0', { dates: { planned: '2026-12-10', codeFreeze: '2026-12-03T17:00:00Z' } }),
    bareRelease('citizen-web', '4.2.0', { dates: { planned: '2026-12-02', codeFreeze: '2026-11-25' } }),
    bareRelease('citizen-web', '5.0.0-alpha.1', { dates: { planned: '2027-03-04' } }),
    bareRelease('citizen-web', '5.0.0'),
  ]);

describe('schedule', () => {
  it('lists upcoming releases by month with code freezes, overdue ones included, then recent ones', () => {
    const s = releaseSchedule(model(), '2026-11-27');
    expect(s.upcoming.map((m) => [m.label, m.items.map((i) => `${i.release.key} ${i.date} ${i.codeFreeze ?? '-'}${i.overdue ? ' overdue' : ''}`)])).toEqual([
      ['November 2026', ['payments@2.4.0 2026-11-20 2026-11-13 overdue']],
      ['December 2026', ['citizen-web@4.2.0 2026-12-02 2026-11-25', 'payments@2.5.0 2026-12-10 2026-12-03']],
      ['March 2027', ['citizen-web@5.0.0-alpha.1 2027-03-04 -']],
    ]);
    expect(s.codeFreezes.map((c) => `${c.date} ${c.release.key}`)).toEqual(['2026-12-03 payments@2.5.0']);
    // Recent = the last 90 days: 2026-08-29 onwards.
    expect(s.recent.map((r) => r.key)).toEqual(['payments@2.3.1', 'payments@2.3.0']);
    expect(s.unscheduled.map((r) => r.key)).toEqual(['citizen-web@5.0.0']);
  });

  it('limits upcoming releases to the next n months and to one component', () => {
    const s = releaseSchedule(model(), '2026-11-27', { months: 1, componentId: 'payments', recentDays: 200 });
    expect(s.upcoming.flatMap((m) => m.items.map((i) => i.release.key))).toEqual(['payments@2.4.0', 'payments@2.5.0']);
    expect(s.recent.map((r) => r.key)).toEqual(['payments@2.3.1', 'payments@2.3.0', 'payments@2.2.0']);
  });

  it('names months in British English', () => {
    expect(monthLabel('2027-03')).toBe('March 2027');
  });
});

describe('roadmap', () => {
  it('lays out one lane per component across the months, positions in days', () => {
    const r = releaseRoadmap(model(), '2026-11-27', { monthsBefore: 1, monthsAfter: 1 });
    expect(r.start).toBe('2026-10-01');
    expect(r.end).toBe('2027-01-01');
    expect(r.totalDays).toBe(92);
    expect(r.months.map((m) => `${m.shortLabel} ${m.startDay}+${m.days}`)).toEqual(['Oct 0+31', 'Nov 31+30', 'Dec 61+31']);
    expect(r.today).toEqual({ date: '2026-11-27', day: 57 });
    expect(r.lanes.map((l) => l.component.id)).toEqual(['payments', 'citizen-web']);
    expect(r.lanes[0].markers.map((m) => `${m.release.version}@${m.day}${m.codeFreeze ? ` freeze@${m.codeFreeze.day}` : ''}`)).toEqual([
      '2.3.1@14',
      '2.4.0@50 freeze@43',
      '2.5.0@70 freeze@63',
    ]);
    expect(r.lanes[1].markers.map((m) => m.release.version)).toEqual(['4.2.0']);
  });

  it('crosses a year boundary backwards', () => {
    const r = releaseRoadmap(model(), '2026-01-15', { monthsBefore: 2, monthsAfter: 0 });
    expect(r.months.map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(r.lanes[1].markers.map((m) => `${m.release.version}@${m.day}`)).toEqual(['4.1.0@19']);
  });
});

describe('filters', () => {
  it('offers components, statuses, stages and years with counts', () => {
    const f = releaseFilterOptions(model());
    expect(f.components).toEqual([
      { value: 'payments', label: 'Payments gateway', count: 5 },
      { value: 'citizen-web', label: 'Citizen website', count: 4 },
    ]);
    expect(f.statuses.map((o) => `${o.label} ${o.count}`)).toEqual(['Planned 4', 'In progress 1', 'Released 3', 'Cancelled 1']);
    expect(f.stages.map((o) => `${o.value} ${o.count}`)).toEqual(['alpha 1', 'ga 8']);
    expect(f.years.map((o) => `${o.value} ${o.count}`)).toEqual(['2027 1', '2026 6', '2025 1']);
  });

  it('selects releases matching every criterion, newest first', () => {
    const m = model();
    expect(filterReleases(m, { component: 'payments', year: 2026, status: 'released' }).map((r) => r.version)).toEqual(['2.3.0', '2.2.0']);
    expect(filterReleases(m, { stage: 'alpha' }).map((r) => r.key)).toEqual(['citizen-web@5.0.0-alpha.1']);
    expect(filterKeys(m.byKey['citizen-web@5.0.0'])).toEqual({ component: 'citizen-web', status: 'planned', stage: 'ga', year: '' });
  });
});

describe('nextRelease', () => {
  it('is the soonest planned or in-progress release, overdue when its planned date has passed (an operations trial)', () => {
    // The home page said "Next: …, planned for 25 March 2027" on 1 April, while the schedule said overdue (3 December 2026).
    const model = fixtureModel([
      bareRelease('payments', '2.6.0', { status: 'in-progress', dates: { planned: '2027-03-25' } }),
      bareRelease('payments', '2.7.0', { dates: { planned: '2027-04-27' } }),
      shippedRelease('payments', '2.5.0', '2027-03-01T10:00:00Z'),
    ]);
    expect(nextRelease(model, '2027-04-01')).toMatchObject({ release: { version: '2.6.0' }, overdue: true });
    expect(nextRelease(model, '2027-03-25')).toMatchObject({ release: { version: '2.6.0' }, overdue: false });
    expect(nextRelease(fixtureModel([shippedRelease('payments', '2.5.0', '2027-03-01T10:00:00Z')]), '2027-04-01')).toBeUndefined();
  });
});
