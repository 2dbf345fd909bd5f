// The incremental-build cache key of a handbook page: everything the page shows besides its own Markdown body.
import { cacheKey } from '../shared/cache-key';
import { breadcrumbs, findNode, prevNext, sectionOf, type Handbook, type HandbookPage, type NavNode } from './model';

/** What a link to a page shows (title, URL, draft marker): the part of another page that appears on this one. */
const linkOf = (p: HandbookPage | undefined) => p && { title: p.title, url: p.url, status: p.status, description: p.description, lang: p.lang };

/** A navigation node as navigation shows it: every own field, its pages as links, its sub-sections recursively. */
const navOf = (n: NavNode): unknown => {
  const { pages, children, index, ...own } = n;
  return { ...own, index: linkOf(index), pages: pages.map(linkOf), children: children.map(navOf) };
};

/**
 * The digest of {@link navOf}, once per node object: every page of a section shows the same navigation, and hashing a
 * 100-page section's tree for each of its pages took about 0.2 s of every build at 2,000 pages (CPU profile,
 * 2 December 2026). Keyed by the node itself, so a handbook model built again (development) is digested again.
 */
const navDigests = new WeakMap<NavNode, string>();
function navDigest(n: NavNode): string {
  let d = navDigests.get(n);
  if (d === undefined) navDigests.set(n, (d = cacheKey(navOf(n))));
  return d;
}

/**
 * The page's cache key, a digest of: the page's own facts (title, owner, review state and due date — not the days
 * left, which no page shows — last updated, status, superseding page, file for the edit link), its breadcrumbs, its
 * section's navigation tree (a sibling's new title changes every sibling's side navigation), previous/next, the
 * listing of a section landing page, and `shared` (the site settings, the engine digest, the Markdown body's digest,
 * and for MDX pages the data they may cite). Equal keys mean equal HTML; the incremental-build test proves it.
 */
export function handbookPageKey(hb: Handbook, page: HandbookPage, shared: unknown): string {
  const { review, ...facts } = page;
  const section = sectionOf(hb, page);
  const node = page.isIndex ? findNode(hb.root, page.slug) : undefined;
  const { prev, next } = prevNext(hb, page);
  return cacheKey(
    { ...facts, review: { lastReviewed: review.lastReviewed, dueBy: review.dueBy, state: review.state } },
    breadcrumbs(hb, page),
    section ? navDigest(section) : null,
    { prev: linkOf(prev), next: linkOf(next) },
    node ? navDigest(node) : null,
    shared,
  );
}
