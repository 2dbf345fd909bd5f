// Builds the handbook's one data model — pages, section tree, navigation, reviews — from validated sources.
import { issue, type ContentIssue } from '../shared/errors';
import { byCodePoint } from '../shared/sort';
import type { IsoDate } from '../shared/dates';
import { lineOf } from '../shared/validate';
import { reviewStatus, type ReviewStatus } from './review';
import type { HandbookFrontmatter, PageStatus } from './schema';

export const HANDBOOK_BASE = '/handbook/';

export interface PageSource {
  /** Path under the handbook folder without extension: `strategy/vision`, `strategy/index`. */
  id: string;
  /** Project-relative file path for messages and edit links. */
  file: string;
  data: HandbookFrontmatter;
  /** Raw front-matter YAML, so cross-reference errors can give a line. */
  frontmatterText?: string;
  /** From git history, when known. */
  lastUpdated?: IsoDate;
  /** Markdown body and the file line it starts on, for link checks (absent when Astro supplies the data). */
  body?: string;
  bodyLine?: number;
}

export interface HandbookPage {
  id: string;
  file: string;
  /** URL path segments under /handbook/, e.g. `strategy/vision`; '' for the handbook's own index. */
  slug: string;
  url: string;
  title: string;
  description: string;
  owner: string;
  status: PageStatus;
  tags: string[];
  /** Top-level folder, or '' for a page at the handbook root. */
  section: string;
  isIndex: boolean;
  review: ReviewStatus;
  lastUpdated?: IsoDate;
  supersededBy?: { url: string; title: string };
  order?: number;
}

export interface NavNode {
  /** Folder path, e.g. `strategy`; '' is the handbook root. */
  path: string;
  title: string;
  url: string;
  description: string;
  order?: number;
  index?: HandbookPage;
  pages: HandbookPage[];
  children: NavNode[];
}

export interface Crumb {
  title: string;
  url: string;
}

export interface Handbook {
  pages: HandbookPage[];
  root: NavNode;
  sections: NavNode[];
  byId: Map<string, HandbookPage>;
  byUrl: Map<string, HandbookPage>;
  issues: ContentIssue[];
  today: IsoDate;
}

export interface BuildOptions {
  /** Drafts are shown only in development. */
  includeDrafts: boolean;
  today: IsoDate;
  /** Page paths whose files exist but failed validation: already reported, so not reported again as missing. */
  unparsed?: ReadonlySet<string>;
}

function slugOf(id: string): string {
  if (id === 'index') return '';
  return id.endsWith('/index') ? id.slice(0, -'/index'.length) : id;
}

export function urlOf(slug: string): string {
  return slug ? `${HANDBOOK_BASE}${slug}/` : HANDBOOK_BASE;
}

function humanise(folder: string): string {
  const s = folder.replace(/[-_]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const byOrderThenTitle = (a: { order?: number; title: string }, b: { order?: number; title: string }) =>
  (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title, 'en-GB');

/** Which pages exist in this build: retired never; drafts only in development. */
export function isBuilt(status: PageStatus, includeDrafts: boolean): boolean {
  if (status === 'retired') return false;
  if (status === 'draft') return includeDrafts;
  return true;
}

export function buildHandbook(sources: PageSource[], opts: BuildOptions): Handbook {
  const issues: ContentIssue[] = [];
  const sorted = [...sources].sort((a, b) => byCodePoint(a.id, b.id));

  // Two files must never claim one URL (e.g. foo.md and foo/index.md, or foo.md and foo.mdx).
  const claimed = new Map<string, PageSource>();
  for (const s of sorted) {
    const url = urlOf(slugOf(s.id));
    const prior = claimed.get(url);
    if (prior) {
      issues.push(
        issue(s.file, '', `has the same URL ${url} as ${prior.file}: rename or move one of them`),
      );
    } else claimed.set(url, s);
  }

  const allById = new Map(sorted.map((s) => [slugOf(s.id), s]));
  const built = sorted.filter((s) => isBuilt(s.data.status, opts.includeDrafts) && claimed.get(urlOf(slugOf(s.id))) === s);
  const builtSlugs = new Set(built.map((s) => slugOf(s.id)));

  const pages: HandbookPage[] = [];
  for (const s of built) {
    const slug = slugOf(s.id);
    let supersededBy: HandbookPage['supersededBy'];
    if (s.data.superseded_by) {
      const target = s.data.superseded_by.replace(/\/index$/, '');
      const src = { file: s.file, text: s.frontmatterText, lineOffset: 1 };
      if (!allById.has(target) && opts.unparsed?.has(target)) {
        // The target's own error is reported; a second message here would only repeat it.
      } else if (!allById.has(target)) {
        issues.push(
          issue(s.file, 'superseded_by', `"${s.data.superseded_by}" is not a page: expected the path of a page under ${s.file.slice(0, s.file.lastIndexOf(s.id) - 1)}, e.g. "${nearestExample(target, allById)}"`, lineOf(src, ['superseded_by'])),
        );
      } else if (!builtSlugs.has(target)) {
        const st = allById.get(target)!.data.status;
        issues.push(
          issue(s.file, 'superseded_by', `"${s.data.superseded_by}" is ${st} and will not be published: point to a published page`, lineOf(src, ['superseded_by'])),
        );
      } else {
        supersededBy = { url: urlOf(target), title: allById.get(target)!.data.title };
      }
    }
    pages.push({
      id: s.id,
      file: s.file,
      slug,
      url: urlOf(slug),
      title: s.data.title,
      description: s.data.description,
      owner: s.data.owner,
      status: s.data.status,
      tags: s.data.tags,
      section: slug.includes('/') ? slug.split('/')[0] : s.id.endsWith('/index') ? slug : '',
      isIndex: s.id === 'index' || s.id.endsWith('/index'),
      review: reviewStatus(s.data, opts.today),
      lastUpdated: s.lastUpdated ?? s.data.updated,
      supersededBy,
      order: s.data.order,
    });
  }

  const root = buildTree(pages);
  return {
    pages,
    root,
    sections: root.children,
    byId: new Map(pages.map((p) => [p.id, p])),
    byUrl: new Map(pages.map((p) => [p.url, p])),
    issues,
    today: opts.today,
  };
}

function nearestExample(target: string, all: Map<string, PageSource>): string {
  const folder = target.split('/')[0];
  const inFolder = [...all.keys()].filter((k) => k.startsWith(folder + '/'));
  return inFolder[0] ?? [...all.keys()].find((k) => k.includes('/')) ?? 'section/page';
}

function buildTree(pages: HandbookPage[]): NavNode {
  const nodes = new Map<string, NavNode>();
  const node = (path: string): NavNode => {
    let n = nodes.get(path);
    if (!n) {
      const name = path.split('/').pop() ?? '';
      n = { path, title: path ? humanise(name) : 'Handbook', url: urlOf(path), description: '', pages: [], children: [] };
      nodes.set(path, n);
      if (path) {
        const parent = node(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
        parent.children.push(n);
      }
    }
    return n;
  };
  node('');
  for (const p of pages) {
    if (p.isIndex) {
      const n = node(p.slug);
      n.index = p;
      n.title = p.title;
      n.description = p.description;
      n.order = p.order;
    } else {
      const folder = p.slug.includes('/') ? p.slug.slice(0, p.slug.lastIndexOf('/')) : '';
      node(folder).pages.push(p);
    }
  }
  for (const n of nodes.values()) {
    n.pages.sort(byOrderThenTitle);
    n.children.sort(byOrderThenTitle);
  }
  return nodes.get('')!;
}

/** The top-level section a page belongs to (its side navigation), or undefined for root pages. */
export function sectionOf(hb: Handbook, page: HandbookPage): NavNode | undefined {
  return hb.sections.find((s) => s.path === page.section);
}

/** Pages of a section tree in reading order: landing page, its pages, then sub-sections depth-first. */
export function readingOrder(n: NavNode): HandbookPage[] {
  const out: HandbookPage[] = [];
  if (n.index) out.push(n.index);
  out.push(...n.pages);
  for (const c of n.children) out.push(...readingOrder(c));
  return out;
}

export function prevNext(hb: Handbook, page: HandbookPage): { prev?: HandbookPage; next?: HandbookPage } {
  const sec = sectionOf(hb, page);
  const list = sec ? readingOrder(sec) : hb.root.pages;
  const i = list.findIndex((p) => p.id === page.id);
  if (i < 0) return {};
  return { prev: list[i - 1], next: list[i + 1] };
}

export function breadcrumbs(hb: Handbook, page: HandbookPage): Crumb[] {
  const crumbs: Crumb[] = [{ title: 'Home', url: '/' }, { title: 'Handbook', url: HANDBOOK_BASE }];
  const parts = page.slug.split('/').filter(Boolean);
  // Every ancestor folder; the page itself (a section's landing page included) is the current crumb.
  let path = '';
  for (let i = 0; i < parts.length - 1; i++) {
    path = path ? `${path}/${parts[i]}` : parts[i];
    const n = findNode(hb.root, path);
    crumbs.push({ title: n?.title ?? humanise(parts[i]), url: urlOf(path) });
  }
  return crumbs;
}

export function findNode(root: NavNode, path: string): NavNode | undefined {
  if (root.path === path) return root;
  for (const c of root.children) {
    if (path === c.path || path.startsWith(c.path + '/')) return findNode(c, path);
  }
  return undefined;
}

/** Every page by review date, overdue first (earliest due first). */
export function reviewList(hb: Handbook): HandbookPage[] {
  return [...hb.pages].sort(
    (a, b) => byCodePoint(a.review.dueBy, b.review.dueBy) || a.title.localeCompare(b.title, 'en-GB'),
  );
}

export function overduePages(hb: Handbook): HandbookPage[] {
  return reviewList(hb).filter((p) => p.review.state === 'overdue');
}

/** One line for the build log. */
export function reviewSummary(hb: Handbook): string {
  const overdue = overduePages(hb);
  const soon = hb.pages.filter((p) => p.review.state === 'due-soon').length;
  if (overdue.length === 0) return `Reviews: no pages overdue (${soon} due within 30 days) as of ${hb.today}.`;
  return `Reviews: ${overdue.length} page${overdue.length === 1 ? '' : 's'} overdue for review as of ${hb.today} (${overdue
    .map((p) => p.file)
    .join(', ')}); ${soon} due within 30 days. See /reviews/.`;
}

/** Most recently updated pages (git history or front matter `updated`), newest first. */
export function recentlyUpdated(hb: Handbook, limit: number): HandbookPage[] {
  return hb.pages
    .filter((p) => p.lastUpdated)
    .sort((a, b) => byCodePoint(b.lastUpdated!, a.lastUpdated!) || byCodePoint(a.url, b.url))
    .slice(0, limit);
}
