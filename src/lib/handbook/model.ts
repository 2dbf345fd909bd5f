// Builds the handbook's one data model — pages, section tree, navigation, reviews — from validated sources.
import { closest, onlyWithSameName } from '../shared/closest';
import { issue, type ContentIssue } from '../shared/errors';
import { byCodePoint } from '../shared/sort';
import type { IsoDate } from '../shared/dates';
import { lineOf } from '../shared/validate';
import { reviewStatus, type ReviewState, type ReviewStatus } from './review';
import type { DefaultableField, HandbookFrontmatter, PageStatus } from './schema';
import { capitalise } from '../shared/plural';
import { TITLE_SEPARATOR, titleInPlace } from '../site/document-title';

export const HANDBOOK_BASE = '/handbook/';

export interface PageSource {
  /** Path under the handbook folder without extension: `strategy/vision`, `strategy/index`. */
  id: string;
  /** Project-relative file path for messages and edit links. */
  file: string;
  data: HandbookFrontmatter;
  /** Fields the page left out and got from its first paragraph or site.yaml `defaults:` (page-data.ts). */
  defaulted?: DefaultableField[];
  /** Raw front-matter YAML, so cross-reference errors can give a line. */
  frontmatterText?: string;
  /**
   * Where each of `data.redirect_from`'s entries is in the list as written, when entries wrong in form were left out
   * (load.ts): messages name an entry by its place as written. Absent when nothing was left out.
   */
  redirectIndexes?: number[];
  /** From git history, when known. */
  lastUpdated?: IsoDate;
  /**
   * Git has the handbook's history but no commit of this file yet: without `updated:` in its front matter it is dated
   * the build's "today" (src/lib/shared/git.ts, commitDates).
   */
  uncommitted?: boolean;
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
  supersededBy?: { url: string; title: string; lang?: string };
  order?: number;
  /**
   * The language of a page written in another language than the site's (front matter `lang`, a canonical BCP 47
   * tag): set on its text and wherever its title is shown (WCAG 2.2 SC 3.1.2). Absent for a page in the site's language.
   */
  lang?: string;
  /** Old URL paths that redirect here (front matter `redirect_from`, normalised by normaliseRedirectPath in schema.ts). */
  redirectFrom: string[];
}

export interface NavNode {
  /** Folder path, e.g. `strategy`; '' is the handbook root. */
  path: string;
  title: string;
  url: string;
  description: string;
  order?: number;
  /** The language of the title: its landing page's `lang` (see HandbookPage.lang). */
  lang?: string;
  index?: HandbookPage;
  pages: HandbookPage[];
  children: NavNode[];
}

export interface Crumb {
  title: string;
  url: string;
  /** The title's language, when it is not the site's (HandbookPage.lang). */
  lang?: string;
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

/** What a file or folder name must look like to be a URL segment as written (no spaces, no characters to escape). */
const URL_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * What a file or folder name must be, as it becomes part of the page's address. A name no address can carry as
 * written is an error. Capitals and underscores work, but make addresses that are hard to say, type and guess
 * (/handbook/My_Page/ is not /handbook/my-page/ on most hosts): a warning, so a handbook that already publishes such
 * addresses still builds.
 */
const SEGMENT_RULES: { breaks: (seg: string) => boolean; severity: 'error' | 'warning'; message: (seg: string, url: string) => string }[] = [
  {
    breaks: (seg) => !URL_SEGMENT.test(seg),
    severity: 'error',
    message: (seg) => `cannot be part of a web address: use lower-case letters, digits and hyphens, e.g. "${suggestSegment(seg)}"`,
  },
  {
    breaks: (seg) => /[A-Z_]/.test(seg),
    severity: 'warning',
    message: (seg, url) =>
      `has capitals or underscores, so the page's address is ${url}: addresses are easier to read and type in lower case with hyphens, ` +
      `e.g. "${suggestSegment(seg)}" ` +
      // Only capitals to change: no redirect can keep the old address (it would be the same file where names ignore
      // case), so renaming a published page loses it (a new adopter's trial, 2 December 2026).
      (suggestSegment(seg) === seg.toLowerCase()
        ? '(rename it before the page is published: the old address differs only in capitals, which redirect_from cannot keep)'
        : '(rename it, and keep the old address with redirect_from)'),
  },
];

/** A name that would work, for the message: `My Section!` → `my-section`. */
function suggestSegment(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // Underscores too: the advice is lower-case letters, digits and hyphens, so the example follows it.
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[-._]+|-+$/g, '');
  return s || 'section-name';
}

/**
 * A page file named as another tool names it, published at an address nobody meant (a migration trial, 3 December
 * 2026): `README.md`, a folder's page on GitHub, is `/…/README/` here, where a folder's landing page is `index.md`;
 * `deploy.html.md` (Middleman, the GOV.UK Tech Docs Template) is `/…/deploy.html/`. The message for `name` (the file
 * name without its extension) in `file` at `url`, or undefined.
 */
function foreignFileName(name: string, file: string, url: string): string | undefined {
  const ext = file.slice(file.lastIndexOf('.'));
  if (/^readme$/i.test(name))
    return `file name "${name}" makes the page's address ${url}: a folder's landing page here is index.md; rename it to index${ext} to publish it at the folder's address`;
  const html = /^(.+)\.html?$/i.exec(name);
  if (html) return `file name "${name}" makes the page's address ${url}: rename it to ${html[1]}${ext} (keep an old address with redirect_from)`;
  return undefined;
}

/**
 * The problem with the file and folder names of the page `id` (its path under the handbook folder, no extension, e.g.
 * `How We Work/pairing`) in `file` (project-relative, for the message): every name becomes a URL segment, so the
 * first {@link SEGMENT_RULES} rule a name breaks is reported, strictest first; [] when the names are fine. Needs only
 * the path, so the check reports it for pages whose front matter could not be read too (load.ts).
 */
export function fileNameIssues(id: string, file: string): ContentIssue[] {
  const segs = id.split('/');
  const foreign = foreignFileName(segs[segs.length - 1], file, urlOf(slugOf(id)));
  if (foreign) return [issue(file, '', foreign, { severity: 'warning' })];
  for (const rule of SEGMENT_RULES) {
    const at = segs.findIndex(rule.breaks);
    if (at < 0) continue;
    const kind = at === segs.length - 1 ? 'file' : 'folder';
    return [issue(file, '', `${kind} name "${segs[at]}" ${rule.message(segs[at], urlOf(slugOf(id)))}`, { severity: rule.severity })];
  }
  return [];
}

/** A page's URL path from its id (path under the handbook folder, no extension): `a/index` → `/handbook/a/`. */
export function pageUrlOf(id: string): string {
  return urlOf(slugOf(id));
}

/**
 * The URL path of a handbook page file (project-relative, e.g. `content/handbook/a/b.md`) under the handbook folder
 * `handbookDir`, or undefined when the file is not a page: not `.md`/`.mdx`, outside the folder, or a partial or
 * hidden file (a name starting with `_` or `.`), which the loaders leave out.
 */
export function pageUrlOfFile(file: string, handbookDir: string): string | undefined {
  if (!file.startsWith(`${handbookDir}/`) || !/\.mdx?$/.test(file) || /(^|\/)[_.][^/]*$/.test(file)) return undefined;
  return pageUrlOf(file.slice(handbookDir.length + 1).replace(/\.mdx?$/, ''));
}

function humanise(folder: string): string {
  return capitalise(folder.replace(/[-_]+/g, ' ').trim());
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

  // Two files must never claim one URL (e.g. foo.md and foo/index.md, or foo.md and foo.mdx), nor two URLs that differ
  // only in capitals (Ferry-Timetables.md beside ferry-timetables.md): readers cannot tell them apart, a host that
  // ignores case serves one for both, and the two files cannot both be checked out on macOS or Windows (a new
  // adopter's trial, 2 December 2026: only a capitals warning, whose suggested name was the one already taken).
  const claimed = new Map<string, PageSource>();
  const claimedIgnoringCase = new Map<string, PageSource>();
  for (const s of sorted) {
    const url = urlOf(slugOf(s.id));
    const prior = claimed.get(url);
    const priorIgnoringCase = claimedIgnoringCase.get(url.toLowerCase());
    if (prior) {
      issues.push(
        issue(s.file, '', `has the same URL ${url} as ${prior.file}: rename or move one of them`),
      );
    } else if (priorIgnoringCase) {
      issues.push(
        issue(s.file, '', `has the URL ${url}, which differs only in capitals from ${priorIgnoringCase.file} (${urlOf(slugOf(priorIgnoringCase.id))}): readers and some hosts cannot tell them apart; merge the two pages or give one another name`),
      );
    } else {
      claimed.set(url, s);
      claimedIgnoringCase.set(url.toLowerCase(), s);
    }
  }

  for (const s of sorted) issues.push(...fileNameIssues(s.id, s.file));

  const allById = new Map(sorted.map((s) => [slugOf(s.id), s]));
  const built = sorted.filter((s) => isBuilt(s.data.status, opts.includeDrafts) && claimed.get(urlOf(slugOf(s.id))) === s);
  const builtSlugs = new Set(built.map((s) => slugOf(s.id)));

  // A page and a folder with the same name (guides.md beside guides/) are one node: the page is the folder's landing page.
  const folders = new Set<string>();
  for (const s of built) {
    const parts = slugOf(s.id).split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }

  const pages: HandbookPage[] = [];
  for (const s of built) {
    const slug = slugOf(s.id);
    const isIndex = s.id === 'index' || s.id.endsWith('/index') || folders.has(slug);
    let supersededBy: HandbookPage['supersededBy'];
    if (s.data.superseded_by) {
      const target = s.data.superseded_by.replace(/\/index$/, '');
      const src = { file: s.file, text: s.frontmatterText, lineOffset: 1 };
      if (target === s.id.replace(/\/index$/, '')) {
        issues.push(issue(s.file, 'superseded_by', `"${s.data.superseded_by}" is this page itself: name the page that replaces it`, lineOf(src, ['superseded_by'])));
      } else if (!allById.has(target) && opts.unparsed?.has(target)) {
        // The target's own error is reported; a second message here would only repeat it.
      } else if (!allById.has(target)) {
        issues.push(
          issue(s.file, 'superseded_by', `"${s.data.superseded_by}" is not a page: expected the path of a page under ${s.file.slice(0, s.file.lastIndexOf(s.id) - 1)}, ${supersededHint(target, s.id, allById)}`, lineOf(src, ['superseded_by'])),
        );
      } else if (!builtSlugs.has(target)) {
        const st = allById.get(target)!.data.status;
        issues.push(
          issue(s.file, 'superseded_by', `"${s.data.superseded_by}" is ${st} and will not be published: point to a published page`, lineOf(src, ['superseded_by'])),
        );
      } else {
        const by = allById.get(target)!.data;
        supersededBy = { url: urlOf(target), title: by.title, ...(by.lang ? { lang: by.lang } : {}) };
      }
    }
    issues.push(...futureDateIssues(s, opts.today));
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
      section: slug.includes('/') ? slug.split('/')[0] : isIndex ? slug : '',
      isIndex,
      // A superseded page is kept only to send readers on (its banner names the page that replaces it): nobody reviews
      // it, so it is never overdue or due. It was on the overdue list with both banners (an adopter's trial,
      // 3 December 2026).
      review: s.data.status === 'superseded' ? { ...reviewStatus(s.data, opts.today), state: 'ok' } : reviewStatus(s.data, opts.today),
      lastUpdated: s.lastUpdated ?? s.data.updated ?? (s.uncommitted ? opts.today : undefined),
      supersededBy,
      order: s.data.order,
      redirectFrom: s.data.redirect_from ?? [],
      ...(s.data.lang ? { lang: s.data.lang } : {}),
    });
  }

  const root = buildTree(pages);
  const hb: Handbook = {
    pages,
    root,
    sections: root.children,
    byId: new Map(pages.map((p) => [p.id, p])),
    byUrl: new Map(pages.map((p) => [p.url, p])),
    issues,
    today: opts.today,
  };
  const sourceById = new Map(built.map((s) => [s.id, s]));
  issues.push(...sharedTitleIssues(hb, sourceById), ...navTitleIssues(hb, sourceById));
  return hb;
}

/**
 * Warnings for a page titled as another entry of the side-navigation list it is in: its section's landing page
 * (`index.md`, the section's own entry) or a sub-section beside it. The two links read alike and lead to different
 * pages; their browser titles differ, so {@link sharedTitleIssues} does not see them (a new adopter's trial,
 * 3 December 2026: "Accessibility testing" twice in one list). Titles are compared as readers see them (spaces
 * collapsed, capitals ignored). One warning per page, on its `title` line.
 */
function navTitleIssues(hb: Handbook, sources: Map<string, PageSource>): ContentIssue[] {
  const out: ContentIssue[] = [];
  const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB') === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  const warn = (p: HandbookPage, what: string) => {
    const s = sources.get(p.id);
    out.push(
      issue(p.file, 'title', `"${p.title}" is also the title of ${what}: the side navigation would list two "${p.title}" links to different pages; give one of them a title of its own`, {
        severity: 'warning',
        ...(s ? lineOf({ file: s.file, text: s.frontmatterText, lineOffset: 1 }, ['title']) : {}),
      }),
    );
  };
  for (const node of [hb.root, ...allNodes(hb.root)]) {
    const pages = node.pages.filter((p) => p !== node.index);
    for (const p of pages) {
      if (node.index && same(p.title, node.index.title)) warn(p, `${node.index.file}, the landing page of its section`);
      else {
        const child = node.children.find((c) => same(p.title, c.title));
        if (child) warn(p, `the section beside it, ${child.index ? child.index.file : `${child.path}/ (named from its folder)`}`);
      }
    }
  }
  return out;
}

/**
 * Warnings for published pages whose browser title would be another's (`titleInPlace`, src/lib/site/document-title.ts):
 * a screen reader announces them alike, and tabs and history show them alike. Two cases: the same title in one
 * section, which the side navigation lists alike too; and the same title in two sections of the same name (two
 * "Services" folders), whose browser titles name only the nearest. One warning per page after the first (in file
 * order), on its `title` line, naming the first and the title both would have. A warning, not an error: a handbook
 * that already publishes such pages still builds. The model does not know the site's title, so a page titled as the
 * site is grouped as any other.
 */
function sharedTitleIssues(hb: Handbook, sources: Map<string, PageSource>): ContentIssue[] {
  const out: ContentIssue[] = [];
  const first = new Map<string, { page: HandbookPage; parent: string }>();
  for (const p of hb.pages) {
    const crumbs = breadcrumbs(hb, p);
    const parts = titleInPlace(p.title, undefined, crumbs);
    const parent = crumbs[crumbs.length - 1]?.url ?? '';
    const key = parts.join('\0');
    const prior = first.get(key);
    if (!prior) {
      first.set(key, { page: p, parent });
      continue;
    }
    const s = sources.get(p.id);
    const reads = `"${[...parts, '…'].join(TITLE_SEPARATOR)}"`;
    const message =
      prior.parent === parent
        ? `"${p.title}" is also the title of ${prior.page.file}, in the same section (${crumbs[crumbs.length - 1]?.title ?? 'Handbook'}): both would read ${reads} in browser tabs, history and what a screen reader announces first, and alike in the side navigation; give each page a title of its own`
        : `"${p.title}" would read ${reads} in browser tabs, history and what a screen reader announces first, as ${prior.page.file} does: ${
            parts.length > 1 ? `their sections have the same name (${parts[1]})` : 'each title names its own section, which is then not said again'
          }; give one of the pages, or one of the sections, a title of its own`;
    out.push(issue(p.file, 'title', message, { severity: 'warning', ...(s ? lineOf({ file: s.file, text: s.frontmatterText, lineOffset: 1 }, ['title']) : {}) }));
  }
  return out;
}

/**
 * Warnings for dates in a page's own front matter that are after `today` (YYYY-MM-DD) but record something that has
 * happened: `last_reviewed` (a review), `updated` ("Last updated"). A future `last_reviewed` pushes the next review
 * out and keeps the page off the overdue list, so a mistyped year (2062 for 2026) would hide it for decades; a
 * future `updated` shows readers a date that has not come. One warning per field, on its line; a value taken from
 * site.yaml `defaults:` is not the page's line to change, so it is not reported here. `review_by` is a date to come,
 * but one before `last_reviewed` is a slip (a warning on the `review_by` line).
 */
export function futureDateIssues(s: Pick<PageSource, 'file' | 'data' | 'defaulted' | 'frontmatterText'>, today: IsoDate): ContentIssue[] {
  const out: ContentIssue[] = [];
  const src = { file: s.file, text: s.frontmatterText, lineOffset: 1 };
  const check = (field: 'last_reviewed' | 'updated', what: string, todo: string) => {
    const value = s.data[field];
    if (!value || value <= today || s.defaulted?.includes(field as DefaultableField)) return;
    out.push(issue(s.file, field, `${value} is after today (${today}): ${what}; ${todo}`, { severity: 'warning', ...lineOf(src, [field]) }));
  };
  check('last_reviewed', 'it records the day the page was reviewed, so it cannot be in the future', 'set it to the day of the review (the next review date goes in review_by or review_in)');
  check('updated', 'it is shown to readers as "Last updated"', 'set it to the day the page last changed');
  // The next review before the last one: a mistyped year (2026-01-01 for 2027-01-01) put a page reviewed last week
  // on the overdue list, with nothing said but "review was due 330 days ago" (a new adopter's trial, 3 December 2026).
  const { review_by: next, last_reviewed: last } = s.data;
  if (next && last && next < last)
    out.push(
      issue(s.file, 'review_by', `${next} is before last_reviewed (${last}): the next review cannot come before the last one; check the year, or set review_by to the date the next review is due`, {
        severity: 'warning',
        ...lineOf(src, ['review_by']),
      }),
    );
  return out;
}

/**
 * What to suggest for a `superseded_by` that names no page, written on page `self`: the page id nearest the text by
 * edit distance when it is a likely typo (../shared/closest.ts) as `did you mean "…"`; otherwise an example from the same folder. Never `self`: a page cannot replace itself.
 */
function supersededHint(target: string, self: string, all: Map<string, PageSource>): string {
  const id = (k: string) => k.replace(/\/index$/, '');
  // A page that moved and keeps this address (redirect_from) is the one meant; a near spelling would mislead (a new
  // adopter's trial, 2 December 2026: "did you mean platform/backups?" for a page moved to platform/secret-store).
  const movedTo = [...all.values()].find((s) => s.data.redirect_from?.includes(urlOf(target)));
  if (movedTo) return `that page moved to "${id(movedTo.id)}", which keeps its old address: name "${id(movedTo.id)}"`;
  const others = [...all.keys()].map(id).filter((k) => k !== id(self) && k !== 'index').sort(byCodePoint);
  // The one page elsewhere with the same last segment: its section was renamed (ferries/booking-system →
  // ferries-and-islands/booking-system), too far for a spelling match (a new adopter's trial, 2 December 2026).
  const sameName = onlyWithSameName(target, others);
  if (sameName !== undefined) return `did you mean "${sameName}"?`;
  // Nearest to this page's own path: a misspelling of it, which a page cannot name. Left out of the candidates, the
  // next nearest was offered as "did you mean" (a new adopter's trial, 2 December 2026).
  if (closest(target, [id(self), ...others]) === id(self)) return `that is nearest to this page's own path ("${id(self)}"), and a page cannot replace itself: name the page that replaces it`;
  const best = closest(target, others);
  if (best !== undefined) return `did you mean "${best}"?`;
  const folder = target.split('/')[0];
  const example = others.find((k) => k.startsWith(folder + '/')) ?? others.find((k) => k.includes('/'));
  return example ? `e.g. "${example}"` : 'e.g. "section/page"';
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
      if (p.lang) n.lang = p.lang;
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
    crumbs.push({ title: n?.title ?? humanise(parts[i]), url: urlOf(path), ...(n?.lang ? { lang: n.lang } : {}) });
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

/**
 * One short line for the build log, whatever the number of pages; `npm run reviews` lists them by owner. The counts
 * name no kind: they count pages, radar blips and checklists alike (they said "pages" of all three). `others`:
 * the review states of the site's other pages with a review date (radar blips, checklists: ../site/review-items.ts).
 */
export function reviewSummary(hb: Handbook, others: { review: { state: ReviewState } }[] = []): string {
  const all = [...hb.pages, ...others];
  const overdue = all.filter((p) => p.review.state === 'overdue').length;
  const soon = all.filter((p) => p.review.state === 'due-soon').length;
  return `Reviews: ${overdue} overdue, ${soon} due within 30 days as of ${hb.today}${overdue + soon ? ' (npm run reviews lists them by owner)' : ''}.`;
}

/** Most recently updated pages (git history or front matter `updated`), newest first. */
export function recentlyUpdated(hb: Handbook, limit: number): HandbookPage[] {
  return hb.pages
    .filter((p) => p.lastUpdated)
    .sort((a, b) => byCodePoint(b.lastUpdated!, a.lastUpdated!) || byCodePoint(a.url, b.url))
    .slice(0, limit);
}

/** Every folder of the tree below `root`, depth-first in navigation order (the root itself not included). */
export function allNodes(root: NavNode): NavNode[] {
  return root.children.flatMap((c) => [c, ...allNodes(c)]);
}

/** Folders without an index page: each gets a generated landing page listing its pages and sub-sections. */
export function landingNodes(hb: Handbook): NavNode[] {
  return allNodes(hb.root).filter((n) => !n.index);
}

/** The top-level section a folder belongs to (its side navigation). */
export function sectionOfNode(hb: Handbook, node: NavNode): NavNode | undefined {
  const top = node.path.split('/')[0];
  return hb.sections.find((s) => s.path === top);
}

/** Breadcrumbs for a folder's landing page: Home, Handbook and every ancestor folder (the folder itself is current). */
export function nodeBreadcrumbs(hb: Handbook, node: NavNode): Crumb[] {
  const crumbs: Crumb[] = [{ title: 'Home', url: '/' }, { title: 'Handbook', url: HANDBOOK_BASE }];
  const parts = node.path.split('/').filter(Boolean);
  for (let i = 1; i < parts.length; i++) {
    const path = parts.slice(0, i).join('/');
    const n = findNode(hb.root, path);
    crumbs.push({ title: n?.title ?? humanise(parts[i - 1]), url: urlOf(path), ...(n?.lang ? { lang: n.lang } : {}) });
  }
  return crumbs;
}

/** One entry of the side navigation tree. */
export interface SideNavItem {
  title: string;
  url: string;
  /** This entry is the page being shown: mark it with aria-current="page". */
  current: boolean;
  /** The page being shown is inside this folder (an ancestor): highlighted, and its list expanded. */
  ancestor: boolean;
  draft: boolean;
  /** The title's language, when it is not the site's (HandbookPage.lang). */
  lang?: string;
  /**
   * The folder's pages and sub-folders, present only when expanded: on the path to the current page (so its
   * siblings show). Other folders are collapsed to their own link, which keeps the HTML small on any site size.
   */
  children?: SideNavItem[];
}

/**
 * The side navigation of a top-level section for the page at `currentUrl`, as a tree: the section's landing page
 * first, then its pages and sub-sections in order. A folder's landing page (index.md, a page of the same name, or a
 * generated one) is the folder's own entry, never a second one.
 */
export function sideNavTree(section: NavNode, currentUrl: string): SideNavItem {
  const folder = (n: NavNode): SideNavItem => {
    const inside = currentUrl.startsWith(n.url);
    return {
      title: n.title,
      url: n.url,
      current: currentUrl === n.url,
      ancestor: inside && currentUrl !== n.url,
      draft: n.index?.status === 'draft',
      ...(n.lang ? { lang: n.lang } : {}),
      children: inside
        ? [
            ...n.pages.map((p) => ({ title: p.title, url: p.url, current: p.url === currentUrl, ancestor: false, draft: p.status === 'draft', ...(p.lang ? { lang: p.lang } : {}) })),
            ...n.children.map(folder),
          ]
        : undefined,
    };
  };
  // The reader is always inside `section` (it is the section of the current page), so its list is expanded.
  return folder(section);
}
