// Addresses a change takes off the site: a handbook page published at the base of a pull request whose file is gone
// (deleted, moved or renamed) and whose address no page has or keeps. Partner bodies bookmark and link to handbook
// pages (issue 14), so such a change should keep the address with `redirect_from` on the page's new file.
import { filesChangedSince, filesMovedSince, type FileMoves } from '../shared/git';
import { contentPaths } from '../shared/content-dir';
import { issue, type ContentIssue } from '../shared/errors';
import { parseMarkdown } from '../shared/frontmatter';
import { lineOf } from '../shared/validate';
import { isBuilt, landingNodes, pageUrlOfFile, type Handbook, type PageSource } from './model';
import { redirectPath, type PageStatus } from './schema';
import { redirectFromLine, redirectsOf } from './redirects';

/**
 * Warnings for handbook pages a change took off the site without keeping their address. `moves` is what the change
 * did to the handbook folder since git `ref` (see `filesMovedSince`); `handbookDir` is that folder, project-relative
 * (e.g. `content/handbook`); `hb` and `sources` are the handbook as it is now (every page file, drafts included).
 * A gone file is reported when, at the base, it was a page (`.md`/`.mdx`, not a `_partial`) whose front matter
 * parsed with a published status, and its address is now neither a page, a generated folder landing page, nor an
 * old address some page keeps with `redirect_from`. The warning (field `redirect_from`) goes on the page's new file,
 * at its `title` line, when the move is known: a rename git detects, or else the one file added since the base with
 * the same title; so a pull request shows it on a file it changed. Otherwise it goes on the old path.
 * `changed` (from `filesChangedSince`: file → text at the base) adds pages whose file stays but whose status now keeps
 * them off the site (draft, retired): a warning at the `status` line.
 * Also returns each lost address (URL path → {@link LostAddress}), so links to it can say what happened.
 */
/** An address a change took off the site: the page's file at the base, and where the page is now when it moved. */
export interface LostAddress {
  oldFile: string;
  newFile?: string;
  /** The moved page's address now, when it is published. */
  newUrl?: string;
  /** The status the change gave a page it took off the site while keeping its file (`draft`, `retired`). */
  status?: string;
}

export function lostAddresses(
  moves: FileMoves,
  handbookDir: string,
  hb: Handbook,
  sources: PageSource[],
  ref: string,
  changed?: ReadonlyMap<string, string>,
): { issues: ContentIssue[]; lost: Map<string, LostAddress> } {
  const kept = new Set<string>([...hb.pages.map((p) => p.url), ...landingNodes(hb).map((n) => n.url), ...redirectsOf(hb).map((r) => r.from)]);
  const sourceByFile = new Map(sources.map((s) => [s.file, s]));
  const where = ref === 'HEAD' ? 'in the last commit' : `on ${ref}`;
  const out: ContentIssue[] = [];
  const lost = new Map<string, LostAddress>();
  /** The page file a gone file's page moved to: a rename git detects, or else the one file added with its title. */
  const newHome = (file: string, title: unknown): PageSource | undefined => {
    const renamedTo = moves.renamed.get(file);
    const sameTitle = sources.filter((s) => moves.added.has(s.file) && s.data.title === title);
    return renamedTo !== undefined && sourceByFile.has(renamedTo) ? sourceByFile.get(renamedTo) : sameTitle.length === 1 ? sameTitle[0] : undefined;
  };
  for (const [file, text] of [...moves.gone].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const url = pageUrlOfFile(file, handbookDir);
    if (url === undefined || kept.has(url)) continue;
    const parsed = parseMarkdown(file, text);
    if (!parsed.ok || !isBuilt((parsed.value.data.status ?? 'published') as PageStatus, false)) continue;
    const to = newHome(file, parsed.value.data.title);
    const fix = `\`redirect_from: ${url}\``;
    const toUrl = to ? hb.pages.find((p) => p.file === to.file)?.url : undefined;
    lost.set(url, { oldFile: file, newFile: to?.file, newUrl: toUrl });
    if (to && toUrl !== undefined && toUrl !== url && toUrl.toLowerCase() === url.toLowerCase()) {
      // Renamed only in capitals: redirect_from cannot keep the old address (the check refuses one that differs from
      // the page's only in capitals: on macOS and Windows the two are one file), so advising it sent editors round in
      // a circle (a new adopter's trial, 2 December 2026).
      const at = lineOf({ file: to.file, text: to.frontmatterText ?? '', lineOffset: 1 }, ['title']);
      out.push(
        issue(
          to.file,
          'redirect_from',
          `this page was at ${url} ${where} (${file}); its new name changes the address only in capitals (${toUrl}), which most hosts treat as another address, so links and bookmarks to the old one will break, ` +
            `and redirect_from cannot keep it (on macOS and Windows the two would be one file): keep the file's old name, ${file.slice(file.lastIndexOf('/') + 1)}`,
          { severity: 'warning', ...at },
        ),
      );
    } else if (to) {
      const add = keepAddress(to, url);
      out.push(
        issue(
          to.file,
          'redirect_from',
          `this page was at ${url} ${where} (${file}), and no page keeps that address now, so links and bookmarks to it will break: ${add.advice}`,
          { severity: 'warning', ...add.at },
        ),
      );
    } else if (moves.renamed.has(file) && pageUrlOfFile(moves.renamed.get(file)!, handbookDir) !== undefined) {
      // Renamed to a file whose front matter does not load (its own error says why): the page moved there all the
      // same, and was reported as gone with "if another page replaces it" (a new adopter's trial, 2 December 2026).
      const renamed = moves.renamed.get(file)!;
      lost.set(url, { oldFile: file, newFile: renamed });
      out.push(
        issue(
          renamed,
          'redirect_from',
          `this page was at ${url} ${where} (${file}), and no page keeps that address now, so links and bookmarks to it will break: once its front matter is fixed, add ${fix} to it`,
          { severity: 'warning' },
        ),
      );
    } else {
      out.push(
        issue(
          file,
          'redirect_from',
          `this page was published at ${url} ${where} and its file is gone; no page has or keeps that address now, so links and bookmarks to it will break: ` +
            `if another page replaces it, add ${fix} to that page's front matter`,
          { severity: 'warning' },
        ),
      );
    }
  }
  // A page whose file stays but whose status now keeps it off the site (draft, retired) loses its address too (a new
  // adopter's trial, 2 December 2026: only the links to it were reported, as "not a page on this site").
  for (const [file, text] of [...(changed ?? new Map<string, string>())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const now = sourceByFile.get(file);
    const url = pageUrlOfFile(file, handbookDir);
    if (!now || url === undefined || kept.has(url) || lost.has(url) || isBuilt(now.data.status, false)) continue;
    const before = parseMarkdown(file, text);
    if (!before.ok || !isBuilt((before.value.data.status ?? 'published') as PageStatus, false)) continue;
    lost.set(url, { oldFile: file, status: now.data.status });
    const at = lineOf({ file, text: now.frontmatterText ?? '', lineOffset: 1 }, ['status']);
    out.push(
      issue(
        file,
        'status',
        `"${now.data.status}" takes this page off ${url}, where it was published ${where}, and no page keeps that address, so links and bookmarks to it will break: ` +
          `if another page replaces it, use status: superseded with superseded_by (the page stays, with a banner), or add \`redirect_from: ${url}\` to that page's front matter`,
        { severity: 'warning', ...at },
      ),
    );
  }
  // Old addresses a published page kept with redirect_from at the base: a change that drops one (the line deleted, or
  // the page moved again without carrying it) loses it as surely as a page's own address (a new adopter's trial,
  // 2 December 2026: both passed without a word, and the second move's pull request summary said "redirect kept").
  const before = [...moves.gone, ...(changed ?? new Map<string, string>())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [file, text] of before) {
    // A file that is still there but whose front matter no longer loads (a key given twice, a typo in a field) has its
    // own error; what it keeps is judged once that is fixed. It was said to be "gone", with a warning for each old
    // address (a new adopter's trial, 2 December 2026).
    if (!moves.gone.has(file) && !sourceByFile.has(file)) continue;
    const parsed = parseMarkdown(file, text);
    if (!parsed.ok || !isBuilt((parsed.value.data.status ?? 'published') as PageStatus, false)) continue;
    const written = parsed.value.data.redirect_from;
    const froms = (typeof written === 'string' ? [written] : Array.isArray(written) ? written : []).flatMap((v) => {
      const r = redirectPath.safeParse(v);
      return r.success ? [r.data] : [];
    });
    const to = sourceByFile.get(file) ?? newHome(file, parsed.value.data.title);
    const toUrl = to ? hb.pages.find((p) => p.file === to.file)?.url : undefined;
    for (const from of froms) {
      if (kept.has(from) || lost.has(from) || from === pageUrlOfFile(file, handbookDir)) continue;
      lost.set(from, { oldFile: file, newFile: to?.file, newUrl: toUrl });
      const fix = `\`redirect_from: ${from}\``;
      if (to) {
        const add = keepAddress(to, from);
        out.push(
          issue(
            to.file,
            'redirect_from',
            `${from} led to this page ${where} (redirect_from in ${file}), and no page keeps that address now, so links and bookmarks to it will break: ${add.advice}`,
            { severity: 'warning', ...add.at },
          ),
        );
      } else {
        out.push(
          issue(
            file,
            'redirect_from',
            `${from} led to this page ${where} (its redirect_from) and the page's file is gone; no page keeps that address now, so links and bookmarks to it will break: ` +
              `if another page replaces it, add ${fix} to that page's front matter`,
            { severity: 'warning' },
          ),
        );
      }
    }
  }
  return { issues: out, lost };
}

/**
 * {@link lostAddresses} for the handbook of the project at `root` against git `ref` (from the merge base), as the
 * check (`--since`) and the pull request summary both ask it, so the two agree on what a change loses. `hb` and
 * `sources` are the handbook as it is now. Undefined when the handbook folder is not in git or `ref` cannot be
 * compared (runChecks reports that once).
 */
export function lostAddressesSince(
  root: string,
  ref: string,
  hb: Handbook,
  sources: PageSource[],
): { issues: ContentIssue[]; lost: Map<string, LostAddress> } | undefined {
  const dir = contentPaths(root).handbook;
  const moves = filesMovedSince(root, ref, dir);
  return moves ? lostAddresses(moves, dir, hb, sources, ref, filesChangedSince(root, ref, dir)) : undefined;
}

/**
 * How to keep `url` on the page `to`, and the line to show it at: a page with a `redirect_from` list already is told
 * to add the address to that list, at its line. Told to add "`redirect_from: …`" to such a page, an editor who did so
 * got "redirect_from is given twice" (a new adopter's trial, 2 December 2026). Otherwise, at the title's line, a new
 * field.
 */
function keepAddress(to: PageSource, url: string): { advice: string; at: { line?: number; column?: number } } {
  const text = to.frontmatterText ?? '';
  if (/^redirect_from[ \t]*:/m.test(text)) {
    return { advice: `add it to this page's redirect_from, which lists every address kept: ${redirectFromLine(to.data.redirect_from ?? [], url)}`, at: lineOf({ file: to.file, text, lineOffset: 1 }, ['redirect_from']) };
  }
  return { advice: `add \`redirect_from: ${url}\` to this page's front matter`, at: lineOf({ file: to.file, text, lineOffset: 1 }, ['title']) };
}
