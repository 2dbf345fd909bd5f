import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toApiJson } from './api';
import { releasesApiJsonSchema } from './json-schema';
import { bareRelease, shippedRelease } from './fixtures';
import { toFeed } from './feed';
import { wentLive } from './model';
import { hasCalendar, toIcs } from './ics';
import { fixtureModel } from './testing';

const SITE = 'https://handbook.example.org';

const model = () =>
  fixtureModel([
    shippedRelease('payments', '2.3.0', '2026-03-02T08:00:00Z', {
      summary: 'Google Pay & faster refunds.',
      changes: [
        { category: 'added', summary: 'Google Pay.', refs: [{ id: 'PAY-90', url: 'https://jira.example/PAY-90' }] },
        { category: 'fixed', summary: '<script>alert("x")</script> in receipts', breaking: true },
      ],
      retrospective: { date: '2026-03-06' },
    }),
    shippedRelease('payments', '2.4.0', '2026-05-14T08:00:00Z', {
      status: 'rolled-back',
      statusReason: 'Card payments failed for some banks.',
      environments: [{ name: 'live', status: 'rolled-back', deployedAt: '2026-05-14T08:00:00Z' }],
    }),
    bareRelease('payments', '2.5.0', { dates: { planned: '2026-12-10', codeFreeze: '2026-12-03T17:00:00Z' } }),
    bareRelease('payments', '2.4.1', { status: 'cancelled', releaseType: 'patch', dates: { planned: '2026-06-01' } }),
    bareRelease('citizen-web', '4.2.0-rc.1', { status: 'in-progress', dates: { planned: '2026-12-02' } }),
    bareRelease('citizen-web', '9.0.0'),
  ]);

const STAMP = Date.UTC(2026, 10, 27, 12);
const CAL = { siteUrl: SITE, siteTitle: 'Example Handbook', organisation: 'Example Council' };

/** Each VEVENT as read by ical.js (a real RFC 5545 parser). */
function parseIcs(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return {
    calendar: cal,
    events: cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        start: e.startDate,
        end: e.endDate,
        status: String(v.getFirstPropertyValue('status')),
        summary: e.summary,
        description: e.description,
        url: String(v.getFirstPropertyValue('url')),
        dtstamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
        sequence: e.sequence,
      };
    }),
  };
}

describe('iCalendar', () => {
  it('is published only with an event (RFC 5545 §3.6), and a component\'s calendar points to its own page (RFC 7986 §5.5)', () => {
    const m = fixtureModel([bareRelease('payments', '1.0.0', { dates: { planned: '2026-12-10' } }), bareRelease('citizen-web', '9.0.0')]);
    expect([hasCalendar(m), hasCalendar(m, 'payments'), hasCalendar(m, 'citizen-web')]).toEqual([true, true, false]);
    expect(hasCalendar(fixtureModel([bareRelease('citizen-web', '9.0.0')]))).toBe(false);
    const url = (componentId?: string) => String(parseIcs(toIcs(m, { ...CAL, componentId, stamp: STAMP })).calendar.getFirstPropertyValue('url'));
    expect([url(), url('payments')]).toEqual(['https://handbook.example.org/releases/schedule/', 'https://handbook.example.org/releases/payments/']);
  });

  it("describes the whole calendar by the organisation's short name, a component's calendar by the component", () => {
    // An adopter's trial (3 December 2026): "every component in Fife Council Digital Services Technical Handbook".
    const desc = (opts: Partial<typeof CAL> & { shortName?: string; componentId?: string }) =>
      // ical.js leaves an unknown property's TEXT escapes (RFC 5545 §3.3.11) in place.
      String(parseIcs(toIcs(model(), { ...CAL, ...opts, stamp: STAMP })).calendar.getFirstPropertyValue('x-wr-caldesc')).replace(/\\([,;\\])/g, '$1');
    expect(desc({ shortName: 'Fife Council' })).toBe('Planned and past releases of every Fife Council component, with code freezes.');
    expect(desc({})).toBe('Planned and past releases of every component in Example Handbook, with code freezes.');
    expect(desc({ shortName: 'Fife Council', componentId: 'payments' })).toMatch(/^Planned and past releases of .+, with code freezes\.$/);
  });

  it('has one all-day event per dated release and per code freeze, with stable UIDs and mapped statuses', () => {
    const text = toIcs(model(), { ...CAL, stamp: STAMP });
    const { calendar, events } = parseIcs(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(events.map((e) => [e.uid, e.start.toString(), e.end.toString(), e.start.isDate && e.end.isDate, e.status])).toEqual([
      ['payments-2.3.0@handbook.example.org', '2026-03-02', '2026-03-03', true, 'CONFIRMED'],
      ['payments-2.4.0@handbook.example.org', '2026-05-14', '2026-05-15', true, 'CONFIRMED'],
      ['payments-2.4.1@handbook.example.org', '2026-06-01', '2026-06-02', true, 'CANCELLED'],
      ['citizen-web-4.2.0-rc.1@handbook.example.org', '2026-12-02', '2026-12-03', true, 'CONFIRMED'],
      ['payments-2.5.0@handbook.example.org', '2026-12-10', '2026-12-11', true, 'TENTATIVE'],
      ['payments-2.5.0_code-freeze@handbook.example.org', '2026-12-03', '2026-12-04', true, 'TENTATIVE'],
    ]);
    const first = events[0];
    expect(first.summary).toBe('Payments gateway 2.3.0');
    expect(first.url).toBe('https://handbook.example.org/releases/payments/2.3.0/');
    // DTSTAMP is when the calendar was built, never a date from the release (RFC 5545 §3.8.7.2).
    expect(events.every((e) => e.dtstamp === '2026-11-27T12:00:00Z' && e.sequence === 0)).toBe(true);
    expect(events[2].summary).toBe('Payments gateway 2.4.1 (cancelled)');
    // A release that went live and was then rolled back or yanked keeps its day, and says what became of it.
    expect(events[1].summary).toBe('Payments gateway 2.4.0 (rolled back)');
    expect(events[5].summary).toBe('Code freeze: Payments gateway 2.5.0');
  });

  it('keeps a yanked release on its day (it went live), its summary saying it was yanked', () => {
    // A new adopter's trial (3 December 2026): as CANCELLED it was struck out of calendars with no word why.
    const yanked = fixtureModel([
      shippedRelease('payments', '2.3.0', '2026-03-02T09:00:00Z', { status: 'yanked', statusReason: 'Showed other people\'s titles.' }),
    ]);
    const { events } = parseIcs(toIcs(yanked, { ...CAL, stamp: STAMP }));
    expect(events.map((e) => [e.status, e.summary])).toEqual([['CONFIRMED', 'Payments gateway 2.3.0 (yanked)']]);
  });

  it('says the time of a code freeze or release written as a date-time, which an all-day event cannot show', () => {
    // A machine-formats trial (3 December 2026): a freeze at 23:30 and a release at 00:30 on the night the clocks
    // went forward were all-day events whose descriptions gave no time, though the release page did.
    const timed = fixtureModel([
      shippedRelease('payments', '4.0.0', '2026-03-29T00:30:00Z', {
        dates: { planned: '2026-03-29', codeFreeze: '2026-03-28T23:30:00Z', released: '2026-03-29T00:30:00+00:00' },
      }),
      shippedRelease('payments', '4.0.1', '2026-10-24T23:30:00Z', { dates: { released: '2026-10-24T23:30:00Z', codeFreeze: '2026-10-24' } }),
    ]);
    const { events } = parseIcs(toIcs(timed, { ...CAL, stamp: STAMP }));
    expect(events.map((e) => [e.uid, e.start.toString(), e.start.isDate])).toEqual([
      ['payments-4.0.0@handbook.example.org', '2026-03-29', true],
      ['payments-4.0.0_code-freeze@handbook.example.org', '2026-03-28', true],
      ['payments-4.0.1@handbook.example.org', '2026-10-25', true],
      ['payments-4.0.1_code-freeze@handbook.example.org', '2026-10-24', true],
    ]);
    expect(events[0].description).toContain('Status: Released. Stage: General availability.\nReleased 29 March 2026 at 00:30 GMT.\n');
    expect(events[1].description).toMatch(/^Code freeze for payments 4\.0\.0 from 28 March 2026 at 23:30 GMT\. Only fixes agreed with the release manager go in after this time\./);
    // 23:30 UTC on 24 October 2026 is 00:30 BST on the 25th: the release's day and time are UK time.
    expect(events[2].description).toContain('Released 25 October 2026 at 00:30 BST.');
    expect(events[3].description).toMatch(/^Code freeze for payments 4\.0\.1\. Only fixes agreed with the release manager go in after this date\./);
  });

  it('names where it is refreshed from and how often (RFC 7986 §5.8 SOURCE, §5.7 REFRESH-INTERVAL)', () => {
    const all = parseIcs(toIcs(model(), { ...CAL, stamp: STAMP })).calendar;
    expect(all.getFirstPropertyValue('source')).toBe('https://handbook.example.org/releases/schedule.ics');
    expect(String(all.getFirstPropertyValue('refresh-interval'))).toBe('P1D');
    expect(all.getFirstProperty('refresh-interval')!.type).toBe('duration');
    const one = toIcs(model(), { ...CAL, stamp: STAMP, componentId: 'payments' });
    expect(parseIcs(one).calendar.getFirstPropertyValue('source')).toBe('https://handbook.example.org/releases/payments.ics');
    expect(one).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:P1D\r\nX-PUBLISHED-TTL:P1D\r\n');
  });

  it('is deterministic and can be limited to one component', () => {
    expect(toIcs(model(), { ...CAL, stamp: STAMP })).toBe(toIcs(model(), { ...CAL, stamp: STAMP }));
    const { events } = parseIcs(toIcs(model(), { ...CAL, componentId: 'citizen-web', codeFreezes: false }));
    expect(events.map((e) => e.uid)).toEqual(['citizen-web-4.2.0-rc.1@handbook.example.org']);
    expect(toIcs(model(), { ...CAL, componentId: 'citizen-web' })).toContain('X-WR-CALNAME:Example Handbook: Citizen website releases');
  });

  it('escapes the calendar header as RFC 5545 TEXT and ends every line, the last too, with CRLF', () => {
    // A folded YAML scalar's closing line break is trimmed; a line break inside a name, punctuation and a backslash are
    // escaped, not taken as syntax.
    const components = `- id: ferries
  name: "Ferry bookings;\\nBarra, Eriskay \\\\ Vatersay"
  description: Ferry bookings.
  owner: Ferries team
  repository: https://github.com/example-org/ferries
- id: harbours
  name: >
    Harbour dues
  description: Harbour dues.
  owner: Harbours team
  repository: https://github.com/example-org/harbours
`;
    const ferries = fixtureModel([bareRelease('ferries', '1.0.0', { dates: { planned: '2026-12-10' } })], components);
    expect(ferries.components.map((c) => c.name)).toEqual(['Ferry bookings;\nBarra, Eriskay \\ Vatersay', 'Harbour dues']);
    const text = toIcs(ferries, { ...CAL, siteTitle: 'Handbook, Isles', componentId: 'ferries', stamp: STAMP });
    const calendar = new ICAL.Component(ICAL.parse(text));
    // ical.js unfolds the lines but leaves these three properties' values as written, so they are compared escaped.
    const header = 'Handbook\\, Isles: Ferry bookings\\;\\nBarra\\, Eriskay \\\\ Vatersay releases';
    expect(calendar.getFirstPropertyValue('name')).toBe(header);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(header);
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toBe('Planned and past releases of Ferry bookings\\;\\nBarra\\, Eriskay \\\\ Vatersay\\, with code freezes.');
    // Only the one event begins a component; no bare line break anywhere; CRLF after END:VCALENDAR.
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('names its producer (PRODID, RFC 5545 §3.7.3) from the organisation, or as site.yaml calendar_prodid says', () => {
    const prodid = (text: string) => String(new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('prodid'));
    expect(prodid(toIcs(model(), CAL))).toBe('-//Example Council//Example Handbook release schedule//EN');
    expect(prodid(toIcs(model(), { ...CAL, prodId: '-//Loch Fyne Water Board//Releases//EN' }))).toBe('-//Loch Fyne Water Board//Releases//EN');
  });

  it('escapes the PRODID as TEXT (RFC 5545 §3.3.11): an organisation with a comma and a semicolon', () => {
    // Unfolded first (RFC 5545 §3.1): the line is longer than 75 octets.
    const line = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n').find((l) => l.startsWith('PRODID:'));
    expect(line(toIcs(model(), { ...CAL, organisation: 'Food Standards Scotland, FSS; Alba' }))).toBe(
      'PRODID:-//Food Standards Scotland\\, FSS\\; Alba//Example Handbook release schedule//EN',
    );
    expect(line(toIcs(model(), { ...CAL, prodId: '-//Board, Loch Fyne; Water//Releases//EN' }))).toBe('PRODID:-//Board\\, Loch Fyne\\; Water//Releases//EN');
  });

  it('has no METHOD: a file served as text/calendar is not an iTIP message (RFC 5545 §3.7.2, RFC 5546 §3.2.1)', () => {
    expect(toIcs(model(), CAL)).not.toMatch(/^METHOD:/m);
  });

  it("gives a code freeze a UID no release can have, even one whose version ends in -code-freeze (RFC 5545 §3.8.4.7)", () => {
    const m = fixtureModel([
      bareRelease('payments', '2.0.0-rc.1', { dates: { planned: '2027-04-01', codeFreeze: '2027-03-27' } }),
      bareRelease('payments', '2.0.0-rc.1-code-freeze', { dates: { planned: '2027-04-02' } }),
    ]);
    const uids = parseIcs(toIcs(m, CAL)).events.map((e) => e.uid);
    expect(uids.sort()).toEqual([
      'payments-2.0.0-rc.1-code-freeze@handbook.example.org',
      'payments-2.0.0-rc.1@handbook.example.org',
      'payments-2.0.0-rc.1_code-freeze@handbook.example.org',
    ]);
  });
});

describe('Atom feed', () => {
  it('is well-formed Atom with one entry per release that reached live, newest first, notes escaped', () => {
    const xml = toFeed(model(), { siteUrl: SITE, title: 'Example releases', author: { name: 'Example Council' } });
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as {
      feed: {
        '@xmlns': string;
        title: string;
        updated: string;
        entry: Array<{ id: string; title: { '#text': string }; updated: string; content: { '#text': string } }>;
      };
    };
    expect(doc.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed.title).toBe('Example releases');
    expect(doc.feed.entry.map((e) => e.id)).toEqual([
      'https://handbook.example.org/releases/payments/2.4.0/',
      'https://handbook.example.org/releases/payments/2.3.0/',
    ]);
    expect(doc.feed.entry[0].title['#text']).toBe('Payments gateway 2.4.0: payments 2.4.0 (rolled back)');
    // The feed's updated time is the newest entry's, so two builds agree.
    expect(doc.feed.updated).toBe('2026-05-14T08:00:00.000Z');
    expect(doc.feed.entry[1].updated).toBe('2026-03-06T00:00:00.000Z');
    const notes = doc.feed.entry[1].content['#text'];
    expect(notes).toContain('<p>Google Pay &amp; faster refunds.</p>');
    expect(notes).toContain('<h3>Added</h3>');
    expect(notes).toContain('<li>Google Pay. (<a href="https://jira.example/PAY-90">PAY-90</a>)</li>');
    expect(notes).toContain('<li><strong>Breaking:</strong> &lt;script&gt;alert("x")&lt;/script&gt; in receipts</li>');
    expect(notes).not.toContain('<script>');
    expect(toFeed(model(), { siteUrl: SITE, title: 'Example releases', author: { name: 'Example Council' } })).toBe(xml);
  });

  it('leaves out a release whose live step was skipped (a pre-release), keeps one deployed or with no live step', () => {
    const ids = (live?: { status: 'skipped' | 'deployed' }) => {
      const environments = [{ name: 'test' as const, status: 'deployed' as const, deployedAt: '2026-05-01T08:00:00Z' }, ...(live ? [{ name: 'live' as const, ...live, ...(live.status === 'deployed' ? { deployedAt: '2026-05-02T08:00:00Z' } : {}) }] : [])];
      const xml = toFeed(fixtureModel([shippedRelease('payments', '1.2.0-beta.2', '2026-05-02T08:00:00Z', { environments })]), { siteUrl: SITE, title: 'R', author: { name: 'C' } });
      return [(new XMLParser().parse(xml) as { feed: { entry?: { id: string } } }).feed.entry?.id];
    };
    expect(ids({ status: 'skipped' })).toEqual([undefined]);
    expect(ids({ status: 'deployed' })).toEqual(['https://handbook.example.org/releases/payments/1.2.0-beta.2/']);
    // A history imported without its deployments (the check warns): taken to have gone live.
    expect(wentLive({ environments: [] })).toBe(true);
  });

  it('is updated at the build\'s instant when no release has gone live, not at 1970 (RFC 4287 §4.2.15)', () => {
    const planned = fixtureModel([bareRelease('payments', '1.0.0', { dates: { planned: '2027-01-10' } })]);
    const xml = toFeed(planned, { siteUrl: SITE, title: 'R', author: { name: 'C' }, now: STAMP });
    expect((new XMLParser().parse(xml) as { feed: { updated: string } }).feed.updated).toBe('2026-11-27T12:00:00.000Z');
    expect(xml).not.toContain('1970');
    expect(xml).not.toContain('<entry>');
  });

  it("moves an entry's updated when its release is yanked or rolled back, never to a planned date (RFC 4287 §4.2.15)", () => {
    const updated = (over: Parameters<typeof shippedRelease>[3]) => {
      const xml = toFeed(fixtureModel([shippedRelease('payments', '2.4.0', '2026-12-02T09:00:00Z', over)]), {
        siteUrl: SITE,
        title: 'Example releases',
        author: { name: 'Example Council' },
      });
      return (new XMLParser().parse(xml) as { feed: { updated: string; entry: { updated: string } } }).feed;
    };
    // Shipped six days before its planned date: the entry is from the day it went live, not the plan.
    expect(updated({ dates: { planned: '2026-12-08', released: '2026-12-02' } }).entry.updated).toBe('2026-12-02T09:00:00.000Z');
    // Yanked a week later (release:status records the change in revision.updated): the entry and the feed move.
    const yanked = updated({ status: 'yanked', statusReason: 'Showed other people\'s titles.', revision: { sequence: 1, updated: '2026-12-09T10:15:00Z' } });
    expect(yanked.entry.updated).toBe('2026-12-09T10:15:00.000Z');
    expect(yanked.updated).toBe('2026-12-09T10:15:00.000Z');
  });
});

describe('releases API', () => {
  it('lists every release normalised, sorted by component then precedence, with a schema version', () => {
    const api = JSON.parse(toApiJson(model())) as {
      schemaVersion: number;
      components: Array<{ id: string }>;
      releases: Array<Record<string, unknown>>;
    };
    expect(api.schemaVersion).toBe(1);
    expect(api.components.map((c) => c.id)).toEqual(['citizen-web', 'payments']);
    expect(api.releases.map((r) => r.key)).toEqual([
      'citizen-web@4.2.0-rc.1',
      'citizen-web@9.0.0',
      'payments@2.3.0',
      'payments@2.4.0',
      'payments@2.4.1',
      'payments@2.5.0',
    ]);
    const planned = api.releases[1];
    expect(planned.$schema).toBeUndefined();
    expect(planned.changes).toEqual([]);
    expect(planned.date).toBeNull();
    expect(api.releases[2].changes).toEqual([
      { category: 'added', summary: 'Google Pay.', breaking: false, refs: [{ id: 'PAY-90', url: 'https://jira.example/PAY-90' }], commits: [] },
      { category: 'fixed', summary: '<script>alert("x")</script> in receipts', breaking: true, refs: [], commits: [] },
    ]);
    expect(toApiJson(model()).endsWith('}\n')).toBe(true);
  });

  it('lists every field a release file may hold, as the published API schema declares them (revision and pipeline too)', () => {
    // A machine-formats trial (3 December 2026): a yanked release written with `revision: { sequence: 1, … }` and
    // a pipeline record came out of /api/releases.json without either.
    const api = JSON.parse(
      toApiJson(
        fixtureModel([
          shippedRelease('payments', '2.3.1', '2026-10-25T00:30:00Z', {
            status: 'yanked',
            statusReason: 'Withdrawn: duplicate results when OBX-5 held "<5.0 & >2.0"; use 2.4.0.',
            revision: { sequence: 1, updated: '2026-10-26T09:00:00Z' },
            pipeline: { buildDurationSeconds: 610, runs: 12, failedRuns: 1 },
          }),
        ]),
      ),
    ) as { releases: Array<Record<string, unknown>> };
    const [release] = api.releases;
    expect(release.revision).toEqual({ sequence: 1, updated: '2026-10-26T09:00:00Z' });
    expect(release.pipeline).toEqual({ buildDurationSeconds: 610, runs: 12, failedRuns: 1 });
    const declared = Object.keys(
      (releasesApiJsonSchema() as { properties: { releases: { items: { properties: Record<string, unknown> } } } }).properties.releases.items
        .properties,
    );
    const optionalAbsent = ['summary', 'source', 'rollbackPlan', 'retrospective'];
    expect(Object.keys(release).sort()).toEqual(declared.filter((k) => !optionalAbsent.includes(k)).sort());
    expect(Object.keys(release).slice(0, 2)).toEqual(['key', 'component']);
    expect(Object.keys(release).indexOf('dateKind') + 1).toBe(Object.keys(release).indexOf('dates'));
  });
});
