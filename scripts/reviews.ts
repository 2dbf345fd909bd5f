// `npm run reviews`: overdue and soon-due handbook pages, radar blips and checklists grouped by owner, as text or as
// Markdown for a tracking issue.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildToday } from '../src/lib/shared/dates';
import { formatIssues } from '../src/lib/shared/errors';
import { countOf } from '../src/lib/shared/plural';
import { loadHandbook } from '../src/lib/handbook/load';
import { reviewsMarkdown, reviewsReport, reviewsText } from '../src/lib/handbook/reviews-report';
import { viewFile } from '../src/lib/site/repository';
import { loadReviewItems } from '../src/lib/site/review-items';
import { loadSite } from '../src/lib/site/load';

const USAGE = `Usage: npm run reviews -- [--format text|markdown] [--root dir]

  --format   text (default) for a terminal, markdown for a GitHub issue (the scheduled workflow posts it)
  --root     project root holding the content (default: the current directory)
Today is SOURCE_DATE_EPOCH when set, else the clock, in Europe/London.`;

let values: { format?: string; root?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { format: { type: 'string' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const format = values.format ?? 'text';
if (format !== 'text' && format !== 'markdown') {
  console.error(`--format must be text or markdown, not ${JSON.stringify(format)}\n${USAGE}`);
  process.exit(2);
}
const root = path.resolve(values.root ?? '.');
const site = loadSite(root);
const { handbook, sources } = loadHandbook(root, { today: buildToday(), includeDrafts: false });
const errors = [...site.issues, ...handbook.issues].filter((i) => i.severity === 'error');
if (!site.site) {
  // Same wording as the build and `npm run check`.
  console.error(formatIssues(errors));
  console.error(`${countOf(errors.length, 'content error')}: fix ${errors.length === 1 ? 'it' : 'them'} (npm run check lists every problem).`);
  process.exit(1);
}
// Radar blips and checklists have review dates too, and an overdue blip's page says its owner has been asked: they
// are in the report with the pages.
const others = loadReviewItems(root, site.site, handbook.today);
// A file with errors is left out of the report, which says so, rather than no report at all: the weekly issue went
// stale over one editor's mistake (an adopter's trial, 2 December 2026).
// A page with an error that is still read (a malformed redirect_from entry) is in the report: not left out.
const read = new Set(sources.map((s) => s.file));
const unreadable = [...new Set([...handbook.issues.filter((i) => i.severity === 'error' && !read.has(i.file)).map((i) => i.file), ...others.unreadable])].sort();
if (unreadable.length)
  console.error(
    `${countOf(unreadable.length, 'file')} with errors left out of the report: ${unreadable.join(', ')}${others.radarLeftOut ? ' (the radar does not load, so no radar blip is listed)' : ''} (npm run check lists every problem).`,
  );
const report = reviewsReport(handbook, others.items);
process.stdout.write(
  format === 'markdown'
    ? reviewsMarkdown(report, { siteUrl: site.site.url, source: (file) => viewFile(site.site!, file, root), unreadable, radarLeftOut: others.radarLeftOut })
    : reviewsText(report),
);
