// Checks the internal links and #anchors of Markdown bodies against what the site will contain.
import path from 'node:path';
import { issue, type ContentIssue } from '../shared/errors';
import { RESERVED_IDS } from '../markdown/headings';
import { closest, onlyWithSameName, sameIgnoringCase, withSameName } from '../shared/closest';
import { analyseMarkdown, type MarkdownAnalysis, type MarkdownLink } from '../markdown/analyse';
import { IMAGE_EXTENSIONS, isOptimisable } from '../markdown/local-images';

export type { MarkdownLink };

export interface MarkdownOutline {
  /** Heading ids exactly as the renderer makes them (src/lib/markdown/headings.ts), plus raw-HTML ids. */
  anchors: Set<string>;
  links: MarkdownLink[];
  /** Markup the page cannot show as written (a body h1, inline styles or scripts), as check issues. */
  problems: MarkdownAnalysis['problems'];
}

/**
 * Headings, links and problems of one body. `bodyLine` is the file line the body starts on, so positions point
 * into the real file; `mdx` parses it as MDX (for `.mdx` files).
 */
export function outline(body: string, bodyLine = 1, mdx = false, bodyColumn = 1, bodyIndent = 0, checklist = false): MarkdownOutline {
  const a = analyseMarkdown(body, { bodyLine, mdx, checklist });
  if (bodyColumn === 1 && bodyIndent === 0) return { anchors: a.anchors, links: a.links, problems: a.problems };
  // Markdown that is a front-matter field's value starts part-way along its first line (`reason: See […]`) or has
  // every line indented (`reason: >-` and the lines below): its columns in the file are further right.
  const shift = <T extends { line: number; column: number }>(x: T): T => ({ ...x, column: x.column + (x.line === bodyLine ? bodyColumn - 1 : bodyIndent) });
  return { anchors: a.anchors, links: a.links.map(shift), problems: a.problems.map(shift) };
}

export interface LinkTargets {
  /** Every page path the site builds (e.g. `/handbook/strategy/`, `/releases/`), with trailing slash for pages. */
  routes: Set<string>;
  /** Anchors per page path, for pages whose headings we know. */
  anchors: Map<string, Set<string>>;
  /** Files under public/ and other built files, as URL paths (e.g. `/favicon.svg`, `/files/LICENSE`). */
  files: Set<string>;
  /**
   * Whether a project-relative file exists (e.g. `content/handbook/guides/photo.png`), for images written with a
   * path relative to the page. Without it, such images are not looked up.
   */
  exists?: (projectPath: string) => boolean;
  /** Whether an existing project-relative file reads as a picture (see `looksLikeImage`); not looked at without it. */
  isImage?: (projectPath: string) => boolean;
  /** The names of the files in a project-relative folder ([] when there is none), for a near name to a missing one. */
  filesIn?: (projectFolder: string) => string[];
  /**
   * Old addresses of moved pages (`redirect_from`) → the page's address now. A link to one works, through a
   * redirect, but costs readers a hop and, on hosts without `_redirects`, its #anchor; it is a warning naming the
   * address to use, and its anchor is checked on the page it leads to.
   */
  moved?: Map<string, string>;
  /**
   * Handbook page files (project-relative, e.g. `content/handbook/guides/on-call.md`) → their addresses, so a link
   * written to a page's source file (`on-call.md`, GitHub's way) is told the address to use.
   */
  pageFiles?: Map<string, string>;
  /**
   * Handbook pages by their title as {@link titleKey} reads it → their addresses ({@link pagesByTitle}), so a link to
   * a page of another tool's export, which names the page by its title, is told the page that has it.
   */
  pageTitles?: Map<string, string>;
  /** The content directory's public folder (project-relative, e.g. `content/public`), where a missing file goes. */
  publicDir?: string;
  /**
   * The site's own origin (`https://handbook.example.org`, from site.yaml `url`): a full link to it is checked like a
   * link from the site root, since it would otherwise ship broken unseen.
   */
  origin?: string;
}

/** `dir/a/../b.png` → `dir/b.png`, with forward slashes. */
/**
 * `rel` resolved against the folder `dir` (both with `/`), keeping a leading `../` or `/`: a content directory may
 * sit beside the project (`HANDBOOK_CONTENT_DIR=../our-handbook`) or anywhere on disk, so its files' paths do too.
 */
function joinPath(dir: string, rel: string): string {
  return path.posix.normalize(path.posix.join(dir, rel));
}

/**
 * A Markdown image with a path relative to the page goes through Astro's image pipeline, which needs the file to
 * exist and to have an image extension; in raw HTML the path is not resolved at all. Anything else would ship as an
 * image with no working src, so it is an error naming the line. `file` is the page's file, or a partial's that a page
 * imports (`relativeTo` then names it in the message, ../check/mdx.ts). Undefined when the image is right.
 */
export function localImageProblem(file: string, l: MarkdownLink, t: Pick<LinkTargets, 'exists' | 'isImage' | 'filesIn'>, relativeTo = "the page's file"): string | undefined {
  const rel = safeDecode(l.url.replace(/[?#].*$/, ''));
  if (l.source === 'html')
    return `"${l.url}": an image in raw HTML does not go through the image pipeline, so a path relative to the page does not work; write it in Markdown, ![description](${l.url}), or give its path from the site root`;
  // A Windows metafile, as Word keeps its drawings: renaming it does not make it a picture a browser can show (a
  // migration trial, 3 December 2026).
  if (/\.(emf|wmf)$/i.test(rel))
    return `"${l.url}": a Windows metafile (.${rel.slice(-3).toLowerCase()}, a drawing from Word), which browsers cannot show: export the picture as PNG or SVG (in Word, right-click it and choose Save as Picture) and change the path to that file`;
  if (!isOptimisable(rel))
    return `"${l.url}": a local image needs one of the image file extensions ${IMAGE_EXTENSIONS.join(', ')}; rename the file and the path`;
  const target = joinPath(file.slice(0, file.lastIndexOf('/')), rel);
  if (t.exists && !t.exists(target)) {
    // A name in other capitals or a slip from a file that is there (`NSS-Logo.svg` for `nss-logo.svg`): said, with
    // the path to write (a new adopter's trial, 2 December 2026: "file not found" alone).
    const folder = target.slice(0, target.lastIndexOf('/'));
    const name = target.slice(target.lastIndexOf('/') + 1);
    const near = t.filesIn ? closest(name, t.filesIn(folder).filter(isOptimisable)) : undefined;
    const hint = near !== undefined ? `; did you mean "${rel.slice(0, rel.length - name.length)}${near}"?${near.toLowerCase() === name.toLowerCase() ? ' File names are case-sensitive on the web server' : ''}` : '';
    return `"${l.url}": file not found: expected ${target} (the path is relative to ${relativeTo})${hint}`;
  }
  if (t.isImage && !t.isImage(target))
    return `"${l.url}": ${target} is not a picture: its bytes are not a PNG, JPEG, GIF, WebP, AVIF, TIFF or SVG file (it may be empty, cut short, or another kind of file with an image name); save it again as an image`;
  return undefined;
}

/** The markup problems of one file as issues (see `analyseMarkdown`). */
export function problemIssues(file: string, o: MarkdownOutline): ContentIssue[] {
  return o.problems.map((p) => issue(file, p.field, p.message, { line: p.line, column: p.column, severity: p.severity }));
}

/**
 * Problems with the internal links of one file: inline links, images, reference definitions, autolinks and
 * `<a href>` / `<img src>` in raw HTML alike. External links (a scheme or `//`) are left to people.
 * A file in public/ of any extension, or none, is a valid target; a missing file is "file not found". An image may
 * also be a path relative to the page's file (optimised by the image pipeline): see `localImageProblem`.
 */
export function checkLinks(file: string, ownPath: string, o: MarkdownOutline, t: LinkTargets): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const l of o.links) {
    const at = { line: l.line, column: l.column };
    // A full address on the site's own domain is a page or file of this site.
    const own = t.origin && l.kind === 'link' ? pathOnOrigin(l.url, t.origin) : undefined;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(l.url)?.[1];
    // Schemes a built page may link with: the site's link test (tests/support/site-checks.ts) refuses any other, so the
    // check refuses them too. Confluence's `<ac:plain-text-body>` read as an autolink is ../markdown/foreign-syntax.ts's.
    if (own === undefined && scheme && !ALLOWED_SCHEMES.has(scheme.toLowerCase()) && !/^(ac|ri)$/i.test(scheme))
      out.push(
        issue(
          file,
          l.kind,
          `"${l.url}" uses the scheme "${scheme}:", which pages may not link with (only http:, https:, mailto: and tel:, and data: for a picture): ` +
            (/^file$/i.test(scheme) || /^[a-z]$/i.test(scheme)
              ? 'a file on a drive is not on the web; put the file in public/files/ and link to "/files/…", or write the path as `code`'
              : 'link to the https:// address instead, or write the address as `code`'),
          at,
        ),
      );
    if (own === undefined && (scheme || l.url.startsWith('//'))) continue;
    const [pathPart, frag] = splitUrl(own ?? l.url);
    const withFrag = (page: string) => `${page}${frag === undefined ? '' : `#${frag}`}`;
    if (l.kind === 'link' && CONFLUENCE_PAGE.test(pathPart) && !t.routes.has(safeDecode(pathPart)) && !t.files.has(safeDecode(pathPart))) {
      out.push(
        issue(
          file,
          'link',
          `"${l.url}" is a link to a Confluence page, which is not on this site: link to the handbook page's address (e.g. "/handbook/section/page/"), or to the Confluence page's full address (https://…) if it stays there`,
          at,
        ),
      );
      continue;
    }
    if (pathPart && !pathPart.startsWith('/') && l.kind === 'image') {
      const problem = localImageProblem(file, l, t);
      if (problem) out.push(issue(file, 'image', problem, at));
      continue;
    }
    if (pathPart && !pathPart.startsWith('/')) {
      out.push(issue(file, l.kind, relativeLinkMessage(l.url, pathPart, frag, file, ownPath, t, withFrag), at));
      continue;
    }
    const target = safeDecode(pathPart) || ownPath;
    if (t.files.has(target)) continue;
    // `/handbook/guides/on-call.md`: the page's source file, which is not published.
    const written = /\.mdx?$/i.test(target) ? target.replace(/(\/index)?\.mdx?$/i, '/') : undefined;
    const source = written !== undefined && !t.routes.has(written) ? sameIgnoringCase(written, t.routes) : written;
    if (l.kind === 'link' && source !== undefined && t.routes.has(source)) {
      out.push(issue(file, l.kind, `"${l.url}" names the page's Markdown file, which is not published: link to its address, "${withFrag(source)}"${anchorNote(source, frag, t)}`, at));
      continue;
    }
    if (l.kind === 'image' || (/\.[a-z0-9]+$/i.test(target) && !t.routes.has(target))) {
      // A page's own file (`/handbook/b/index.html`) is the page: its address is the folder. When that folder is an
      // old address, the page's address now, with its anchor checked there: the advice was the old address, which the
      // next check then called a redirect (a new adopter's trial, 2 December 2026).
      const folder = l.kind === 'link' ? target.replace(/\/index\.html?$/i, '/') : target;
      const page = t.moved?.get(folder) ?? folder;
      const fragment = frag === undefined || anchorNote(page, frag, t) ? '' : `#${frag}`;
      out.push(
        issue(
          file,
          l.kind,
          folder !== target && t.routes.has(folder)
            ? `"${l.url}" is the file behind the page ${page}: link to the page's address, "${page}${fragment}"${anchorNote(page, frag, t)}`
            : `"${l.url}": file not found: put the file at ${t.publicDir ?? 'public'}${target}, or correct the link`,
          at,
        ),
      );
      continue;
    }
    const now = t.moved?.get(target);
    if (!t.routes.has(target) && now === undefined) {
      const near = !target.endsWith('/') && t.routes.has(target + '/') ? undefined : nearRoute(target, t.routes);
      // An old address without its slash: the page's address now, not the old one with a slash (which redirects).
      const movedSlash = !target.endsWith('/') ? t.moved?.get(target + '/') : undefined;
      const hint = movedSlash
        ? `: it is an old address (with a trailing slash) of the page now at ${movedSlash}: link to "${withFrag(movedSlash)}"${anchorNote(movedSlash, frag, t)}`
        : !target.endsWith('/') && t.routes.has(target + '/')
          ? `: add the trailing slash ("${target}/")`
          : near !== undefined
            ? `: did you mean "${near}"?${caseOnly(near, target) ? ' Addresses are case-sensitive' : ''}`
            : sameNameHint(target, t);
      out.push(issue(file, 'link', `"${l.url}" is not a page on this site${hint}`, at));
      continue;
    }
    if (now !== undefined) {
      // Found by a new adopter's trial (1 December 2026): such links passed, and the redirect page dropped the #anchor.
      // The anchor goes with it only when the page has it: the error below says when it has not (a new adopter's
      // trial, 2 December 2026: the warning recommended a link the next line called broken).
      const fixed = now + (frag === undefined || anchorNote(now, frag, t) ? '' : `#${frag}`);
      out.push(
        issue(file, 'link', `"${l.url}" is an old address of the page now at ${now}, which redirects there: link to "${fixed}" instead (a redirect costs readers a hop, and can lose the #anchor)`, {
          ...at,
          severity: 'warning',
        }),
      );
    }
    const page = now ?? target;
    if (frag) {
      const anchors = t.anchors.get(page);
      if (anchors && !anchors.has(safeDecode(frag))) {
        const written = safeDecode(frag);
        const near = closest(written, anchors);
        // A heading whose slug is a template's own id got the next suffix: say why, or the suffix looks like a slip
        // (a new adopter's trial, 2 December 2026: "## Details" is #details-1).
        const reserved = RESERVED_IDS.has(written) && anchors.has(`${written}-1`);
        // The same letters with their accents as separate characters (Unicode NFD, as macOS and some keyboards write
        // "à"): a browser matches an anchor character for character, and "did you mean" showed the very text written
        // (a bilingual trial, 3 December 2026). Heading ids are composed (NFC, src/lib/markdown/headings.ts).
        const composed = written.normalize('NFC');
        const decomposed = composed !== written && anchors.has(composed);
        // No near one (a heading renamed, not mistyped): the page's anchors, so the editor need not open it.
        const hint = decomposed
          ? `: its accented letters are written as a letter followed by a separate accent (decomposed Unicode), which a browser does not match to the heading's #${composed}: type the accented letters again (or copy the anchor from the page's "Link to the section" link)`
          : reserved
          ? `: did you mean #${written}-1? The page's template uses #${written} itself, so a heading with that name gets #${written}-1 (or give the heading an id of its own: "## … {#my-id}")`
          : near !== undefined
            ? `: did you mean #${near}?`
            : anchorList(anchors);
        out.push(issue(file, 'link', `"${l.url}": the page${now === undefined ? '' : ` it leads to (${now})`} has no heading with the anchor #${frag}${hint}`, at));
      }
    }
  }
  return out;
}

/** Schemes a page may link with, as the site's link test allows them (tests/support/site-checks.ts). */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel', 'data']);

/**
 * A link to a Confluence page (`/pages/viewpage.action?pageId=…`, `/display/SPACE/Page+Title`, `/wiki/spaces/…`),
 * which an export left relative to Confluence's site: it was told "file not found: put the file at
 * public/pages/viewpage.action" (a migration trial, 3 December 2026).
 */
const CONFLUENCE_PAGE = /^\/?(?:wiki\/)?(?:pages\/viewpage\.action|display\/[^/]+\/[^/]|spaces\/[^/]+\/pages\/)|^\/?wiki\/spaces\//;

/** A picture's file name, by its extension. */
const IMAGE_FILE = new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');

/** How many pages of one name a message lists before "and N more". */
const SAME_NAME_LISTED = 4;

/**
 * The end of the message for a link to an address no page has and none is near ({@link nearRoute}): the pages with
 * the link's last segment when several have it (`/handbook/overview/` with an "overview" page in each section: a new
 * adopter's trial, 2 December 2026, got no suggestion), else that nothing has the address. A page's address (ending
 * in "/") is not said to be missing from public/, which the editor did not mean (the same trial).
 */
function sameNameHint(target: string, t: LinkTargets): string {
  const same = withSameName(target, t.routes);
  if (same.length > 1) {
    const shown = same.slice(0, SAME_NAME_LISTED).map((u) => `"${u}"`);
    const rest = same.length - shown.length;
    return `: ${same.length} pages end in that name; did you mean ${rest > 0 ? `${shown.join(', ')} or one of ${rest} more` : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`}?`;
  }
  // A file's address written with a page's trailing slash (`/files/inventory.csv/`): hosts serve no file there (an
  // adopter's trial, 3 December 2026, got "no page has that address").
  if (target.endsWith('/') && t.files.has(target.slice(0, -1))) return `: it is the address of a file, which has no trailing slash: link to "${target.slice(0, -1)}"`;
  return target.endsWith('/') ? ': no page has that address' : `: no page, and no file in ${t.publicDir ?? 'public'}/, has that address`;
}

/** How many of a page's anchors a message lists before "and N more". */
const ANCHORS_LISTED = 6;

/** `; its anchors are #a, #b and #c` (the first ANCHORS_LISTED, in the page's order), or `; it has no headings to link to`. */
function anchorList(anchors: Set<string>): string {
  const all = [...anchors].map((a) => `#${a}`);
  if (all.length === 0) return '; it has no headings to link to';
  const shown = all.slice(0, ANCHORS_LISTED);
  const rest = all.length - shown.length;
  const listed = rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return `; its ${all.length === 1 ? 'anchor is' : 'anchors are'} ${listed}`;
}

/**
 * The page a link to `target` (a path no route has) was likely meant for: the folder, for `…/index/` or
 * `…/index.html`; the same address in other capitals; a page in the same folder whose last segment is a likely typo
 * of the link's (../shared/closest.ts); or else the one page in any folder with the link's last segment. Whole paths
 * are not compared: `/handbook/gone/` is as near `/handbook/a/` as a typo is.
 */
function nearRoute(target: string, routes: Set<string>): string | undefined {
  const folder = target.replace(/\/index(?:\.html?)?\/?$/i, '/');
  if (folder !== target && routes.has(folder)) return folder;
  // The address in other capitals, anywhere in the site (`/Handbook/Guides/On-Call/`): the host will not find it.
  const sameLetters = sameIgnoringCase(target, routes) ?? sameIgnoringCase(`${target}/`, routes);
  if (sameLetters !== undefined) return sameLetters;
  const parts = (u: string) => u.replace(/\/$/, '').split('/');
  const parent = (u: string) => parts(u).slice(0, -1).join('/');
  const last = (u: string) => parts(u).at(-1) ?? '';
  const siblings = [...routes].filter((r) => r !== '/' && parent(r) === parent(target)).sort();
  const seg = closest(last(target), siblings.map(last));
  if (seg !== undefined) return siblings.find((r) => last(r) === seg);
  // The right name in another folder (`/radar/typescript/` for the blip `/radar/blips/typescript/`): the one page
  // anywhere whose last segment is the link's, when only one is.
  return onlyWithSameName(target, routes);
}

/** Whether `near` differs from `target` only in capitals (and a trailing slash). */
function caseOnly(near: string, target: string): boolean {
  const a = near.toLowerCase().replace(/\/$/, '');
  return a === target.toLowerCase().replace(/\/$/, '') && near.replace(/\/$/, '') !== target.replace(/\/$/, '');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A title as compared with another: lower case, with only its letters and digits, one space between words. */
export function titleKey(title: string): string {
  return title.toLocaleLowerCase('en-GB').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * `pages` by {@link titleKey} of their title → their URL; a title two pages share is left out (a link naming it
 * cannot tell which is meant).
 */
export function pagesByTitle(pages: readonly { title: string; url: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const p of pages) {
    const k = titleKey(p.title);
    if (out.has(k)) shared.add(k);
    else out.set(k, p.url);
  }
  for (const k of shared) out.delete(k);
  return out;
}

/**
 * A page of a Confluence HTML export, as its links name one (`Release-process_123456789.html`, or `123456789.html`
 * for a title Confluence could not put in a file name): the title it was given, or '' when the name has none.
 */
function confluenceExportPage(rel: string): string | undefined {
  const m = /(?:^|\/)(?:([^/]+?)_)?(\d{5,})\.html$/.exec(rel.replace(/#.*$/, ''));
  return m ? (m[1] ?? '').replace(/[-+]/g, ' ').trim() : undefined;
}

/**
 * The message for a link written relative to the page (`on-call.md`, `../guides/`). Pages are published at
 * addresses, not file names, and a relative address resolves against the page's address, not its file, so such a
 * link breaks; the message names the address meant where it can tell: a page file resolved from the linking file
 * (as GitHub resolves it), or a page the address reaches from `ownPath`.
 */
function relativeLinkMessage(
  url: string,
  written: string,
  frag: string | undefined,
  file: string,
  ownPath: string,
  t: LinkTargets,
  withFrag: (page: string) => string,
): string {
  const rel = safeDecode(written);
  const joined = joinPath(file.slice(0, file.lastIndexOf('/')), rel);
  // The address as written, percent-encoded: the decoded name ("/files/DPIA template v3.docx") has spaces, so the
  // link advised was itself broken (a migration trial, 3 December 2026).
  const href = (name: string) => `/files/${(written.slice(written.lastIndexOf('/') + 1) || name).replace(/ /g, '%20')}`;
  // A file name in other capitals (`Guides/On-Call.md`) is still the page meant: file systems that ignore case find it.
  const pageFile = t.pageFiles?.has(joined) ? joined : t.pageFiles && sameIgnoringCase(joined, t.pageFiles.keys());
  const fromFile = pageFile ? t.pageFiles?.get(pageFile) : undefined;
  if (fromFile !== undefined)
    return `"${url}" links to a page's Markdown file, which is not published: link to its address from the site root, "${withFrag(fromFile)}"${anchorNote(fromFile, frag, t)}`;
  // A download kept beside the page (`access-form.pdf`): only pictures are taken from there; it got "write it from the
  // site root, e.g. /handbook/section/page/", which said nothing about where the file must go (an adopter's trial,
  // 3 December 2026).
  if (/\.(?!mdx?$)[A-Za-z0-9]+$/.test(joined) && !t.isImage?.(joined) && t.exists?.(joined)) {
    const name = joined.slice(joined.lastIndexOf('/') + 1);
    return `"${url}" is a file beside the page, and files beside pages are not published (only pictures are): move it to ${t.publicDir ?? 'public'}/files/${name} and link to "${href(name)}"`;
  }
  // A link, not an image, to a picture beside the page (`[architecture.png](attachments/98765/architecture.png)`, as
  // Confluence exports its attachments): such pictures are published only where a page shows them (the same trial).
  if (IMAGE_FILE.test(joined) && (t.isImage?.(joined) || t.exists?.(joined))) {
    const name = joined.slice(joined.lastIndexOf('/') + 1);
    return `"${url}" links to a picture beside the page, which is published only where a page shows it: to show it, write ![what it shows](${url}); to offer it as a download, put it in ${t.publicDir ?? 'public'}/files/${name} and link to "${href(name)}"`;
  }
  // A relative link to a file that is not there either (`./migration-plan.pdf`): where downloads go, not a page's
  // address (the same kind of trial).
  if (/\.(?!mdx?$|html?$)[A-Za-z0-9]+$/.test(joined) && !t.isImage?.(joined)) {
    const name = joined.slice(joined.lastIndexOf('/') + 1);
    return `"${url}" is a relative link to a file: files to download go in ${t.publicDir ?? 'public'}/ (e.g. ${t.publicDir ?? 'public'}/files/${name}) and are linked from the site root, "${href(name)}"`;
  }
  // A page of a Confluence HTML export (a migration trial, 3 December 2026): "write it from the site root" of a name
  // that is no address here; the handbook page with its title is the one meant.
  const exported = confluenceExportPage(rel);
  if (exported !== undefined) {
    const same = exported ? t.pageTitles?.get(titleKey(exported)) : undefined;
    const named = exported ? ` ("${exported}")` : '';
    return same
      ? `"${url}" links to a page of a Confluence HTML export${named}, which is not published here: link the handbook page with that title, "${withFrag(same)}"`
      : `"${url}" links to a page of a Confluence HTML export${named}, which is not published here: link the handbook page that replaced it, from the site root, e.g. "/handbook/section/page/"`;
  }
  const pageAt = (base: string): string | undefined => {
    const resolved = new URL(rel, `http://site${base}`).pathname;
    return t.routes.has(resolved)
      ? resolved
      : t.routes.has(`${resolved}/`)
        ? `${resolved}/`
        : (sameIgnoringCase(resolved, t.routes) ?? sameIgnoringCase(`${resolved}/`, t.routes));
  };
  // Reached from the page's address, or else from its file's folder, as a manual written file by file meant it
  // (`./upgrades/` beside `clusters/node-pools.md`): it got the general example (a new adopter's trial, 2 December
  // 2026), while `../upgrades/`, which the page's address reaches, got the address.
  const folderUrl = /(^|\/)index\.mdx?$/.test(file) ? ownPath : ownPath.replace(/[^/]+\/$/, '');
  const page = pageAt(ownPath) ?? pageAt(folderUrl);
  if (page !== undefined) return `"${url}" is a relative link: write it from the site root, "${withFrag(page)}"`;
  return `"${url}" is a relative link: write it from the site root, e.g. "/handbook/section/page/"`;
}

/**
 * For a message naming the address to use: ` (but that page has no heading #x: did you mean #y?)` when the `frag`
 * the link keeps is not an anchor of `page`, so following the advice does not lead to a second error (a new
 * adopter's trial, 2 December 2026); '' when it is, or the page's anchors are not known.
 */
function anchorNote(page: string, frag: string | undefined, t: LinkTargets): string {
  const anchors = frag ? t.anchors.get(page) : undefined;
  if (!anchors || anchors.has(safeDecode(frag!))) return '';
  const near = closest(safeDecode(frag!), anchors);
  return ` (but that page has no heading #${frag}${near !== undefined ? `: did you mean #${near}?` : anchorList(anchors)})`;
}

/** The path, query and fragment of `url` when it is an address on `origin` (the site's own); otherwise undefined. */
function pathOnOrigin(url: string, origin: string): string | undefined {
  // http:, https: or scheme-relative (//host/…): the same site whichever way it is reached.
  if (!/^(https?:)?\/\//i.test(url)) return undefined;
  try {
    const u = new URL(url, 'https://x.invalid');
    return u.hostname === new URL(origin).hostname ? `${u.pathname}${u.search}${u.hash}` : undefined;
  } catch {
    return undefined;
  }
}

function splitUrl(url: string): [string, string | undefined] {
  const noQuery = url.replace(/\?[^#]*/, '');
  const i = noQuery.indexOf('#');
  return i < 0 ? [noQuery, undefined] : [noQuery.slice(0, i), noQuery.slice(i + 1)];
}
