// One check per content area. Each returns its issues, the pages it will build (for link checks) and the ids
// editors may cite from MDX components.
import { countOf } from '../shared/plural';
import fs from 'node:fs';
import path from 'node:path';
import { issue, type ContentIssue } from '../shared/errors';
import { lineOf } from '../shared/validate';
import { commitDates, filesChangedSince, filesGoneSince, missingHistory, type CommitDates } from '../shared/git';
import { checkRevisionsSince } from '../releases/revision';
import { checkReleaseDates } from '../releases/rules';
import { checkDeletedReleases } from '../releases/deletion';
import { checkDeletedBlips } from '../radar/deletion';
import { lostAddressesSince, type LostAddress } from '../handbook/lost-addresses';
import { listFiles, listPaths, loadHandbook } from '../handbook/load';
import { landingNodes, type Handbook } from '../handbook/model';
import { pageReviewItem, type ReviewItem } from '../handbook/reviews-report';
import { blipReviewItems, checklistReviewItems } from '../site/review-items';
import { contentPaths } from '../shared/content-dir';
import type { PageSource } from '../handbook/model';
import { defaultsNotes, type PageDefaults } from '../handbook/page-data';
import {
  loadReleaseData,
  buildReleaseModel,
  hasCalendar,
  releasePath,
  componentPath,
  releaseKey,
  componentChangelog,
  componentOverview,
  componentPageAnchors,
  releasePageAnchors,
  type ReleaseData,
} from '../releases/index';
import { loadChecklistsFromFiles } from '../checklists/load';
import { checkReadiness, releaseReadiness } from '../checklists/readiness';
import type { Checklist } from '../checklists/parse';
import { checklistPageAnchors } from '../checklists/view';
import { loadRadar } from '../radar/load';
import { buildRadarModel } from '../radar/model';
import { blipPageSections } from '../radar/blip-page';
import { computeKpis, parseDoraBands } from '../kpis/index';
import { parseMarkdown, type ParsedMarkdown } from '../shared/frontmatter';
import type { OtherMarkdown } from '../handbook/link-check';
import { readContent } from '../shared/read';

/**
 * Markdown bodies of published files, for the link check, and whatever other Markdown `more` finds in the same parse
 * of each file (a blip's reasons: {@link reasonMarkdown}).
 */
function markdownOf(
  files: { path: string; text: string }[],
  url: (path: string) => string,
  bodyHeadings: boolean,
  more: (file: string, url: string, parsed: ParsedMarkdown) => OtherMarkdown[] = () => [],
): OtherMarkdown[] {
  return files.flatMap((f) => {
    const parsed = parseMarkdown(f.path, f.text);
    if (!parsed.ok) return [];
    const at = url(f.path);
    return [{ file: f.path, url: at, body: parsed.value.body, bodyLine: parsed.value.bodyLine, bodyHeadings }, ...more(f.path, at, parsed.value)];
  });
}

/**
 * Each radar move's `reason` in a blip file, as Markdown shown on the blip's page (src/lib/markdown/inline.ts): its
 * links are checked like the description's, at their own line and column in the file, whether the reason is on its
 * key's line (plain or quoted) or a block scalar below it.
 */
function reasonMarkdown(file: string, url: string, parsed: ParsedMarkdown): OtherMarkdown[] {
  if (!Array.isArray(parsed.data.history)) return [];
  const fm = parsed.frontmatterText;
  const lines = fm.split(/\r?\n/);
  return (parsed.data.history as unknown[]).flatMap((entry, i) => {
    const reason = (entry as { reason?: unknown } | null)?.reason;
    // Only a reason with a link can have a broken one.
    if (typeof reason !== 'string' || !/[[<(:]/.test(reason)) return [];
    const at = lineOf({ file, text: fm, lineOffset: 1 }, ['history', i, 'reason']);
    const markdown = { file, url, bodyHeadings: false };
    if (at.line === undefined || at.column === undefined) return [{ ...markdown, body: reason, bodyLine: 1 }];
    // lineOf finds the key (file line `at.line` is front-matter line at.line - 1); the value starts after its colon.
    const first = lines[at.line - 2] ?? '';
    const afterColon = first.slice(first.indexOf(':', at.column - 1) + 1);
    const valueColumn = first.length - afterColon.trimStart().length + 1;
    const start = first.slice(valueColumn - 1);
    // On the key's line: plain, or in quotes (the text starts one column further on).
    if (!/^[>|]/.test(start)) return [{ ...markdown, body: reason, bodyLine: at.line, bodyColumn: valueColumn + (/^["']/.test(start) ? 1 : 0) }];
    // A block scalar (`reason: >-`): its lines, indented further than the key, less their indentation, are the same
    // Markdown (a folded line break is a soft break), and every link keeps its own line and column.
    const block: string[] = [];
    for (const l of lines.slice(at.line - 1)) {
      if (l.trim() && l.length - l.trimStart().length <= at.column - 1) break;
      block.push(l);
    }
    const indent = Math.min(...block.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
    if (!Number.isFinite(indent)) return [];
    return [{ ...markdown, body: block.map((l) => l.slice(indent)).join('\n'), bodyLine: at.line + 1, bodyColumn: indent + 1, bodyIndent: indent }];
  });
}

const fileId = (p: string) => path.basename(p).replace(/\.mdx?$/, '');

export interface DomainResult {
  issues: ContentIssue[];
  routes: string[];
}

export interface Ctx {
  root: string;
  today: string;
  strict: boolean;
  includeDrafts: boolean;
  /** Git ref to compare release files with for the schedule revision rule; the rule is skipped when absent. */
  since?: string;
  /** `since` was not asked for (see CheckOptions.sinceIsDefault): skip the rule silently when it cannot run. */
  sinceIsDefault?: boolean;
}

const reviewSeverity = (ctx: Ctx) => (ctx.strict ? 'error' : 'warning') as 'error' | 'warning';

/**
 * The schedule revision rule (revision.ts) over the release files changed since `ctx.since`, and the deletion rule
 * (deletion.ts) over those deleted since then. Returns the issues
 * and, when git or the ref is unavailable, a note saying the rule was skipped.
 */
function checkRevisions(ctx: Ctx, data: ReleaseData): { issues: ContentIssue[]; notes: string[] } {
  if (!ctx.since) return { issues: [], notes: [] };
  const dir = contentPaths(ctx.root).releases;
  const earlier = filesChangedSince(ctx.root, ctx.since, dir);
  // A ref that cannot be compared is reported once for the whole check (runChecks, sinceProblem).
  if (!earlier) return { issues: [], notes: [] };
  const current = new Map<string, { release: ReleaseData['releases'][number]; text: string }>();
  for (const r of data.releases) {
    const file = data.files[releaseKey(r)];
    if (file && earlier.has(file)) current.set(file, { release: r, text: readContent(path.join(ctx.root, file), file) });
  }
  // A release file deleted loses its changelog entry, pages and calendar event (deletion.ts).
  const deleted = filesGoneSince(ctx.root, ctx.since, dir) ?? new Map<string, string>();
  return { issues: [...checkRevisionsSince(earlier, current, ctx.since), ...checkDeletedReleases(deleted, ctx.since)], notes: [] };
}

/** Release data, and the KPI pages computed from it when `kpis` (the KPI area exists). */
export function checkReleases(ctx: Ctx, kpis = true): DomainResult & { data: ReleaseData; quarters?: string[]; notes: string[] } {
  const data = loadReleaseData(ctx.root);
  const revisions = checkRevisions(ctx, data);
  const notes = revisions.notes;
  const issues = [...data.issues, ...revisions.issues];
  for (const r of data.releases) {
    const file = data.files[releaseKey(r)];
    if (!file) continue;
    // The file is read again only for a release a date rule flags, for its line.
    const flagged = checkReleaseDates({ file, text: '', release: r }, ctx.today);
    if (flagged.length) issues.push(...checkReleaseDates({ file, text: readContent(path.join(ctx.root, file), file), release: r }, ctx.today));
  }
  // Pages for every release that parsed, even when another file has errors, so one mistake is reported once.
  const routes = ['/releases/', '/releases/schedule/'];
  routes.push(...data.components.map((c) => componentPath(c.id)), ...data.releases.map((r) => releasePath(r)));
  // Files the area's endpoints write (src/areas/releases, src/areas/kpis): links to them are links to this site.
  routes.push('/releases/feed.xml', '/api/releases.json', '/schemas/release.schema.json');
  routes.push(...data.components.map((c) => `/releases/${c.id}/CHANGELOG.md`));
  // Calendars only where they hold an event (src/lib/releases/ics.ts hasCalendar): a link to an empty one is broken.
  const model = buildReleaseModel(data);
  if (hasCalendar(model)) routes.push('/releases/schedule.ics');
  routes.push(...data.components.filter((c) => hasCalendar(model, c.id)).map((c) => `/releases/${c.id}.ics`));
  if (kpis) routes.push('/kpis/', '/kpis/reports/', '/api/kpis.json', ...data.components.map((c) => `/kpis/${c.id}/`));
  if (!kpis || data.issues.some((i) => i.severity === 'error')) return { issues, routes, data, notes };
  // KPI pages exist per component and per quarter with data.
  const bandsRel = contentPaths(ctx.root).doraBands;
  const bandsFile = path.join(ctx.root, bandsRel);
  const bands = fs.existsSync(bandsFile) ? parseDoraBands(readContent(bandsFile, bandsRel), bandsRel) : { issues: [] };
  issues.push(...bands.issues);
  if (bands.bands) {
    const report = computeKpis(model.releases, { today: ctx.today, components: model.components, bands: bands.bands });
    routes.push(...report.quarterReports.map((q) => `/kpis/reports/${q.quarter}/`));
    return { issues, routes, data, notes, quarters: report.quarterReports.map((q) => q.quarter) };
  }
  return { issues, routes, data, notes };
}

/** `blips`/`rings` are undefined when the radar does not load, so MDX checks do not repeat its errors. */
export function checkRadar(
  ctx: Ctx,
): DomainResult & {
  blips?: string[];
  rings?: string[];
  markdown: OtherMarkdown[];
  reviewItems?: ReviewItem[];
  anchors?: Map<string, Set<string>>;
  /** Draft-only pages and blips: see {@link draftOnly}. */
  unpublished?: { routes: Map<string, string>; blips: Map<string, string> };
} {
  const radar = loadRadar(ctx.root);
  const issues = [...radar.issues];
  // With the files its endpoints write (src/areas/radar).
  const routes = ['/radar/', '/radar/rings/', '/radar/feed.xml', '/radar/radar.csv', '/radar/radar.json', '/api/radar.json'];
  const files = listFiles(ctx.root, contentPaths(ctx.root).blips, ['.md', '.mdx']);
  const markdown = markdownOf(files, (p) => `/radar/blips/${fileId(p)}/`, true, reasonMarkdown);
  if (!radar.ok) {
    // Blip pages still exist for every file, so links to them are not reported as well.
    routes.push(...files.map((f) => `/radar/blips/${fileId(f.path)}/`));
    return { issues, routes, markdown };
  }
  // A blip file deleted since --since rewrites the published editions it is in (deletion.ts).
  if (ctx.since) {
    const gone = filesGoneSince(ctx.root, ctx.since, contentPaths(ctx.root).blips);
    if (gone) issues.push(...checkDeletedBlips(gone, ctx.since, new Set(radar.content.config.editions.filter((e) => e.state === 'published').map((e) => e.id))));
  }
  // The pages the build makes: draft editions (and blips only they add) exist in dev and preview builds only.
  const model = buildRadarModel(radar.content, { includeDrafts: ctx.includeDrafts });
  const { blips, editions, quadrants, rings } = model;
  routes.push(...blips.map((b) => `/radar/blips/${b.id}/`), ...editions.map((e) => `/radar/${e.id}/`));
  routes.push(...editions.map((e) => `/radar/${e.id}/changes/`), ...quadrants.map((q) => `/radar/quadrants/${q.id}/`));
  const reviewItems = blipReviewItems(model, ctx.today);
  issues.push(...reviewByIssues(ctx, reviewItems, files));
  // The sections a blip's page shows below its description; the link check adds the description's own headings.
  const anchors = new Map(blips.map((b) => [`/radar/blips/${b.id}/`, new Set(blipPageSections(model, b).map((s) => s.id))]));
  return { issues, routes, blips: blips.map((b) => b.id), rings: rings.map((r) => r.id), markdown, reviewItems, anchors, unpublished: draftOnly(radar.content, model, ctx) };
}

/**
 * Pages and blips that exist only with the draft editions (a blip a draft adds, a draft edition's pages), each with
 * the edition: a link to one, or `<RadarBlip id>` naming one, is told it is not published yet rather than "not a
 * page" or "did you mean" another (a new adopter's trial, 2 December 2026). `published`: the model the check built
 * without drafts. Empty when drafts are built anyway.
 */
function draftOnly(
  content: Parameters<typeof buildRadarModel>[0],
  published: ReturnType<typeof buildRadarModel>,
  ctx: Ctx,
): { routes: Map<string, string>; blips: Map<string, string> } {
  const routes = new Map<string, string>();
  const blips = new Map<string, string>();
  if (ctx.includeDrafts) return { routes, blips };
  const all = buildRadarModel(content, { includeDrafts: true });
  const publishedBlips = new Set(published.blips.map((b) => b.id));
  const publishedEditions = new Set(published.editions.map((e) => e.id));
  for (const e of all.editions)
    if (!publishedEditions.has(e.id)) for (const url of [`/radar/${e.id}/`, `/radar/${e.id}/changes/`]) routes.set(url, `it is a page of draft edition ${e.id}`);
  for (const b of all.blips) {
    if (publishedBlips.has(b.id)) continue;
    const edition = `it comes with draft edition ${b.timeline[0]?.edition ?? ''}`.trim();
    routes.set(`/radar/blips/${b.id}/`, edition);
    blips.set(b.id, edition);
  }
  return { routes, blips };
}

/**
 * The overdue ones of `items` whose date is a `review_by` field (radar blips, checklists), each at that field's line
 * in its file among `files`: only those files' front matter is read again, for the line.
 */
function reviewByIssues(ctx: Ctx, items: ReviewItem[], files: { path: string; text: string }[]): ContentIssue[] {
  return items
    .filter((item) => item.review.state === 'overdue')
    .map((item) => {
      const parsed = parseMarkdown(item.file, files.find((f) => f.path === item.file)?.text ?? '');
      const at = parsed.ok ? lineOf({ file: item.file, text: parsed.value.frontmatterText, lineOffset: 1 }, ['review_by']) : {};
      return reviewIssue(ctx, item, 'review_by', 'once it is reviewed, set review_by to the date of the next review', at);
    });
}

/**
 * The problem for an overdue review, one wording for pages, radar blips and checklists: when it was due, how long
 * ago, the owner, and `todo` (what to change once reviewed). A warning, an error with --strict.
 */
function reviewIssue(ctx: Ctx, item: ReviewItem, field: string, todo: string, at: { line?: number; column?: number }): ContentIssue {
  return issue(item.file, field, `review was due on ${item.review.dueBy} (${countOf(-item.review.daysLeft, 'day')} ago); owner: ${item.owner}; ${todo}`, {
    severity: reviewSeverity(ctx),
    ...at,
  });
}

/** Checklists, and the readiness results releases record against them. */
export function checkChecklists(
  ctx: Ctx,
  releases: ReleaseData,
  releaseIssues: readonly ContentIssue[] = [],
): DomainResult & { checklists: Checklist[]; markdown: OtherMarkdown[]; reviewItems: ReviewItem[]; anchors: Map<string, Set<string>> } {
  const files = listFiles(ctx.root, contentPaths(ctx.root).checklists, ['.md']);
  const lists = loadChecklistsFromFiles(files);
  const issues = [...lists.issues];
  // Which checklists hold a release depends on its release date (a checklist's effective_from): while that date is
  // itself an error (a shipped release dated after today), its readiness is not judged. Judged against the wrong date,
  // one wrong year listed every item of every checklist that does not apply, 32 errors burying the one cause.
  // `releaseIssues` are checkReleases' own, so the date rule is read, not run again.
  const misdated = new Set(releaseIssues.filter((i) => i.field === 'dates.released' && i.severity !== 'warning').map((i) => i.file));
  const inputs = releases.releases.flatMap((r) => {
    const file = releases.files[releaseKey(r)];
    return file && misdated.has(file) ? [] : [{ ...r, file, text: file ? readContent(path.join(ctx.root, file), file) : undefined }];
  });
  // The release schema already reports a waiver without a reason; keep one copy of each message.
  const seen = new Set(releases.issues.map((i) => `${i.file}|${i.field}|${i.message}`));
  // A checklist file that did not load is reported in its own file, not again in every release that names it.
  const loadedIds = new Set(lists.checklists.map((c) => c.id));
  const unreadable = new Set(files.map((f) => fileId(f.path)).filter((id) => !loadedIds.has(id)));
  for (const i of checkReadiness(lists.checklists, inputs, unreadable, ctx.today)) {
    const k = `${i.file}|${i.field}|${i.message}`;
    if (!seen.has(k)) issues.push(i), seen.add(k);
  }
  // An overdue checklist is shown as overdue on its page; its owner is asked like a page's (found by a new adopter's
  // trial, 1 December 2026: the check said nothing).
  const reviewItems = checklistReviewItems(lists.checklists, ctx.today);
  issues.push(...reviewByIssues(ctx, reviewItems, files));
  return {
    issues,
    routes: ['/checklists/', ...lists.checklists.map((c) => `/checklists/${c.id}/`)],
    checklists: lists.checklists,
    markdown: markdownOf(files, (p) => `/checklists/${fileId(p)}/`, false).map((m) => ({ ...m, checklist: true })),
    // Its groups, items and usage section (checklistPageAnchors), so links to /checklists/<id>/#<item> are checked.
    anchors: new Map(lists.checklists.map((c) => [`/checklists/${c.id}/`, checklistPageAnchors(c)])),
    reviewItems,
  };
}

/**
 * The anchors of every release's page and every component's page (lib/releases/page-anchors.ts), by URL, so links
 * to their sections are checked; undefined when the release data has errors (its model cannot be built, and those
 * pages' anchors are then not judged). `checklists`: those that loaded, for whether a release's page shows
 * readiness; `checklistsComplete`: false when some failed to load, and readiness is then taken to be shown.
 */
export function releaseAnchors(data: ReleaseData, checklists: readonly Checklist[], checklistsComplete: boolean): Map<string, Set<string>> | undefined {
  if (data.issues.some((i) => i.severity === 'error')) return undefined;
  const model = buildReleaseModel(data);
  const out = new Map<string, Set<string>>();
  for (const r of model.releases) {
    const file = r.file ?? data.files[r.key] ?? '';
    // A checklist that did not load may apply: count one, so readiness is taken to be shown.
    out.set(releasePath(r), releasePageAnchors(r, checklistsComplete ? releaseReadiness(checklists, { ...r, file }).length : 1));
  }
  for (const c of model.components) {
    const overview = componentOverview(model, c.id);
    if (overview) out.set(componentPath(c.id), componentPageAnchors(overview, componentChangelog(model, c.id)));
  }
  return out;
}

/**
 * Notes on the handbook's "Last updated" dates (`git` from commitDates): when git could date none of the `pages`
 * pages, where it could not and what the pages show instead, so "Last updated" does not disappear from the site
 * without a word; when it could, the pages not committed yet, which show today's date.
 */
function historyNotes(root: string, git: CommitDates, sources: readonly PageSource[], pages: number): string[] {
  if (git.history) return uncommittedNotes(sources);
  if (git.dates.size > 0 || pages === 0) return [];
  const dir = contentPaths(root).handbook;
  const why = missingHistory(root, dir);
  if (!why) return [];
  return [
    `"Last updated": ${dir} ${why}, so pages show a "Last updated" date only where their front matter sets updated: YYYY-MM-DD` +
      (why.startsWith('is a shallow') ? ' (in GitHub Actions, check out with fetch-depth: 0 for dates from git).' : '.'),
  ];
}

/**
 * A note naming the pages git has no commit of yet, which show the build's "today" as "Last updated" (unless their
 * front matter sets `updated:`) until they are committed: a preview built before committing is dated, and says why.
 */
function uncommittedNotes(sources: readonly PageSource[]): string[] {
  const files = sources.filter((s) => s.uncommitted && !s.data.updated).map((s) => s.file).sort();
  if (!files.length) return [];
  const named = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
  return [`"Last updated": ${files.length === 1 ? '1 page is' : `${files.length} pages are`} not committed to git yet (${named}), so ${files.length === 1 ? 'it shows' : 'they show'} today's date until committed.`];
}

/** Other names Markdown files go by (Jekyll and other tools read them); the handbook reads `.md` and `.mdx` only. */
const OTHER_MARKDOWN_EXTENSIONS = ['.markdown', '.mdown', '.mkdn', '.mkd', '.mdwn'];
const OTHER_MARKDOWN = /\.(markdown|mdown|mkdn|mkd|mdwn)$/;

/**
 * A warning for each file under the handbook folder whose name ends in another Markdown extension: such a file is
 * not read, and a manual moved from another tool lost those pages without a word (a new adopter's trial,
 * 2 December 2026: a `.markdown` page was reported only as "removed").
 */
function unreadMarkdownFiles(root: string): ContentIssue[] {
  return listPaths(root, contentPaths(root).handbook, OTHER_MARKDOWN_EXTENSIONS).map((f) => {
    const renamed = f.slice(f.lastIndexOf('/') + 1).replace(OTHER_MARKDOWN, '.md');
    return issue(f, 'file', `is not read: handbook pages are .md or .mdx files; rename it to ${renamed} to publish it`, { severity: 'warning' });
  });
}

/** Every file under `dir` (project-relative), including those starting with `_`, which listPaths leaves out. */
function allFiles(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return (fs.readdirSync(abs, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => !f.split('/').some((part) => part.startsWith('.')) && fs.statSync(path.join(abs, f)).isFile())
    .sort()
    .map((f) => `${dir}/${f}`);
}

/**
 * A warning for each page of another generator under the handbook folder that is not read, so a manual moved over
 * lost it without a word (a migration trial, 3 December 2026): a Middleman or GOV.UK Tech Docs Template page
 * (`on-call.html.md.erb`), whose `<%= … %>` code nothing here runs, and Hugo's `_index.md`, a folder's landing page
 * there, which is skipped here as a name starting with `_` (a partial).
 */
function foreignPageFiles(root: string): ContentIssue[] {
  const dir = contentPaths(root).handbook;
  const files = allFiles(root, dir);
  return files.flatMap((f) => {
    const name = f.slice(f.lastIndexOf('/') + 1);
    const erb = /^([^_].*?)(?:\.html)?\.(?:md|markdown|mdx)\.erb$/.exec(name);
    if (erb)
      return [issue(f, 'file', `is not read: handbook pages are .md or .mdx files, and ERB code is not run here; rename it to ${erb[1]}.md and replace its <%= … %> code with what it showed`, { severity: 'warning' })];
    if (/^_index\.mdx?$/.test(name)) {
      const folder = f.slice(0, f.lastIndexOf('/'));
      const both = files.includes(`${folder}/index.md`) || files.includes(`${folder}/index.mdx`);
      return [
        issue(
          f,
          'file',
          `is not read: files whose names start with "_" are not pages, and a folder's landing page here is index.md (Hugo's _index.md); ${both ? 'move its text into the folder\'s index page' : `rename it to ${name.slice(1)}`}`,
          { severity: 'warning' },
        ),
      ];
    }
    return [];
  });
}

export function checkHandbook(
  ctx: Ctx,
  defaults?: PageDefaults,
): DomainResult & { handbook: Handbook; sources: PageSource[]; unread: OtherMarkdown[]; notes: string[]; lost: Map<string, LostAddress> } {
  const dates = commitDates(ctx.root, contentPaths(ctx.root).handbook);
  const { handbook, sources, invalidUrls, unread } = loadHandbook(ctx.root, {
    defaults,
    today: ctx.today,
    includeDrafts: ctx.includeDrafts,
    lastUpdated: dates,
  });
  const issues = [...handbook.issues, ...unreadMarkdownFiles(ctx.root), ...foreignPageFiles(ctx.root)];
  const srcById = new Map(sources.map((s) => [s.id, s]));
  for (const p of handbook.pages) {
    if (p.review.state !== 'overdue') continue;
    const s = srcById.get(p.id);
    // Named at the line an editor changes once the page is reviewed: review_by, or with review_in the
    // last_reviewed date the interval counts from (review_in's own line when last_reviewed comes from site.yaml).
    const line = (f: string) => (s ? lineOf({ file: p.file, text: s.frontmatterText, lineOffset: 1 }, [f]) : {});
    const byDate = Boolean(s?.data.review_by);
    const field = byDate ? 'review_by' : line('last_reviewed').line ? 'last_reviewed' : 'review_in';
    const todo = byDate
      ? 'once the page is reviewed, set review_by to the date of the next review'
      : field === 'last_reviewed'
        ? 'once the page is reviewed, set last_reviewed to the day it was'
        : // The page takes last_reviewed from site.yaml defaults, so there is no such line to change yet.
          'once the page is reviewed, add last_reviewed with the day it was (the page takes it from site.yaml defaults now)';
    issues.push(reviewIssue(ctx, pageReviewItem(p), field, todo, line(field)));
  }
  // With --since: pages this change takes off the site without keeping their address (lost-addresses.ts). A ref
  // that cannot be compared is reported once, by runChecks.
  let lost = new Map<string, LostAddress>();
  const found = ctx.since ? lostAddressesSince(ctx.root, ctx.since, handbook, sources) : undefined;
  if (found) {
    issues.push(...found.issues);
    lost = found.lost;
  }
  // Folders without an index page get a generated landing page, so links to them resolve too.
  const routes = [...handbook.pages.map((p) => p.url), ...landingNodes(handbook).map((n) => n.url), ...invalidUrls];
  return { issues, routes, handbook, sources, unread, lost, notes: [...defaultsNotes(sources), ...historyNotes(ctx.root, dates, sources, handbook.pages.length)] };
}
