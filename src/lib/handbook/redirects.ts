// Moved pages keep their old URLs: the redirects that `redirect_from:` front matter asks for, their checks and the
// `_redirects` file for hosts that read one (Netlify, Cloudflare Pages).
import { parse } from 'yaml';
import { issue, type ContentIssue } from '../shared/errors';
import { byCodePoint } from '../shared/sort';
import { lineOf } from '../shared/validate';
import { pageUrlOf, type Handbook, type PageSource } from './model';
import { sameIgnoringCase } from '../shared/closest';
import { extensionOf, OLD_PAGE_EXTENSIONS } from './schema';

export interface Redirect {
  /** Old URL path: ending in `/`, or an old page's file name (`/old-page.html`; see normaliseRedirectPath). */
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
 * The URL path of the page that stands in for an old path: the old path itself when it is a folder (`/old/`), and a
 * folder of the old file's name when it is an old page's file name (`/old.html` → `/old.html/`, whose `index.html`
 * static hosts serve for `/old.html`).
 */
export function redirectPagePath(from: string): string {
  return from.endsWith('/') ? from : `${from}/`;
}

/**
 * Folders the build fills itself, where a redirect page would be overwritten or deleted: Astro's assets
 * (`build.assets`, `_astro` by default) and the search index (INDEX_DIR in src/lib/search/pagefind-index.ts).
 */
export const BUILD_FOLDERS: Record<string, string> = {
  '/_astro/': 'holds the stylesheets, scripts and pictures the build makes',
  '/pagefind/': 'holds the search index the build makes',
};

/**
 * Files without an extension the build writes at the top of the site, for hosts (src/integrations/search-index.ts,
 * content-check.ts): a redirect page there would be a folder of that name, where the build then cannot write the file.
 */
export const BUILD_FILES: Record<string, string> = {
  '/CNAME': "tells GitHub Pages the site's domain",
  '/_redirects': 'lists the redirects for hosts that read it',
  '/_headers': 'sets the Content-Security-Policy for hosts that read it',
};

/**
 * Errors for redirects that cannot work: an old path that is a page the site builds (`routes`: every route of the
 * site, any area), one inside a folder the build fills itself, one claimed by two pages (reported on each of them, so
 * the page a pull request changed is always among them), or one that leads back to where it started (a loop).
 * Warnings for an old path where a draft (a page, or a draft radar edition's page in `pending`) will be published.
 */
export function checkRedirects(
  hb: Handbook,
  sources: PageSource[],
  routes: Iterable<string>,
  /**
   * Pages built only with drafts (a draft radar edition's pages; npm run dev and preview builds), each with why,
   * e.g. "it is a page of draft edition 2027-05": an old address there is a warning, as a draft page's is.
   */
  pending: ReadonlyMap<string, string> = new Map(),
  /**
   * Pages whose front matter has other mistakes (not built this run) with the old addresses they claim: checked
   * like every page's, so one mistake does not hide the next (load.ts, UnreadPage.redirectFrom).
   */
  unread: readonly { file: string; url: string; redirectFrom?: string[]; frontmatterText?: string }[] = [],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const srcByFile = new Map<string, Pick<PageSource, 'frontmatterText' | 'redirectIndexes'>>(sources.map((s) => [s.file, s]));
  const claiming = unread.filter((u) => u.redirectFrom?.length).map((u) => ({ file: u.file, url: u.url, redirectFrom: u.redirectFrom! }));
  for (const u of unread) if (u.redirectFrom?.length) srcByFile.set(u.file, { frontmatterText: u.frontmatterText });
  const claimers = [...hb.pages, ...claiming];
  const pageByUrl = hb.byUrl;
  const routeSet = new Set(routes);
  // Every page that claims each old path, to name the others in each one's message.
  const claimants = new Map<string, string[]>();
  for (const p of claimers) for (const from of new Set(p.redirectFrom)) if (from !== p.url) claimants.set(from, [...(claimants.get(from) ?? []), p.file]);
  // The same, by the address in lower case: two old addresses that differ only in capitals are one folder where file
  // names ignore case, so one redirect page overwrites the other (a new adopter's trial, 2 December 2026: accepted).
  const claimantsFolded = new Map<string, { from: string; file: string }[]>();
  for (const [from, files] of claimants) {
    const key = from.toLowerCase();
    claimantsFolded.set(key, [...(claimantsFolded.get(key) ?? []), ...files.map((file) => ({ from, file }))]);
  }
  // Pages not built (drafts, retired) by their address: an old address there breaks the build that publishes them.
  const draftAt = new Map<string, string>();
  for (const src of sources) if (!pageByUrl.has(pageUrlOf(src.id)) && src.data.status === 'draft') draftAt.set(pageUrlOf(src.id), src.file);
  // A page or route that an old address names in other capitals (the one rule of ../shared/closest.ts).
  const addresses = [...pageByUrl.keys(), ...routeSet];
  const sameLetters = (from: string): string | undefined => sameIgnoringCase(from, addresses) ?? sameIgnoringCase(redirectPagePath(from), addresses);
  for (const p of [...claimers].sort((a, b) => byCodePoint(a.file, b.file))) {
    const s = srcByFile.get(p.file);
    // An entry's place in the list as written: entries wrong in form are not in the page's list (load.ts).
    const written = (i: number) => s?.redirectIndexes?.[i] ?? i;
    const at = (i: number) => (s ? lineOf({ file: p.file, text: s.frontmatterText, lineOffset: 1 }, ['redirect_from', written(i)]) : {});
    // Messages quote the address as the editor wrote it, and the form it is read as when that differs
    // (`/guides/index.html` is `/guides/`): a new adopter saw only the read form and could not find it in the file.
    // The front matter is read again only for a page with a problem to report.
    let writtenList: unknown;
    const writtenAt = (i: number, from: string): string => {
      writtenList ??= s?.frontmatterText !== undefined ? writtenRedirects(s.frontmatterText) : [];
      const listed: unknown = Array.isArray(writtenList) ? writtenList[written(i)] : writtenList;
      return typeof listed === 'string' ? listed.trim() : from;
    };
    p.redirectFrom.forEach((from, i) => {
      const field = `redirect_from[${written(i)}]`;
      const asWritten = () => writtenAt(i, from);
      const q = () => (asWritten() === from ? `"${from}"` : `"${asWritten()}" (the address ${from})`);
      const target = pageByUrl.get(from);
      const ext = extensionOf(from);
      const buildFile = Object.keys(BUILD_FILES).find((f) => from.toLowerCase() === `${f.toLowerCase()}/`);
      const buildFolder = Object.keys(BUILD_FOLDERS).find((f) => from.startsWith(f));
      if (from === p.url) {
        issues.push(issue(p.file, field, `${q()} is this page's own URL, so it would redirect to itself in a loop: remove it`, at(i)));
      } else if (target && target.redirectFrom.includes(p.url)) {
        // Both pages exist, so neither address can redirect: removing one entry left the other refused as "the URL
        // of a page that exists" (a new adopter's trial, 2 December 2026).
        issues.push(
          issue(
            p.file,
            field,
            `${q()} is the URL of the page ${target.file}, whose redirect_from lists this page's URL in turn: both pages exist, so neither address can redirect (${from} → ${p.url} → ${from} would loop). ` +
              'Remove both entries; if one page replaces the other, delete the old page and keep its address on the one that stays',
            at(i),
          ),
        );
      } else if (target) {
        issues.push(issue(p.file, field, `${q()} is the URL of the page ${target.file}: a redirect cannot replace a page that exists. Remove it, or move that page`, at(i)));
      } else if (ext && !(OLD_PAGE_EXTENSIONS as readonly string[]).includes(ext)) {
        issues.push(
          issue(
            p.file,
            field,
            `${q()} ends in a ".${ext}" file name, which is a file rather than a page: only an old page's address can lead here, ` +
              'such as "/handbook/old-page/" or "/old-page.html". Remove it (a file that moved belongs in public/ or in the host\'s redirects)',
            at(i),
          ),
        );
      } else if (draftAt.has(from)) {
        // Fine today, but the build that publishes the draft fails on it (and `npm run dev` shows drafts, so it
        // failed there already): said now, on the pull request that adds it (a new adopter's trial, 2 December 2026).
        issues.push({
          ...issue(
            p.file,
            field,
            `${q()} is the URL of the draft page ${draftAt.get(from)}: once that page is published, a redirect cannot replace it, and the build will fail. Remove it, or move or delete the draft`,
            at(i),
          ),
          severity: 'warning',
        });
      } else if (pending.has(from) || pending.has(redirectPagePath(from))) {
        // As for a draft page: the preview build fails on it today, and the published build once the edition is out
        // (a new adopter's trial, 3 December 2026: only the draft page's address was warned about).
        issues.push({
          ...issue(
            p.file,
            field,
            `${q()} is not published yet, but ${pending.get(from) ?? pending.get(redirectPagePath(from))}: once that edition is published, a redirect cannot replace it and the build will fail (preview builds and npm run dev fail on it already). Remove it`,
            at(i),
          ),
          severity: 'warning',
        });
      } else if (sameLetters(from) !== undefined) {
        issues.push(
          issue(
            p.file,
            field,
            `${q()} differs from the page ${sameLetters(from)} only in capitals: where file names ignore case (Windows, macOS, and hosts serving from such disks) its redirect page would overwrite that page. ` +
              'Remove it. To keep an address that differs from a page\'s only in capitals, keep the page\'s file name as it was: on hosts that tell capitals apart (GitHub Pages and most others) the two are different addresses',
            at(i),
          ),
        );
      } else if (routeSet.has(from) || routeSet.has(redirectPagePath(from))) {
        issues.push(issue(p.file, field, `${q()} is a page this site builds: a redirect cannot replace it. Remove it`, at(i)));
      } else if (buildFile) {
        issues.push(issue(p.file, field, `"${asWritten()}" is where the build writes the file ${buildFile.slice(1)}, which ${BUILD_FILES[buildFile]}: a redirect cannot go there. Remove it`, at(i)));
      } else if (buildFolder) {
        issues.push(issue(p.file, field, `${q()} is inside ${buildFolder}, which ${BUILD_FOLDERS[buildFolder]}: a redirect cannot go there. Remove it`, at(i)));
      } else {
        const others = [...new Set((claimants.get(from) ?? []).filter((f) => f !== p.file))].sort(byCodePoint);
        const folded = (claimantsFolded.get(from.toLowerCase()) ?? []).filter((c) => c.from !== from && c.file !== p.file).sort((x, y) => byCodePoint(x.file, y.file));
        if (others.length)
          issues.push(
            issue(p.file, field, `${q()} is also an old URL of ${others.map((f) => `the page ${f}`).join(' and ')}: an old URL can lead to one page only, so keep it on one of them`, at(i)),
          );
        else if (folded.length)
          issues.push(
            issue(
              p.file,
              field,
              `${q()} differs only in capitals from ${folded.map((c) => `"${c.from}", an old URL of the page ${c.file}`).join(' and ')}: where file names ignore case (Windows, macOS, and hosts serving from such disks) one redirect page would overwrite the other. Keep one of the two addresses`,
              at(i),
            ),
          );
      }
    });
  }
  return issues;
}

/** The `redirect_from` list as written in front matter `text` (before normaliseRedirectPath); [] when unreadable. */
function writtenRedirects(text: string): unknown {
  try {
    return (parse(text) as { redirect_from?: unknown } | null)?.redirect_from ?? [];
  } catch {
    return [];
  }
}

/**
 * The `redirect_from` line that keeps `url` on a page that keeps `kept` already (its `redirect_from`, in order):
 * `redirect_from: ["/old/", "/older/"]`. The one form the check and the pull-request summary tell editors to write:
 * told to add a second `redirect_from` to a page that had one, an editor got "given twice" (a new adopter's trial,
 * 2 December 2026).
 */
export function redirectFromLine(kept: readonly string[], url: string): string {
  return `redirect_from: [${[...kept, url].map((u) => JSON.stringify(u)).join(', ')}]`;
}

/**
 * The `_redirects` file (Netlify and Cloudflare Pages format: `from to status` per line), permanent (301) redirects,
 * sorted so the file is the same on every build.
 */
export function redirectsFile(redirects: Redirect[]): string {
  if (redirects.length === 0) return '';
  return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + '\n';
}
