// The "Report a problem with this page" link: a new-issue form with the page filled in, or the contact address.
import type { SiteConfig } from './schema';

/**
 * The link for reporting a problem with one page.
 *
 * With site.yaml's `report_problem_url` (a new-issue address with `{title}` and `{url}` placeholders, e.g.
 * `https://github.com/org/repo/issues/new?title=Problem+with+{title}&body=Page:+{url}`), each placeholder is replaced
 * by the URI-encoded page title and absolute page URL. Without it, the first contact's address is used: a `mailto:`
 * gets a subject and body naming the page (RFC 6068 `subject`/`body` fields), a web address is used as it is.
 *
 * @param site the validated site.yaml
 * @param page the page's title (as in its h1) and absolute URL
 * @returns an absolute http(s) or mailto URL
 */
export function problemReportUrl(site: Pick<SiteConfig, 'report_problem_url' | 'contacts'>, page: { title: string; url: string }): string {
  if (site.report_problem_url) {
    return site.report_problem_url
      .replaceAll('{title}', encodeURIComponent(page.title))
      .replaceAll('{url}', encodeURIComponent(page.url));
  }
  const contact = site.contacts[0].url;
  if (!contact.startsWith('mailto:')) return contact;
  const [address, query] = contact.split('?', 2);
  const params = new URLSearchParams(query);
  params.set('subject', `Problem with the page: ${page.title}`);
  params.set('body', `Page: ${page.url}\n\nWhat is wrong:\n`);
  // URLSearchParams writes spaces as "+", which mail clients show literally in mailto: links (RFC 6068 wants %20).
  return `${address}?${params.toString().replaceAll('+', '%20')}`;
}
