// Files a handbook publishes as they are (a PDF, a template, a picture for another site to embed): the engine's own
// public/ and the content directory's public/, each file at its path under the site's root. A content directory of
// its own could not ship a file without editing the engine's checkout (a new adopter's trial, 2 December 2026).
import { filesUnder } from '../shared/cache-key';
import { issue, type ContentIssue } from '../shared/errors';
import { contentPaths } from '../shared/content-dir';
import { redirectPagePath, type Redirect } from '../handbook/redirects';

/** Every file under `dir` (relative to `root`), as its URL path under the site's root (`/files/rota.pdf`), sorted. */
export function urlPathsUnder(root: string, dir: string): string[] {
  const base = dir.replace(/\/+$/, '');
  return filesUnder(root, base).map((f) => f.slice(base.length));
}

/** The URL paths of every file published from public/ folders: the engine's (`<root>/public`) and the content's. */
export function publicFiles(root: string): Set<string> {
  return new Set([...urlPathsUnder(root, 'public'), ...urlPathsUnder(root, contentPaths(root).public)]);
}

/**
 * Folders and files the build writes itself: a file of the content's public/ there would be overwritten or would
 * overwrite the build's own (its bundles, search index, host files, feeds).
 */
const BUILD_OWNED = [/^\/_astro\//, /^\/pagefind\//, /^\/sitemap[^/]*\.xml$/, /^\/_headers$/, /^\/_redirects$/, /^\/CNAME$/, /^\/404\.html$/, /^\/brand\//];

/**
 * Problems with the content's public/ files (`root`: the project): one that would take the place of a page
 * (`routes`, e.g. `/handbook/a/` for `public/handbook/a/index.html`), of an engine public file, or of something the
 * build writes. Each an error on the file, saying what it would replace.
 */
export function checkContentPublic(root: string, routes: Iterable<string>, redirects: readonly Redirect[] = []): ContentIssue[] {
  const dir = contentPaths(root).public;
  // A redirect page is named by what keeps it, so the editor can find the line: "the file /x.html" sent them
  // looking for a file (a new adopter's trial, 2 December 2026).
  const redirectAt = new Map<string, Redirect>();
  for (const r of redirects) for (const u of [r.from, redirectPagePath(r.from), `${redirectPagePath(r.from)}index.html`]) redirectAt.set(u, r);
  const engine = new Set(urlPathsUnder(root, 'public'));
  const pages = new Set(routes);
  const out: ContentIssue[] = [];
  for (const url of urlPathsUnder(root, dir)) {
    const file = `${dir}${url}`;
    const page = url.replace(/\/index\.html$/, '/');
    // A file where the build makes a folder (public/handbook/ops/on-call beside the page /handbook/ops/on-call/).
    const folder = [...pages].find((r) => r.startsWith(`${url}/`));
    const redirect = redirectAt.get(url) ?? redirectAt.get(page);
    const what = redirect
      ? `the redirect page for the old address ${redirect.from}, kept by redirect_from in ${redirect.file} (to ${redirect.to})`
      : pages.has(page) || pages.has(url)
      ? `${/\/$/.test(page) ? 'the page' : 'the file'} ${page}`
      : folder !== undefined
        ? `the folder of ${folder}`
      : engine.has(url)
        ? `the engine's own public${url}`
        : BUILD_OWNED.some((re) => re.test(url))
          ? `a file the build writes (${url})`
          : undefined;
    if (what)
      out.push(
        issue(
          file,
          '',
          `would be published at ${url}, in place of ${what}: ${redirect ? 'remove that redirect_from entry, or move the file' : 'move it'} to another folder, e.g. public/files${url}`,
        ),
      );
  }
  return out;
}
