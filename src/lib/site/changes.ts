// What a pull request changes on the site: content files changed against the base branch → pages added, changed,
// removed and moved, reviews now overdue, with links — the Markdown of the PR's job summary.
import { publishedEditionsOf } from '../radar/published-editions';
import { byCodePoint } from '../shared/sort';
import { formatDate } from '../shared/dates';
import { escapeMarkdown } from '../shared/markdown-text';
import { landingNodes, overduePages, pageUrlOfFile, type Handbook, type PageSource } from '../handbook/model';
import { pageReviewItem, reviewCount, type ReviewItem } from '../handbook/reviews-report';
import { redirectFromLine } from '../handbook/redirects';
import { capitalise } from '../shared/plural';
import type { FileChange } from '../shared/git';
import type { LostAddress } from '../handbook/lost-addresses';

/** Where each content area lives, project-relative with forward slashes (e.g. `content/handbook`). */
export interface ContentAreas {
  handbook: string;
  releases: string;
  blips: string;
  checklists: string;
}

export type ChangeKind = 'added' | 'changed' | 'removed' | 'moved';

export interface PageChange {
  kind: ChangeKind;
  /** What sort of page, in words: "Handbook page", "Release", "Radar blip", "Checklist". */
  what: string;
  file: string;
  oldFile?: string;
  /** The page's site path after the change (none when removed), and before it (moved or removed). */
  url?: string;
  oldUrl?: string;
  /** Title in the head version, when it is a built handbook page. */
  title?: string;
  /** Handbook pages: why a file is not published (draft, retired), if so. */
  unpublished?: string;
  /** Moved handbook pages: whether `redirect_from` keeps the old URL working. */
  redirected?: boolean;
  /**
   * Moved handbook pages not published at the base (a draft moved): its old URL was never on the site, so there is
   * nothing to keep. It was reported as redirected, with a link to a page the merge would not publish either (a new
   * adopter's trial, 2 December 2026).
   */
  neverPublished?: boolean;
  /** A word on the change the table shows beside the title (a folder's landing page now generated). */
  note?: string;
}

const under = (dir: string, file: string) => file.startsWith(dir + '/');

/** The site path a content file is published at, or undefined when it is not a page (settings, data, images). */
export function urlOfContentFile(file: string, areas: ContentAreas): { what: string; url: string } | undefined {
  const stem = (dir: string) => file.slice(dir.length + 1).replace(/\.(md|mdx|json)$/, '');
  const page = pageUrlOfFile(file, areas.handbook);
  if (page !== undefined) return { what: 'Handbook page', url: page };
  if (under(areas.releases, file) && /^[^/]+\/[^/]+\.json$/.test(stem(areas.releases) + '.json'))
    return { what: 'Release', url: `/releases/${stem(areas.releases)}/` };
  if (under(areas.blips, file) && /^[^/]+\.mdx?$/.test(file.slice(areas.blips.length + 1)))
    return { what: 'Radar blip', url: `/radar/blips/${stem(areas.blips)}/` };
  if (under(areas.checklists, file) && /^[^/]+\.md$/.test(file.slice(areas.checklists.length + 1)))
    return { what: 'Checklist', url: `/checklists/${stem(areas.checklists)}/` };
  return undefined;
}

/** What {@link pageChanges} may know besides the head's built handbook. */
export interface ChangeContext {
  /** Every handbook page file in the head with its front matter, built or not (drafts, retired pages). */
  sources?: PageSource[];
  /**
   * Whether a handbook file was a published page at the base (its status there), or undefined when that is not
   * known (it did not exist there, or its front matter did not parse).
   */
  publishedAtBase?: (file: string) => boolean | undefined;
  /** The title of a release or radar blip from its file in the head; undefined when it has none or cannot be read. */
  titleOf?: (file: string, what: string) => string | undefined;
  /**
   * For a radar blip in the head: `unpublished` when it comes with a draft edition only (no page after the merge),
   * or `note` when a move in it waits for a draft edition; undefined otherwise, and for other files.
   */
  draftOf?: (file: string, what: string) => { unpublished?: string; note?: string } | undefined;
  /**
   * The addresses the change takes off the site, by the check's own rule (`lostAddressesSince` in
   * src/lib/handbook/lost-addresses.ts): whether a moved page's old URL still works, and which deleted page an added
   * one replaces, are read from it, so the summary and `npm run check -- --since` agree.
   */
  lost?: ReadonlyMap<string, LostAddress>;
}

/**
 * Pages a set of file changes adds, changes, removes or moves. `hb` is the head's handbook model (built pages only),
 * for titles, publication state and redirects; `ctx` adds what the model leaves out (see {@link ChangeContext}).
 * Beyond git's own view of the files:
 * - a page deleted in one place and added in another that lists the old URL in `redirect_from` is one move (git's
 *   rename detection misses a move that also rewrote much of the page);
 * - a page that this change makes a draft or retires, where it was published at the base, is removed from the site
 *   (its address stops working), whether or not the file also moved.
 * Files that are not pages are left out (see {@link otherFiles}).
 */
export function pageChanges(files: FileChange[], areas: ContentAreas, hb: Handbook, ctx: ChangeContext = {}): PageChange[] {
  const sourceByFile = new Map((ctx.sources ?? []).map((s) => [s.file, s]));
  let out: PageChange[] = [];
  for (const f of files) {
    const now = f.status === 'D' ? undefined : urlOfContentFile(f.path, areas);
    const before = f.status === 'R' ? urlOfContentFile(f.oldPath!, areas) : f.status === 'D' ? urlOfContentFile(f.path, areas) : undefined;
    if (!now && !before) continue;
    const page = now ? hb.byUrl.get(now.url) : undefined;
    const source = now ? sourceByFile.get(f.path) : undefined;
    const isHandbook = (now ?? before)!.what === 'Handbook page';
    const c: PageChange = { kind: 'changed', what: (now ?? before)!.what, file: f.path };
    if (f.status === 'A') c.kind = 'added';
    if (f.status === 'D') c.kind = 'removed';
    if (now) c.url = now.url;
    if (before) c.oldUrl = before.url;
    if (f.status === 'R') {
      c.oldFile = f.oldPath;
      // A rename that keeps the URL (e.g. .md → .mdx) is a change; one that leaves the page's area adds or removes.
      if (!before) c.kind = 'added';
      else if (!now) (c.kind = 'removed'), (c.file = f.oldPath!);
      else c.kind = before.url === now.url ? 'changed' : 'moved';
    }
    // A page that was not on the site at the base (a draft, retired): deleting it takes nothing off the site, and
    // publishing it adds a page (a new adopter's trial, 2 December 2026: listed as Removed and Changed, with links).
    const offAtBase = f.status !== 'A' && ctx.publishedAtBase?.(f.oldPath ?? f.path) === false;
    if (isHandbook && c.kind === 'removed' && offAtBase) c.unpublished = 'never published';
    if (isHandbook && now && c.kind !== 'removed') {
      if (page && page.file === f.path) {
        c.title = page.title;
        if (offAtBase) c.kind = 'added';
      } else {
        c.title = source?.data.title;
        const status = source?.data.status;
        const offByStatus = status === 'draft' || status === 'retired';
        // With the head's page files known (ctx.sources), a page off the model for any other reason has an error in its
        // front matter: the check stops the build until it is fixed, so nothing is taken off the site. It was counted
        // as removed (a new adopter's trial, 2 December 2026: "3 removed" for one deleted page and two with a
        // mistyped field).
        const invalid = !offByStatus && ctx.sources !== undefined;
        c.unpublished = offByStatus
          ? `not published: its status is ${status}`
          : invalid
            ? 'its front matter has errors (npm run check lists them), so the site cannot be built until they are fixed'
            : 'not published: a draft, retired, or its front matter is not valid yet';
        // Published at the base and not now: the change takes the page off the site, wherever its file is now.
        if (!invalid && f.status !== 'A' && ctx.publishedAtBase?.(f.oldPath ?? f.path)) {
          c.kind = 'removed';
          c.oldUrl ??= now.url;
          c.url = undefined;
        }
      }
    }
    if (!isHandbook && now && c.kind !== 'removed' && ctx.titleOf) {
      c.title = ctx.titleOf(f.path, c.what);
      // Every release, blip and checklist has a title: none read means its file does not parse or lacks one. The
      // row said nothing, with an empty title cell (a new adopter's trial, 2 December 2026).
      if (c.title === undefined) c.unpublished = 'its file has errors (npm run check lists them), so the site cannot be built until they are fixed';
      // A blip of a draft edition has no page after the merge: it was linked "(after merge)" to an address that did not
      // exist (a new adopter's trial, 3 December 2026).
      else {
        const draft = ctx.draftOf?.(f.path, c.what);
        if (draft?.unpublished) c.unpublished = draft.unpublished;
        else if (draft?.note) c.note = draft.note;
      }
    }
    if (c.kind === 'moved' && isHandbook && offAtBase) c.neverPublished = true;
    else if (c.kind === 'moved' && isHandbook)
      c.redirected = ctx.lost ? !ctx.lost.has(c.oldUrl!) : !!(page?.redirectFrom ?? source?.data.redirect_from)?.includes(c.oldUrl!);
    out.push(c);
  }
  // A removed page the check found moved to an added file (the one added with its title, which git's rename detection
  // missed) is that move, its old URL lost (a new adopter's trial, 2 December 2026: the check warned about the move
  // while the summary listed an unrelated page added and another removed).
  for (const removed of out.filter((c) => c.kind === 'removed' && c.what === 'Handbook page' && c.oldUrl && c.url === undefined)) {
    const to = ctx.lost?.get(removed.oldUrl!)?.newFile;
    const added = to !== undefined ? out.find((c) => c.kind === 'added' && c.file === to && !c.unpublished) : undefined;
    if (!added) continue;
    out = out.filter((c) => c !== removed && c !== added);
    out.push({ ...added, kind: 'moved', oldFile: removed.file, oldUrl: removed.oldUrl, redirected: false });
  }
  // A removed handbook page whose old URL an added page keeps (redirect_from) moved there.
  const redirectsOf = (c: PageChange) => (c.url ? (hb.byUrl.get(c.url)?.redirectFrom ?? []) : []);
  for (const removed of out.filter((c) => c.kind === 'removed' && c.what === 'Handbook page' && c.oldUrl && c.url === undefined)) {
    const added = out.find((c) => c.kind === 'added' && c.what === 'Handbook page' && !c.unpublished && redirectsOf(c).includes(removed.oldUrl!));
    if (!added) continue;
    out = out.filter((c) => c !== removed && c !== added);
    out.push({ ...added, kind: 'moved', oldFile: removed.file, oldUrl: removed.oldUrl, redirected: true });
  }
  // A folder's index page deleted while the folder keeps pages: the build generates the folder's landing page at the
  // same address (landingNodes), so nothing is taken off the site. It was listed as "Removed (now gone)" while the
  // address still worked (a new adopter's trial, 3 December 2026).
  const generated = new Map(landingNodes(hb).map((n) => [n.url, n]));
  for (const c of out) {
    const node = c.kind === 'removed' && c.what === 'Handbook page' && !c.unpublished && c.oldUrl ? generated.get(c.oldUrl) : undefined;
    if (!node) continue;
    c.kind = 'changed';
    c.url = c.oldUrl;
    c.oldUrl = undefined;
    c.title = node.title;
    c.note = "the folder's landing page is now generated from its pages";
  }
  const order: ChangeKind[] = ['added', 'changed', 'moved', 'removed'];
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || byCodePoint(a.file, b.file));
}

/**
 * The radar editions a change to radar.yaml (`file`) publishes or takes off the site, from the file's text at the
 * base and in the head (undefined: no file): an edition published in the head and not at the base (new, or a draft
 * made published) is added at `/radar/<id>/`; one published at the base and not in the head is removed. Editions
 * are read as radar.yaml lists them (`state` defaults to published); a text that does not parse lists none (the
 * check reports it). A newly published edition was listed only as "radar.yaml (changed)" (a new adopter's trial,
 * 2 December 2026).
 */
export function editionChanges(file: string, base: string | undefined, head: string | undefined): PageChange[] {
  // undefined when the file is there but cannot be read as a radar (a YAML error, no editions list): then nothing
  // is said of its editions. Read as having none, a mistake in radar.yaml listed every published edition as removed
  // (a new adopter's trial, 2 December 2026); the check reports the mistake, and the file is listed as changed.
  const published = (text: string | undefined): Map<string, string | undefined> | undefined =>
    text === undefined ? new Map<string, string | undefined>() : publishedEditionsOf(text);
  const now = published(head);
  if (!now) return [];
  // A base that cannot be read as a radar cannot have been built: it published no edition.
  const before = published(base) ?? new Map<string, string | undefined>();
  const out: PageChange[] = [];
  for (const [id, title] of now) if (!before.has(id)) out.push({ kind: 'added', what: 'Radar edition', file, url: `/radar/${id}/`, title });
  for (const [id] of before) if (!now.has(id)) out.push({ kind: 'removed', what: 'Radar edition', file, oldUrl: `/radar/${id}/` });
  return out;
}

/**
 * Handbook pages whose own file this change left alone but which show a file it changed, added or moved (a partial,
 * a picture, a data file an `.mdx` page imports): each is a "changed" entry noting the files, unless already listed.
 * `shownBy(file)` gives the project-relative files a page shows (src/lib/shared/cache-key.ts filesShownBy). A partial
 * or a picture changed was listed only under "other content files", with no link to the pages it changed (a
 * pull-request trial, 3 December 2026). A removed file a page still shows is the check's error, not a change.
 */
export function pagesChangedThrough(others: readonly FileChange[], listed: readonly PageChange[], hb: Handbook, shownBy: (file: string) => string[]): PageChange[] {
  const touched = new Set(others.filter((f) => f.status !== 'D').map((f) => f.path));
  if (!touched.size) return [];
  const already = new Set(listed.flatMap((c) => [c.file, c.oldFile]).filter(Boolean));
  const out: PageChange[] = [];
  for (const p of [...hb.pages].sort((a, b) => byCodePoint(a.file, b.file))) {
    if (already.has(p.file)) continue;
    const shown = shownBy(p.file).filter((f) => touched.has(f));
    if (!shown.length) continue;
    out.push({ kind: 'changed', what: 'Handbook page', file: p.file, url: p.url, title: p.title, note: `shows ${shown.map((f) => f.slice(f.lastIndexOf('/') + 1)).join(', ')}, which this change alters` });
  }
  return out;
}

/** A repository's own files, not content: its read-me, licence and GitHub settings, at the content directory's root. */
const REPOSITORY_FILE = /^(?:(?:README|LICEN[CS]E|COPYING|CONTRIBUTING|CODE_OF_CONDUCT|SECURITY|CODEOWNERS)(?:\.[A-Za-z]+)?|\.github\/.*|\.git(?:ignore|attributes)|\.editorconfig)$/i;

/**
 * Changed content files that are not pages of their own (site.yaml, components.yaml, radar.yaml, images …). With
 * `contentDir` (project-relative), a content repository's own files at its root (README, LICENSE, .github/…) are left
 * out: listed as "other content files", they read as content (a new adopter's trial, 2 December 2026).
 */
export function otherFiles(files: FileChange[], areas: ContentAreas, contentDir?: string): FileChange[] {
  const own = (f: string) => contentDir !== undefined && f.startsWith(`${contentDir}/`) && REPOSITORY_FILE.test(f.slice(contentDir.length + 1));
  return files.filter((f) => !own(f.path) && !urlOfContentFile(f.path, areas) && !(f.oldPath && urlOfContentFile(f.oldPath, areas)));
}

export interface SummaryInput {
  changes: PageChange[];
  others: FileChange[];
  hb: Handbook;
  /** Published site, e.g. `https://handbook.example.gov.uk`. */
  siteUrl: string;
  /** The branch compared with, for the heading (e.g. `main`). */
  base: string;
  /** Radar blips and checklists with review dates (./review-items.ts), listed with the overdue pages. */
  reviewItems?: ReviewItem[];
  /**
   * How to show a file's path (project-relative as the loaders name it): its path in the content's repository
   * (`repositoryPath` in ./repository.ts), so a content repository of its own reads `handbook/a.md`, not
   * `../our-handbook/handbook/a.md`. As given when absent.
   */
  displayPath?: (file: string) => string;
  /** The addresses the change takes off the site (see {@link ChangeContext.lost}), listed under a warning. */
  lost?: ReadonlyMap<string, LostAddress>;
  /** Sentences for a warning under the count line: what the summary could not read, and so leaves out. */
  warnings?: readonly string[];
}

// The address percent-encoded in the link (a page file named `100%.md` gave the invalid `…/notes/100%/`).
// Without the site's address (site.yaml in error), a path, not a link GitHub would resolve against itself.
const link = (base: string, url: string) => (base ? `[${url}](${base}${encodeURI(url)})` : `\`${url}\``);

/**
 * The pull request's job summary in GitHub-flavoured Markdown: a count line, a table per kind of change with links
 * to the published pages, a warning for each moved page whose old URL is not kept by `redirect_from`, and the pages
 * overdue for review as of the handbook's today (those this PR touches first).
 */
export function prSummaryMarkdown({ changes, others, hb, siteUrl, base, reviewItems = [], displayPath = (f) => f, lost, warnings = [] }: SummaryInput): string {
  const site = siteUrl.replace(/\/$/, '');
  const shown = (f: string) => `\`${displayPath(f)}\``;
  const count = (k: ChangeKind) => changes.filter((c) => c.kind === k).length;
  const out = [
    '## Handbook changes in this pull request',
    '',
    changes.length + others.length === 0
      ? `No content changes compared with \`${base}\`.`
      : `Compared with \`${base}\`: ${count('added')} added, ${count('changed')} changed, ${count('moved')} moved, ${count('removed')} removed${others.length ? `; ${others.length} other content file${others.length === 1 ? '' : 's'}` : ''}.`,
  ];
  if (warnings.length) out.push('', '> [!WARNING]', ...warnings.map((w, i) => `${i ? '>\n' : ''}> ${w}`));
  const section = (kind: ChangeKind, heading: string, row: (c: PageChange) => string, head: string) => {
    const list = changes.filter((c) => c.kind === kind);
    if (!list.length) return;
    out.push('', `### ${heading}`, '', head, head.replace(/[^|]+/g, ' --- '));
    for (const c of list) out.push(row(c));
  };
  const name = (c: PageChange) =>
    [c.title ? escapeMarkdown(c.title) : '', c.unpublished && c.kind !== 'removed' ? `_${c.unpublished}_` : '', c.note ? `_${c.note}_` : ''].filter(Boolean).join(' — ');
  section('added', 'Added', (c) => `| ${c.what} | ${name(c)} | ${c.unpublished ? `\`${c.url}\`` : `${link(site, c.url!)} (after merge)`} | ${shown(c.file)} |`, '| What | Title | Page | File |');
  section('changed', 'Changed', (c) => `| ${c.what} | ${name(c)} | ${c.unpublished ? `\`${c.url}\`` : link(site, c.url!)} | ${shown(c.file)} |`, '| What | Title | Page | File |');
  section(
    'moved',
    'Moved',
    (c) =>
      `| ${c.what} | ${name(c)} | \`${c.oldUrl}\` → ${c.unpublished ? `\`${c.url}\`` : `${link(site, c.url!)} (after merge)`} | ${
        c.what !== 'Handbook page' ? 'n/a' : c.neverPublished ? 'n/a: never published' : c.redirected ? 'yes (`redirect_from`)' : '**no**'
      } |`,
    '| What | Title | Old → new URL | Old URL redirects |',
  );
  // The redirect_from to write on a page to keep `url`, with the addresses it keeps already (redirectFromLine).
  const keeping = (file: string, url: string) => `\`${redirectFromLine(hb.pages.find((p) => p.file === file)?.redirectFrom ?? [], url)}\``;
  const keepOn = (file: string, url: string) => `add ${keeping(file, url)} to ${shown(file)}`;
  // Under the Moved table it belongs to (it followed the Removed table, and read as being about removed pages).
  const movedLost = changes.filter((c) => c.kind === 'moved' && c.what === 'Handbook page' && !c.redirected && !c.neverPublished);
  if (movedLost.length) {
    // One list item per page: plain lines in a blockquote render as one run-on paragraph (a new adopter's trial).
    out.push('', '> [!WARNING]', `> ${movedLost.length === 1 ? 'A moved page loses its old URL' : `${movedLost.length} moved pages lose their old URLs`}: bookmarks and links from other sites will break. Add the old path to the page's front matter:`, '>');
    for (const c of movedLost) out.push(`> - ${shown(c.file)}: ${keeping(c.file, c.oldUrl!)}`);
  }
  section(
    'removed',
    'Removed',
    (c) =>
      c.unpublished === 'never published'
        ? `| ${c.what} | \`${c.oldUrl}\` (never published) | ${shown(c.file)} |`
        : `| ${c.what} | ${link(site, c.oldUrl!)}${c.unpublished ? ` (${c.unpublished.replace(/^not published/, 'no longer published')})` : ''} | ${shown(c.file)} |`,
    '| What | Page (now gone) | File |',
  );
  // Every other address the check finds this change loses: a page removed or unpublished with nothing keeping its
  // address, an old address a page's redirect_from kept and no longer does (the summary said nothing of these).
  const shownMoves = new Set(movedLost.map((c) => c.oldUrl));
  const otherLost = [...(lost ?? [])].filter(([url]) => !shownMoves.has(url)).sort(([a], [b]) => byCodePoint(a, b));
  if (otherLost.length) {
    out.push(
      '',
      '> [!WARNING]',
      `> ${otherLost.length === 1 ? 'This change takes an address off the site' : `This change takes ${otherLost.length} addresses off the site`} that no page keeps: bookmarks and links from other sites to ${otherLost.length === 1 ? 'it' : 'them'} will break.`,
      '>',
    );
    for (const [url, l] of otherLost)
      out.push(
        l.newFile
          ? `> - \`${url}\` (it led to ${shown(l.oldFile)}): ${keepOn(l.newFile, url)}`
          : `> - \`${url}\` (${shown(l.oldFile)} ${l.status ? `is now ${l.status}` : 'is gone'}): if another page replaces it, add \`${redirectFromLine([], url)}\` to that page's front matter`,
      );
  }
  if (others.length) {
    out.push('', '### Other content files', '');
    for (const f of [...others].sort((a, b) => byCodePoint(a.path, b.path))) out.push(`- ${shown(f.path)} (${f.status === 'R' ? `moved from ${shown(f.oldPath!)}` : { A: 'added', M: 'changed', D: 'removed' }[f.status]})`);
  }
  const overdue: ReviewItem[] = [
    ...overduePages(hb).map(pageReviewItem),
    ...reviewItems.filter((i) => i.review.state === 'overdue'),
  ];
  const touched = new Set(changes.map((c) => c.url));
  out.push('', '### Reviews', '');
  if (!overdue.length) out.push(`Nothing is overdue for review as of ${formatDate(hb.today)}.`);
  else {
    out.push(`${capitalise(reviewCount(overdue))} overdue for review as of ${formatDate(hb.today)}${overdue.some((p) => touched.has(p.url)) ? ', including pages this pull request changes (marked ✱): this is a good moment to review them' : ''}.`, '');
    out.push('| Page | Owner | Review was due |', '| --- | --- | --- |');
    for (const p of [...overdue].sort((a, b) => Number(touched.has(b.url)) - Number(touched.has(a.url)) || byCodePoint(a.review.dueBy, b.review.dueBy) || byCodePoint(a.url, b.url)))
      out.push(
        `| ${touched.has(p.url) ? '✱ ' : ''}${site ? `[${escapeMarkdown(p.title)}](${site}${p.url})` : escapeMarkdown(p.title)}${p.what === 'Handbook page' ? '' : ` (${p.what.toLowerCase()})`} | ${escapeMarkdown(p.owner)} | ${formatDate(p.review.dueBy)} |`,
      );
  }
  return out.join('\n') + '\n';
}
