// A release planned, moved earlier, then cancelled: three calendars read back with ical.js, applied as a client would.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { filesChangedSince } from '../shared/git';
import { formatIssues } from '../shared/errors';
import { bareRelease, releaseFile } from './fixtures';
import { toIcs } from './ics';
import { checkRevision, checkRevisionsSince, reviseSchedule, schedulingChanges } from './revision';
import type { ReleaseInput } from './schema';
import { fixtureModel } from './testing';

const SITE = 'https://handbook.example.gov.uk';
const CAL = { siteUrl: SITE, siteTitle: 'Example handbook', organisation: 'Example Council' };
const UID = 'payments-3.0.0@handbook.example.gov.uk';
const FREEZE_UID = 'payments-3.0.0_code-freeze@handbook.example.gov.uk';

/** The three committed versions of content/releases/payments/3.0.0.json, each made from the last by the tooling rule. */
function versions(): { release: ReleaseInput; builtAt: number }[] {
  const planned = bareRelease('payments', '3.0.0', {
    releaseType: 'major',
    dates: { planned: '2026-12-10', codeFreeze: '2026-12-03' },
  });
  const movedEarlier = reviseSchedule(
    planned,
    { ...planned, dates: { planned: '2026-12-01', codeFreeze: '2026-11-24' } },
    new Date('2026-11-10T09:30:00Z'),
  );
  const cancelled = reviseSchedule(
    movedEarlier,
    { ...movedEarlier, status: 'cancelled' as const, statusReason: 'Replaced by 3.1.0.' },
    new Date('2026-11-20T14:00:00Z'),
  );
  return [
    { release: planned, builtAt: Date.UTC(2026, 10, 2, 6) },
    { release: movedEarlier, builtAt: Date.UTC(2026, 10, 11, 6) },
    { release: cancelled, builtAt: Date.UTC(2026, 10, 21, 6) },
  ];
}

interface ClientEvent {
  uid: string;
  sequence: number;
  dtstamp: number;
  start: string;
  allDay: boolean;
  status: string;
  lastModified?: string;
  summary: string;
}

/** Every VEVENT of a calendar, parsed by ical.js (a real RFC 5545 parser). */
function parseCalendar(text: string): ClientEvent[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const lastModified = v.getFirstPropertyValue('last-modified') as ICAL.Time | null;
    const dtstamp = v.getFirstPropertyValue('dtstamp') as ICAL.Time;
    return {
      uid: e.uid,
      sequence: e.sequence,
      dtstamp: dtstamp.toJSDate().getTime(),
      start: e.startDate.toString(),
      allDay: e.startDate.isDate && e.endDate.isDate,
      status: String(v.getFirstPropertyValue('status')),
      lastModified: lastModified ? lastModified.toString() : undefined,
      summary: e.summary,
    };
  });
}

/**
 * A calendar client's store: an incoming event replaces the stored one with its UID when its SEQUENCE is higher,
 * or equal with a later DTSTAMP (RFC 5546 §2.1.5); otherwise it is an out-of-date copy and is ignored.
 */
function applyAll(order: ClientEvent[][]): Map<string, ClientEvent> {
  const store = new Map<string, ClientEvent>();
  for (const events of order) {
    for (const e of events) {
      const held = store.get(e.uid);
      if (!held || e.sequence > held.sequence || (e.sequence === held.sequence && e.dtstamp > held.dtstamp)) store.set(e.uid, e);
    }
  }
  return store;
}

function calendars(): ClientEvent[][] {
  return versions().map(({ release, builtAt }) =>
    parseCalendar(toIcs(fixtureModel([release]), { ...CAL, stamp: builtAt })),
  );
}

describe('schedule revisions in the calendar', () => {
  it('gives each version a higher SEQUENCE, the build time as DTSTAMP and the change time as LAST-MODIFIED', () => {
    const seen = calendars().map((events) =>
      events.map((e) => [e.uid, e.sequence, new Date(e.dtstamp).toISOString(), e.start, e.allDay, e.status, e.lastModified ?? null]),
    );
    expect(seen).toEqual([
      [
        [UID, 0, '2026-11-02T06:00:00.000Z', '2026-12-10', true, 'TENTATIVE', null],
        [FREEZE_UID, 0, '2026-11-02T06:00:00.000Z', '2026-12-03', true, 'TENTATIVE', null],
      ],
      [
        [UID, 1, '2026-11-11T06:00:00.000Z', '2026-12-01', true, 'TENTATIVE', '2026-11-10T09:30:00Z'],
        [FREEZE_UID, 1, '2026-11-11T06:00:00.000Z', '2026-11-24', true, 'TENTATIVE', '2026-11-10T09:30:00Z'],
      ],
      [
        [UID, 2, '2026-11-21T06:00:00.000Z', '2026-12-01', true, 'CANCELLED', '2026-11-20T14:00:00Z'],
        [FREEZE_UID, 2, '2026-11-21T06:00:00.000Z', '2026-11-24', true, 'CANCELLED', '2026-11-20T14:00:00Z'],
      ],
    ]);
  });

  it('leaves a subscriber with the cancelled event at the earlier date, whatever order the copies arrive in', () => {
    const [planned, moved, cancelled] = calendars();
    for (const order of [
      [planned, moved, cancelled],
      [cancelled, planned, moved],
      [moved, cancelled, planned],
    ]) {
      const store = applyAll(order);
      expect(store.get(UID)).toMatchObject({ sequence: 2, status: 'CANCELLED', start: '2026-12-01' });
      expect(store.get(FREEZE_UID)).toMatchObject({ sequence: 2, status: 'CANCELLED', start: '2026-11-24' });
    }
  });

  it('lets a later build of the same version replace the copy a client holds (same SEQUENCE, later DTSTAMP)', () => {
    const [, moved] = versions();
    const early = parseCalendar(toIcs(fixtureModel([moved.release]), { ...CAL, stamp: moved.builtAt }));
    const later = parseCalendar(toIcs(fixtureModel([moved.release]), { ...CAL, stamp: moved.builtAt + 86_400_000 }));
    expect(applyAll([later, early]).get(UID)!.dtstamp).toBe(moved.builtAt + 86_400_000);
  });

  it('takes DTSTAMP from SOURCE_DATE_EPOCH when no stamp is given, never from a content date', () => {
    const [planned] = versions();
    const before = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2026, 0, 5, 12) / 1000);
    try {
      const [event] = parseCalendar(toIcs(fixtureModel([planned.release]), CAL));
      expect(new Date(event.dtstamp).toISOString()).toBe('2026-01-05T12:00:00.000Z');
    } finally {
      if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = before;
    }
  });
});

describe('reviseSchedule', () => {
  const base = bareRelease('payments', '3.0.0', { dates: { planned: '2026-12-10' } });

  it('leaves a release alone when no scheduling fact changed (titles and notes are not scheduling facts)', () => {
    const edited = { ...base, title: 'Payments 3', summary: 'New summary.' };
    expect(reviseSchedule(base, edited, new Date('2026-11-01T00:00:00Z'))).toBe(edited);
  });

  it('raises the sequence above both versions and never lowers it', () => {
    const after = { ...base, status: 'in-progress' as const, revision: { sequence: 4 } };
    expect(reviseSchedule({ ...base, revision: { sequence: 7 } }, after, new Date('2026-11-01T10:00:00.123Z')).revision).toEqual({
      sequence: 8,
      updated: '2026-11-01T10:00:00Z',
    });
  });

  it('names every changed fact', () => {
    expect(schedulingChanges(base, { ...base, status: 'cancelled', dates: { planned: '2026-12-01', released: '2026-12-01' } })).toEqual([
      { field: 'dates.planned', from: '2026-12-10', to: '2026-12-01' },
      { field: 'dates.released', from: undefined, to: '2026-12-01' },
      { field: 'status', from: 'planned', to: 'cancelled' },
    ]);
  });
});

describe('the revision check rule', () => {
  const file = 'content/releases/payments/3.0.0.json';
  const base = bareRelease('payments', '3.0.0', { dates: { planned: '2026-12-10' }, revision: { sequence: 1 } });

  it('rejects a changed date without a higher sequence, saying what changed and what to add', () => {
    const moved = { ...base, dates: { planned: '2026-12-01' } };
    const text = JSON.stringify(moved, null, 2);
    expect(formatIssues(checkRevision({ file, text }, base, moved, 'HEAD'))).toBe(
      `${file}:12:5  revision.sequence  dates.planned changed from "2026-12-10" to "2026-12-01" since HEAD, but the sequence is still 1: ` +
        'add `"revision": { "sequence": 2, "updated": "<the date and time now, UTC, as YYYY-MM-DDThh:mm:ssZ>" }` so calendar subscribers get the change',
    );
  });

  it('places the problem on the changed date when the file has no revision block, so a pull request shows it on that line', () => {
    const noRevision = bareRelease('payments', '3.0.0', { dates: { planned: '2026-12-10' } });
    const moved = { ...noRevision, dates: { planned: '2026-12-01' } };
    const text = JSON.stringify(moved, null, 2);
    const plannedLine = text.split('\n').findIndex((l) => l.includes('"planned": "2026-12-01"')) + 1;
    const [found] = checkRevision({ file, text }, noRevision, moved, 'HEAD');
    expect([found.field, found.line, found.column]).toEqual(['revision.sequence', plannedLine, 5]);
    expect(found.message).toMatch(/^dates\.planned changed from "2026-12-10" to "2026-12-01" since HEAD, but the sequence is still 0: add `"revision": \{ "sequence": 1,/);
  });

  it('rejects a sequence that went down', () => {
    const lowered = { ...base, revision: { sequence: 0 } };
    expect(checkRevision({ file }, base, lowered, 'origin/main').map((i) => i.message)).toEqual([
      '0 is lower than 1 in origin/main: the sequence never goes down, or calendars keep the old event — set it to 2 or more',
    ]);
  });

  it('accepts what reviseSchedule writes', () => {
    const moved = reviseSchedule(base, { ...base, dates: { planned: '2026-12-01' } }, new Date());
    expect(checkRevision({ file }, base, moved, 'HEAD')).toEqual([]);
  });

  it('compares the working tree with a git ref: only changed release files, from a real repository', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-revision-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: dir, stdio: 'pipe' });
    try {
      const write = (r: ReleaseInput) => {
        const f = releaseFile(r);
        fs.mkdirSync(path.join(dir, path.dirname(f.path)), { recursive: true });
        fs.writeFileSync(path.join(dir, f.path), f.text);
        return f;
      };
      git('init', '-q');
      write(base);
      write(bareRelease('payments', '3.1.0', { dates: { planned: '2027-01-10' } }));
      git('add', '-A');
      git('commit', '-q', '-m', 'plan');
      expect(filesChangedSince(dir, 'HEAD', 'content/releases')).toEqual(new Map());

      const moved = { ...base, dates: { planned: '2026-12-01' } };
      const f = write(moved);
      const earlier = filesChangedSince(dir, 'HEAD', 'content/releases')!;
      expect([...earlier.keys()]).toEqual([file]);
      const issues = checkRevisionsSince(earlier, new Map([[file, { release: moved, text: f.text }]]), 'HEAD');
      expect(issues.map((i) => `${i.file}:${i.line}  ${i.field}`)).toEqual([`${file}:12  revision.sequence`]);

      expect(filesChangedSince(dir, 'no-such-branch', 'content/releases')).toBeUndefined();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
