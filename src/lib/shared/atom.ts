// One Atom (RFC 4287) writer for every feed: text stays text, HTML content is sanitised, authors are required.
import { Feed } from 'feed';
import { escapeHtml, sanitizeFragment } from './html';
import { SITE_LANGUAGE } from './language';
import { isIsoDate } from './dates';

/**
 * The instant a feed writes for a date or date-time from content, as a Date: a date-time is its own instant; a date
 * alone (`2026-09-01`) is 00:00 UTC that day, which a reader shows on that date whether it shows UTC or UK time (GMT
 * or BST). One rule for every feed: the releases feed wrote London midnight (`2026-08-31T23:00:00Z` in summer), a day
 * early for a reader showing UTC, while the radar and page-changes feeds wrote UTC midnight (a machine-outputs trial,
 * 3 December 2026).
 */
export function feedInstant(value: string): Date {
  return new Date(isIsoDate(value) ? `${value}T00:00:00Z` : value);
}

/** A person or organisation (RFC 4287 §3.2): `name`, and an absolute `uri` when there is one. */
export interface AtomPerson {
  name: string;
  uri?: string;
}

export interface AtomEntry {
  /** Permanent, absolute IRI (§4.2.6); never reused for another entry. */
  id: string;
  /** Absolute URL of the page the entry is about: its `link rel="alternate"`. */
  link: string;
  /** Plain text, as written in content: escaped here, so markup in it shows as characters. */
  title: string;
  /** Plain text, escaped here. */
  summary?: string;
  /** An HTML fragment (a rendered page part or notes built from escaped data), sanitised here. */
  contentHtml?: string;
  /** Last significant change (§4.2.15); from content or git, never the clock. */
  updated: Date;
  published?: Date;
  /** Entry authors; the feed's author applies where left out. */
  authors?: AtomPerson[];
  categories?: { term: string; label?: string }[];
  /**
   * The entry's language when it is not the feed's (a canonical BCP 47 tag, e.g. a Scottish Gaelic page's `gd`):
   * written as the entry's `xml:lang`, which RFC 4287 §2 allows on any element.
   */
  lang?: string;
}

export interface AtomFeed {
  /** Absolute IRI of the feed. */
  id: string;
  /** Plain text. */
  title: string;
  subtitle?: string;
  /** Absolute URL of the page the feed is about (`link rel="alternate"`). */
  link: string;
  /** Absolute URL of the feed itself (`link rel="self"`). */
  self: string;
  updated: Date;
  /** Required: RFC 4287 §4.1.1 needs an author on the feed unless every entry has one, and we promise both. */
  author: AtomPerson;
  rights?: string;
  entries: AtomEntry[];
}

function absolute(url: string, what: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`Atom ${what} must be an absolute URL, got ${JSON.stringify(url)}`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`Atom ${what} must be http(s), got ${JSON.stringify(url)}`);
  return url;
}

/**
 * The Atom 1.0 XML of a feed, written by the `feed` package. That package always sends entry titles and
 * summaries as `type="html"`, so they are HTML-escaped here and a reader shows them as the text they were;
 * content is passed through `sanitizeFragment`. Throws when an id or link is not an absolute http(s) URL.
 * Deterministic: no date comes from the clock. The feed declares the site's language (`xml:lang`, SITE_LANGUAGE).
 */
export function atomXml(spec: AtomFeed): string {
  const person = (p: AtomPerson) => ({ name: p.name, link: p.uri ? absolute(p.uri, 'author uri') : undefined });
  const feed = new Feed({
    id: absolute(spec.id, 'feed id'),
    title: spec.title,
    description: spec.subtitle,
    link: absolute(spec.link, 'feed link'),
    feedLinks: { atom: absolute(spec.self, 'feed self link') },
    updated: spec.updated,
    author: person(spec.author),
    copyright: spec.rights ?? '',
    language: SITE_LANGUAGE,
    generator: false,
  });
  for (const e of spec.entries) {
    feed.addItem({
      id: absolute(e.id, 'entry id'),
      link: absolute(e.link, 'entry link'),
      title: escapeHtml(e.title),
      description: e.summary ? escapeHtml(e.summary) : undefined,
      content: e.contentHtml ? sanitizeFragment(e.contentHtml) : undefined,
      date: e.updated,
      published: e.published,
      author: (e.authors ?? [spec.author]).map(person),
      // `feed` escapes "&" and '"' in attributes but not "<", which XML 1.0 §3.1 does not allow there: escaped below.
      category: e.categories?.map((c) => ({ term: c.term, name: c.label })),
    });
  }
  // `feed` drops `language` from Atom output (it writes it only for RSS), so the root element gets its xml:lang here.
  const xml = entryLanguages(escapeCategoryAttributes(feed.atom1()), spec.entries);
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!xml.includes(root)) throw new Error('Atom feed: the feed package wrote an unexpected root element; xml:lang was not set');
  return xml.replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${SITE_LANGUAGE}">`);
}

/**
 * `xml` with `xml:lang` on each `<entry>` whose spec has a `lang` (`feed` cannot write it). `feed` writes the entries
 * in the order they were added, each as a bare `<entry>`; throws when the count differs, rather than label the wrong one.
 */
function entryLanguages(xml: string, entries: AtomEntry[]): string {
  if (!entries.some((e) => e.lang)) return xml;
  const parts = xml.split('<entry>');
  if (parts.length - 1 !== entries.length) throw new Error('Atom feed: the feed package wrote an unexpected number of entries; their xml:lang was not set');
  return parts.reduce((out, part, i) => {
    const lang = entries[i - 1]?.lang;
    return i === 0 ? part : `${out}${lang ? `<entry xml:lang="${escapeHtml(lang)}">` : '<entry>'}${part}`;
  }, '');
}

/**
 * `xml` with every "<" inside a `<category>` element's attribute values written `&lt;`. The attribute values come
 * from data, quoted with `"` (which `feed` escapes, so a value ends at the next one). Labels lost their "<" and ">"
 * instead until 3 December 2026: "Ferry bookings & <more>" read "Ferry bookings & more" (a machine-outputs trial).
 */
function escapeCategoryAttributes(xml: string): string {
  return xml.replace(/<category((?:\s+[\w:-]+="[^"]*")+)\s*\/>/g, (_m, attrs: string) => `<category${attrs.replace(/</g, '&lt;')}/>`);
}
