// Validates all content without Astro: the one entry point for `npm run check` and the build's pre-flight.
import { issue, type ContentIssue } from '../shared/errors';
import { lineOf } from '../shared/validate';
import { buildToday } from '../shared/dates';
import { lastCommitDates } from '../shared/git';
import { loadHandbook } from '../handbook/load';
import { HANDBOOK_DIR, reviewSummary } from '../handbook/model';
import { loadSite } from '../site/load';
import { checkHandbookLinks, publicFiles } from '../handbook/link-check';

import fs from 'node:fs';
import path from 'node:path';
import { loadReleaseData, buildReleaseModel, releasePath, componentPath, releaseKey } from '../releases/index';
import { loadChecklistsFromFiles } from '../checklists/load';
import { checkReadiness } from '../checklists/readiness';
import { listFiles } from '../handbook/load';
import { loadRadar } from '../radar/load';
import { buildRadarModel, overdueReviews } from '../radar/model';
import { computeKpis, parseDoraBands, DORA_BANDS_FILE } from '../kpis/index';

/** Index pages of the data-driven areas; their detail pages are added from each domain's model. */
const DOMAIN_ROUTES = ['/releases/', '/releases/schedule/', '/radar/', '/checklists/', '/kpis/'];

export interface CheckOptions {
  today?: string;
  /** Development shows drafts, so links to them are fine there. */
  includeDrafts?: boolean;
  /** Overdue reviews become errors. */
  strict?: boolean;
}

export interface CheckResult {
  issues: ContentIssue[];
  errors: number;
  warnings: number;
  /** One-line facts for the console (e.g. the review summary). */
  notes: string[];
}

export function runChecks(root: string, opts: CheckOptions = {}): CheckResult {
  const today = opts.today ?? buildToday();
  const issues: ContentIssue[] = [];
  const notes: string[] = [];

  issues.push(...loadSite(root).issues);

  const releaseData = loadReleaseData(root);
  issues.push(...releaseData.issues);
  const routes = [...DOMAIN_ROUTES];
  if (!releaseData.issues.some((i) => i.severity === 'error')) {
    const model = buildReleaseModel(releaseData);
    routes.push(...model.components.map((c) => componentPath(c.id)), ...model.releases.map((r) => releasePath(r)));
    // KPI pages exist per component and per quarter with data.
    const bandsFile = path.join(root, DORA_BANDS_FILE);
    const bands = fs.existsSync(bandsFile) ? parseDoraBands(fs.readFileSync(bandsFile, 'utf8')) : { issues: [] };
    issues.push(...bands.issues);
    if (bands.bands) {
      const report = computeKpis(model.releases, { today, components: model.components, bands: bands.bands });
      routes.push('/kpis/reports/', ...model.components.map((c) => `/kpis/${c.id}/`), ...report.quarterReports.map((q) => `/kpis/reports/${q.quarter}/`));
    }
  }

  // The technology radar: radar.yaml and every blip, with cross-references (editions, replaced_by).
  const radar = loadRadar(root);
  issues.push(...radar.issues);
  if (radar.ok) {
    routes.push('/radar/rings/', ...radar.content.blips.map((b) => `/radar/blips/${b.id}/`));
    routes.push(...radar.content.config.editions.map((e) => `/radar/${e.id}/`));
    routes.push(...radar.content.config.quadrants.map((q) => `/radar/quadrants/${q.id}/`));
    for (const b of overdueReviews(buildRadarModel(radar.content), today))
      issues.push(issue(b.file, 'review_by', `review was due on ${b.review_by} (owner: ${b.owner})`, { severity: opts.strict ? 'error' : 'warning' }));
  }

  // Checklists, and the readiness results releases record against them.
  const lists = loadChecklistsFromFiles(listFiles(root, 'content/checklists', ['.md']));
  issues.push(...lists.issues);
  routes.push(...lists.checklists.map((c) => `/checklists/${c.id}/`));
  const readinessInputs = releaseData.releases.map((r) => {
    const file = releaseData.files[releaseKey(r)];
    return { ...r, file, text: file ? fs.readFileSync(path.join(root, file), 'utf8') : undefined };
  });
  // The release schema already reports a waiver without a reason; keep one copy of each message.
  const seen = new Set(issues.map((i) => `${i.file}|${i.field}|${i.message}`));
  for (const i of checkReadiness(lists.checklists, readinessInputs)) {
    const k = `${i.file}|${i.field}|${i.message}`;
    if (!seen.has(k)) issues.push(i), seen.add(k);
  }

  const { handbook: hb, sources } = loadHandbook(root, {
    today,
    includeDrafts: opts.includeDrafts ?? false,
    lastUpdated: lastCommitDates(root, HANDBOOK_DIR),
  });
  issues.push(...hb.issues);
  issues.push(...checkHandbookLinks(hb, sources, { files: publicFiles(root), extraRoutes: routes }));
  notes.push(reviewSummary(hb));
  const srcById = new Map(sources.map((s) => [s.id, s]));
  for (const p of hb.pages) {
    if (p.review.state !== 'overdue') continue;
    const s = srcById.get(p.id);
    const field = s?.data.review_by ? 'review_by' : 'review_in';
    issues.push(
      issue(p.file, field, `review was due on ${p.review.dueBy} (${-p.review.daysLeft} days ago); owner: ${p.owner}`, {
        severity: opts.strict ? 'error' : 'warning',
        ...(s ? lineOf({ file: p.file, text: s.frontmatterText, lineOffset: 1 }, [field]) : {}),
      }),
    );
  }

  const errors = issues.filter((i) => i.severity === 'error').length;
  return { issues, errors, warnings: issues.length - errors, notes };
}
