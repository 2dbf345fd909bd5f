// The browser title of a page (`<title>`): what a screen reader announces first, and what tabs, history and bookmarks
// show.
import type { Crumb } from '../handbook/model';

/** What separates the parts of a browser title, as the layout has always written it. */
export const TITLE_SEPARATOR = ' - ';

/**
 * The browser title of a page: `title`, then the place the page sits in, then `siteTitle`, joined by " - "
 * ("Stakeholder sign-off - Communication - MyGov Technical Handbook"). The place is the nearest of the page's
 * breadcrumbs (`crumbs`, outermost first, the page itself not among them, as `Breadcrumbs.astro` takes them) other
 * than the home page's; {@link titleInPlace} says when it is left out. The site's title is not said twice: the home
 * page (its title is the site's, and it has no place) is the site's title alone, and a page titled as the site is
 * "<site> - <place>" ("Nested Example Handbook - Handbook" for a handbook's own landing page).
 *
 * Why: WCAG 2.2 success criterion 2.4.2 (Page Titled) asks for titles that describe a page's topic or purpose, and
 * its Understanding document asks that they identify the page among the site's others. Titled only "page - site",
 * pages that share a name read the same: the sample handbook's "Stakeholder sign-off" page and checklist, and an
 * adopter's three "Overview" pages, one per section. The order (page, its section, the site) is the GOV.UK Design
 * System's own ("Buttons – Components – GOV.UK Design System"), most specific first so a narrow tab shows what differs.
 */
export function documentTitle(title: string, siteTitle: string, crumbs: readonly Crumb[] = []): string {
  const parts = titleInPlace(title, siteTitle, crumbs);
  return (parts.includes(siteTitle) ? parts : [...parts, siteTitle]).join(TITLE_SEPARATOR);
}

/**
 * The parts of {@link documentTitle} before the site's title: `[title, place]`, or `[title]` when the page has no
 * place or the title already names it (case aside: "MyGov.scot website 4.2.0" under "MyGov.scot website", "MyGov
 * account releases" under "Releases"), so no word is said twice. A page titled as the site keeps its place all the
 * same: without it, it would read as the home page. Two pages of one site with equal parts have the same browser
 * title (the handbook check warns of it: `sharedTitleIssues` in src/lib/handbook/model.ts).
 */
export function titleInPlace(title: string, siteTitle: string | undefined, crumbs: readonly Crumb[] = []): string[] {
  const place = [...crumbs].reverse().find((c) => c.url !== '/')?.title;
  if (!place) return [title];
  const named = title !== siteTitle && title.toLocaleLowerCase('en-GB').includes(place.toLocaleLowerCase('en-GB'));
  return named ? [title] : [title, place];
}
