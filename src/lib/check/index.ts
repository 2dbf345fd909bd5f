// Validates all content without Astro: the one entry point for `npm run check` and the build's pre-flight.
import { sinceProblem } from '../shared/git';
import fs from 'node:fs';
import path from 'node:path';
import { issue, type ContentIssue } from '../shared/errors';
import { buildToday } from '../shared/dates';
import { loadSite } from '../site/load';
import { checkHandbookLinks, CORE_ROUTES, type PartialFile } from '../handbook/link-check';
import { checkContentPublic, publicFiles } from '../site/public-files';
import { fileLooksLikeImage } from '../markdown/local-images';
import { checkRedirects, redirectPagePath, redirectsOf, type Redirect } from '../handbook/redirects';
import { isBuilt, pageUrlOfFile, reviewSummary } from '../handbook/model';
import { METRIC_IDS } from '../kpis/index';
import { checkChecklists, checkHandbook, checkRadar, checkReleases, releaseAnchors, type Ctx } from './domains';
import { AREA_TITLES, areaContent, areaOfPath, detectAreas, type Area, type Areas } from '../site/areas';
import { loadRadar } from '../radar/load';
import { exampleAddressNote } from '../site/placeholders';
import { standardPages } from '../site/standard-pages';
import { readFavicon, readLogo } from '../site/logo';
import { CONTENT_DIR_ENV, contentPaths } from '../shared/content-dir';
import type { ReleaseData } from '../releases/index';
import { checkFrontmatterReads, checkMdxImports, checkMdxUsage, checkPartial, type MdxContext } from './mdx';
import { importedFiles, packageResolves } from '../shared/mdx-imports';
import { analyseMarkdown, isMdxSyntaxProblem } from '../markdown/analyse';
import { encodingIssues, readContent } from '../shared/read';
import { checkTraceabilityFile } from './traceability';

export interface CheckOptions {
  today?: string;
  /** Development shows drafts, so links to them are fine there. */
  includeDrafts?: boolean;
  /** Overdue reviews become errors. */
  strict?: boolean;
  /**
   * Git ref (e.g. `HEAD`, `origin/main`) to compare release files with: a scheduling fact that changed without a
   * higher `revision.sequence` is an error. Left out by the build, whose output must not depend on git state.
   */
  since?: string;
  /**
   * `since` is the default (`npm run check` without `--since`), not asked for: when it cannot be compared (the
   * content is not in a git repository, or no commit yet) the rule is skipped without a note, which would otherwise
   * be printed on every check of such a handbook.
   */
  sinceIsDefault?: boolean;
  /**
   * Severity of the rules about what a Markdown body contains (links and images resolve, no level-1 heading, no raw
   * HTML the page cannot show): `error` (the default) stops a build. `warning` only for the Markdown conformance
   * suites (tests/engine/commonmark.test.ts), whose specification examples break these rules on purpose; they
   * still run and are printed. Default: `$HANDBOOK_BODY_RULES` (`warning` or `error`), else `error`.
   */
  bodyRules?: 'error' | 'warning';
}

/** Environment variable read by `runChecks` when `bodyRules` is not given (see CheckOptions). */
export const BODY_RULES_ENV = 'HANDBOOK_BODY_RULES';

export interface CheckResult {
  issues: ContentIssue[];
  errors: number;
  warnings: number;
  /** One-line facts for the console (e.g. the review summary). */
  notes: string[];
  /** Old URLs of moved pages (redirect_from), for the redirect pages and `_redirects`. */
  redirects: Redirect[];
}

/** Components editors can use in .mdx: the .astro files in src/components/mdx. */
function mdxComponents(root: string): string[] {
  const dir = path.join(root, 'src/components/mdx');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.astro')).map((f) => f.slice(0, -'.astro'.length)).sort();
}

/** The area each MDX component shows data from: it can only be used when the handbook has that area. */
const MDX_COMPONENT_AREAS: Record<string, Area> = {
  Kpi: 'kpis',
  LatestReleases: 'releases',
  ReleaseSchedule: 'releases',
  Checklist: 'checklists',
  RadarBlip: 'radar',
  RadarRing: 'radar',
};

/** What makes each area exist, for messages (see detectAreas). */
const AREA_CONTENT: Record<Area, string> = {
  releases: 'components.yaml or releases/ folder in the content directory',
  radar: 'radar/radar.yaml in the content directory',
  checklists: 'checklists/ folder in the content directory',
  kpis: 'release data with a kpis/dora-bands.yaml in the content directory',
};

export function runChecks(root: string, opts: CheckOptions = {}): CheckResult {
  const ctx: Ctx = { root, today: opts.today ?? buildToday(), strict: opts.strict ?? false, includeDrafts: opts.includeDrafts ?? false, since: opts.since, sinceIsDefault: opts.sinceIsDefault };
  const dir = contentPaths(root).dir;
  if (!fs.existsSync(path.join(root, dir)) || !fs.statSync(path.join(root, dir)).isDirectory()) {
    const i = issue(dir, '', `the content directory does not exist: set ${CONTENT_DIR_ENV} to a folder holding site.yaml and handbook/ (absolute, or relative to ${root}), or create one with \`npm run new-handbook -- ${dir}\``);
    return { issues: [i], errors: 1, warnings: 0, notes: [], redirects: [] };
  }
  const site = loadSite(root);
  // Every content file is read through src/lib/shared/read.ts; one that is not UTF-8 is reported here, once.
  const issues: ContentIssue[] = [...encodingIssues(root, contentPaths(root).dir), ...site.issues];
  // Asked for by name (--since), the comparison must happen, whichever areas the handbook has: otherwise a pull
  // request whose CI had not fetched the base branch passed with the moved-page rules silently off (adopters' trials,
  // 1 and 2 December 2026; the second had no releases, whose rule alone reported it). The default (HEAD) is quiet.
  const since =
    ctx.since && !ctx.sinceIsDefault ? sinceProblem(root, dir, ctx.since, 'moved, deleted or unpublished pages, deleted or rescheduled releases') : undefined;
  if (since) issues.push(issue(dir, '--since', since));
  // Only the areas the site has are checked, routed and linkable (src/lib/site/areas.ts).
  const areas: Areas = detectAreas(root, site.site?.areas);
  // A radar still being written (radar.yaml with no published edition): its files are checked, but it has no pages
  // until an edition is published, in previews too (radarPublished in src/lib/site/areas.ts).
  const radarUnpublished = !areas.radar && areaContent(root).radar && site.site?.areas?.radar !== false;

  // Why an area's pages and components are not there, for messages.
  const absent = (area: Area, what = 'link') => {
    const off = (a: Area) => site.site?.areas?.[a] === false;
    // KPIs are computed from release data, so switching releases off takes them too (src/lib/site/areas.ts).
    const why = off(area)
      ? 'it is switched off in site.yaml (areas:)'
      : area === 'kpis' && off('releases')
        ? 'KPIs are computed from releases, which are switched off in site.yaml (areas:)'
        : `there is no ${AREA_CONTENT[area]}`;
    if (area === 'radar' && radarUnpublished)
      return `the radar has no published edition yet, so it has no pages: remove the ${what} until one is published (npm run radar -- edition publish <id>)`;
    return `this handbook has no ${AREA_TITLES[area].toLowerCase()} area (${why}): remove the ${what} or add that content`;
  };
  const noReleases: ReleaseData = { components: [], releases: [], issues: [], files: {} };
  const releases = areas.releases ? checkReleases(ctx, areas.kpis) : { issues: [], routes: [], data: noReleases, quarters: [], notes: [] };
  const radar = areas.radar
    ? checkRadar(ctx)
    : radarUnpublished
      ? { issues: loadRadar(root).issues, routes: [], markdown: [], blips: [], rings: [] }
      : { issues: [], routes: [], markdown: [], blips: [], rings: [] };
  const checklists = areas.checklists
    ? checkChecklists(ctx, releases.data, releases.issues)
    : { issues: [], routes: [], checklists: [], markdown: [], reviewItems: [], anchors: new Map<string, Set<string>>() };
  const handbook = checkHandbook(ctx, site.defaults);
  issues.push(...releases.issues, ...radar.issues, ...checklists.issues, ...handbook.issues);
  // Whether an area's own files have errors: what it lists is then incomplete, and rules across areas hold back.
  const hasErrors = (a: { issues: ContentIssue[] }) => a.issues.some((i) => i.severity === 'error');

  // The footer links to the standard pages site.yaml names: each must exist.
  // Each field checked when it alone is valid, whatever else site.yaml gets wrong (LoadedSite.parts).
  if (Object.keys(site.parts).length) {
    const siteFile = contentPaths(root).site;
    const siteText = readContent(path.join(root, siteFile), siteFile);
    issues.push(...standardPages(site.parts, handbook.handbook, siteFile, siteText).issues);
    // The header's logo and the favicon must be safe SVG files in the content directory.
    issues.push(...readLogo(root, site.parts, siteFile, siteText).issues, ...readFavicon(root, site.parts, siteFile, siteText).issues);
  }

  // Links and anchors in handbook pages must land on pages the build will make.
  const routes = [...releases.routes, ...radar.routes, ...checklists.routes, ...handbook.routes];
  // The traceability map (optional): its pages, anchors and features must exist; its page is a route when it does.
  const trace = checkTraceabilityFile(ctx, handbook, [...routes, ...CORE_ROUTES]);
  issues.push(...trace.issues);
  routes.push(...trace.routes);
  // Old URLs of moved pages must not replace a page or loop; links to them still work, as they redirect (a warning
  // names the address to use instead).
  issues.push(...checkRedirects(handbook.handbook, handbook.sources, [...CORE_ROUTES, ...routes], radar.unpublished?.routes, handbook.unread));
  // An old address that names a page or a file the site builds is refused above, and a link to it reaches that page:
  // it is not offered as a moved page's old address, whose links the check would tell editors to change (a
  // pull-request trial, 3 December 2026: correct links to a page were pointed at the page claiming its address).
  const built = new Set([...CORE_ROUTES, ...routes]);
  const redirects = redirectsOf(handbook.handbook).filter((r) => !built.has(r.from) && !built.has(redirectPagePath(r.from)));
  routes.push(...redirects.map((r) => r.from));
  // Files in the content's public/ are published as they are; none may take the place of a page or a built file.
  issues.push(...checkContentPublic(root, [...CORE_ROUTES, ...routes], redirects));
  const bodyRules = opts.bodyRules ?? (process.env[BODY_RULES_ENV] === 'warning' ? 'warning' : 'error');
  // Where a picture written relative to a file is looked for: pages' and the partials they import (below) alike.
  const imageTargets = {
    exists: (p: string) => fs.existsSync(path.resolve(root, p)),
    isImage: (p: string) => fileLooksLikeImage(path.resolve(root, p)),
    filesIn: (dir: string) => {
      try {
        return fs.readdirSync(path.resolve(root, dir));
      } catch {
        return [];
      }
    },
  };
  // The Markdown and MDX files MDX pages import (partials), once each, with the built pages that show them; a file that
  // is a page of its own is checked as one.
  const pageFiles = new Set(handbook.sources.map((s) => s.file));
  const urlOfFile = new Map(handbook.handbook.pages.map((p) => [p.file, p.url]));
  const partials = new Map<string, PartialFile>();
  for (const s of handbook.sources)
    if (s.file.endsWith('.mdx') && s.body !== undefined)
      for (const f of importedFiles(root, s.file).filter((f) => /\.mdx?$/.test(f) && !pageFiles.has(f))) {
        let m = partials.get(f);
        if (!m) partials.set(f, (m = { file: f, body: readContent(path.resolve(root, f), f), importedBy: [] }));
        const url = urlOfFile.get(s.file);
        if (url !== undefined) m.importedBy.push({ file: s.file, url });
      }
  const linkIssues = checkHandbookLinks(handbook.handbook, handbook.sources, {
    files: publicFiles(root),
    ...imageTargets,
    extraRoutes: routes,
    // Pages made from data: the sections they show, so a link to /releases/payments/3.4.0/#rollback-plan is checked.
    // A blip's page adds its description's headings (the link check reads them from the body); a checklist's page
    // has its groups' and items' ids.
    extraAnchors: new Map([
      ...(releaseAnchors(releases.data, checklists.checklists, !hasErrors(checklists)) ?? []),
      ...(radar.anchors ?? []),
      ...(checklists.anchors ?? []),
    ]),
    other: [...radar.markdown, ...checklists.markdown],
    unread: handbook.unread,
    partials: [...partials.values()],
    moved: new Map(redirects.map((r) => [r.from, r.to])),
    origin: site.site?.url,
    publicDir: contentPaths(root).public,
  });
  // A link into an area the handbook does not have says why there is no such page; a link to a page this change
  // moved or removed (with --since) says so, and where the page is now.
  // Pages whose file is there but whose status keeps them off the site, by address: a link to one says so (the build's
  // check, which does not compare with git, said only "not a page on this site", a new adopter's trial, 2 December 2026).
  const handbookDir = contentPaths(root).handbook;
  const offSite = new Map<string, { file: string; status: string }>();
  for (const s of handbook.sources) {
    const url = pageUrlOfFile(s.file, handbookDir);
    if (url !== undefined && !isBuilt(s.data.status, ctx.includeDrafts)) offSite.set(url, { file: s.file, status: s.data.status });
  }
  // Areas whose own files have errors: the pages they make are not all known, so a link into one that finds no page is
  // not judged; the files' errors stand alone (a components.yaml error made every link to a component's page "not a
  // page on this site", a new adopter's trial, 2 December 2026). KPIs are made from the release data.
  const unknownPages = new Set<Area>([
    ...(hasErrors(releases) ? (['releases', 'kpis'] as const) : []),
    ...(hasErrors(radar) ? (['radar'] as const) : []),
    ...(hasErrors(checklists) ? (['checklists'] as const) : []),
  ]);
  const unjudged = new Set<ContentIssue>();
  for (const i of linkIssues) {
    const written = /^"([^"]*)" is not a page on this site/.exec(i.message)?.[1];
    const area = i.field === 'link' ? areaOfPath(/^"([^"#?]*)/.exec(i.message)?.[1] ?? '') : undefined;
    const gone = written !== undefined ? handbook.lost.get(written.replace(/[?#].*$/, '')) : undefined;
    const draft = written !== undefined ? radar.unpublished?.routes.get(written.replace(/[?#].*$/, '')) : undefined;
    if (written !== undefined && area && areas[area] && unknownPages.has(area)) unjudged.add(i);
    else if (area && !areas[area]) i.message = `"${/^"([^"]*)"/.exec(i.message)![1]}" is not a page on this site: ${absent(area)}`;
    else if (draft) i.message = `"${written}" is not published yet: ${draft}; link to it once that edition is published (npm run radar -- edition publish), or see it now with npm run dev (which shows drafts)`;
    else if (gone)
      i.message = gone.newUrl
        ? `"${written}" is not a page on this site any more: this change moved it to ${gone.newUrl} (${gone.newFile}) without keeping its old address; link to "${gone.newUrl}${written!.slice(written!.replace(/[?#].*$/, '').length)}"`
        : gone.status
          ? `"${written}" is not a page on this site any more: this change made ${gone.oldFile} ${gone.status}; link to the page that replaces it, or keep the address with redirect_from on that page`
          : `"${written}" is not a page on this site any more: this change removed ${gone.oldFile}; link to the page that replaces it, or keep the address with redirect_from on that page`;
    else if (written !== undefined && offSite.has(written.replace(/[?#].*$/, ''))) {
      const off = offSite.get(written.replace(/[?#].*$/, ''))!;
      i.message =
        off.status === 'draft'
          ? `"${written}" is a draft (${off.file}), which is not published: link to it once it is (status: published), or see it with HANDBOOK_PREVIEW=1`
          : `"${written}" is a retired page (${off.file}), which is not published: link to the page that replaces it (a page that replaces another can keep its address with redirect_from)`;
    }
  }
  issues.push(...linkIssues.filter((i) => !unjudged.has(i)).map((i) => (bodyRules === 'warning' ? { ...i, severity: 'warning' as const } : i)));

  // Components in .mdx pages, and the ids they cite.
  // A list from an area whose own files have errors is incomplete (a component with a bad id is left out of it): its
  // values are not judged (`allowed: undefined`), so one mistake is reported once, not again as "not one of" an
  // empty list in every page that names it.
  const loaded = <T,>(area: { issues: ContentIssue[] }, list: T[] | undefined): T[] | undefined => (hasErrors(area) ? undefined : list);
  // Components come from components.yaml alone: a mistake in some release file must not switch their check off (a
  // new adopter's trial, 2 December 2026: <LatestReleases component="paymentz" /> then passed).
  const componentsFile = contentPaths(root).components;
  const componentIds = releases.issues.some((i) => i.severity === 'error' && i.file === componentsFile) ? undefined : releases.data.components.map((c) => c.id);
  const unavailable: Record<string, string> = {};
  for (const [component, area] of Object.entries(MDX_COMPONENT_AREAS)) if (!areas[area]) unavailable[component] = absent(area, 'component');
  const mdx: MdxContext = {
    unavailable,
    components: mdxComponents(root),
    props: {
      Kpi: {
        name: { allowed: METRIC_IDS, required: true },
        component: { allowed: componentIds },
        quarter: { pattern: /^\d{4}-Q[1-4]$/, hint: 'YYYY-Qn, e.g. 2026-Q3', allowed: loaded(releases, releases.quarters) },
      },
      Checklist: { id: { allowed: loaded(checklists, checklists.checklists.map((c) => c.id)), required: true }, headingLevel: { allowed: ['2', '3', '4', '5'] } },
      RadarBlip: { id: { allowed: loaded(radar, radar.blips), required: true, pending: radar.unpublished?.blips } },
      RadarRing: { ring: { allowed: loaded(radar, radar.rings), required: true } },
      LatestReleases: { component: { allowed: componentIds }, limit: { pattern: /^[1-9]\d*$/, hint: 'a whole number from 1, e.g. {5}' } },
      ReleaseSchedule: { component: { allowed: componentIds }, months: { pattern: /^[1-9]\d*$/, hint: 'a whole number from 1, e.g. {3}' } },
    },
  };
  for (const s of handbook.sources)
    if (s.file.endsWith('.mdx') && s.body !== undefined) {
      // The build and `npm run check` run inside an analysis store (./cache.ts), where this is the link check's own
      // analysis of the body; a bare runChecks (tests) parses these few .mdx bodies again.
      const analysis = analyseMarkdown(s.body, { bodyLine: s.bodyLine ?? 1, mdx: true });
      // Not when the page is not valid MDX: its imports are not read then, so every component it imports was called
      // unknown, before the syntax error that is the cause (a new adopter's trial, 2 December 2026).
      if (!analysis.problems.some(isMdxSyntaxProblem)) issues.push(...checkMdxUsage(s.file, s.body, s.bodyLine ?? 1, mdx, analysis.esmNames));
      const pageDir = path.dirname(path.resolve(root, s.file));
      issues.push(...checkMdxImports(s.file, s.body, s.bodyLine ?? 1, (p) => fs.existsSync(path.resolve(root, p)), (spec) => packageResolves(spec, pageDir, [root])));
      const reads = analysis.frontmatterReads;
      if (reads.length) issues.push(...checkFrontmatterReads(s.file, reads, s.frontmatterText ?? ''));
    }
  // Each partial's pictures and imports, and its data components, as a page's (its links and markup are checked with
  // the pages' links, above).
  for (const m of partials.values()) {
    issues.push(...checkPartial(m.file, m.body, m.importedBy[0]?.file ?? 'a page', imageTargets));
    if (m.file.endsWith('.mdx')) {
      const analysis = analyseMarkdown(m.body, { bodyLine: 1, mdx: true });
      if (!analysis.problems.some(isMdxSyntaxProblem)) issues.push(...checkMdxUsage(m.file, m.body, 1, mdx, analysis.esmNames));
    }
  }

  const errors = issues.filter((i) => i.severity === 'error').length;
  // Every page with a review date counts: handbook pages, radar blips and checklists (npm run reviews lists them all).
  const reviews = reviewSummary(handbook.handbook, [...(radar.reviewItems ?? []), ...checklists.reviewItems]);
  const radarNote = radarUnpublished
    ? [
        `Radar: ${contentPaths(root).radarConfig} has no published edition yet, so the radar has no pages, in previews too: publish a draft edition with npm run radar -- edition publish <id> (start one with npm run radar -- edition new <id> --title "…")`,
      ]
    : [];
  const addressNote = site.site ? exampleAddressNote(site.site, contentPaths(root).site) : undefined;
  return {
    issues,
    errors,
    warnings: issues.length - errors,
    notes: [...releases.notes, reviews, ...radarNote, ...(addressNote ? [addressNote] : []), ...handbook.notes],
    redirects,
  };
}
