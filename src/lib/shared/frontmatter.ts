// Splits Markdown front matter from its body with gray-matter and reports YAML errors with a line.
import matter from 'gray-matter';
import { isIsoDate, notADate } from './dates';
import { issue, type ContentIssue } from './errors';
import { fieldAtLine, yamlIndicatorProblem, yamlSyntaxIssue } from './yaml-errors';

export interface ParsedMarkdown {
  data: Record<string, unknown>;
  /** The raw YAML between the `---` lines (line 1 of it is line 2 of the file). */
  frontmatterText: string;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
}

interface YamlErrorLike {
  name?: string;
  reason?: string;
  message?: string;
  mark?: { line?: number; column?: number };
}

/** The YAML between the opening `---` line and the next `---` line (all the rest when it is never closed). */
export function rawFrontMatter(text: string): string {
  const src = text.replace(/^\uFEFF/, '').replace(/^---[ \t]*\r?\n/, '');
  const end = /^---[ \t]*$/m.exec(src);
  return end ? src.slice(0, end.index) : src;
}

/**
 * The issue for front matter that is not valid YAML: where the problem starts and the field being read, in plain
 * words (yaml-errors.ts). `fallback` is used when the `yaml` package accepts what another parser rejected.
 */
export function frontMatterSyntaxIssue(file: string, text: string, fallback: () => ContentIssue, field?: string): ContentIssue {
  const found = yamlSyntaxIssue(file, rawFrontMatter(text), 1, 'front matter is not valid YAML') ?? indicatorIssue(file, rawFrontMatter(text));
  if (!found) return fallback();
  return field && !found.field ? { ...found, field } : found;
}

/**
 * The issue for a front-matter value that YAML read as an alias, an anchor or a tag (yamlIndicatorProblem), or
 * undefined. `fmText` is the YAML between the `---` lines, starting `lineOffset` lines into `file` (1: right after
 * the opening `---`). Every reader of front matter (pages, blips, checklists) asks it.
 */
export function indicatorIssue(file: string, fmText: string, lineOffset = 1): ContentIssue | undefined {
  const p = yamlIndicatorProblem(fmText);
  return p && issue(file, p.field, `front matter is not valid YAML: ${p.message}`, { line: p.line + lineOffset, column: p.column });
}

/** gray-matter engines that read nothing: the split without the YAML parse, for callers that only need the body. */
const SPLIT_ONLY = { engines: { yaml: () => ({}) } };

/**
 * The body of a Markdown file — everything after the line that closes its front matter — split exactly as
 * {@link parseMarkdown} splits it (gray-matter), without parsing the YAML: for readers that need only the body (the
 * content loader, a description taken from a body) of files the content check has already validated. `undefined`
 * when the file does not start with a front-matter line.
 */
export function markdownBody(text: string): string | undefined {
  const src = text.replace(/^\uFEFF/, '');
  if (!/^---\r?\n/.test(src)) return undefined;
  return matter(src, SPLIT_ONLY).content;
}

/** An unquoted YAML date (YAML 1.1's timestamp: 2026-9-1 too), as a field's value or a list item, optionally with a time. */
const WRITTEN_DATE = /^(\s*)(?:-\s+)?(?:([A-Za-z_][\w-]*):\s+)?(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ][^#]*)?\s*(?:#.*)?$/;

/**
 * One issue per unquoted date in front matter that is not on the calendar (`2026-13-45`, `2026-02-30`). The YAML
 * reader turns such a value into a real date by rolling it over (`2026-02-30` becomes 2 March), so by the time a
 * schema sees it the mistake is gone; the written text is checked instead (found by a new adopter, 1 December 2026).
 * Lines are file lines (front-matter line 1 is file line 2).
 */
function impossibleDates(file: string, fmText: string): ContentIssue[] {
  const out: ContentIssue[] = [];
  fmText.split(/\r?\n/).forEach((line, i) => {
    const m = WRITTEN_DATE.exec(line);
    if (!m) return;
    // YAML also reads one-digit months and days; the calendar rule is the schemas' own (./dates.ts).
    if (isIsoDate(`${m[3]}-${m[4].padStart(2, '0')}-${m[5].padStart(2, '0')}`)) return;
    const written = `${m[3]}-${m[4]}-${m[5]}`;
    out.push(issue(file, m[2] ?? '', `"${written}" ${notADate(written)}`, { line: i + 2, column: line.indexOf(written) + 1 }));
  });
  return out;
}

/** A file's body, after front matter that could not be read, and the 1-based file line it starts on. */
export interface UnreadBody {
  body: string;
  bodyLine: number;
}

/** The body after the closing `---` of front matter whose YAML is not read, split as gray-matter splits it. */
function bodyAfter(src: string): UnreadBody {
  const m = matter(src, SPLIT_ONLY) as unknown as { content: string; matter: string };
  const fmText = m.matter.replace(/^\r?\n/, '');
  return { body: m.content, bodyLine: (fmText === '' ? 0 : fmText.split('\n').length) + 3 };
}

/**
 * Splits a Markdown file into its front matter (parsed as YAML) and its body. Not ok, with issues naming the line,
 * when the file has no front matter, front matter that is never closed, YAML that does not parse, or a date that is
 * not on the calendar; then `body` is the body when the front matter is closed (a YAML mistake does not hide the
 * page's text), so the check can still read the page's links and headings in the same run.
 */
export function parseMarkdown(
  file: string,
  text: string,
): { ok: true; value: ParsedMarkdown } | { ok: false; issues: ContentIssue[]; body?: UnreadBody } {
  const src = text.replace(/^\uFEFF/, '');
  // Hugo's TOML front matter (`+++` lines, `title = "…"`) was reported as no front matter at all, which sent an editor
  // looking for a missing block (a migration trial, 3 December 2026).
  if (/^\+\+\+[ \t]*\r?\n/.test(src))
    return {
      ok: false,
      issues: [
        issue(file, '', 'has TOML front matter (Hugo, between +++ lines), which is not read: convert it to YAML between --- lines (title = "Deploying" becomes title: Deploying)', {
          line: 1,
        }),
      ],
    };
  if (!/^---\r?\n/.test(src)) {
    return {
      ok: false,
      issues: [issue(file, '', 'has no front matter: the file must start with a --- line, then YAML fields such as title, then ---', { line: 1 })],
    };
  }
  // gray-matter ends the front matter at the first later line starting with ---; with none, the whole file would be
  // read as YAML and the error would name a line of the page text (found by a new adopter, 1 December 2026).
  if (src.indexOf('\n---', 3) === -1) {
    return {
      ok: false,
      issues: [issue(file, '', 'front matter is never closed: add a line with only --- after the last field, before the page text', { line: 1 })],
    };
  }
  try {
    // A fresh options object bypasses gray-matter's cache so errors are raised every time.
    const m = matter(src, {});
    const data = (m.data ?? {}) as Record<string, unknown>;
    const fmText = (m as unknown as { matter: string }).matter.replace(/^\r?\n/, '');
    const fmLines = fmText === '' ? 0 : fmText.split('\n').length;
    // gray-matter's YAML reader accepts a tab in a line's indentation; Astro's (js-yaml 4, YAML 1.2) does not, and failed
    // the build with a stack trace after the check had passed (a new adopter's trial, 2 December 2026). Blips and
    // checklists, read with the `yaml` library, already got this message.
    const fmLineList = fmText.split('\n');
    const tabbed = fmLineList.findIndex((l) => /^[ ]*\t/.test(l) && l.trim() !== '');
    if (tabbed >= 0)
      return {
        ok: false,
        issues: [issue(file, fieldAtLine(fmLineList, tabbed), 'front matter is not valid YAML: this line is indented with a tab: YAML needs spaces', { line: tabbed + 2, column: 1 })],
        body: { body: m.content, bodyLine: fmLines + 3 },
      };
    // `owner: &team Ops` read as "Ops": the anchor dropped without a word.
    const marked = indicatorIssue(file, fmText);
    if (marked) return { ok: false, issues: [marked], body: { body: m.content, bodyLine: fmLines + 3 } };
    const impossible = impossibleDates(file, fmText);
    if (impossible.length) return { ok: false, issues: impossible, body: { body: m.content, bodyLine: fmLines + 3 } };
    // Opening `---`, the front-matter lines, closing `---`: the body starts on the next line.
    return {
      ok: true,
      value: { data, frontmatterText: fmText, body: m.content, bodyLine: fmLines + 3 },
    };
  } catch (e) {
    const err = e as YamlErrorLike;
    const reason = (err.reason ?? err.message ?? String(e)).split('\n')[0];
    // js-yaml's buffer starts with the newline that ends the opening `---`, so its 0-based line 1 is file line 2.
    const line = err.mark?.line !== undefined ? err.mark.line + 1 : 1;
    return {
      ok: false,
      issues: [
        frontMatterSyntaxIssue(file, src, () =>
          issue(file, '', `front matter is not valid YAML: ${reason}`, { line, column: err.mark?.column !== undefined ? err.mark.column + 1 : undefined }),
        ),
      ],
      body: bodyAfter(src),
    };
  }
}
