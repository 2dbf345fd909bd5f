// `npm run pr-summary -- --base <ref>`: Markdown for a pull request's job summary — pages added, changed, removed
// and moved against the base, reviews now overdue, links to the affected pages. CI appends it to $GITHUB_STEP_SUMMARY.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildToday } from '../src/lib/shared/dates';
import { loadHandbook } from '../src/lib/handbook/load';
import { isBuilt } from '../src/lib/handbook/model';
import { lostAddressesSince } from '../src/lib/handbook/lost-addresses';
import type { PageStatus } from '../src/lib/handbook/schema';
import { loadSite } from '../src/lib/site/load';
import { loadReviewItems } from '../src/lib/site/review-items';
import { contentPaths } from '../src/lib/shared/content-dir';
import { repositoryPath } from '../src/lib/site/repository';
import { editionChanges, otherFiles, pageChanges, pagesChangedThrough, prSummaryMarkdown, type ChangeContext, type ContentAreas } from '../src/lib/site/changes';
import { filesShownBy } from '../src/lib/shared/cache-key';
import { parseMarkdown } from '../src/lib/shared/frontmatter';
import fs from 'node:fs';
import { parseNameStatus, sinceProblem } from '../src/lib/shared/git';
import { readContent } from '../src/lib/shared/read';
import { parse as parseYaml } from 'yaml';
import { blipIdFromFile, loadRadar } from '../src/lib/radar/load';
import { buildRadarModel, type RadarModel } from '../src/lib/radar/model';
import { radarPublished } from '../src/lib/site/areas';

const USAGE = `Usage: npm run pr-summary -- --base <git ref> [--root dir]

  --base   the branch the pull request merges into, e.g. origin/main (compared from the merge base)
  --root   the project folder (default: the current one)`;

let values: { base?: string; root?: string; help?: boolean };
try {
  ({ values } = parseArgs({ options: { base: { type: 'string' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.help || !values.base) {
  (values.help ? console.log : console.error)(USAGE);
  process.exit(values.help ? 0 : 2);
}
const root = path.resolve(values.root ?? '.');
// The content directory setting (HANDBOOK_CONTENT_DIR) decides where each area lives.
const paths = contentPaths(root);
const areas: ContentAreas = { handbook: paths.handbook, releases: paths.releases, blips: paths.blips, checklists: paths.checklists };
const contentDir = paths.dir;

// Git runs in the content directory, which may be a repository of its own (outside the engine's, as the README
// allows); its paths, relative to that folder, are made project-relative like every path the model holds.
const contentAbs = path.resolve(root, contentDir);
const toProject = (rel: string) => path.relative(root, path.join(contentAbs, rel)).split(path.sep).join('/');
const toContent = (file: string) => path.relative(contentAbs, path.resolve(root, file)).split(path.sep).join('/');
// The base named must exist here: git's own "unknown revision" read as a CI fetch problem (a new adopter's trial).
const baseProblem = sinceProblem(root, contentDir, values.base, 'the pull request summary');
if (baseProblem) {
  console.error(`pr-summary: ${baseProblem}`);
  process.exit(1);
}
let diff: string;
try {
  // base...HEAD: what this branch changed since it left the base, not what the base changed since.
  diff = execFileSync('git', ['diff', '--name-status', '-M', '-z', '--relative', `${values.base}...HEAD`, '--', '.'], {
    cwd: contentAbs,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
} catch (e) {
  console.error(
    `git could not compare ${contentDir} with ${values.base}: ${(e as Error).message.split('\n')[0]}\n` +
      `Fetch the base branch into the repository that holds ${contentDir} first (actions/checkout with fetch-depth: 0).`,
  );
  process.exit(1);
}
// The summary describes commits (what a pull request holds), while the check reads the working tree: say so when they
// differ, or an uncommitted move reads as "No content changes" beside a check that reports it (a new adopter's trial).
try {
  const pending = execFileSync('git', ['status', '--porcelain', '--', '.'], { cwd: contentAbs, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .split('\n')
    .filter(Boolean).length;
  if (pending)
    console.error(`note: ${pending === 1 ? '1 file' : `${pending} files`} under ${contentDir} ${pending === 1 ? 'has' : 'have'} changes not committed yet; this summary counts commits only (commit them to include them)`);
} catch {
  // git's own failure is reported by the comparison above.
}
const files = parseNameStatus(diff).map((f) => ({ ...f, path: toProject(f.path), ...(f.oldPath ? { oldPath: toProject(f.oldPath) } : {}) }));
const { handbook, sources } = loadHandbook(root, { today: buildToday(), includeDrafts: false });
const site = loadSite(root).site;
/**
 * With site.yaml in error, what the summary can still read of it: its `url` when that is an http(s) address, for the
 * page links (without one they are shown as paths, not links that GitHub would resolve against itself).
 */
function siteUrlAsWritten(): string {
  try {
    const url = (parseYaml(readContent(path.join(root, paths.site))) as { url?: unknown } | null)?.url;
    return typeof url === 'string' && /^https?:\/\/[^/]/.test(url) ? url : '';
  } catch {
    return '';
  }
}
// site.yaml with errors: the summary still lists every change, with what it can read, and says why it may lack links
// and the radar's and checklists' reviews. It had links resolved against GitHub itself, files named from the engine's
// folder and no word of the cause (a new adopter's trial, 2 December 2026).
const warnings = site ? [] : [`\`${repositoryPath({ repository: '', branch: '' }, paths.site, root)}\` has errors, so this summary reads only what it can of it: \`npm run check\` says what to fix.`];

let mergeBase: string | undefined;
/** A file's text at the merge base (where this branch left the base), or undefined when it did not exist there. */
const atBase = (file: string): string | undefined => {
  try {
    mergeBase ??= execFileSync('git', ['merge-base', values.base!, 'HEAD'], { cwd: contentAbs, encoding: 'utf8' }).trim();
    // `<rev>:./<path>` reads a path relative to the folder git runs in.
    return execFileSync('git', ['show', `${mergeBase}:./${toContent(file)}`], { cwd: contentAbs, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
};
/** Front matter as the check reads it (src/lib/shared/frontmatter.ts), or undefined when it does not parse. */
const frontMatter = (file: string, text: string | undefined): Record<string, unknown> | undefined => {
  if (text === undefined) return undefined;
  const parsed = parseMarkdown(file, text);
  return parsed.ok ? parsed.value.data : undefined;
};
/**
 * A blip's standing in the head's radar: one only a draft edition adds has no page after the merge; one with a move
 * in a draft edition shows that move once the edition is published. Undefined when the radar does not load.
 */
let radarModels: { publishedIds: Set<string>; all: RadarModel } | null | undefined;
function radarDraftOf(file: string): { unpublished?: string; note?: string } | undefined {
  if (radarModels === undefined) {
    const loaded = fs.existsSync(path.join(root, paths.radarConfig)) ? loadRadar(root) : undefined;
    // A radar with no published edition yet has no blip pages at all (radarPublished).
    radarModels = loaded?.ok
      ? {
          publishedIds: new Set(radarPublished(root) ? buildRadarModel(loaded.content, { includeDrafts: false }).blips.map((b) => b.id) : []),
          all: buildRadarModel(loaded.content, { includeDrafts: true }),
        }
      : null;
  }
  if (!radarModels) return undefined;
  const id = blipIdFromFile(file);
  const blip = radarModels.all.blip(id);
  if (!blip) return undefined;
  const drafts = new Set(radarModels.all.editions.filter((e) => e.state === 'draft').map((e) => e.id));
  const inDraft = [...new Set(blip.timeline.map((t) => t.edition).filter((e) => drafts.has(e)))];
  if (!radarModels.publishedIds.has(id))
    return { unpublished: `comes with draft edition ${inDraft.join(', ') || '(a draft)'}: no page until it is published (npm run radar -- edition publish)` };
  return inDraft.length ? { note: `its move in draft edition ${inDraft.join(', ')} shows once that edition is published` } : undefined;
}
// The addresses this change loses, by the check's own rule, so the summary and `npm run check -- --since` agree.
const lost = lostAddressesSince(root, values.base, handbook, sources)?.lost;
const ctx: ChangeContext = {
  sources,
  lost,
  // Published at the base: the status there (published when not set), as the handbook model reads it.
  publishedAtBase: (file) => {
    const data = frontMatter(file, atBase(file));
    if (!data) return undefined;
    return isBuilt((data.status ?? 'published') as PageStatus, false);
  },
  draftOf: (file, what) => (what === 'Radar blip' ? radarDraftOf(file) : undefined),
  titleOf: (file, what) => {
    try {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      const title = what === 'Release' ? (JSON.parse(text) as { title?: unknown }).title : frontMatter(file, text)?.title;
      return typeof title === 'string' && title.trim() ? title.trim() : undefined;
    } catch {
      return undefined;
    }
  },
};
/** Editions a change to radar.yaml publishes or takes off the site (editionChanges). */
function radarEditionChanges() {
  const f = files.find((x) => x.path === paths.radarConfig || x.oldPath === paths.radarConfig);
  if (!f) return [];
  const head = fs.existsSync(path.join(root, paths.radarConfig)) ? fs.readFileSync(path.join(root, paths.radarConfig), 'utf8') : undefined;
  return editionChanges(paths.radarConfig, atBase(paths.radarConfig), head);
}
const editions = radarEditionChanges();
// radar.yaml is listed by the editions it publishes or takes back, when it does; not a second time as a file.
const others = otherFiles(files, areas, contentDir).filter((f) => !(editions.length && f.path === paths.radarConfig));
const listed = [...pageChanges(files, areas, handbook, ctx), ...editions];
process.stdout.write(
  prSummaryMarkdown({
    // With the pages a changed partial or picture changes (by the cache keys' reading of what a page shows).
    changes: [...listed, ...pagesChangedThrough(others, listed, handbook, (file) => filesShownBy(root, file))],
    others,
    hb: handbook,
    siteUrl: site?.url ?? siteUrlAsWritten(),
    base: values.base.replace(/^origin\//, ''),
    reviewItems: loadReviewItems(root, site ?? {}, handbook.today).items,
    // Paths as they are in the content's repository, which for a content repository of its own is not the engine's.
    displayPath: (file) => repositoryPath(site ?? { repository: '', branch: '' }, file, root),
    lost,
    warnings,
  }),
);
