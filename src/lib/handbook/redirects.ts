// Moved pages keep their old URLs: the redirects that `redirect_from:` front matter asks for, their checks and the
// `_redirects` file for hosts that read one (Netlify, Cloudflare Pages).
import { issue, type ContentIssue } from '../shared/errors';
import { byCodePoint } from '../shared/sort';
import { lineOf } from '../shared/validate';
import type { Handbook, PageSource } from './model';

export interface Redirect {
  /** Old URL path, ending in `/`. */
  from: string;
  /** The page's current URL path. */
  to: string;
  /** The page that asks for the redirect, and the index in its `redirect_from` list (for messages). */
  file: string;
  index: number;
}

/**
 * Every redirect the built pages ask for, sorted by old path (code-point order), first claim of each old path only
 * (a second claim is an error from {@link checkRedirects}).
 */
export function redirectsOf(hb: Handbook): Redirect[] {
  const seen = new Map<string, Redirect>();
  for (const p of [...hb.pages].sort((a, b) => byCodePoint(a.file, b.file)))
    p.redirectFrom.forEach((from, index) => {
      if (!seen.has(from) && from !== p.url) seen.set(from, { from, to: p.url, file: p.file, index });
    });
  return [...seen.values()].sort((a, b) => byCodePoint(a.from, b.from));
}

/**
 * Errors for redirects that cannot work: an old path that is a page the site builds (`routes`: every route of the
 * site, any area), one claimed by two pages, or one that leads back to where it started (a loop).
 */
export function checkRedirects(hb: Handbook, sources: PageSource[], routes: Iterable<string>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const srcByFile = new Map(sources.map((s) => [s.file, s]));
  const pageByUrl = hb.byUrl;
  const routeSet = new Set(routes);
  const claimedBy = new Map<string, string>();
  for (const p of [...hb.pages].sort((a, b) => byCodePoint(a.file, b.file))) {
    const s = srcByFile.get(p.file);
    const at = (i: number) => (s ? lineOf({ file: p.file, text: s.frontmatterText, lineOffset: 1 }, ['redirect_from', i]) : {});
    p.redirectFrom.forEach((from, i) => {
      const field = `redirect_from[${i}]`;
      const target = pageByUrl.get(from);
      if (from === p.url) {
        issues.push(issue(p.file, field, `"${from}" is this page's own URL, so it would redirect to itself in a loop: remove it`, at(i)));
      } else if (target && target.redirectFrom.includes(p.url)) {
        issues.push(
          issue(p.file, field, `"${from}" is the page ${target.file}, which redirects back here: the two redirects loop (${from} → ${p.url} → ${from}). Remove one of them`, at(i)),
        );
      } else if (target) {
        issues.push(issue(p.file, field, `"${from}" is the URL of the page ${target.file}: a redirect cannot replace a page that exists. Remove it, or move that page`, at(i)));
      } else if (routeSet.has(from)) {
        issues.push(issue(p.file, field, `"${from}" is a page this site builds: a redirect cannot replace it. Remove it`, at(i)));
      } else if (claimedBy.has(from) && claimedBy.get(from) !== p.file) {
        issues.push(issue(p.file, field, `"${from}" already redirects to the page ${claimedBy.get(from)}: an old URL can lead to one page only`, at(i)));
      } else claimedBy.set(from, p.file);
    });
  }
  return issues;
}

/**
 * The `_redirects` file (Netlify and Cloudflare Pages format: `from to status` per line), permanent (301) redirects,
 * sorted so the file is the same on every build.
 */
export function redirectsFile(redirects: Redirect[]): string {
  if (redirects.length === 0) return '';
  return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + '\n';
}
