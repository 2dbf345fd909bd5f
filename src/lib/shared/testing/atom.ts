// Test helper: reads an Atom feed as a feed reader does (feedparser, strict XML) and lists every RFC 4287 breach.
import { Readable } from 'node:stream';
import FeedParser from 'feedparser';
import { XMLParser } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

export interface ReadEntry {
  id: string;
  title: string;
  /** The title as a reader shows it: HTML-typed text rendered to plain text. */
  shownTitle: string;
  shownSummary?: string;
  link: string;
  author?: string;
  updated: string;
  /** The HTML content as sent. */
  content?: string;
}

export interface ReadFeed {
  title: string;
  author?: string;
  link: string;
  /** The feed's declared language (`xml:lang` on `<feed>`), as feedparser reads it; undefined when none. */
  language?: string;
  entries: ReadEntry[];
  /** Every breach of RFC 4287's required elements and of our text/HTML rules; empty when the feed is good. */
  problems: string[];
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (v === undefined ? [] : Array.isArray(v) ? (v as Node[]) : [v as Node]);
const textOf = (v: unknown): string => (typeof v === 'object' && v !== null ? String((v as Node)['#text'] ?? '') : String(v ?? ''));
const attr = (v: unknown, name: string): string | undefined =>
  typeof v === 'object' && v !== null ? ((v as Node)[`@_${name}`] as string | undefined) : undefined;

function isAbsolute(url: string | undefined, schemes = ['http:', 'https:']): boolean {
  if (!url) return false;
  try {
    return schemes.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Every element in an HTML fragment, parsed with htmlparser2 as a reader's sanitiser would. */
function elementsOf(html: string): Element[] {
  return DomUtils.findAll(() => true, parseDocument(html, { decodeEntities: true }).children);
}

/** Plain text a reader shows for an Atom text construct of the given type. */
function shown(value: string, type: string | undefined): string {
  return type === 'html' ? DomUtils.textContent(parseDocument(value, { decodeEntities: true })) : value;
}

/** RFC 4287 §3.1 and our rule that titles and summaries never carry live markup. */
function checkText(where: string, el: unknown, problems: string[]): void {
  const type = attr(el, 'type');
  if (type !== undefined && !['text', 'html', 'xhtml'].includes(type)) problems.push(`${where}: type="${type}" is not text, html or xhtml`);
  if (type === 'html') {
    const markup = elementsOf(textOf(el));
    if (markup.length > 0) problems.push(`${where}: carries live HTML <${markup[0].name}> (titles and summaries must be text)`);
  }
}

const DANGEROUS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'link', 'meta', 'base', 'svg', 'math']);

function checkContent(where: string, el: unknown, problems: string[]): void {
  if (attr(el, 'type') !== 'html') return;
  for (const e of elementsOf(textOf(el))) {
    if (DANGEROUS.has(e.name)) problems.push(`${where}: unsanitised <${e.name}>`);
    for (const [name, value] of Object.entries(e.attribs)) {
      if (name.startsWith('on') || name === 'style') problems.push(`${where}: unsanitised ${name}= on <${e.name}>`);
      if ((name === 'href' || name === 'src') && !isAbsolute(value, ['http:', 'https:', 'mailto:'])) {
        problems.push(`${where}: <${e.name} ${name}="${value}"> is not an absolute http(s)/mailto URL`);
      }
    }
  }
}

function alternate(links: Node[]): string | undefined {
  // RFC 4287 §4.2.7.2: a link without rel is "alternate".
  return links.map((l) => ({ rel: attr(l, 'rel') ?? 'alternate', href: attr(l, 'href') })).find((l) => l.rel === 'alternate')?.href;
}

/** RFC 4287 §4.1.1 (feed) and §4.1.2 (entry): required elements, absolute ids and links, authors, dates. */
function rfc4287Problems(xml: string): string[] {
  const problems: string[] = [];
  const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false }).parse(xml) as Node;
  const feed = doc.feed as Node | undefined;
  if (!feed) return ['no <feed> root element'];
  if (attr(feed, 'xmlns') !== 'http://www.w3.org/2005/Atom') problems.push('feed: not in the Atom namespace');
  const one = (where: string, node: Node, name: string) => {
    const n = list(node[name]).length;
    if (n !== 1) problems.push(`${where}: has ${n} <${name}> elements, RFC 4287 requires exactly one`);
    return list(node[name])[0];
  };
  const id = textOf(one('feed', feed, 'id')).trim();
  if (!isAbsolute(id, ['http:', 'https:', 'urn:', 'tag:'])) problems.push(`feed: id ${JSON.stringify(id)} is not an absolute IRI`);
  checkText('feed title', one('feed', feed, 'title'), problems);
  const updated = textOf(one('feed', feed, 'updated')).trim();
  if (!RFC3339.test(updated)) problems.push(`feed: updated ${JSON.stringify(updated)} is not an RFC 3339 date-time`);
  const feedLinks = list(feed.link);
  if (!isAbsolute(alternate(feedLinks))) problems.push('feed: no link rel="alternate" with an absolute URL');
  const self = feedLinks.find((l) => attr(l, 'rel') === 'self');
  if (!isAbsolute(attr(self, 'href'))) problems.push('feed: no link rel="self" with an absolute URL');
  const feedAuthor = list(feed.author).some((a) => textOf(a.name).trim() !== '');
  const entries = list(feed.entry);
  const ids = new Set<string>();
  entries.forEach((e, i) => {
    const where = `entry ${i + 1}`;
    const eid = textOf(one(where, e, 'id')).trim();
    if (!isAbsolute(eid, ['http:', 'https:', 'urn:', 'tag:'])) problems.push(`${where}: id ${JSON.stringify(eid)} is not an absolute IRI`);
    if (ids.has(eid)) problems.push(`${where}: id ${eid} is used twice`);
    ids.add(eid);
    checkText(`${where} title`, one(where, e, 'title'), problems);
    if (e.summary !== undefined) checkText(`${where} summary`, e.summary, problems);
    if (e.content !== undefined) checkContent(`${where} content`, e.content, problems);
    const eu = textOf(one(where, e, 'updated')).trim();
    if (!RFC3339.test(eu)) problems.push(`${where}: updated ${JSON.stringify(eu)} is not an RFC 3339 date-time`);
    if (!isAbsolute(alternate(list(e.link)))) problems.push(`${where}: no link rel="alternate" with an absolute URL`);
    const entryAuthor = list(e.author).some((a) => textOf(a.name).trim() !== '');
    if (!entryAuthor && !feedAuthor) problems.push(`${where}: no author, and the feed has none (RFC 4287 §4.1.1)`);
    if (!entryAuthor) problems.push(`${where}: no author of its own`);
  });
  if (!feedAuthor) problems.push('feed: no author');
  return problems;
}

/**
 * Parses `xml` with feedparser in strict mode (rejects malformed XML, as a strict reader would) and checks it
 * against RFC 4287. Rejects when feedparser cannot read it.
 */
export async function readAtom(xml: string): Promise<ReadFeed> {
  const parser = new FeedParser({ strict: true, normalize: true, addmeta: false });
  const items: FeedParser.Item[] = [];
  let meta: FeedParser.Meta | undefined;
  await new Promise<void>((resolve, reject) => {
    parser.on('error', reject);
    parser.on('meta', (m: FeedParser.Meta) => (meta = m));
    parser.on('readable', () => {
      let item: FeedParser.Item | null;
      while ((item = parser.read() as FeedParser.Item | null)) items.push(item);
    });
    parser.on('end', resolve);
    Readable.from([xml]).pipe(parser);
  });
  if (!meta || meta['#type'] !== 'atom') throw new Error(`feedparser did not read an Atom feed (type ${meta?.['#type']})`);
  const raw = list((new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml) as Node & { feed: Node }).feed.entry);
  return {
    title: meta.title,
    author: meta.author ?? undefined,
    link: meta.link,
    language: meta.language ?? undefined,
    entries: items.map((it, i) => ({
      id: it.guid,
      title: it.title,
      shownTitle: shown(textOf(raw[i]?.title), attr(raw[i]?.title, 'type')),
      shownSummary: raw[i]?.summary === undefined ? undefined : shown(textOf(raw[i].summary), attr(raw[i].summary, 'type')),
      link: it.link,
      author: it.author ?? undefined,
      updated: it.date ? it.date.toISOString() : '',
      content: it.description ?? undefined,
    })),
    problems: rfc4287Problems(xml),
  };
}
