import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { radarAtom } from './feed';
import { blipSource, sources } from './testing/fixtures';
import { modelFrom } from './testing/model';

const m = modelFrom(
  sources([
    blipSource('alpha', { title: 'Alpha & <Beta>', quadrant: 'tools', history: [['2025-10', 'assess'], ['2026-10', 'trial']] }),
    blipSource('bravo', { title: 'Bravo', quadrant: 'techniques', history: [['2025-10', 'hold'], ['2026-10', 'retired']] }),
  ]),
);

const xml = radarAtom(m, { siteUrl: 'https://handbook.example/', title: 'Handbook: technology radar', author: { name: 'Example Council' } });
const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
const entries = parsed.feed.entry as Array<Record<string, unknown> & { link: { href: string }; content: { '#text': string } }>;

describe('radarAtom', () => {
  it('is well-formed Atom with one entry per edition, newest first, linking to each changes page', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parsed.feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(entries.map((e) => e.id)).toEqual([
      'https://handbook.example/radar/2026-10/',
      'https://handbook.example/radar/2026-04/',
      'https://handbook.example/radar/2025-10/',
    ]);
    expect(entries[0].link.href).toBe('https://handbook.example/radar/2026-10/changes/');
  });
  it('dates entries and the feed from the editions, not the clock', () => {
    expect(entries.map((e) => e.updated)).toEqual(['2026-10-15T00:00:00.000Z', '2026-04-15T00:00:00.000Z', '2025-10-15T00:00:00.000Z']);
    expect(parsed.feed.updated).toBe('2026-10-15T00:00:00.000Z');
    expect(radarAtom(m, { siteUrl: 'https://handbook.example', title: 'Handbook: technology radar', author: { name: 'Example Council' } })).toBe(xml);
  });
  it('lists every change with its movement and reason, escaping data text as HTML', () => {
    const html = entries[0].content['#text'];
    expect(html).toContain(
      '<li><a href="https://handbook.example/radar/blips/alpha/">Alpha &amp; &lt;Beta&gt;</a> (Tools): Moved in from Assess to Trial. Moved to trial in 2026-10.</li>',
    );
    expect(html).toContain('(Techniques): Retired (was in Hold). Moved to retired in 2026-10.</li>');
    expect(html).not.toContain('<Beta>');
  });
  it('says so when an edition changed nothing', () => {
    expect(entries[1].content['#text']).toBe('<p>Second edition.</p><p>No blips changed in this edition.</p>');
  });
});
