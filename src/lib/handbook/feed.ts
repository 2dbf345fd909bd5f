// Atom feed of handbook page changes, so partner bodies can follow updates.
import { atomXml, feedInstant } from '../shared/atom';
import type { SiteConfig } from '../site/schema';
import { recentlyUpdated, type Handbook } from './model';

export const FEED_LIMIT = 50;

/**
 * Atom 1.0 (RFC 4287) of the most recently updated pages, newest first, via the shared `atomXml` writer:
 * page titles and descriptions go out as text (escaped, never live markup), each entry's author is the page's
 * owner and the feed's is the organisation. Deterministic: entry dates come from git or front matter, never
 * from the clock; an entry's id changes with its date, so readers show each update as new.
 */
export function handbookAtom(hb: Handbook, site: SiteConfig): string {
  const pages = recentlyUpdated(hb, FEED_LIMIT);
  const base = site.url.replace(/\/$/, '');
  const newest = pages[0]?.lastUpdated ?? hb.today;
  return atomXml({
    id: `${base}/`,
    link: `${base}/`,
    self: `${base}/feed.xml`,
    title: `${site.title}: page changes`,
    subtitle: 'Handbook pages as they are updated, newest first.',
    updated: feedInstant(newest),
    rights: site.licence?.name,
    author: { name: site.organisation.name, uri: site.organisation.url },
    entries: pages.map((p) => ({
      id: `${base}${p.url}#${p.lastUpdated}`,
      link: `${base}${p.url}`,
      title: p.title,
      summary: p.description,
      updated: feedInstant(p.lastUpdated!),
      authors: [{ name: p.owner }],
      lang: p.lang,
    })),
  });
}
