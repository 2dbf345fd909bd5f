// Every Atom feed the engine writes, read back by feedparser (strict) and checked against RFC 4287.
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { atomXml, type AtomFeed } from './atom';
import { readAtom } from './testing/atom';
import { buildHandbook, type PageSource } from '../handbook/model';
import { handbookAtom } from '../handbook/feed';
import type { SiteConfig } from '../site/schema';
import { toFeed } from '../releases/feed';
import { shippedRelease } from '../releases/fixtures';
import { fixtureModel } from '../releases/testing';
import { radarAtom } from '../radar/feed';
import { blipSource, sources } from '../radar/testing/fixtures';
import { modelFrom } from '../radar/testing/model';

const SITE = 'https://handbook.example.gov.uk';
const ORG = { name: 'Example Council & Partners', uri: 'https://www.example.gov.uk/' };
const MARKUP = '<b>Bold</b> & <script>alert(1)</script>';

const site: SiteConfig = {
  title: 'Example handbook',
  description: 'd',
  url: SITE,
  repository: 'https://git.example/handbook',
  branch: 'main',
  phase: 'beta',
  feedback: 'mailto:team@example.gov.uk',
  organisation: { name: ORG.name, url: ORG.uri },
  licence: { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
  contacts: [{ name: 'Team', url: 'mailto:team@example.gov.uk' }],
};

function page(id: string, title: string, description: string, lastUpdated: string): PageSource {
  return {
    id,
    file: `content/handbook/${id}.md`,
    lastUpdated,
    data: { title, description, owner: 'Release Manager', last_reviewed: '2026-09-01', review_in: '6 months', status: 'published', tags: [] },
  };
}

const handbookXml = () =>
  handbookAtom(
    buildHandbook(
      [
        page('guide/index', 'Guide', 'The guide.', '2026-10-01'),
        page('guide/markup', `Rollback ${MARKUP}`, `Describes ${MARKUP}`, '2026-11-02'),
      ],
      { today: '2026-11-27', includeDrafts: false },
    ),
    site,
  );

const releasesXml = () =>
  toFeed(
    fixtureModel([
      shippedRelease('payments', '2.3.0', '2026-03-02T08:00:00Z', {
        title: `Payments ${MARKUP}`,
        summary: `Summary ${MARKUP}`,
        changes: [{ category: 'fixed', summary: `${MARKUP} in receipts`, refs: [{ id: 'PAY-1', url: 'https://jira.example/PAY-1' }] }],
      }),
      shippedRelease('citizen-web', '4.0.0', '2026-04-02T08:00:00Z'),
    ]),
    { siteUrl: SITE, title: 'Example handbook: releases', author: ORG },
  );

const radarXml = () =>
  radarAtom(
    modelFrom(
      sources([
        blipSource('alpha', { title: `Alpha ${MARKUP}`, quadrant: 'tools', history: [['2025-10', 'assess'], ['2026-10', 'trial']] }),
        blipSource('bravo', { title: 'Bravo', quadrant: 'techniques', history: [['2025-10', 'hold']] }),
      ]),
    ),
    { siteUrl: `${SITE}/`, title: 'Example handbook: technology radar', author: ORG },
  );

describe.each([
  ['/feed.xml (handbook changes)', handbookXml],
  ['/releases/feed.xml', releasesXml],
  ['/radar/feed.xml', radarXml],
])('%s', (_name, make) => {
  it('meets RFC 4287: id, title, updated, author, absolute alternate and self links, on the feed and every entry', async () => {
    const feed = await readAtom(make());
    expect(feed.problems).toEqual([]);
    expect(feed.entries.length).toBeGreaterThan(0);
    expect(feed.author).toBe(ORG.name);
    // The site's language, as its pages declare it: a feed reader picks its voice and hyphenation from it.
    expect(feed.language).toBe('en-GB');
    for (const e of feed.entries) {
      expect(e.author, e.id).toBeTruthy();
      expect(new URL(e.link).origin).toBe(SITE);
    }
  });

  it('is the same text every time it is made (no clock)', () => {
    expect(make()).toBe(make());
  });
});

describe('data text in feeds', () => {
  it('reaches readers as the text it was, never as markup', async () => {
    const hb = await readAtom(handbookXml());
    expect(hb.entries[0].shownTitle).toBe(`Rollback ${MARKUP}`);
    expect(hb.entries[0].shownSummary).toBe(`Describes ${MARKUP}`);
    expect(hb.entries[0].author).toBe('Release Manager');

    const rel = await readAtom(releasesXml());
    const payments = rel.entries.find((e) => e.id.endsWith('/payments/2.3.0/'))!;
    expect(payments.shownTitle).toBe(`Payments gateway 2.3.0: Payments ${MARKUP}`);
    expect(payments.shownSummary).toBe(`Summary ${MARKUP}`);
    expect(payments.content).toContain('&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; in receipts');
    expect(payments.content).toContain('<a href="https://jira.example/PAY-1">PAY-1</a>');

    const radar = await readAtom(radarXml());
    expect(radar.entries[0].content).toContain('Alpha &lt;b&gt;Bold&lt;/b&gt;');
  });
});

describe('atomXml', () => {
  const spec = (over: Partial<AtomFeed['entries'][number]> = {}): AtomFeed => ({
    id: `${SITE}/`,
    title: 'T',
    link: `${SITE}/`,
    self: `${SITE}/feed.xml`,
    updated: new Date(Date.UTC(2026, 0, 1)),
    author: ORG,
    entries: [{ id: `${SITE}/a/`, link: `${SITE}/a/`, title: 'A', updated: new Date(Date.UTC(2026, 0, 1)), ...over }],
  });

  it('sanitises HTML content: scripts, handlers, styles and unsafe or relative links are removed', async () => {
    const feed = await readAtom(
      atomXml(
        spec({
          contentHtml:
            '<p style="color:red" onclick="x()">Hi<script>alert(1)</script> <a href="javascript:alert(1)">js</a> ' +
            '<a href="/relative/">rel</a> <a href="https://ok.example/">ok</a><iframe src="https://x.example/"></iframe></p>',
        }),
      ),
    );
    expect(feed.problems).toEqual([]);
    expect(feed.entries[0].content).toBe('<p>Hi <a>js</a> <a>rel</a> <a href="https://ok.example/">ok</a></p>');
  });

  it('keeps a category label\'s text whole, "<" and all, as well-formed XML (XML 1.0 §3.1)', () => {
    // A machine-outputs trial (3 December 2026): "Ferry bookings & <more>" was published as "Ferry bookings & more".
    const xml = atomXml(spec({ categories: [{ term: 'ferry<x>', label: 'Ferry "Fast" bookings & <more>' }] }));
    expect(XMLValidator.validate(xml)).toBe(true);
    const entry = (new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as { feed: { entry: { category: { label: string; term: string } } } }).feed.entry;
    expect(entry.category).toEqual({ label: 'Ferry "Fast" bookings & <more>', term: 'ferry<x>' });
  });

  it('declares an entry in another language with xml:lang on that entry only (RFC 4287 §2), the feed keeping the site\'s', () => {
    const base = spec();
    const xml = atomXml({ ...base, entries: [{ ...base.entries[0], title: 'Leigeil a-mach', lang: 'gd' }, { ...base.entries[0], id: `${SITE}/b/`, link: `${SITE}/b/` }] });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.match(/<(?:feed|entry)\b[^>]*>/g)).toEqual(['<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">', '<entry xml:lang="gd">', '<entry>']);
  });

  it('refuses a relative id or link, naming it', () => {
    expect(() => atomXml(spec({ link: '/a/' }))).toThrow('Atom entry link must be an absolute URL, got "/a/"');
  });

  it('the checker catches a feed without authors or absolute links (so it can fail)', async () => {
    const bad = atomXml(spec()).replace(/<author>[\s\S]*?<\/author>/g, '').replace(`href="${SITE}/a/"`, 'href="/a/"');
    expect((await readAtom(bad)).problems).toEqual([
      'entry 1: no link rel="alternate" with an absolute URL',
      'entry 1: no author, and the feed has none (RFC 4287 §4.1.1)',
      'entry 1: no author of its own',
      'feed: no author',
    ]);
    const live = atomXml(spec()).replace('<title type="html"><![CDATA[A]]>', '<title type="html"><![CDATA[<b>A</b>]]>');
    expect((await readAtom(live)).problems).toEqual(['entry 1 title: carries live HTML <b> (titles and summaries must be text)']);
  });
});
