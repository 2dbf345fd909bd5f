// Validates all content without Astro: the one entry point for `npm run check` and the build's pre-flight.
import fs from 'node:fs';
import path from 'node:path';
import type { ContentIssue } from '../shared/errors';
import { buildToday } from '../shared/dates';
import { loadSite } from '../site/load';
import { checkHandbookLinks, CORE_ROUTES, publicFiles } from '../handbook/link-check';
import { METRIC_IDS } from '../kpis/index';
import { checkChecklists, checkHandbook, checkRadar, checkReleases, type Ctx } from './domains';
import { checkMdxUsage, type MdxContext } from './mdx';
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
}

export interface CheckResult {
  issues: ContentIssue[];
  errors: number;
  warnings: number;
  /** One-line facts for the console (e.g. the review summary). */
  notes: string[];
}

/** Components editors can use in .mdx: the .astro files in src/components/mdx. */
function mdxComponents(root: string): string[] {
  const dir = path.join(root, 'src/components/mdx');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.astro')).map((f) => f.slice(0, -'.astro'.length)).sort();
}

export function runChecks(root: string, opts: CheckOptions = {}): CheckResult {
  const ctx: Ctx = { root, today: opts.today ?? buildToday(), strict: opts.strict ?? false, includeDrafts: opts.includeDrafts ?? false, since: opts.since };
  const issues: ContentIssue[] = [...loadSite(root).issues];

  const releases = checkReleases(ctx);
  const radar = checkRadar(ctx);
  const checklists = checkChecklists(ctx, releases.data);
  const handbook = checkHandbook(ctx);
  issues.push(...releases.issues, ...radar.issues, ...checklists.issues, ...handbook.issues);

  // Links and anchors in handbook pages must land on pages the build will make.
  const routes = [...releases.routes, ...radar.routes, ...checklists.routes, ...handbook.routes];
  // The traceability map (optional): its pages, anchors and features must exist; its page is a route when it does.
  const trace = checkTraceabilityFile(ctx, handbook, [...routes, ...CORE_ROUTES]);
  issues.push(...trace.issues);
  routes.push(...trace.routes);
  issues.push(
    ...checkHandbookLinks(handbook.handbook, handbook.sources, {
      files: publicFiles(root),
      extraRoutes: routes,
      other: [...radar.markdown, ...checklists.markdown],
    }),
  );

  // Components in .mdx pages, and the ids they cite.
  const componentIds = releases.data.components.map((c) => c.id);
  const mdx: MdxContext = {
    components: mdxComponents(root),
    props: {
      Kpi: {
        name: { allowed: METRIC_IDS, required: true },
        component: { allowed: componentIds },
        quarter: { pattern: /^\d{4}-Q[1-4]$/, hint: 'YYYY-Qn, e.g. 2026-Q3', allowed: releases.quarters },
      },
      Checklist: { id: { allowed: checklists.checklists.map((c) => c.id), required: true }, headingLevel: { allowed: ['2', '3', '4', '5'] } },
      RadarBlip: { id: { allowed: radar.blips, required: true } },
      RadarRing: { ring: { allowed: radar.rings, required: true } },
      LatestReleases: { component: { allowed: componentIds }, limit: { pattern: /^[1-9]\d*$/, hint: 'a whole number from 1, e.g. {5}' } },
      ReleaseSchedule: { component: { allowed: componentIds }, months: { pattern: /^[1-9]\d*$/, hint: 'a whole number from 1, e.g. {3}' } },
    },
  };
  for (const s of handbook.sources)
    if (s.file.endsWith('.mdx') && s.body !== undefined) issues.push(...checkMdxUsage(s.file, s.body, s.bodyLine ?? 1, mdx));

  const errors = issues.filter((i) => i.severity === 'error').length;
  return { issues, errors, warnings: issues.length - errors, notes: [...releases.notes, ...handbook.notes] };
}
