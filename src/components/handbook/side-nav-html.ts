// The side navigation's list items as one HTML string, built once per page and shown twice by SideNav.astro.
// Why a string, not a recursive Astro component: at 2,000 pages each page's two copies of the tree were ~120
// component renders through Astro's async renderer; one string joined here is the same markup for a fraction of
// the work, and the two copies cannot drift apart. Text and URLs are escaped by the one escaper (escapeHtml).
import type { SideNavItem } from '../../lib/handbook/model';
import { escapeHtml } from '../../lib/shared/html';

/**
 * `<li class="ds_side-navigation__item">` elements for `items` (Scottish Government Design System side
 * navigation markup), their expanded folders nested as `<ul class="ds_side-navigation__list">`. The current page's
 * link has `aria-current="page"`; it and the folders above it (except the `top` entry, the section itself, which
 * every page in it is under) get `ds_current`. Drafts are marked " (draft)". A title in another language than the
 * site's is wrapped in `<span lang>` (WCAG 2.2 SC 3.1.2), leaving " (draft)" in the site's.
 */
export function sideNavItemsHtml(items: SideNavItem[], top = false): string {
  let out = '';
  for (const i of items) {
    const highlighted = i.current || (i.ancestor && !top);
    out += '<li class="ds_side-navigation__item">';
    out += `<a href="${escapeHtml(i.url)}" class="ds_side-navigation__link${highlighted ? ' ds_current' : ''}"${i.current ? ' aria-current="page"' : ''}>`;
    const title = i.lang ? `<span lang="${escapeHtml(i.lang)}">${escapeHtml(i.title)}</span>` : escapeHtml(i.title);
    out += `${title}${i.draft ? ' (draft)' : ''}</a>`;
    if (i.children && i.children.length > 0) out += `<ul class="ds_side-navigation__list">${sideNavItemsHtml(i.children)}</ul>`;
    out += '</li>';
  }
  return out;
}
