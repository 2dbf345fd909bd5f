// One error shape and one formatter for every content problem: the build, `check` and each CLI print these.
import { byCodePoint } from './sort';
import { countOf } from './plural';

export type Severity = 'error' | 'warning';

export interface ContentIssue {
  /** Path of the offending file, relative to the project root, with forward slashes. */
  file: string;
  /** Dotted/indexed path of the field, e.g. `changes[2].category`; empty when the whole file is at fault. */
  field: string;
  /** What was found and what is allowed, in plain words. */
  message: string;
  /** 1-based line in the file, when it can be found. */
  line?: number;
  column?: number;
  severity: Severity;
}

export function issue(
  file: string,
  field: string,
  message: string,
  extra: Partial<Pick<ContentIssue, 'line' | 'column' | 'severity'>> = {},
): ContentIssue {
  return { file, field, message, severity: extra.severity ?? 'error', line: extra.line, column: extra.column };
}

/** `content/x.md:12:3  field  message` — the location reads as a clickable path in most terminals. */
export function formatIssue(i: ContentIssue): string {
  const loc = i.line ? `${i.file}:${i.line}${i.column ? `:${i.column}` : ''}` : i.file;
  const tag = i.severity === 'warning' ? 'warning: ' : '';
  return i.field ? `${loc}  ${i.field}  ${tag}${i.message}` : `${loc}  ${tag}${i.message}`;
}


/** Sorted by file then line so output is stable and grouped; code-point order, the same on every machine. */
export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) =>
      byCodePoint(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      byCodePoint(a.field, b.field) ||
      byCodePoint(a.message, b.message),
  );
}

export function formatIssues(issues: ContentIssue[]): string {
  return sortIssues(issues).map(formatIssue).join('\n');
}

/** Output formats of the one formatter: people (text), GitHub Actions annotations (github), other tools (json). */
export const ISSUE_FORMATS = ['text', 'github', 'json'] as const;
export type IssueFormat = (typeof ISSUE_FORMATS)[number];

// Workflow-command escaping, as GitHub's @actions/core does it (toCommandValue / escapeData / escapeProperty):
// a message may not contain raw %, CR or LF; a property value additionally not ':' or ','.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One issue as a GitHub Actions workflow command, so it shows on the pull request's changed line:
 * `::error file=content/x.md,line=12,col=3,title=status::"publshed" is not one of …`.
 * Format: https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
 */
export function formatIssueGithub(i: ContentIssue): string {
  // A problem with no file (a --since ref git cannot read) is annotated on the run, not on an empty file name.
  const props = i.file ? [`file=${escapeProperty(i.file)}`] : [];
  if (i.line) props.push(`line=${i.line}`);
  if (i.line && i.column) props.push(`col=${i.column}`);
  props.push(`title=${escapeProperty(i.field ? `${i.field} (content check)` : 'content check')}`);
  return `::${i.severity === 'warning' ? 'warning' : 'error'} ${props.join(',')}::${escapeData(i.field ? `${i.field}: ${i.message}` : i.message)}`;
}

/** The JSON shape of `--format json`: stable keys, issues sorted as in the text output. */
export interface IssueReport {
  errors: number;
  warnings: number;
  issues: { file: string; line: number | null; column: number | null; field: string; severity: Severity; message: string }[];
}

export function issueReport(issues: ContentIssue[]): IssueReport {
  const sorted = sortIssues(issues);
  const errors = sorted.filter((i) => i.severity === 'error').length;
  return {
    errors,
    warnings: sorted.length - errors,
    issues: sorted.map((i) => ({ file: i.file, line: i.line ?? null, column: i.column ?? null, field: i.field, severity: i.severity, message: i.message })),
  };
}

/**
 * Annotations of each kind (error, warning, notice) GitHub shows for one step; the rest stay in the step's log only.
 * Source: actions/toolkit, docs/problem-matchers.md, "Limitations" (10 of each kind per step, 50 per job).
 */
export const GITHUB_ANNOTATIONS_PER_KIND = 10;

export interface FormatOptions {
  /**
   * For `github`: whether a file is part of the change under review (a pull request's files). Their problems are
   * printed first, so they are among the annotations GitHub shows (see {@link GITHUB_ANNOTATIONS_PER_KIND}).
   */
  changed?: (file: string) => boolean;
}

/**
 * Every issue in one format. `text` groups lines under their file (as `npm run check` prints them);
 * `github` is one workflow command per issue, the changed files' first (`opts.changed`), and a notice when there are
 * more of a kind than GitHub shows; `json` is an {@link IssueReport} on one pretty-printed document.
 */
export function formatIssuesAs(issues: ContentIssue[], format: IssueFormat, opts: FormatOptions = {}): string {
  if (format === 'json') return JSON.stringify(issueReport(issues), null, 2);
  const sorted = sortIssues(issues);
  if (format === 'github') {
    const changed = opts.changed;
    const ordered = changed ? [...sorted.filter((i) => changed(i.file)), ...sorted.filter((i) => !changed(i.file))] : sorted;
    const lines = ordered.map(formatIssueGithub);
    const errors = sorted.filter((i) => i.severity === 'error').length;
    const warnings = sorted.length - errors;
    if (errors > GITHUB_ANNOTATIONS_PER_KIND || warnings > GITHUB_ANNOTATIONS_PER_KIND) {
      const first = changed ? ', those in the files this change touches first' : '';
      lines.push(
        `::notice title=${escapeProperty('content check')}::${escapeData(
          `${countOf(errors, 'error')} and ${countOf(warnings, 'warning')}: GitHub marks only the first ${GITHUB_ANNOTATIONS_PER_KIND} of each kind on the files${first}. ` +
            'This step\'s log lists every one, and `npm run check` prints them all',
        )}`,
      );
    }
    return lines.join('\n');
  }
  const out: string[] = [];
  let last = '';
  for (const i of sorted) {
    if (i.file !== last) {
      if (last) out.push('');
      out.push(i.file);
      last = i.file;
    }
    out.push('  ' + formatIssue(i));
  }
  return out.join('\n');
}


/**
 * The one summary line after a list of issues, shared by `npm run check` and the build:
 * `✖ 2 errors and 1 warning in 3 files`, or `✔ No errors, 1 warning` when there are no errors.
 */
export function summaryLine(issues: readonly ContentIssue[]): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const files = new Set(issues.map((i) => i.file)).size;
  return errors > 0
    ? `✖ ${countOf(errors, 'error')} and ${countOf(warnings, 'warning')} in ${countOf(files, 'file')}`
    : `✔ No errors, ${countOf(warnings, 'warning')}`;
}

/** Thrown when content is invalid; carries every issue, not just the first. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n` + formatIssues(errors),
    );
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** Render a value found in content for an error message: short, quoted, never multi-line. */
export function showValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? v.slice(0, 57) + '…' : v);
  if (v instanceof Date) return isNaN(v.getTime()) ? 'an invalid date' : v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/** `a.b[2].c` from a zod/JSON path. */
export function pathToField(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}
