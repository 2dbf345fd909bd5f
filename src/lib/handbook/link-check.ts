// Checks every built handbook page's internal links and anchors against what the site will contain.
import { fencedLines } from '../markdown/fences';
import { issue, type ContentIssue } from '../shared/errors';
import { analyseMarkdown } from '../markdown/analyse';
import { checkLinks, outline, pagesByTitle, problemIssues, type LinkTargets, type MarkdownOutline } from './links';
import type { Handbook, PageSource } from './model';

/** Site areas outside the handbook that always exist. Domain areas add their own routes through `extraRoutes`. */
export const CORE_ROUTES = ['/', '/handbook/', '/reviews/', '/search/', '/sitemap/', '/feed.xml', '/404.html', '/sitemap-index.xml', '/sitemap-0.xml'];

/** A Markdown or MDX file that MDX pages import and show, and those pages (see `partials` of checkHandbookLinks). */
export interface PartialFile {
  file: string;
  body: string;
  importedBy: { file: string; url: string }[];
}

/** Other Markdown that is published on a page of its own (radar blips, checklists), checked the same way. */
export interface OtherMarkdown {
  file: string;
  /** The page it is published on. */
  url: string;
  /**
   * Whether the page shows the body's headings with the ids Markdown gives them (a radar blip's description). A
   * checklist's body is read into groups and items with ids of their own, which its domain lists instead (false).
   */
  bodyHeadings?: boolean;
  /** A checklist's body: its items end with `{#id required}`, which is not another tool's attribute list. */
  checklist?: boolean;
  body: string;
  bodyLine: number;
  /** The column the body starts at on its first line, when it is a field's value (a radar move's `reason`); 1 if absent. */
  bodyColumn?: number;
  /** How far every later line is indented in the file (a YAML block scalar's lines); 0 if absent. */
  bodyIndent?: number;
}

export function checkHandbookLinks(
  hb: Handbook,
  sources: PageSource[],
  opts: {
    files: Set<string>;
    extraRoutes?: Iterable<string>;
    extraAnchors?: Map<string, Set<string>>;
    other?: OtherMarkdown[];
    /** Whether a project-relative file exists (local images); see `LinkTargets.exists`. */
    exists?: (projectPath: string) => boolean;
    /** Whether an existing project-relative file reads as a picture; see `LinkTargets.isImage`. */
    isImage?: (projectPath: string) => boolean;
    /** The file names in a project-relative folder; see `LinkTargets.filesIn`. */
    filesIn?: (projectFolder: string) => string[];
    /** Old addresses of moved pages → their addresses now; see `LinkTargets.moved`. */
    moved?: Map<string, string>;
    /** The site's address (site.yaml `url`): full links to it are checked too; see `LinkTargets.origin`. */
    origin?: string;
    /** Where a missing file should go; see `LinkTargets.publicDir`. */
    publicDir?: string;
    /**
     * Handbook pages whose front matter could not be used (../handbook/load.ts `unread`), at the URL they will have:
     * their links are checked and links to their headings resolve, so one run reports those problems beside the front
     * matter's instead of after it is fixed.
     */
    unread?: OtherMarkdown[];
    /**
     * Markdown and MDX files that MDX pages import and show (partials), each with the pages that import it, in file
     * order: their headings are anchors of those pages, and their links, markup and MDX are checked as a page's are
     * (links as from the first page that imports it). Pictures are not: ../check/mdx.ts `checkPartial` checks them.
     */
    partials?: PartialFile[];
  },
): ContentIssue[] {
  const outlines = new Map<string, MarkdownOutline>();
  for (const s of sources) if (s.body !== undefined && hb.byId.has(s.id)) outlines.set(s.id, outline(s.body, s.bodyLine, s.file.endsWith('.mdx')));
  const targets: LinkTargets = {
    routes: new Set([...CORE_ROUTES, ...hb.pages.map((p) => p.url), ...(opts.extraRoutes ?? [])]),
    anchors: new Map(opts.extraAnchors ?? []),
    files: opts.files,
    exists: opts.exists,
    isImage: opts.isImage,
    filesIn: opts.filesIn,
    moved: opts.moved,
    pageFiles: new Map(hb.pages.map((p) => [p.file, p.url])),
    pageTitles: pagesByTitle(hb.pages),
    origin: opts.origin,
    publicDir: opts.publicDir,
  };
  for (const p of hb.pages) {
    const o = outlines.get(p.id);
    if (o) targets.anchors.set(p.url, o.anchors);
  }
  // Other pages made from Markdown (radar blips, checklists): a page whose template sections are known
  // (`extraAnchors`) has those and its body's headings; the anchors of one not known are not judged.
  const other = (opts.other ?? []).map((m) => ({ ...m, outline: outline(m.body, m.bodyLine, m.file.endsWith('.mdx'), m.bodyColumn, m.bodyIndent, m.checklist) }));
  for (const m of other) {
    const known = targets.anchors.get(m.url);
    if (known && m.bodyHeadings !== false) targets.anchors.set(m.url, new Set([...known, ...m.outline.anchors]));
  }
  const unread = (opts.unread ?? []).map((m) => ({ ...m, outline: outline(m.body, m.bodyLine, m.file.endsWith('.mdx')) }));
  // A page built at the same URL (the other of two files claiming it) keeps its own headings.
  for (const m of unread) if (!targets.anchors.has(m.url)) targets.anchors.set(m.url, m.outline.anchors);
  // A partial's headings are on every page that shows it: a link to one was refused as "no heading with the anchor"
  // (a new adopter's trial, 2 December 2026).
  // One analysis of each partial gives its outline (anchors, links, problems) and its headings with their lines.
  const partials = (opts.partials ?? []).map((m) => {
    const a = analyseMarkdown(m.body, { bodyLine: 1, mdx: m.file.endsWith('.mdx') });
    return { ...m, outline: { anchors: a.anchors, links: a.links, problems: a.problems }, headings: a.headings };
  });
  const issues: ContentIssue[] = [];
  // The files with footnotes each page shows, itself first: each file gets a footnote list of its own.
  const withNotes = new Map<string, string[]>();
  for (const s of sources) if (s.body !== undefined && hb.byId.has(s.id) && firstFootnote(s.body)) withNotes.set(hb.byId.get(s.id)!.url, [s.file]);
  for (const m of partials) {
    // Two footnote lists on one page: both are numbered from 1 and share their ids (#footnote-label, and a label's
    // #user-content-fn-<label>), so the page's footnote links went to the other list (an adopter's trial,
    // 3 December 2026).
    const note = firstFootnote(m.body);
    if (note)
      for (const page of m.importedBy) {
        const others = withNotes.get(page.url) ?? [];
        if (others.length)
          issues.push(
            issue(
              m.file,
              'footnote',
              `footnotes in a file that ${page.file} shows, beside the footnotes of ${others[0] === page.file ? 'the page itself' : others[0]}: each file gets its own footnote list, numbered from 1 and with the same ids, so footnote links go to the first list; write this note as text, or move it into the page`,
              { line: note, column: 1, severity: 'warning' },
            ),
          );
        withNotes.set(page.url, [...others, m.file]);
      }
    const headings = m.headings;
    const clashes = new Set<string>();
    for (const page of m.importedBy) {
      const known = targets.anchors.get(page.url);
      if (!known) continue;
      // Each file is given its heading ids alone, so a heading the page (or another file it shows) has too is a
      // second element with that id: links and the page's contents go to the first (the same trial).
      for (const h of headings)
        if (known.has(h.id) && !clashes.has(h.id)) {
          clashes.add(h.id);
          issues.push(
            issue(
              m.file,
              'heading',
              `"${h.text}" has the id #${h.id}, which ${page.file} already has (a heading of its own or of another file it shows): both would be id="${h.id}", so links and the page's contents go to the first; give one of them other words`,
              { line: h.line, column: h.column, severity: 'warning' },
            ),
          );
        }
      targets.anchors.set(page.url, new Set([...known, ...m.outline.anchors]));
    }
  }
  // A partial's links, markup and MDX: nothing looked at them, so a broken link in one was published and a syntax
  // error or an undefined name stopped the build half-way (the same trial).
  for (const m of partials)
    if (m.importedBy.length)
      issues.push(...problemIssues(m.file, m.outline), ...checkLinks(m.file, m.importedBy[0].url, m.outline, targets).filter((i) => i.field !== 'image'));
  for (const p of hb.pages) {
    const o = outlines.get(p.id);
    if (o) issues.push(...problemIssues(p.file, o), ...checkLinks(p.file, p.url, o, targets));
  }
  for (const m of unread) issues.push(...problemIssues(m.file, m.outline), ...checkLinks(m.file, m.url, m.outline, targets));
  for (const m of other) issues.push(...problemIssues(m.file, m.outline), ...checkLinks(m.file, m.url, m.outline, targets));
  return issues;
}

/**
 * The 1-based line of the first footnote definition (`[^label]: …`) in a Markdown or MDX body, outside fenced code,
 * or undefined when it has none. CommonMark allows up to three spaces before it.
 */
export function firstFootnote(body: string): number | undefined {
  const lines = body.split(/\r?\n/);
  const code = fencedLines(lines);
  const at = lines.findIndex((l, i) => !code[i] && /^ {0,3}\[\^[^\]\s]+\]:/.test(l));
  return at < 0 ? undefined : at + 1;
}
