// The browser title of a page (`<title>`): what a screen reader announces first, and what tabs, history and bookmarks
// show.
import type { Crumb } from '../handbook/model';

/** What separates the parts of a browser title, as the layout has always written it. */
export const TITLE_SEPARATOR = ' - ';

/**
 * The browser title of a page: `title`, then the place the page sits in, then `siteTitle`, joined by " - "
 * ("Stakeholder sign-off - Communication - MyGov Technical Handbook"). The place is the nearest of the page's
 * breadcrumbs (`crumbs`, outermost first, the page itself not among them, as `Breadcrumbs.astro` takes them) other
 * than the home page's; {@link titleInPlace} says when it is left out or named with the place above it. The site's
 * title is not said twice: the home page (its title is the site's, and it has no place) is the site's title alone,
 * and a page titled as the site is "<place> - <site>" ("Handbook - Nested Example Handbook" for a handbook's own
 * landing page).
 *
 * Why: WCAG 2.2 success criterion 2.4.2 (Page Titled) asks for titles that describe a page's topic or purpose, and
 * its Understanding document asks that they identify the page among the site's others. Titled only "page - site",
 * pages that share a name read the same: the sample handbook's "Stakeholder sign-off" page and checklist, and an
 * adopter's three "Overview" pages, one per section. The order (page, its section, the site) is the GOV.UK Design
 * System's own ("Buttons – Components – GOV.UK Design System"), most specific first so a narrow tab shows what differs.
 */
export function documentTitle(title: string, siteTitle: string, crumbs: readonly Crumb[] = [], opts: PlaceOptions = {}): string {
  const parts = titleInPlace(title, siteTitle, crumbs, opts);
  if (parts[0] === siteTitle && parts.length > 1) parts.shift();
  return (parts.includes(siteTitle) ? parts : [...parts, siteTitle]).join(TITLE_SEPARATOR);
}

/** How {@link titleInPlace} names a page's place. */
export interface PlaceOptions {
  /**
   * Names other parts of the site have as their place (the areas a handbook page is not in: "Releases",
   * "Checklists"): a place of one of these names is followed by the place above it, so a handbook section called
   * "Releases" gives "Release notes - Releases - Handbook - …" and "Release schedule - Handbook - …", never the
   * Releases area's own "Release schedule - …" (a new adopter's trial, 2 December 2026). Compared without regard to
   * case.
   */
  taken?: readonly string[];
}

/**
 * The parts of {@link documentTitle} before the site's title: `[title, place…]`, or `[title]` when the page has no
 * place or the title already names it, so no word is said twice. A title names its place when each of the place's
 * words is a word of the title, case aside and a plural "s" aside: "MyGov.scot website 4.2.0" under "MyGov.scot
 * website", "Quarterly release report: 2026 Q3" under "Quarterly reports", "Go/no-go checklist" under "Checklists";
 * not "Metadata standards" under "Data" (a word, not a part of one: a new adopter's trial). A page titled as the
 * site (`siteTitle`; undefined when not known) keeps its place all the same: without it, it would read as the home
 * page. Two pages of one site with equal parts have the same browser title (the handbook check warns of it:
 * `sharedTitleIssues` in src/lib/handbook/model.ts).
 */
export function titleInPlace(title: string, siteTitle: string | undefined, crumbs: readonly Crumb[] = [], opts: PlaceOptions = {}): string[] {
  const above = [...crumbs].reverse().filter((c) => c.url !== '/');
  const place = above[0]?.title;
  if (!place) return [title];
  const named = title !== siteTitle && namesPlace(title, place);
  // A place another part of the site has is said with the one above it, even when the title names it.
  if (above[1] && (opts.taken ?? []).some((t) => folded(t) === folded(place))) return named ? [title, above[1].title] : [title, place, above[1].title];
  return named ? [title] : [title, place];
}

const folded = (s: string) => s.toLocaleLowerCase('en-GB');

/** The words of `s`, folded, each without a plural "s" (letters and digits; "MyGov.scot" is "mygov", "scot"). */
function words(s: string): string[] {
  return (folded(s).match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
}

/** Whether every word of `place` is a word of `title` (see {@link titleInPlace}). */
function namesPlace(title: string, place: string): boolean {
  const have = new Set(words(title));
  const need = words(place);
  return need.length > 0 && need.every((w) => have.has(w));
}
