// Rules the schema cannot express: SemVer, stage, file placement, dates in order, and references between files.
import { issue, showValue, type ContentIssue } from '../shared/errors';
import { isIsoDate, londonDate, toInstant } from '../shared/dates';
import { lineOf, type SourceInfo } from '../shared/validate';
import { ENVIRONMENT_NAMES, SHIPPED_STATUSES, type ReleaseStatus } from './enums';
import type { Component, Release } from './schema';
import { contentPaths, type ContentPaths } from '../shared/content-dir';
import { RESERVED_COMPONENT_IDS, releaseFilePath } from './paths';
import { compareVersions, coreVersion, firstPrereleaseId, isValidVersion, stageFromVersion, versionProblem } from './version';
import { expectedOneOf } from '../shared/closest';

/**
 * Statuses a rollback plan cannot go back to: a release that never went out (cancelled), was withdrawn (yanked) or
 * was itself taken off live (rolled back) is not a known-good version to restore. The check suggested a rolled-back
 * release as a target until 2 December 2026 (a new adopter's trial).
 */
const NOT_ROLLBACK_TARGETS: readonly ReleaseStatus[] = ['cancelled', 'yanked', 'rolled-back'];

/** A release file that passed the schema, with its source for line numbers. */
export interface ParsedRelease {
  file: string;
  text: string;
  release: Release;
}

function at(src: SourceInfo, field: string, path: ReadonlyArray<PropertyKey>, message: string): ContentIssue {
  return issue(src.file, field, message, lineOf(src, path));
}

/**
 * Compares two moments. When either is a bare date the comparison is by calendar date in London,
 * because "2026-05-14" means the whole day, not its first instant.
 */
function compareMoments(a: string, b: string): number {
  if (isIsoDate(a) || isIsoDate(b)) {
    const da = londonDate(toInstant(a));
    const db = londonDate(toInstant(b));
    return da < db ? -1 : da > db ? 1 : 0;
  }
  return toInstant(a) - toInstant(b);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/**
 * Checks that need only `component` and `version`, so they run even when the rest of the file
 * fails the schema: SemVer, a known component, and the file being in the right place.
 */
export function checkReleaseIdentity(
  src: SourceInfo,
  data: unknown,
  /** Known component ids; undefined skips that check (components.yaml itself is broken). */
  componentIds: ReadonlySet<string> | undefined,
  /** Where content lives (for the expected file location); the configured content directory by default. */
  paths: ContentPaths = contentPaths(),
): ContentIssue[] {
  const out: ContentIssue[] = [];
  const obj = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const component = str(obj.component);
  const version = str(obj.version);

  let versionOk = false;
  if (version !== undefined && version !== '') {
    const problem = versionProblem(version);
    if (problem) out.push(at(src, 'version', ['version'], problem));
    else if (stageFromVersion(version) === undefined) {
      out.push(
        at(
          src,
          'version',
          ['version'],
          `${showValue(version)} has the pre-release identifier ${showValue(firstPrereleaseId(version))}: ` +
            `expected alpha, beta or rc (e.g. ${version.split('-')[0]}-rc.1), or none for a GA release`,
        ),
      );
    } else versionOk = true;
  }

  // Where the file is: releases/<folder>/<name>.json. Both say what the editor meant when a field disagrees with them.
  const placed = src.file.startsWith(`${paths.releases}/`) ? src.file.slice(paths.releases.length + 1).split('/') : [];
  const folder = placed.length === 2 ? placed[0] : undefined;
  const nameVersion = placed.length === 2 ? placed[1].replace(/\.json$/, '') : undefined;
  const folderKnown = folder !== undefined && (componentIds ? componentIds.has(folder) : true);

  let componentOk = false;
  if (component !== undefined && component !== '') {
    if (componentIds && !componentIds.has(component)) {
      // The folder the file is in is the likeliest meaning of a mistyped component: "move the file" to a folder of
      // the typo was wrong advice (a new adopter's trial, 2 December 2026).
      const hint =
        folder !== undefined && componentIds.has(folder)
          ? `the file is in ${paths.releases}/${folder}/: did you mean "${folder}"?`
          : expectedOneOf(component, [...componentIds].sort());
      out.push(at(src, 'component', ['component'], `${showValue(component)} is not a known component (components are listed in ${paths.components}): ${hint}`));
    } else componentOk = true;
  }

  if (componentOk && versionOk) {
    const expected = releaseFilePath(component!, version!, paths);
    if (src.file !== expected) {
      const dirWrong = !src.file.startsWith(`${paths.releases}/${component}/`);
      // Which of the two is wrong, the field or the file's place, only the editor knows: say both ways to agree.
      const message = dirWrong
        ? folderKnown
          ? `${showValue(component)} does not match the folder the file is in (${paths.releases}/${folder}/): set component to "${folder}" if it is a ${folder} release, or move the file to ${expected}`
          : `the file is in the wrong place for ${component} ${version}: move it to ${expected}`
        : nameVersion !== undefined && isValidVersion(nameVersion)
          ? `${showValue(version)} does not match the file name ${nameVersion}.json: set version to "${nameVersion}" if that is the release, or rename the file to ${version}.json`
          : `the file is in the wrong place for ${component} ${version}: move it to ${expected}`;
      out.push(at(src, dirWrong ? 'component' : 'version', [dirWrong ? 'component' : 'version'], message));
    }
  }
  return out;
}

/** Checks within one valid release: stage, dates in order, promotion order, incidents. */
export function checkReleaseFields(p: ParsedRelease): ContentIssue[] {
  const out: ContentIssue[] = [];
  const r = p.release;
  const src: SourceInfo = { file: p.file, text: p.text };

  // Stage agrees with the version (only meaningful when the version itself is fine).
  const implied = versionProblem(r.version) ? undefined : stageFromVersion(r.version);
  if (implied && implied !== r.stage) {
    const why =
      implied === 'ga'
        ? 'a version without a pre-release identifier means stage "ga"'
        : `its first pre-release identifier ${showValue(firstPrereleaseId(r.version))} means stage "${implied}"`;
    out.push(at(src, 'stage', ['stage'], `${showValue(r.stage)} does not agree with version ${r.version}: ${why}`));
  }

  // A release that reached live has a release date.
  if ((SHIPPED_STATUSES as readonly string[]).includes(r.status) && !r.dates.released) {
    out.push(
      at(
        src,
        'dates.released',
        ['dates', 'released'],
        `is required when status is "${r.status}": add the date the release went live`,
      ),
    );
  }

  // Code freeze comes on or before the release (or the planned date while it is not yet out).
  const freeze = r.dates.codeFreeze;
  const against = r.dates.released
    ? { value: r.dates.released, words: 'the release date' }
    : r.dates.planned
      ? { value: r.dates.planned, words: 'the planned date' }
      : undefined;
  if (freeze && against && compareMoments(freeze, against.value) > 0) {
    out.push(
      at(
        src,
        'dates.codeFreeze',
        ['dates', 'codeFreeze'],
        `${showValue(freeze)} is after ${against.words} ${showValue(against.value)}` +
          // Dates are London calendar dates: a time written with another offset can fall on another day there, and
          // the message then looked as if it contradicted itself (a new adopter's trial, 2 December 2026).
          (isIsoDate(against.value) ? '' : ` (${londonDate(toInstant(against.value))} in London, where release dates are counted)`) +
          ': the code freeze must be on or before it' +
          (!r.dates.released
            ? ` (to move both: npm run release:status -- ${r.component} ${r.version} ${r.status} --planned YYYY-MM-DD --code-freeze YYYY-MM-DD)`
            : r.status === 'released'
              ? ` (to correct it: npm run release:status -- ${r.component} ${r.version} released --code-freeze YYYY-MM-DD)`
              : ''),
      ),
    );
  }

  // Environments are listed in promotion order, each once, and deployed in that order.
  const order = ENVIRONMENT_NAMES.join(', ');
  let lastRank = -1;
  let lastName = '';
  let previousDeployed: { name: string; at: string } | undefined;
  r.environments.forEach((env, i) => {
    const rank = ENVIRONMENT_NAMES.indexOf(env.name);
    if (rank <= lastRank) {
      out.push(
        at(
          src,
          `environments[${i}].name`,
          ['environments', i, 'name'],
          `${showValue(env.name)} is listed after ${showValue(lastName)}: list environments in promotion order ${order}, each at most once`,
        ),
      );
    } else {
      lastRank = rank;
      lastName = env.name;
    }
    if (env.status === 'deployed' && !env.deployedAt) {
      out.push(
        at(
          src,
          `environments[${i}].deployedAt`,
          ['environments', i, 'deployedAt'],
          `is required when status is "deployed": add when ${env.name} was deployed`,
        ),
      );
    }
    if (env.deployedAt) {
      if (previousDeployed && compareMoments(env.deployedAt, previousDeployed.at) < 0) {
        out.push(
          at(
            src,
            `environments[${i}].deployedAt`,
            ['environments', i, 'deployedAt'],
            `${env.name} was deployed at ${showValue(env.deployedAt)}, before ${previousDeployed.name} (${showValue(previousDeployed.at)}): ` +
              `promotion order is ${order}`,
          ),
        );
      }
      previousDeployed = { name: env.name, at: env.deployedAt };
    }
  });

  // A released release is live: a live step still pending or failed contradicts it (the KPIs would leave the release
  // out), as release:status refuses to record (editor.ts). A new adopter's trial found the check let it through.
  const liveAt = r.environments.findIndex((e) => e.name === 'live');
  const live = r.environments[liveAt];
  if (r.status === 'released' && live && (live.status === 'pending' || live.status === 'failed')) {
    out.push(
      at(
        src,
        `environments[${liveAt}].status`,
        ['environments', liveAt, 'status'],
        `is "${live.status}" but the release's status is "released": record the live deployment (npm run release:promote -- ${r.component} ${r.version} live), or set the release's status to what happened`,
      ),
    );
  }

  // A rollback recorded in one place only: the KPIs count a rollback from either (src/lib/kpis/data.ts), while the
  // release's page, feed and changelog read its status, so the two told different stories without a word (a new
  // adopter's trial, 3 December 2026). A warning, not an error: the two commands that record a rollback are run one
  // after the other, and each suggests the other.
  if (live?.status === 'rolled-back' && r.status !== 'rolled-back' && r.status !== 'yanked')
    out.push({
      ...at(
        src,
        `environments[${liveAt}].status`,
        ['environments', liveAt, 'status'],
        `is "rolled-back" but the release's status is "${r.status}": the KPIs count a rollback while the release's page says ${r.status}; set the release's status (npm run release:status -- ${r.component} ${r.version} rolled-back --reason "…"), or the live step's status to what happened`,
      ),
      severity: 'warning',
    });
  if (r.status === 'rolled-back' && live?.status === 'deployed')
    out.push({
      ...at(
        src,
        `environments[${liveAt}].status`,
        ['environments', liveAt, 'status'],
        `is "deployed" but the release's status is "rolled-back": record the rollback on the live step too (npm run release:promote -- ${r.component} ${r.version} live --status rolled-back --notes "…"), so its page shows it`,
      ),
      severity: 'warning',
    });

  // An approval still open, or refused, on a release that went live: release:promote says so only at the moment of
  // going live, and one recorded afterwards was never flagged (a new adopter's trial, 3 December 2026). A warning:
  // whether a release may go out so is the organisation's call, but it must stay visible. A rejection was told to
  // "record the decision once it is made", as if it were still open, and an approval dated after the day the release
  // went live passed without a word (an operations trial, 3 December 2026); an emergency release is often approved
  // afterwards (an emergency change), so that is said only of the others.
  const deployedAt = live && (live.status === 'deployed' || live.status === 'rolled-back') ? live.deployedAt : undefined;
  const wentLiveDay = deployedAt ? londonDate(toInstant(deployedAt)) : r.dates.released ? londonDate(toInstant(r.dates.released)) : undefined;
  if ((SHIPPED_STATUSES as readonly string[]).includes(r.status) && live?.status !== 'skipped')
    r.signOffs.forEach((so, i) => {
      const command = `npm run release:sign-off -- ${r.component} ${r.version} --role "${so.role}"`;
      let message: string | undefined;
      if (so.decision === 'pending')
        message = `${so.role} (${so.name}) is "pending", but the release went live (status ${r.status}): record the decision once it is made (${command} --name "…" --decision …); the release page shows it as it is until then`;
      else if (so.decision === 'rejected')
        message = `${so.role} (${so.name}) rejected the release${so.date ? ` on ${so.date}` : ''}, but it went live (status ${r.status}): if the decision was changed, record the new one (${command} --name "…" --decision …); the release page shows the rejection until then`;
      else if (so.date && wentLiveDay && so.date > wentLiveDay && r.releaseType !== 'emergency')
        message = `${so.role} (${so.name}) ${so.decision === 'approved' ? 'approved' : 'approved with conditions'} on ${so.date}, after the release went live on ${wentLiveDay}: if the approval came first, correct its date (${command} --name "${so.name}" --decision ${so.decision}${so.decision === 'approved-with-conditions' ? ' --conditions "…"' : ''} --date YYYY-MM-DD); the release page shows it as recorded`;
      if (message) out.push({ ...at(src, `signOffs[${i}].${so.decision === 'pending' || so.decision === 'rejected' ? 'decision' : 'date'}`, ['signOffs', i, so.decision === 'pending' || so.decision === 'rejected' ? 'decision' : 'date'], message), severity: 'warning' });
    });

  // The release date against the live deployment: the on-time rate reads dates.released, so a one-digit slip
  // ("2026-10-03" for a release deployed on 3 November) turned a late release into an on-time one without a word (a
  // new adopter's trial, 3 December 2026). Compared as UK days. A warning: a release may be announced on another day.
  const deployedLive = live && (live.status === 'deployed' || live.status === 'rolled-back') ? live.deployedAt : undefined;
  if (r.dates.released && deployedLive) {
    const releasedDay = londonDate(toInstant(r.dates.released));
    const liveDay = londonDate(toInstant(deployedLive));
    if (releasedDay !== liveDay)
      out.push({
        ...at(
          src,
          'dates.released',
          ['dates', 'released'],
          `${showValue(r.dates.released)} is not the day the live deployment was recorded (${liveDay}, environments[${liveAt}].deployedAt): the on-time rate and the schedule read this date; set it to ${liveDay}, or correct the deployment's time`,
        ),
        severity: 'warning',
      });
  }

  // A released release with no live step at all: the KPIs count a release from its live deployment, so they left it
  // out without a word (noticed in an adopter's trial, 2 December 2026). A warning, not an error: a history imported
  // from elsewhere may not know its deployments, and it still builds.
  if (r.status === 'released' && !live)
    out.push({
      ...at(
        src,
        'environments',
        ['environments'],
        `has no "live" step but the release's status is "released": the KPIs (lead time, deployment frequency) leave it out; record the live deployment (npm run release:promote -- ${r.component} ${r.version} live --at <when>), or add { "name": "live", "status": "skipped" } for a release that did not go to live (a pre-release)`,
      ),
      severity: 'warning',
    });

  // Incidents end after they start.
  r.incidents.forEach((inc, i) => {
    if (inc.resolvedAt && compareMoments(inc.resolvedAt, inc.detectedAt) < 0) {
      out.push(
        at(
          src,
          `incidents[${i}].resolvedAt`,
          ['incidents', i, 'resolvedAt'],
          `${showValue(inc.resolvedAt)} is before detectedAt ${showValue(inc.detectedAt)}: an incident cannot be resolved before it is detected`,
        ),
      );
    }
  });

  return out;
}

/**
 * Checks across release files: one file per release, and rollback targets that exist, are earlier and were not
 * cancelled, yanked or rolled back. `opts.unreadable` lists release files (project-relative, under `opts.paths`)
 * that could not be read: a rollback target whose file is among them is not judged, its file's error stands alone.
 */
export function checkAcrossReleases(
  all: readonly ParsedRelease[],
  opts: { unreadable?: ReadonlySet<string>; paths?: ContentPaths } = {},
): ContentIssue[] {
  const unreadable = opts.unreadable ?? new Set<string>();
  const out: ContentIssue[] = [];
  const valid = all.filter((p) => !versionProblem(p.release.version));
  const byComponent = new Map<string, ParsedRelease[]>();
  for (const p of valid) {
    const list = byComponent.get(p.release.component) ?? [];
    list.push(p);
    byComponent.set(p.release.component, list);
  }

  // Duplicates: same component and equal SemVer precedence (build metadata does not make a new release).
  for (const list of byComponent.values()) {
    for (const p of list) {
      const others = list.filter((q) => q !== p && compareVersions(q.release.version, p.release.version) === 0);
      if (others.length === 0) continue;
      const names = others.map((q) => q.file).sort().join(', ');
      out.push(
        at(
          { file: p.file, text: p.text },
          'version',
          ['version'],
          `${p.release.component} ${p.release.version} is also described by ${names}: keep one file per release`,
        ),
      );
    }
  }

  out.push(...checkPrereleaseOrder(byComponent));

  // Rollback targets.
  for (const p of valid) {
    const target = p.release.rollbackPlan?.targetVersion;
    if (target === undefined) continue;
    const src: SourceInfo = { file: p.file, text: p.text };
    const field = 'rollbackPlan.targetVersion';
    const path = ['rollbackPlan', 'targetVersion'];
    const { component, version } = p.release;
    const problem = versionProblem(target);
    if (problem) {
      out.push(at(src, field, path, problem));
      continue;
    }
    const siblings = byComponent.get(component) ?? [];
    const eligible = siblings
      .filter((q) => compareVersions(q.release.version, version) < 0 && !NOT_ROLLBACK_TARGETS.includes(q.release.status))
      .map((q) => q.release.version)
      .sort((a, b) => compareVersions(b, a));
    const suggestion =
      eligible.length > 0
        ? `expected an earlier ${component} release, e.g. ${eligible.slice(0, 3).join(', ')}`
        : `${component} has no earlier release to roll back to`;
    if (compareVersions(target, version) >= 0) {
      out.push(
        at(src, field, path, `${showValue(target)} is not earlier than ${version}: a rollback must go back to an earlier release of ${component}`),
      );
      continue;
    }
    const found = siblings.find((q) => compareVersions(q.release.version, target) === 0);
    // The target's own file has an error, reported on its own: "no earlier release" would be false (a new adopter's
    // trial, 2 December 2026).
    if (!found && unreadable.has(releaseFilePath(component, target, opts.paths))) continue;
    if (!found) {
      out.push(at(src, field, path, `${showValue(target)} is not a release of ${component}: ${suggestion}`));
    } else if (NOT_ROLLBACK_TARGETS.includes(found.release.status)) {
      const was = found.release.status === 'rolled-back' ? 'was rolled back from live' : `was ${found.release.status}`;
      out.push(at(src, field, path, `${showValue(target)} ${was}, so it cannot be a rollback target: ${suggestion}`));
    }
  }
  return out;
}

/**
 * The pre-releases of a version against each other and the release they lead to, which SemVer puts after them
 * (2.0.0-beta.2 < 2.0.0-beta.10 < 2.0.0-rc.1 < 2.0.0, §11): a warning for one still planned or in progress when a
 * later one of the same version has shipped, and for one dated (released, else planned; as UK days) after a later one.
 * A release candidate planned after the release itself, or left planned once the release shipped, was taken without
 * a word, and the schedule listed it as coming (an operations trial, 3 December 2026). Cancelled releases are left out.
 */
function checkPrereleaseOrder(byComponent: ReadonlyMap<string, ParsedRelease[]>): ContentIssue[] {
  const out: ContentIssue[] = [];
  const day = (r: Release) => {
    const d = r.dates.released ?? r.dates.planned;
    return d === undefined ? undefined : londonDate(toInstant(d));
  };
  for (const list of byComponent.values()) {
    const live = list.filter((p) => p.release.status !== 'cancelled').sort((a, b) => compareVersions(a.release.version, b.release.version));
    for (const [i, p] of live.entries()) {
      const r = p.release;
      const later = live.slice(i + 1).filter((q) => coreVersion(q.release.version) === coreVersion(r.version) && compareVersions(q.release.version, r.version) > 0);
      if (later.length === 0) continue;
      const src = { file: p.file, text: p.text };
      const upcoming = r.status === 'planned' || r.status === 'in-progress';
      const shipped = upcoming ? later.find((q) => (SHIPPED_STATUSES as readonly string[]).includes(q.release.status)) : undefined;
      if (shipped) {
        out.push({
          ...at(
            src,
            'status',
            ['status'],
            `${r.component} ${r.version} is still ${r.status}, but ${shipped.release.version}, which comes after it (SemVer §11), has shipped (status ${shipped.release.status}): cancel it (npm run release:status -- ${r.component} ${r.version} cancelled --reason "…"), or give it a version after ${shipped.release.version}`,
          ),
          severity: 'warning',
        });
        continue;
      }
      const mine = day(r);
      if (mine === undefined) continue;
      const before = later.find((q) => {
        const theirs = day(q.release);
        return theirs !== undefined && theirs < mine;
      });
      if (!before) continue;
      const field = r.dates.released !== undefined ? 'released' : 'planned';
      const theirKind = before.release.dates.released !== undefined ? 'released' : 'planned for';
      out.push({
        ...at(
          src,
          `dates.${field}`,
          ['dates', field],
          `${r.component} ${r.version} is ${field === 'released' ? 'released' : 'planned for'} ${mine}, after ${before.release.version} (${theirKind} ${day(before.release)}), which comes after it (SemVer §11): a pre-release comes before the version it leads to; correct the date, or the version`,
        ),
        severity: 'warning',
      });
    }
  }
  return out;
}

/** Checks across components.yaml: each id once. */
export function checkComponents(components: readonly Component[], src: SourceInfo): ContentIssue[] {
  const out: ContentIssue[] = [];
  const first = new Map<string, number>();
  components.forEach((c, i) => {
    const j = first.get(c.id);
    if (j === undefined) first.set(c.id, i);
    else out.push(at(src, `[${i}].id`, [i, 'id'], `${showValue(c.id)} is already used by [${j}]: each component id must be unique`));
    if ((RESERVED_COMPONENT_IDS as readonly string[]).includes(c.id))
      out.push(at(src, `[${i}].id`, [i, 'id'], `${showValue(c.id)} is used by the release pages (/releases/${c.id}/): choose another id; reserved ids are ${RESERVED_COMPONENT_IDS.join('|')}`));
  });
  return out;
}

/**
 * Rules about a release's dates against `today` (YYYY-MM-DD, the build's "today"): a shipped release's
 * `dates.released` after today is an error (it has not gone live yet); a planned or in-progress release whose
 * `dates.planned` has passed is a warning, since the schedule shows it as overdue and the calendar keeps a date that
 * is no longer true; an environment's `deployedAt` after today is an error; a commit after today, and an incident the
 * release caused detected before it went live, are warnings (the KPIs would misread them), and so is a
 * `revision.updated` after today. Each at the date's line.
 */
export function checkReleaseDates(p: ParsedRelease, today: string): ContentIssue[] {
  const r = p.release;
  const src: SourceInfo = { file: p.file, text: p.text };
  const out: ContentIssue[] = [];
  const released = r.dates.released;
  if ((SHIPPED_STATUSES as readonly string[]).includes(r.status) && released && londonDate(toInstant(released)) > today)
    out.push(
      at(
        src,
        'dates.released',
        ['dates', 'released'],
        `${showValue(released)} is after today (${today}), but the status is "${r.status}": set the date the release went live, or, if it has not gone live yet, status "planned" or "in-progress" with dates.planned`,
      ),
    );
  // A deployment recorded in the future has not happened; the KPIs took it as the deployment time (a new adopter's
  // trial, 2 December 2026). release:promote refuses the same (editor.ts).
  r.environments.forEach((env, i) => {
    if (env.deployedAt && londonDate(toInstant(env.deployedAt)) > today)
      out.push(
        at(
          src,
          `environments[${i}].deployedAt`,
          ['environments', i, 'deployedAt'],
          `${showValue(env.deployedAt)} is after today (${today}): record a deployment once it has happened (npm run release:promote)`,
        ),
      );
  });
  // A commit dated in the future (a mistyped year): the lead time leaves it out, saying only "1 ignored" (a new
  // adopter's trial, 3 December 2026), where a future deployment is already an error above. A warning: the commit
  // still belongs to the release.
  r.changes.forEach((c, i) =>
    c.commits.forEach((commit, j) => {
      if (londonDate(toInstant(commit.committedAt)) > today)
        out.push({
          ...at(
            src,
            `changes[${i}].commits[${j}].committedAt`,
            ['changes', i, 'commits', j, 'committedAt'],
            `${showValue(commit.committedAt)} is after today (${today}): the lead time for changes leaves this commit out; check the year`,
          ),
          severity: 'warning',
        });
    }),
  );
  // When the scheduling facts last changed cannot be in the future: the calendars send it as LAST-MODIFIED, which then
  // came after the calendar's own DTSTAMP (RFC 5545 §3.8.7.2, §3.8.7.3), and a mistyped year passed unremarked (a
  // machine-formats trial, 3 December 2026). A warning, as for a page's last_reviewed after today.
  const revised = r.revision?.updated;
  if (revised && londonDate(toInstant(revised)) > today)
    out.push({
      ...at(
        src,
        'revision.updated',
        ['revision', 'updated'],
        `${showValue(revised)} is after today (${today}): it records when the release's dates or status last changed, so it cannot be in the future (calendars send it as the event's LAST-MODIFIED); set it to the time of that change`,
      ),
      severity: 'warning',
    });
  // An incident this release caused, detected before it first went live: it counts towards the change failure rate
  // and the time to restore all the same, so a slip in its date changes both (the same trial). A warning.
  const firstLive = r.environments
    .filter((e) => e.name === 'live' && e.deployedAt)
    .map((e) => ({ at: toInstant(e.deployedAt!), text: e.deployedAt! }))
    .sort((a, b) => a.at - b.at)[0];
  r.incidents.forEach((inc, i) => {
    if (inc.causedByRelease && firstLive && toInstant(inc.detectedAt) < firstLive.at)
      out.push({
        ...at(
          src,
          `incidents[${i}].detectedAt`,
          ['incidents', i, 'detectedAt'],
          `${showValue(inc.detectedAt)} is before the release went live (${showValue(firstLive.text)}), but causedByRelease is true: the change failure rate and time to restore count it; check the date, or set causedByRelease to false`,
        ),
        severity: 'warning',
      });
  });
  const planned = r.dates.planned;
  if ((r.status === 'planned' || r.status === 'in-progress') && planned && londonDate(toInstant(planned)) < today)
    out.push({
      ...at(
        src,
        'dates.planned',
        ['dates', 'planned'],
        `${showValue(planned)} has passed and the release is still ${r.status}: record it as released (npm run release:status -- ${r.component} ${r.version} released), move it (… ${r.status} --planned YYYY-MM-DD) or cancel it (… cancelled --reason "…")`,
      ),
      severity: 'warning',
    });
  return out;
}
