// Atom feed of radar editions (/radar/feed.xml): one entry per edition, listing what changed and why.
import { inlineMarkdownHtml } from '../markdown/inline';
import { publishedDate, requirePublished } from './drafts';
import { atomXml, feedInstant, type AtomPerson } from '../shared/atom';
import { escapeHtml } from '../shared/html';
import { movementSentence } from './describe';
import type { RadarModel } from './model';

export interface RadarFeedOptions {
  /** Absolute site URL, e.g. https://handbook.example/ */
  siteUrl: string;
  /** Feed title, e.g. "MyGov Handbook: technology radar". */
  title: string;
  /** The feed's and each entry's author: the publishing organisation (site.yaml `organisation`). */
  author: AtomPerson;
  copyright?: string;
}

/** An edition's date as the feeds write dates (feedInstant): it comes from content, never from the clock. */
const editionInstant = (date: string): Date => feedInstant(date);

/**
 * Editions newest first, via the shared `atomXml` writer (titles and summaries as text, content sanitised,
 * author on feed and entries). Each entry links to the edition's changes page and carries the summary and, as
 * content, every change of the edition in words with its reason (inline Markdown, links made absolute, all text
 * escaped: src/lib/markdown/inline.ts).
 */
export function radarAtom(model: RadarModel, options: RadarFeedOptions): string {
  const base = options.siteUrl.replace(/\/$/, '');
  requirePublished(model, 'The radar Atom feed');
  const editions = [...model.editions].reverse();
  return atomXml({
    id: `${base}/radar/`,
    link: `${base}/radar/`,
    self: `${base}/radar/feed.xml`,
    title: options.title,
    subtitle: 'Editions of the technology radar as they are published, newest first, with every change and its reason.',
    updated: editionInstant(publishedDate(model.currentEdition)),
    rights: options.copyright,
    author: options.author,
    entries: editions.map((edition) => {
      const view = model.view(edition.id);
      const items = view.changes.map((c) => {
        const said = movementSentence(model, c.movement, c.ring, c.previousRing);
        const link = `${base}/radar/blips/${c.blip.id}/`;
        return `<li><a href="${escapeHtml(link)}">${escapeHtml(c.blip.title)}</a> (${escapeHtml(model.quadrant(c.blip.quadrant).name)}): ${escapeHtml(said)}. ${inlineMarkdownHtml(c.entry.reason, link)}</li>`;
      });
      const content =
        `<p>${escapeHtml(edition.summary)}</p>` +
        (items.length ? `<ul>${items.join('')}</ul>` : '<p>No blips changed in this edition.</p>');
      return {
        id: `${base}/radar/${edition.id}/`,
        link: `${base}/radar/${edition.id}/changes/`,
        title: edition.title,
        summary: edition.summary,
        contentHtml: content,
        updated: editionInstant(publishedDate(edition)),
      };
    }),
  });
}
