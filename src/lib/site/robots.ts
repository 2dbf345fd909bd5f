// /robots.txt: tells crawlers the site may be read and where its sitemap is, unless the handbook ships its own.

/**
 * The text of the site's `robots.txt` (RFC 9309, the Robots Exclusion Protocol), LF line ends.
 * - A published build allows every path and names the sitemap index (`Sitemap:`, from the sitemaps.org protocol,
 *   which RFC 9309 §2.2.4 lets crawlers read beside its own rules) at `<site>/sitemap-index.xml`, where
 *   @astrojs/sitemap writes it. `site` is site.yaml's `url`; a path in it (`https://x.gov.scot/handbook`) is kept.
 * - A preview build (drafts included, never to be published) disallows every path, so one put online by mistake
 *   stays out of search results.
 * Throws a TypeError when `site` is not an absolute URL (the content check has refused that already).
 */
export function robotsTxt(site: string, preview: boolean): string {
  if (preview) return 'User-agent: *\nDisallow: /\n';
  const base = new URL(site);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', base).href}\n`;
}
