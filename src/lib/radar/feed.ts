// Atom feed of radar editions (/radar/feed.xml): one entry per edition, listing what changed and why.
import { publishedDate, requirePublished } from './drafts';
import { Feed } from 'feed';
import { movementSentence } from './describe';
import type { RadarModel } from './model';

export interface RadarFeedOptions {
  /** Absolute site URL, e.g. https://handbook.example/ */
  siteUrl: string;
  /** Feed title, e.g. "MyGov Handbook: technology radar". */
  title: string;
  author?: { name: string; link?: string };
  copyright?: string;
}

// The feed declares titles, summaries and content as type="html", so every data text is escaped for HTML.
const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Midnight UTC of an edition's date: the entry's date comes from content, never from the clock. */
const editionInstant = (date: string): Date => new Date(`${date}T00:00:00Z`);

/**
 * Editions newest first. Each entry links to the edition's changes page and carries the summary and, as
 * content, every change of the edition in words with its reason.
 */
export function radarAtom(model: RadarModel, options: RadarFeedOptions): string {
  const base = options.siteUrl.replace(/\/$/, '');
  requirePublished(model, 'The radar Atom feed');
  const editions = [...model.editions].reverse();
  const feed = new Feed({
    id: `${base}/radar/`,
    link: `${base}/radar/`,
    title: options.title,
    description: 'Editions of the technology radar as they are published, newest first, with every change and its reason.',
    updated: editionInstant(publishedDate(model.currentEdition)),
    copyright: options.copyright ?? '',
    language: 'en-GB',
    feedLinks: { atom: `${base}/radar/feed.xml` },
    author: options.author,
  });
  for (const edition of editions) {
    const view = model.view(edition.id);
    const items = view.changes.map((c) => {
      const said = movementSentence(model, c.movement, c.ring, c.previousRing);
      const link = `${base}/radar/blips/${c.blip.id}/`;
      return `<li><a href="${escapeHtml(link)}">${escapeHtml(c.blip.title)}</a> (${escapeHtml(model.quadrant(c.blip.quadrant).name)}): ${escapeHtml(said)}. ${escapeHtml(c.entry.reason)}</li>`;
    });
    const content =
      `<p>${escapeHtml(edition.summary)}</p>` +
      (items.length ? `<ul>${items.join('')}</ul>` : '<p>No blips changed in this edition.</p>');
    feed.addItem({
      id: `${base}/radar/${edition.id}/`,
      link: `${base}/radar/${edition.id}/changes/`,
      title: escapeHtml(edition.title),
      description: escapeHtml(edition.summary),
      content,
      date: editionInstant(publishedDate(edition)),
    });
  }
  return feed.atom1();
}
