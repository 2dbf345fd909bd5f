// `npm run check`: validates all content without building and prints every problem, grouped by file.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkThroughCache } from '../src/lib/check/cache-store';
import { pathsChangedSince } from '../src/lib/shared/git';
import { contentPaths } from '../src/lib/shared/content-dir';
import { formatIssuesAs, issueReport, ISSUE_FORMATS, summaryLine, type IssueFormat } from '../src/lib/shared/errors';
import { isPreviewBuild } from '../src/lib/shared/preview';
import { closest } from '../src/lib/shared/closest';
import { workspaceView } from '../src/lib/shared/display-path';

const args = process.argv.slice(2);
const usage =
  'Usage: npm run check -- [--strict] [--drafts] [--since <git ref>] [--format text|github|json] [--root <dir>]\n' +
  '  --strict  overdue reviews are errors\n' +
  '  --drafts  check as the preview server does (drafts included); HANDBOOK_PREVIEW=1 does the same\n' +
  '  --since   compare with where this branch left that git ref (default HEAD): a changed release date or status needs a\n' +
  '            higher revision.sequence, a deleted release is reported, a page moved or deleted without redirect_from is a warning\n' +
  '  --root    the project folder (default: the current one); its content directory is HANDBOOK_CONTENT_DIR when set, else content/\n' +
  '  --format  text (default), github (GitHub Actions annotations; with --since, the problems in the files changed since\n' +
  '            that ref come first, as GitHub shows ten of each kind) or json';
// node:util's parseArgs, as the other commands: `--format json` and `--format=json` alike (the second was refused as
// an unknown option, a new adopter's trial, 2 December 2026).
let values: { strict?: boolean; drafts?: boolean; root?: string; since?: string; format?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    args,
    options: {
      strict: { type: 'boolean' },
      drafts: { type: 'boolean' },
      root: { type: 'string' },
      since: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (e) {
  const err = e as Error & { code?: string };
  const unknown = /'(-[^']*)'/.exec(err.message)?.[1]?.replace(/=.*$/, '');
  const near = unknown ? closest(unknown, ['--strict', '--drafts', '--root', '--since', '--format', '--help']) : undefined;
  const message =
    err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown
      ? `Unknown option ${unknown}${near ? `: did you mean ${near}?` : ''}`
      : /--since/.test(err.message) && /argument missing/.test(err.message)
        ? '--since needs a git ref, e.g. --since origin/main'
        : err.message;
  console.error(`${message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const root = path.resolve(values.root ?? '.');
const format = (values.format ?? 'text') as IssueFormat;
if (!ISSUE_FORMATS.includes(format)) {
  console.error(`--format must be one of ${ISSUE_FORMATS.join('|')}, not ${JSON.stringify(format)}\n${usage}`);
  process.exit(2);
}

const t0 = performance.now();
const since = values.since ?? 'HEAD';
if (!since || since.startsWith('-')) {
  console.error(`--since needs a git ref, e.g. --since origin/main\n${usage}`);
  process.exit(2);
}
// Unchanged content (same files, code, options and day) gives the stored result (src/lib/check/cache-store.ts);
// the check and its parsers are only loaded when something changed, and then only changed bodies are parsed
// (src/lib/check/cache.ts).
// HANDBOOK_PREVIEW=1 builds drafts (a preview build), so the check run beside it checks what that build will contain.
let preview = false;
try {
  preview = isPreviewBuild();
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
const opts = { strict: values.strict ?? false, includeDrafts: (values.drafts ?? false) || preview, since, sinceIsDefault: values.since === undefined };
const res = await checkThroughCache(root, opts, async () => (await import('../src/lib/check/cache')).runChecksWithStoredAnalyses(root, opts));
const ms = Math.round(performance.now() - t0);

// Under GitHub Actions, every path printed (annotations, the text the workflow copies into the job summary, JSON, the
// notes) is the path from the workspace, the repository the workflow checked out: GitHub reads paths from its root.
// For a content repository of its own, with the engine checked out inside it, that is not the engine's folder
// (src/lib/shared/display-path.ts). Files outside the workspace keep their paths from the engine's folder.
const workspace = process.env.GITHUB_WORKSPACE;
const view = workspaceView(root);
const shown = res.issues.map((i) => ({ ...i, file: view.file(i.file), message: view.text(i.message) }));
const notes = res.notes.map(view.text);

if (format === 'json') {
  // Machine-readable: the report alone on stdout, with the one-line notes.
  console.log(JSON.stringify({ ...issueReport(shown), notes }, null, 2));
  process.exit(res.errors > 0 ? 1 : 0);
}
// On a pull request (--format github --since origin/main), the problems in the files it touches are annotated first:
// GitHub shows only the first ten of each kind.
// Git runs in the content directory, which may be a repository of its own.
const changedFiles = format === 'github' ? pathsChangedSince(path.resolve(root, contentPaths(root).dir), since) : undefined;
const changed = changedFiles && ((file: string) => changedFiles.has(path.resolve(workspace ?? root, file)) || changedFiles.has(path.resolve(root, file)));
if (shown.length) console.log(formatIssuesAs(shown, format, { changed }) + (format === 'text' ? '\n' : ''));
for (const n of notes) console.log(n);
console.log(`${summaryLine(res.issues)} (checked in ${ms} ms${res.cached ? ', nothing changed since the last check' : ''})`);
process.exit(res.errors > 0 ? 1 : 0);
