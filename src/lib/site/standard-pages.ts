// The standard pages site.yaml names (accessibility statement, contributing): where the footer links, and a check
// error for one that does not exist, so a template never links to a missing page.
import { issue, type ContentIssue } from '../shared/errors';
import { lineOf } from '../shared/validate';
import { closest } from '../shared/closest';
import type { Handbook } from '../handbook/model';
import { STANDARD_PAGES, type SiteConfig, type StandardPage } from './schema';

export interface StandardPageLink {
  key: StandardPage;
  /** Link text, e.g. "Accessibility statement". */
  title: string;
  /** Site path of the page, e.g. `/handbook/about/accessibility-statement/`. */
  url: string;
}

/**
 * The configured standard pages that exist in `hb`, in STANDARD_PAGES order, and an error (at its line in
 * `siteFile`, when `siteText` is given) for each configured page the handbook does not build.
 */
export function standardPages(
  site: Pick<SiteConfig, 'pages'>,
  hb: { pages: Pick<Handbook['pages'][number], 'slug' | 'url' | 'redirectFrom'>[] },
  siteFile: string,
  siteText?: string,
): { links: StandardPageLink[]; issues: ContentIssue[] } {
  const links: StandardPageLink[] = [];
  const issues: ContentIssue[] = [];
  const bySlug = new Map(hb.pages.map((p) => [p.slug, p]));
  // The Public Sector Bodies Accessibility Regulations 2018 require an accessibility statement on the site.
  if (site.pages?.accessibility_statement === undefined)
    issues.push(
      issue(siteFile, 'pages.accessibility_statement', 'is not set: a public sector website must publish an accessibility statement; write one as a handbook page and add `pages: { accessibility_statement: <its path> }`', { severity: 'warning' }),
    );
  for (const key of Object.keys(STANDARD_PAGES) as StandardPage[]) {
    const ref = site.pages?.[key];
    if (ref === undefined) continue;
    const slug = ref.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
    const page = bySlug.get(slug);
    if (page) links.push({ key, title: STANDARD_PAGES[key], url: page.url });
    else {
      // A page that moved and keeps the old address (redirect_from), or one spelled nearly so: its path is known, so
      // it is named (a new adopter's trial, 2 December 2026: a page moved with redirect_from got "add the page").
      const movedTo = hb.pages.find((p) => p.redirectFrom.includes(`/handbook/${slug}/`));
      const near = closest(slug, hb.pages.map((p) => p.slug).filter(Boolean));
      const example = hb.pages.find((p) => p.slug)?.slug ?? 'about/accessibility-statement';
      issues.push(
        issue(
          siteFile,
          `pages.${key}`,
          movedTo
            ? `"${ref}" is not a page: it moved to "${movedTo.slug}" (whose redirect_from keeps its old address): write "${movedTo.slug}"`
            : near !== undefined
              ? `"${ref}" is not a page: did you mean "${near}"?`
              : `"${ref}" is not a page: expected the path of a published page under handbook/ without its extension, e.g. "${example}" — add the page or correct the path`,
          siteText ? lineOf({ file: siteFile, text: siteText }, ['pages', key]) : {},
        ),
      );
    }
  }
  return { links, issues };
}
