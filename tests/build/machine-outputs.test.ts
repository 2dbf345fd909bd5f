// The machine outputs of a built fixture handbook, read back with real parsers: every Atom feed (feedparser, checked
// against RFC 4287) and every iCalendar file (ical.js), plus the blip page that shows imported `details:`.
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAtom } from '../../src/lib/shared/testing/atom';
import { buildFixture, type BuildResult } from '../support/fixtures';

let build: BuildResult;
beforeAll(async () => {
  build = await buildFixture('machine-outputs');
}, 300_000);

const read = (rel: string) => fs.readFileSync(path.join(build.dist, rel), 'utf8');

function filesEndingWith(dir: string, ending: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesEndingWith(full, ending));
    else if (e.name.endsWith(ending)) out.push(path.relative(build.dist, full).split(path.sep).join('/'));
  }
  return out.sort();
}

describe('the machine-outputs fixture', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.status).toBe(0);
  });

  it('has the three Atom feeds and both calendars', () => {
    expect(filesEndingWith(build.dist, 'feed.xml')).toEqual(['feed.xml', 'radar/feed.xml', 'releases/feed.xml']);
    expect(filesEndingWith(build.dist, '.ics')).toEqual(['releases/payments.ics', 'releases/schedule.ics']);
  });

  it('has no calendar for a component without a dated release, and offers none (RFC 5545 §3.6: no empty calendar)', () => {
    const page = fs.readFileSync(path.join(build.dist, 'releases/blue-badge/index.html'), 'utf8');
    expect(page).toContain('Blue Badge applications');
    const pages = ['releases/index.html', 'releases/schedule/index.html', 'releases/blue-badge/index.html'].map((f) => fs.readFileSync(path.join(build.dist, f), 'utf8'));
    for (const html of pages) expect(html).not.toContain('blue-badge.ics');
    expect(pages[0]).toContain('href="/releases/payments.ics"');
  });

  it('advertises the releases feed on release pages (feed autodiscovery), the page-changes feed everywhere', () => {
    const alternates = (f: string) =>
      [...fs.readFileSync(path.join(build.dist, f), 'utf8').matchAll(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    expect(alternates('releases/index.html')).toEqual(['/feed.xml', '/releases/feed.xml']);
    expect(alternates('releases/payments/1.0.0/index.html')).toEqual(['/feed.xml', '/releases/feed.xml']);
    expect(alternates('index.html')).toEqual(['/feed.xml']);
  });
});

describe('the APIs', () => {
  // Each API with the list that must not be empty, so a validation of an empty document cannot pass for one of data.
  it.each([
    ['api/releases.json', 'schemas/releases-api.schema.json', 'releases'],
    ['api/radar.json', 'schemas/radar-api.schema.json', 'entries'],
  ])('%s validates against the JSON Schema the site publishes for it (%s)', (apiFile, schemaFile, list) => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const check = ajv.compile(JSON.parse(read(schemaFile)) as object);
    const api = JSON.parse(read(apiFile)) as Record<string, unknown[]>;
    expect(api[list].length).toBeGreaterThan(0);
    expect(check(api), JSON.stringify(check.errors)).toBe(true);
  });
});

describe('Atom feeds, read by feedparser', () => {
  it.each(['feed.xml', 'releases/feed.xml', 'radar/feed.xml'])('%s meets RFC 4287, with authors on the feed and every entry', async (file) => {
    const feed = await readAtom(read(file));
    expect(feed.problems).toEqual([]);
    expect(feed.author).toBe('Example Council & Partners');
    expect(feed.entries.length).toBeGreaterThan(0);
    for (const e of feed.entries) expect(e.link.startsWith('https://handbook.example.org/')).toBe(true);
  });

  it('give readers page and release titles as the text they are, markup and all', async () => {
    const pages = await readAtom(read('feed.xml'));
    const releasing = pages.entries.find((e) => e.link === 'https://handbook.example.org/handbook/releasing/')!;
    expect(releasing.shownTitle).toBe('Releasing <b>safely</b> & <script>alert(1)</script> quickly');
    expect(releasing.shownSummary).toBe('Why <em>small</em> releases & rollbacks matter.');
    expect(releasing.author).toBe('Release Manager');

    const releases = await readAtom(read('releases/feed.xml'));
    expect(releases.entries.map((e) => e.shownTitle)).toEqual(['Payments <gateway> 1.0.0: First <b>live</b> release']);
    expect(releases.entries[0].content).toContain('Refunds &lt;img src=x onerror=alert(1)&gt;.');

    const radar = await readAtom(read('radar/feed.xml'));
    expect(radar.entries[0].content).toContain('No new services in &lt;C&gt;: memory safety.');
  });
});

interface Event {
  uid: string;
  sequence: number;
  dtstamp: string;
  lastModified: string | null;
  start: string;
  allDay: boolean;
  status: string;
}

function events(text: string): { name: string; prodid: string; events: Event[] } {
  const cal = new ICAL.Component(ICAL.parse(text));
  return {
    name: String(cal.getFirstPropertyValue('x-wr-calname')),
    prodid: String(cal.getFirstPropertyValue('prodid')),
    events: cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      const lm = v.getFirstPropertyValue('last-modified') as ICAL.Time | null;
      return {
        uid: e.uid,
        sequence: e.sequence,
        dtstamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
        lastModified: lm ? lm.toString() : null,
        start: e.startDate.toString(),
        allDay: e.startDate.isDate && e.endDate.isDate,
        status: String(v.getFirstPropertyValue('status')),
      };
    }),
  };
}

describe('iCalendar files, read by ical.js', () => {
  it('carry the site name, all-day events with unique UIDs, DTSTAMP = build time, and SEQUENCE/LAST-MODIFIED from revision', () => {
    const cal = events(read('releases/schedule.ics'));
    expect(cal.name).toBe('Example Council Handbook: releases');
    expect(cal.prodid).toContain('Example Council & Partners');
    expect(new Set(cal.events.map((e) => e.uid)).size).toBe(cal.events.length);
    expect(cal.events.every((e) => e.allDay && e.dtstamp === '2026-11-27T12:00:00Z')).toBe(true);
    expect(cal.events.map((e) => [e.uid, e.start, e.sequence, e.status, e.lastModified])).toEqual([
      ['payments-1.0.0@handbook.example.org', '2026-09-01', 0, 'CONFIRMED', null],
      ['payments-1.1.0@handbook.example.org', '2026-12-01', 1, 'TENTATIVE', '2026-11-10T09:30:00Z'],
      ['payments-1.1.0_code-freeze@handbook.example.org', '2026-11-24', 1, 'TENTATIVE', '2026-11-10T09:30:00Z'],
      ['payments-1.2.0@handbook.example.org', '2026-12-15', 2, 'CANCELLED', '2026-11-20T14:00:00Z'],
    ]);
    expect(events(read('releases/payments.ics')).events.map((e) => e.uid)).toEqual(cal.events.map((e) => e.uid));
  });
});

describe('radar pages', () => {
  it('keep C and C# apart and show a blip\'s details as text', () => {
    const csharp = read('radar/blips/c-sharp/index.html');
    expect(fs.existsSync(path.join(build.dist, 'radar/blips/c/index.html'))).toBe(true);
    expect(csharp).toContain('<h2 id="details">Details</h2>');
    expect(csharp).toMatch(/<dt class="ds_summary-list__key">Used by<\/dt>\s*<dd class="ds_summary-list__value">Payments &lt;team&gt; &amp; partners<\/dd>/);
  });
});
