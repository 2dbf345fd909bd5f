// Reads every handbook page from disk, validates its front matter and builds the model (used by `check` and the build).
import fs from 'node:fs';
import path from 'node:path';
import { parseMarkdown } from '../shared/frontmatter';
import type { ContentIssue } from '../shared/errors';
import { validate } from '../shared/validate';
import { contentPaths } from '../shared/content-dir';
import { buildHandbook, fileNameIssues, urlOf, type BuildOptions, type Handbook, type PageSource } from './model';
import { handbookPageSchema } from './schema';
import { foreignFieldHint } from './foreign-fields';
import { resolvePageData, type PageDefaults } from './page-data';
import { readContent } from '../shared/read';
import { loadSite } from '../site/load';
import type { CommitDates } from '../shared/git';

/**
 * A handbook page whose front matter could not be used, with the body after it: the check still reads its links and
 * headings, so one run reports them beside the front matter's problems (src/lib/handbook/link-check.ts).
 */
export interface UnreadPage {
  /** Project-relative path with forward slashes. */
  file: string;
  /** Page id (see {@link pageId}). */
  id: string;
  body: string;
  /** 1-based file line the body starts on. */
  bodyLine: number;
  /**
   * The page's old addresses, when its front matter has other mistakes but its `redirect_from` is right: the check
   * still tests them (a collision, a loop) in the same run. A page's invalid `status` hid its `redirect_from` naming
   * another page's address until the status was fixed, a second round on a pull request (a pull-request trial,
   * 3 December 2026).
   */
  redirectFrom?: string[];
  /** Its front matter's YAML, for those checks' line numbers. */
  frontmatterText?: string;
}

export interface SourceFile {
  /** Project-relative path with forward slashes. */
  path: string;
  text: string;
}

/**
 * The content files under `dir` (project-relative) ending in one of `exts`, leaving out names that start with `_` or
 * `.`: project-relative paths with forward slashes, sorted by folder walk. [] when `dir` does not exist.
 */
export function listPaths(root: string, dir: string, exts: string[]): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (exts.some((e) => name.endsWith(e)) && !name.startsWith('_') && !name.startsWith('.'))
        out.push(path.relative(root, p).split(path.sep).join('/'));
    }
  };
  walk(abs);
  return out;
}

/** {@link listPaths} with each file's text (read as the content check reads it: ../shared/read.ts). */
export function listFiles(root: string, dir: string, exts: string[]): SourceFile[] {
  return listPaths(root, dir, exts).map((p) => ({ path: p, text: readContent(path.join(root, p)) }));
}

/**
 * Page id (path under the handbook folder, no extension) from a project-relative file path, e.g.
 * `content/handbook/strategy/vision.md` → `strategy/vision`; `handbookDir` is that folder, project-relative.
 */
export function pageId(file: string, handbookDir: string = contentPaths().handbook): string {
  return file.slice(handbookDir.length + 1).replace(/\.(md|mdx)$/, '');
}

/** What a handbook file without front matter is told when it reads as a snippet ({@link looksLikeSnippet}). */
const SNIPPET = "; shared text that other pages show has no front matter: it belongs in the content's partials/ folder (see the README, \"Write content\")";

/**
 * What a file without front matter is told when it starts with a pandoc title block ("% Title", "% Author",
 * "% Date"), as pandoc writes a Word document's properties (a migration trial, 3 December 2026); '' otherwise.
 */
function titleBlock(text: string): string {
  const lines = /^(?:% [^\n]*\n?)+/.exec(text.replace(/^\uFEFF/, ''))?.[0].split('\n').filter(Boolean);
  if (!lines) return '';
  const [title, author, date] = lines.map((l) => l.slice(2).trim());
  const fields = [`title: ${title}`, author ? `owner: … (the team or role that keeps the page right, not "${author}")` : '', date ? `updated: YYYY-MM-DD (for "${date}")` : ''].filter(Boolean);
  return `; its "% " lines are a pandoc title block, which this handbook does not read: write front matter in their place (a --- line, ${fields.map((f) => `"${f}"`).join(', ')}, then ---)`;
}

/**
 * Whether a file without front matter reads as shared text rather than a page: no heading anywhere. Manuals moved from
 * MkDocs (snippets) and Middleman (partials) kept such files beside their pages, and the check's "must start with a --- line" told editors to make pages of them (a migration trial, 3 December 2026).
 */
function looksLikeSnippet(text: string): boolean {
  return !/^ {0,3}#{1,6}(\s|$)|^ {0,3}(=+|-+)[ \t]*$/m.test(text);
}

/**
 * Parses and validates handbook files (paths under `handbookDir`, project-relative) and fills in the fields a page
 * may leave out (page-data.ts) from its body and `defaults` (site.yaml `defaults:`); never throws.
 */
export function parseHandbookFiles(
  files: SourceFile[],
  handbookDir: string = contentPaths().handbook,
  defaults?: PageDefaults,
): { sources: PageSource[]; issues: ContentIssue[]; unread: UnreadPage[] } {
  const sources: PageSource[] = [];
  const issues: ContentIssue[] = [];
  const unread: UnreadPage[] = [];
  for (const f of files) {
    const id = pageId(f.path, handbookDir);
    const parsed = parseMarkdown(f.path, f.text);
    if (!parsed.ok) {
      issues.push(
        ...parsed.issues.map((i) =>
          !i.message.startsWith('has no front matter') ? i : titleBlock(f.text) ? { ...i, message: i.message + titleBlock(f.text) } : looksLikeSnippet(f.text) ? { ...i, message: i.message + SNIPPET } : i,
        ),
      );
      if (parsed.body) unread.push({ file: f.path, id, ...parsed.body });
      continue;
    }
    const src = { file: f.path, text: parsed.value.frontmatterText, lineOffset: 1, unknownFieldHint: foreignFieldHint };
    let res = validate(handbookPageSchema, parsed.value.data, src);
    let redirectIndexes: number[] | undefined;
    if (!res.ok) {
      issues.push(...res.issues);
      // Only some `redirect_from` entries are wrong in form: the page is read without them, so the check still
      // reports its other entries' problems (a collision, a loop), and links to it, in the same run. Dropped whole,
      // a page's four form errors hid fifteen collisions until they were fixed (a new adopter's trial, 2 December
      // 2026). The errors stand, so the build still stops until they are fixed.
      const kept = withoutMalformedRedirects(parsed.value.data, res.issues);
      const again = kept && validate(handbookPageSchema, kept.data, src);
      if (!again || !again.ok) {
        const claims = handbookPageSchema.shape.redirect_from.safeParse(parsed.value.data.redirect_from);
        const redirectFrom = claims.success && claims.data?.length ? { redirectFrom: claims.data, frontmatterText: parsed.value.frontmatterText } : {};
        unread.push({ file: f.path, id, body: parsed.value.body, bodyLine: parsed.value.bodyLine, ...redirectFrom });
        continue;
      }
      res = again;
      redirectIndexes = kept.indexes;
    }
    const resolved = resolvePageData(res.value, { file: f.path, body: parsed.value.body, defaults });
    if (!resolved.ok) {
      issues.push(...resolved.issues);
      unread.push({ file: f.path, id, body: parsed.value.body, bodyLine: parsed.value.bodyLine });
      continue;
    }
    sources.push({
      id,
      file: f.path,
      data: resolved.value.data,
      defaulted: resolved.value.defaulted,
      frontmatterText: parsed.value.frontmatterText,
      ...(redirectIndexes ? { redirectIndexes } : {}),
      body: parsed.value.body,
      bodyLine: parsed.value.bodyLine,
    });
  }
  return { sources, issues, unread };
}

/**
 * `data` without the `redirect_from` entries that `issues` (its validation errors) are about, when those are all its
 * errors and name single entries (`redirect_from[2]`), with the places as written of the entries kept; undefined
 * otherwise. A lone string is a list of one.
 */
function withoutMalformedRedirects(data: Record<string, unknown>, issues: readonly ContentIssue[]): { data: Record<string, unknown>; indexes: number[] } | undefined {
  const bad = new Set<number>();
  for (const i of issues) {
    if (i.severity !== 'error') continue;
    const m = /^redirect_from\[(\d+)\]$/.exec(i.field);
    if (!m) return undefined;
    bad.add(Number(m[1]));
  }
  if (bad.size === 0) return undefined;
  const list = typeof data.redirect_from === 'string' ? [data.redirect_from] : data.redirect_from;
  if (!Array.isArray(list)) return undefined;
  const indexes = list.map((_, i) => i).filter((i) => !bad.has(i));
  return { data: { ...data, redirect_from: indexes.map((i) => list[i]) }, indexes };
}

export function loadHandbook(
  root: string,
  opts: BuildOptions & { lastUpdated?: CommitDates; defaults?: PageDefaults },
): { handbook: Handbook; sources: PageSource[]; invalidUrls: string[]; unread: (UnreadPage & { url: string })[] } {
  const dir = contentPaths(root).handbook;
  const files = listFiles(root, dir, ['.md', '.mdx']);
  // site.yaml's defaults unless the caller has them already; a broken site.yaml is reported by the check itself.
  const defaults = 'defaults' in opts ? opts.defaults : loadSite(root).defaults;
  const { sources, issues, unread } = parseHandbookFiles(files, dir, defaults);
  for (const s of sources) {
    s.lastUpdated = opts.lastUpdated?.dates.get(s.file);
    s.uncommitted = !!opts.lastUpdated?.history && s.lastUpdated === undefined;
  }
  // Pages whose front matter is broken are still meant to exist: links to them are not the editor's mistake.
  const valid = new Set(sources.map((s) => s.file));
  const failed = files.filter((f) => !valid.has(f.path));
  const unparsed = failed.map((f) => pageId(f.path, dir).replace(/(^|\/)index$/, ''));
  const hb = buildHandbook(sources, { ...opts, unparsed: new Set(unparsed) });
  // Their names need no front matter: reported in the same run as the front matter's problems, not after the fix.
  for (const f of failed) issues.push(...fileNameIssues(pageId(f.path, dir), f.path));
  hb.issues.unshift(...issues);
  const invalidUrls = unparsed.map(urlOf);
  return { handbook: hb, sources, invalidUrls, unread: unread.map((u) => ({ ...u, url: urlOf(u.id.replace(/(^|\/)index$/, '')) })) };
}
