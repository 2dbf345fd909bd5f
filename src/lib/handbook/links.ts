// Finds headings and links in Markdown with remark, and checks internal links and #anchors resolve.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { issue, type ContentIssue } from '../shared/errors';

export interface MarkdownLink {
  url: string;
  kind: 'link' | 'image';
  line: number;
  column: number;
}

export interface MarkdownOutline {
  /** Heading ids as the renderer makes them (GitHub's slug rules), and explicit ids in raw HTML. */
  anchors: Set<string>;
  /** Each heading's text by its id, in document order. */
  headings: Map<string, string>;
  links: MarkdownLink[];
}

const processor = unified().use(remarkParse).use(remarkGfm);

/** `bodyLine` is the file line the body starts on, so positions point into the real file. */
export function outline(body: string, bodyLine = 1): MarkdownOutline {
  const tree = processor.parse(body) as Root;
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  const headings = new Map<string, string>();
  const links: MarkdownLink[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const text = toString(node);
      const slug = slugger.slug(text);
      anchors.add(slug);
      headings.set(slug, text);
    }
    else if (node.type === 'link' || node.type === 'image') {
      const pos = node.position?.start;
      links.push({ url: node.url, kind: node.type, line: (pos?.line ?? 1) + bodyLine - 1, column: pos?.column ?? 1 });
    } else if (node.type === 'html') {
      // Explicit ids in raw HTML (e.g. <a id="x"></a>) are valid anchors too.
      for (const m of node.value.matchAll(/\sid=["']([^"']+)["']/g)) anchors.add(m[1]);
    }
  });
  return { anchors, headings, links };
}

export interface LinkTargets {
  /** Every page path the site builds (e.g. `/handbook/strategy/`, `/releases/`), with trailing slash for pages. */
  routes: Set<string>;
  /** Anchors per page path, for pages whose headings we know. */
  anchors: Map<string, Set<string>>;
  /** Files under public/ and other built files, as URL paths (e.g. `/favicon.svg`). */
  files: Set<string>;
}

/** Problems with the internal links of one file. External links are left to people (the network is not ours). */
export function checkLinks(file: string, ownPath: string, o: MarkdownOutline, t: LinkTargets): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const l of o.links) {
    const at = { line: l.line, column: l.column };
    if (/^[a-z][a-z0-9+.-]*:/i.test(l.url) || l.url.startsWith('//')) continue;
    const [pathPart, frag] = splitUrl(l.url);
    if (pathPart && !pathPart.startsWith('/')) {
      out.push(issue(file, 'link', `"${l.url}" is a relative link: write it from the site root, e.g. "/handbook/section/page/"`, at));
      continue;
    }
    const target = pathPart || ownPath;
    if (l.kind === 'image' || /\.[a-z0-9]+$/i.test(target)) {
      if (!t.files.has(target) && !t.routes.has(target))
        out.push(issue(file, l.kind, `"${l.url}" does not exist: put the file in public/ and link to it from the site root`, at));
      continue;
    }
    if (!t.routes.has(target)) {
      const hint = !target.endsWith('/') && t.routes.has(target + '/') ? `: add the trailing slash ("${target}/")` : ': no page has that address';
      out.push(issue(file, 'link', `"${l.url}" is not a page on this site${hint}`, at));
      continue;
    }
    if (frag) {
      const anchors = t.anchors.get(target);
      if (anchors && !anchors.has(decodeURIComponent(frag)))
        out.push(issue(file, 'link', `"${l.url}": the page has no heading with the anchor #${frag}`, at));
    }
  }
  return out;
}

function splitUrl(url: string): [string, string | undefined] {
  const noQuery = url.replace(/\?[^#]*/, '');
  const i = noQuery.indexOf('#');
  return i < 0 ? [noQuery, undefined] : [noQuery.slice(0, i), noQuery.slice(i + 1)];
}
