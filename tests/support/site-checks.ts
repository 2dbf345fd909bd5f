// Generic checks of any built site (the configured content's dist/ or a fixture's output): links and anchors resolve,
// no outside or inline scripts, valid HTML. Each returns the problems found, empty when the site is sound.
import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { DIST, readHtml, resolveUrlPath, urlOfFile, walk, type HtmlFacts } from './dist';
import { SEARCH_ROOT } from '../../src/lib/search/pagefind-index';

/** The paths of every HTML file of a built site (the search index's own files excluded), in path order. */
function htmlFiles(root: string): string[] {
  return walk(root).filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`));
}

/** Every HTML page of a built site (the search index's own files excluded). */
export function htmlPages(root = DIST): HtmlFacts[] {
  return htmlFiles(root).map((f) => readHtml(f, root));
}

/**
 * Internal href/src/action values that resolve to no file, or whose #fragment names no element, as `page: attr="…" …`.
 * A link to a moved page's old address is followed to the page it redirects to, and its #fragment looked for there, as
 * a browser does: the check only warns about such a link, so a handbook that passed the check failed here (an
 * adopter's trial, 3 December 2026). `tel:` (RFC 3966) is a scheme a page may use, as `mailto:` is.
 */
export function brokenLinks(root = DIST, pages = htmlPages(root)): string[] {
  const idsByFile = new Map(pages.map((p) => [p.file, p.ids]));
  const broken: string[] = [];
  /** Where a redirect page sends the reader (its meta refresh's URL), or undefined for a page that is not one. */
  const redirectOf = (file: string): string | undefined =>
    /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(fs.readFileSync(file, 'utf8'))?.[1].replace(/&amp;/g, '&');
  for (const p of pages) {
    for (const r of p.refs) {
      const v = r.value.trim();
      if (!v || /^(https?:|mailto:|tel:|data:)/i.test(v) || v.startsWith('//')) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(v)) {
        broken.push(`${p.url}: ${r.attr}="${v}" uses a scheme that is not allowed`);
        continue;
      }
      const abs = new URL(v, `http://site${p.url}`);
      let target = abs.pathname === p.url && v.startsWith('#') ? p.file : resolveUrlPath(abs.pathname, root);
      const moved = target?.endsWith('.html') && abs.hash ? redirectOf(target) : undefined;
      if (moved) target = resolveUrlPath(new URL(moved, `http://site${abs.pathname}`).pathname, root);
      if (!target) {
        broken.push(`${p.url}: ${r.attr}="${v}" does not resolve to a file`);
        continue;
      }
      const frag = abs.hash.slice(1);
      if (frag && target.endsWith('.html')) {
        const ids = idsByFile.get(target) ?? readHtml(target, root).ids;
        if (!ids.has(decodeURIComponent(frag))) broken.push(`${p.url}: ${r.attr}="${v}" has no element with id "${frag}"`);
      }
    }
  }
  return [...new Set(broken)];
}

/** Scripts loaded from another origin, and inline scripts (the CSP forbids both). */
export function badScripts(pages: HtmlFacts[]): string[] {
  const bad: string[] = [];
  for (const p of pages) {
    for (const s of p.scripts) {
      if (s.src && /^(https?:)?\/\//.test(s.src)) bad.push(`${p.url}: script from ${s.src}`);
      if (!s.src && s.inline.trim()) bad.push(`${p.url}: inline script`);
    }
  }
  return bad;
}

/** html-validate (recommended rules, with the two exceptions below) messages for every page, as `url:line:col rule: message`. */
export async function htmlErrors(pages: HtmlFacts[]): Promise<string[]> {
  const htmlvalidate = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // HTML5 allows ids that start with a digit; GitHub-style heading slugs ("1-small-releases") do.
      'valid-id': ['error', { relaxed: true }],
      // A search-engine length heuristic, not validity: page titles are the editors' own words.
      'long-title': 'off',
      // Style preferences, not validity, that an editor's valid MDX cannot meet: JSX writes void elements as
      // `<img … />` and `<br />` (both valid HTML), a page opening with a `{/* comment */}` (the form the contributing
      // guide gives) leaves trailing spaces, and a JSX `<table>` with rows straight inside it gets the <tbody> a
      // browser adds (an adopter's trial, 3 December 2026: the check passed these and this test failed them).
      'void-style': 'off',
      'no-trailing-whitespace': 'off',
      'prefer-tbody': 'off',
    },
  });
  const errors: string[] = [];
  for (const p of pages) {
    const report = await htmlvalidate.validateString(fs.readFileSync(p.file, 'utf8'), p.file);
    for (const r of report.results) for (const m of r.messages) errors.push(`${p.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  return errors;
}

/** Every internal link target (path only, no fragment) on every page, for "no link to X anywhere" assertions. */
export function linkTargets(pages: HtmlFacts[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of pages) {
    for (const r of p.refs) {
      const v = r.value.trim();
      if (!v || /^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith('//')) continue;
      const target = new URL(v, `http://site${p.url}`).pathname;
      out.set(target, [...(out.get(target) ?? []), p.url]);
    }
  }
  return out;
}

/**
 * Search markup pagefind would not see: the index is made with `<main>` as each page's root (SEARCH_ROOT), so a
 * `data-pagefind-body`, `-filter`, `-meta`, `-weight` or `-sort` outside the page's one `<main>`, or an `<h1>` outside
 * it on a page that is indexed, would be dropped from search. Returns `url: what` for each.
 */
export function searchOutsideRoot(root = DIST): string[] {
  const problems: string[] = [];
  for (const file of htmlFiles(root)) {
    const html = fs.readFileSync(file, 'utf8');
    const url = '/' + path.relative(root, file).split(path.sep).join('/');
    const opens = [...html.matchAll(new RegExp(`<${SEARCH_ROOT}[\\s>]`, 'g'))];
    const indexed = /data-pagefind-body/.test(html);
    if (opens.length !== 1) {
      if (indexed) problems.push(`${url}: ${opens.length} <${SEARCH_ROOT}> elements`);
      continue;
    }
    const start = opens[0].index!;
    const end = html.indexOf(`</${SEARCH_ROOT}>`, start);
    const outside = html.slice(0, start) + (end < 0 ? '' : html.slice(end));
    for (const m of outside.matchAll(/data-pagefind-(body|filter|meta|weight|sort)/g)) problems.push(`${url}: data-pagefind-${m[1]} outside <${SEARCH_ROOT}>`);
    if (indexed && /<h1[\s>]/.test(outside)) problems.push(`${url}: <h1> outside <${SEARCH_ROOT}>`);
  }
  return [...new Set(problems)];
}

/**
 * Browser titles (`<title>` in the head) that two or more pages of the built site share, each with the URLs of its
 * pages (in path order). Redirect pages (a meta refresh; each reads "This page has moved") are left out: they are
 * never read, only passed through. WCAG 2.2 success criterion 2.4.2 (Page Titled): a title identifies its page among
 * the site's others.
 */
export function sharedTitleGroups(root = DIST): { title: string; urls: string[] }[] {
  const byTitle = new Map<string, string[]>();
  for (const file of htmlFiles(root)) {
    const html = fs.readFileSync(file, 'utf8');
    if (/<meta http-equiv="refresh"/.test(html)) continue;
    const title = /<head>[\s\S]*?<title>([^<]*)<\/title>/.exec(html)?.[1];
    if (title === undefined) continue;
    const url = urlOfFile(file, root);
    byTitle.set(title, [...(byTitle.get(title) ?? []), url]);
  }
  return [...byTitle].filter(([, urls]) => urls.length > 1).map(([title, urls]) => ({ title, urls }));
}

/** {@link sharedTitleGroups} as `"title": url, url…` lines, for a test to expect none of. */
export function sharedTitles(root = DIST): string[] {
  return sharedTitleGroups(root).map((g) => `"${g.title}": ${g.urls.join(', ')}`);
}

/**
 * Headings that hold a link beside other visible text, as `url: heading text`. The Scottish Government Design System
 * does not underline links in headings (`h1 a … h4 a { text-decoration-line: none }`), so such a link is told from
 * the text around it by colour alone: WCAG 2.2 success criterion 1.4.1, which axe's link-in-text-block rule fails
 * when the link's share of the heading is small (a new adopter's trial: every blip page of a radar whose edition
 * titles were short). A heading that is one link, or has none, is fine; visually hidden text does not count.
 */
export function linksBesideHeadingText(root = DIST): string[] {
  const found: string[] = [];
  for (const file of htmlFiles(root)) {
    const html = fs.readFileSync(file, 'utf8');
    const url = urlOfFile(file, root);
    for (const m of html.matchAll(/<(h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/g)) {
      if (!/<a\b/.test(m[2])) continue;
      // An editor's heading in rendered Markdown (wrapped in .mh_heading) underlines its links (src/styles/_markdown.scss).
      if (/<div class="mh_heading[^"]*">\s*$/.test(html.slice(Math.max(0, m.index! - 80), m.index))) continue;
      const visible = (s: string) => s.replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, '').trim();
      if (visible(m[2].replace(/<a\b[\s\S]*?<\/a>/g, ''))) found.push(`${url}: ${visible(m[2])}`);
    }
  }
  return found;
}

/**
 * Description-list terms and descriptions written with nothing between them (`</dt><dd>`, `</dd><dt>`, `</dd><dd>`),
 * inside the page's search root, as `url: …the joined text…`. A browser lays them out apart, but pagefind joins their
 * words into one (it puts no space between the parts of a <dl>, unlike table cells or list items), so excerpts read
 * "Approved byTechnical Steering Group" and neither word is found (a search trial, 3 December 2026).
 */
export function gluedForSearch(root = DIST): string[] {
  const found: string[] = [];
  for (const file of htmlFiles(root)) {
    const html = fs.readFileSync(file, 'utf8');
    if (!/data-pagefind-body/.test(html)) continue;
    const start = html.search(new RegExp(`<${SEARCH_ROOT}[\\s>]`));
    const main = start < 0 ? html : html.slice(start, html.indexOf(`</${SEARCH_ROOT}>`, start));
    const url = urlOfFile(file, root);
    for (const m of main.matchAll(/([^<>]{0,30})<\/(dt|dd)>(<(?:dt|dd)[\s>][^<]{0,30})/g)) found.push(`${url}: …${m[1]}</${m[2]}>${m[3]}…`);
  }
  return found;
}

/**
 * Pages in the search index with no `section` filter, as their URLs: the search page counts results per section, and
 * such a page was counted under "All sections" and under none of them, so the counts disagreed (a search trial,
 * 3 December 2026).
 */
export function indexedWithoutSection(root = DIST): string[] {
  return htmlFiles(root)
    .filter((f) => {
      const html = fs.readFileSync(f, 'utf8');
      return /data-pagefind-body/.test(html) && !/data-pagefind-filter="section:[^"]+"/.test(html);
    })
    .map((f) => urlOfFile(f, root));
}
