// Checks the internal links and #anchors of Markdown bodies against what the site will contain.
import { issue, type ContentIssue } from '../shared/errors';
import { analyseMarkdown, type MarkdownAnalysis, type MarkdownLink } from '../markdown/analyse';

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
export function outline(body: string, bodyLine = 1, mdx = false): MarkdownOutline {
  const a = analyseMarkdown(body, { bodyLine, mdx });
  return { anchors: a.anchors, links: a.links, problems: a.problems };
}

export interface LinkTargets {
  /** Every page path the site builds (e.g. `/handbook/strategy/`, `/releases/`), with trailing slash for pages. */
  routes: Set<string>;
  /** Anchors per page path, for pages whose headings we know. */
  anchors: Map<string, Set<string>>;
  /** Files under public/ and other built files, as URL paths (e.g. `/favicon.svg`, `/files/LICENSE`). */
  files: Set<string>;
}

/** The markup problems of one file as issues (see `analyseMarkdown`). */
export function problemIssues(file: string, o: MarkdownOutline): ContentIssue[] {
  return o.problems.map((p) => issue(file, p.field, p.message, { line: p.line, column: p.column }));
}

/**
 * Problems with the internal links of one file: inline links, images, reference definitions, autolinks and
 * `<a href>` / `<img src>` in raw HTML alike. External links (a scheme or `//`) are left to people.
 * A file in public/ of any extension, or none, is a valid target; a missing file is "file not found".
 */
export function checkLinks(file: string, ownPath: string, o: MarkdownOutline, t: LinkTargets): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const l of o.links) {
    const at = { line: l.line, column: l.column };
    if (/^[a-z][a-z0-9+.-]*:/i.test(l.url) || l.url.startsWith('//')) continue;
    const [pathPart, frag] = splitUrl(l.url);
    if (pathPart && !pathPart.startsWith('/')) {
      out.push(issue(file, l.kind, `"${l.url}" is a relative link: write it from the site root, e.g. "/handbook/section/page/"`, at));
      continue;
    }
    const target = safeDecode(pathPart) || ownPath;
    if (t.files.has(target)) continue;
    if (l.kind === 'image' || (/\.[a-z0-9]+$/i.test(target) && !t.routes.has(target))) {
      out.push(issue(file, l.kind, `"${l.url}": file not found: put the file at public${target}, or correct the link`, at));
      continue;
    }
    if (!t.routes.has(target)) {
      const hint = !target.endsWith('/') && t.routes.has(target + '/') ? `: add the trailing slash ("${target}/")` : ': no page or file in public/ has that address';
      out.push(issue(file, 'link', `"${l.url}" is not a page on this site${hint}`, at));
      continue;
    }
    if (frag) {
      const anchors = t.anchors.get(target);
      if (anchors && !anchors.has(safeDecode(frag)))
        out.push(issue(file, 'link', `"${l.url}": the page has no heading with the anchor #${frag}`, at));
    }
  }
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function splitUrl(url: string): [string, string | undefined] {
  const noQuery = url.replace(/\?[^#]*/, '');
  const i = noQuery.indexOf('#');
  return i < 0 ? [noQuery, undefined] : [noQuery.slice(0, i), noQuery.slice(i + 1)];
}
