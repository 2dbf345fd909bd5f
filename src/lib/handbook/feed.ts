// Atom feed of handbook page changes, so partner bodies can follow updates.
import { Feed } from 'feed';
import type { SiteConfig } from '../site/schema';
import { recentlyUpdated, type Handbook } from './model';

export const FEED_LIMIT = 50;

/** Deterministic: entry dates come from git or front matter, never from the clock. */
export function handbookAtom(hb: Handbook, site: SiteConfig): string {
  const pages = recentlyUpdated(hb, FEED_LIMIT);
  const base = site.url.replace(/\/$/, '');
  const newest = pages[0]?.lastUpdated ?? hb.today;
  const feed = new Feed({
    id: `${base}/`,
    link: `${base}/`,
    title: `${site.title}: page changes`,
    description: 'Handbook pages as they are updated, newest first.',
    updated: new Date(`${newest}T00:00:00Z`),
    copyright: site.licence.name,
    language: 'en-GB',
    feedLinks: { atom: `${base}/feed.xml` },
    author: { name: site.organisation.name, link: site.organisation.url },
  });
  for (const p of pages) {
    feed.addItem({
      id: `${base}${p.url}#${p.lastUpdated}`,
      link: `${base}${p.url}`,
      title: p.title,
      description: p.description,
      date: new Date(`${p.lastUpdated}T00:00:00Z`),
    });
  }
  return feed.atom1();
}
