// The release manager's release edits: promotions, sign-offs and status changes, as small edits to release JSON.
import type { JSONPath } from 'jsonc-parser';
import type { z } from 'zod';
import { formatIssue, issue, showValue, type ContentIssue } from '../shared/errors';
import { isIsoDate, isIsoDateTime, londonDate, notADate, toInstant } from '../shared/dates';
import { editJson, type JsonEdit } from '../shared/json-edit';
import {
  ENVIRONMENT_NAMES,
  SIGN_OFF_DECISIONS,
  STATUSES,
  type EnvironmentName,
  type ReleaseStatus,
  type SignOffDecision,
} from './enums';
import { parseReleaseData, type SourceFile } from './load';
import { releaseFilePath } from './paths';
import { contentPaths, type ContentPaths } from '../shared/content-dir';
import { reviseSchedule, sequenceOf } from './revision';
import { environmentSchema, releaseDatesSchema, releaseSchema, signOffSchema, type Release } from './schema';
import { expectedOneOf } from '../shared/closest';

/** What an edit does: the file to write and a line per change, or why it was refused. */
export type ReleaseEditResult =
  | { ok: true; file: string; text: string; changes: string[]; hints: string[] }
  | { ok: false; issues: ContentIssue[] };

export const COMMAND_LINE = 'command line';

const refuse = (message: string, file = COMMAND_LINE, field = ''): ReleaseEditResult => ({ ok: false, issues: [issue(file, field, message)] });

/**
 * Rules outside the release area that `npm run check` also applies to a release file (the checklist readiness
 * rules, src/lib/checklists/readiness.ts): given the edited release, its file and text, the problems they find.
 */
export type ReleaseCrossCheck = (release: Release, file: string, text: string) => ContentIssue[];

/** Statuses a promotion can record. */
export const PROMOTION_STATUSES = ['deployed', 'failed', 'rolled-back', 'skipped'] as const;
export type PromotionStatus = (typeof PROMOTION_STATUSES)[number];

/**
 * Which status a release may move to from each status. A release goes planned → in-progress → released, may be
 * cancelled before it ships (and planned again), and once live may be rolled back or yanked; yanked is final.
 */
export const STATUS_TRANSITIONS: Record<ReleaseStatus, readonly ReleaseStatus[]> = {
  planned: ['in-progress', 'released', 'cancelled'],
  'in-progress': ['planned', 'released', 'rolled-back', 'cancelled'],
  released: ['rolled-back', 'yanked'],
  'rolled-back': ['yanked'],
  cancelled: ['planned'],
  yanked: [],
};

/** Statuses whose `statusReason` says why; the command asks for --reason when moving to one. */
const NEEDS_REASON: readonly ReleaseStatus[] = ['rolled-back', 'cancelled', 'yanked'];

function keysOf(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}

/** Where a new property goes: the schema's key order for that object, so files read alike. */
export function releaseKeyOrder(parent: JSONPath): readonly string[] | undefined {
  if (parent.length === 0) return keysOf(releaseSchema);
  if (parent.length === 1 && parent[0] === 'dates') return keysOf(releaseDatesSchema);
  if (parent.length === 2 && parent[0] === 'environments') return keysOf(environmentSchema);
  if (parent.length === 2 && parent[0] === 'signOffs') return keysOf(signOffSchema);
  return undefined;
}

/** An instant as ISO 8601 UTC to the second: `2026-11-30T18:20:00Z`. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

interface Located {
  files: SourceFile[];
  index: number;
  file: string;
  text: string;
  release: Release;
  paths: ContentPaths;
  crossCheck?: ReleaseCrossCheck;
}

/**
 * Finds the release among `files` (components.yaml and release files, as readReleaseFiles gives them). Refuses an
 * unknown component or version, and release data that already has errors (they are listed: fix them first).
 */
function locate(
  files: SourceFile[],
  component: string,
  version: string,
  paths: ContentPaths,
  crossCheck: ReleaseCrossCheck | undefined,
): { ok: true; at: Located } | { ok: false; result: ReleaseEditResult } {
  const data = parseReleaseData(files, paths);
  const errors = data.issues.filter((i) => i.severity === 'error');
  if (errors.length)
    return { ok: false, result: { ok: false, issues: [...errors, issue(COMMAND_LINE, '', 'the release data has errors (listed above): fix them before editing a release with this command')] } };
  if (!data.components.some((c) => c.id === component))
    return { ok: false, result: refuse(`${showValue(component)} is not a component: ${expectedOneOf(component, data.components.map((c) => c.id).sort())}`) };
  const file = releaseFilePath(component, version, paths);
  const index = files.findIndex((f) => f.path === file);
  const release = data.releases.find((r) => r.component === component && r.version === version);
  if (index < 0 || !release) {
    const versions = data.releases.filter((r) => r.component === component).map((r) => r.version);
    return {
      ok: false,
      result: refuse(
        `${component} has no release ${showValue(version)} (no ${file}): ${versions.length ? `expected one of ${versions.join('|')}` : 'it has no releases yet'}; create one with npm run release:new -- ${component} ${version}`,
      ),
    };
  }
  return { ok: true, at: { files, index, file, text: files[index].text, release, paths, crossCheck } };
}

/**
 * Applies the edits; when they change a scheduling fact (dates or status), raises `revision.sequence` by the one
 * rule in revision.ts (reviseSchedule), so calendar subscribers get the change. Then checks every release file with
 * the same rules as `npm run check`; any error refuses the whole edit.
 */
function finish(at: Located, edits: JsonEdit[], changes: string[], hints: string[], now: Date): ReleaseEditResult {
  let text = editJson(at.text, edits, releaseKeyOrder);
  const validate = (t: string) => parseReleaseData(at.files.map((f, i) => (i === at.index ? { path: f.path, text: t } : f)), at.paths);
  let data = validate(text);
  let errors = data.issues.filter((i) => i.severity === 'error');
  if (errors.length) return { ok: false, issues: errors };
  const edited = data.releases.find((r) => r.component === at.release.component && r.version === at.release.version)!;
  const revised = reviseSchedule(at.release, edited, now);
  if (revised.revision && revised.revision !== edited.revision) {
    const { sequence, updated } = revised.revision;
    text = editJson(
      text,
      edited.revision
        ? [
            { path: ['revision', 'sequence'], value: sequence },
            { path: ['revision', 'updated'], value: updated },
          ]
        : [{ path: ['revision'], value: { sequence, updated } }],
      releaseKeyOrder,
    );
    changes.push(`revision.sequence ${sequenceOf(at.release)} → ${sequence}, updated ${updated} (calendar subscribers get the change)`);
    data = validate(text);
    errors = data.issues.filter((i) => i.severity === 'error');
    if (errors.length) return { ok: false, issues: errors };
  }
  if (at.crossCheck) {
    const after = data.releases.find((r) => r.component === at.release.component && r.version === at.release.version)!;
    const cross = at.crossCheck(after, at.file, text).filter((i) => i.severity === 'error');
    if (cross.length) return { ok: false, issues: cross };
  }
  // What the check will warn about the file it wrote, and did not before: a release date corrected to a day that is not
  // the live deployment's UK day (23:30 UTC on the last day of a month is the next day in summer) was written without a
  // word, and the next check warned (an operations trial, 3 December 2026).
  const known = new Set(
    parseReleaseData(at.files, at.paths)
      .issues.filter((i) => i.file === at.file && i.severity === 'warning')
      .map((i) => `${i.field}|${i.message}`),
  );
  const warnings = data.issues
    .filter((i) => i.file === at.file && i.severity === 'warning' && !known.has(`${i.field}|${i.message}`))
    // The step half done (a live roll-back before the release's status follows) is already named by its "Next:" line.
    .filter((i) => !hints.some((h) => h.startsWith('Next: ') && i.message.includes(h.slice('Next: '.length).trim())))
    .map((i) => formatIssue(i));
  return { ok: true, file: at.file, text, changes: changes.map((c) => `${at.file}: ${c}`), hints: [...hints, ...warnings] };
}

const show = (v: string | undefined) => (v === undefined ? '(none)' : v);

// ---------------------------------------------------------------- promotions

export interface PromoteRequest {
  /** The rules of other areas that read release files (checklist readiness): see ReleaseCrossCheck. */
  crossCheck?: ReleaseCrossCheck;
  /** Where content lives (the content-directory setting); contentPaths() of the working directory by default. */
  paths?: ContentPaths;
  component: string;
  version: string;
  environment: string;
  status?: string;
  /** When it happened: ISO 8601 date-time with offset (or a date); default `now`. */
  at?: string;
  approvedBy?: string;
  notes?: string;
  now: Date;
}

/**
 * `release:promote`: records a deployment (or a failed one, or a roll-back) in `environments[]`, inserting the
 * environment in promotion order when it is not listed. Refuses an unknown environment or status, a time in the
 * future, a cancelled or yanked release, a deployment while an earlier listed environment is not deployed (or
 * skipped), and a roll-back of an environment that is not deployed. Dates in order are checked by rules.ts.
 */
export function promote(files: SourceFile[], req: PromoteRequest): ReleaseEditResult {
  const l = locate(files, req.component, req.version, req.paths ?? contentPaths(), req.crossCheck);
  if (!l.ok) return l.result;
  const { at } = l;
  const r = at.release;
  const env = req.environment as EnvironmentName;
  if (!(ENVIRONMENT_NAMES as readonly string[]).includes(env))
    return refuse(`${showValue(req.environment)} is not an environment: ${expectedOneOf(req.environment, ENVIRONMENT_NAMES)} (in promotion order)`);
  const status = (req.status ?? 'deployed') as PromotionStatus;
  if (!(PROMOTION_STATUSES as readonly string[]).includes(status))
    return refuse(`--status ${showValue(req.status)} is not one of ${PROMOTION_STATUSES.join('|')}`);
  // A yanked release may still record that live was rolled back: yanked first, it was refused, and the roll-back could
  // only be written by hand (an operations trial, 3 December 2026). Nothing else is promoted.
  if (r.status === 'cancelled' || (r.status === 'yanked' && status !== 'rolled-back'))
    return refuse(`${r.component} ${r.version} is ${r.status}: a ${r.status} release is not promoted${r.status === 'yanked' ? ' (a roll-back of live can still be recorded: --status rolled-back)' : ''}`);
  const when = req.at ?? isoSeconds(req.now);
  if (!isIsoDate(when) && !isIsoDateTime(when))
    return refuse(`--at ${showValue(when)} is not a time: expected an ISO 8601 date-time with its offset, e.g. 2026-11-30T14:05:00Z or 2026-06-01T09:30:00+01:00`);
  if (toInstant(when) > req.now.getTime())
    return refuse(`--at ${when} is in the future: record a promotion once it has happened`);

  const rank = ENVIRONMENT_NAMES.indexOf(env);
  const i = r.environments.findIndex((e) => e.name === env);
  const current = i >= 0 ? r.environments[i] : undefined;
  if (status === 'skipped') {
    // A step a release did not go through (a hotfix straight to staging): there was no command for it, so its file
    // was edited by hand (a new adopter's trial, 3 December 2026). Only a step not yet taken can be skipped.
    if (current && current.status !== 'pending') return refuse(`${env} is ${current.status}: only a pending step can be skipped`);
    if (req.at !== undefined) return refuse('--at is for a deployment: a skipped step has no time; leave --at out');
    if (env === 'live' && r.stage === 'ga')
      return refuse(`live cannot be skipped for ${r.component} ${r.version}: a release (stage ga) goes to live; only a pre-release may skip it`);
  } else if (status === 'deployed' || status === 'failed') {
    const blocking = r.environments.find((e) => ENVIRONMENT_NAMES.indexOf(e.name) < rank && e.status !== 'deployed' && e.status !== 'skipped');
    if (blocking)
      return refuse(
        `cannot promote to ${env} while ${blocking.name} is ${blocking.status}: promotion order is ${ENVIRONMENT_NAMES.join(', ')}; ` +
          `promote ${blocking.name} first (npm run release:promote -- ${r.component} ${r.version} ${blocking.name})`,
      );
  } else if (current?.status !== 'deployed') {
    return refuse(`${env} cannot be rolled back: it is ${current ? current.status : 'not listed'}, not deployed`);
  } else if (req.at !== undefined) {
    // An environment records when it was deployed, not when it was rolled back, so --at was dropped without a word and
    // the time to restore went unmeasured (a new adopter's trial, 2 December 2026). Recovery time comes from incidents.
    return refuse(
      `--at cannot be recorded for a roll-back (an environment keeps only the time it was deployed): leave --at out, and record ` +
        `when the failure was detected and resolved as an incident in incidents[] (detectedAt, resolvedAt), from which the ` +
        `KPIs measure the time to restore`,
    );
  }

  const edits: JsonEdit[] = [];
  const changes: string[] = [];
  if (current) {
    const base: JSONPath = ['environments', i];
    if (current.status !== status) edits.push({ path: [...base, 'status'], value: status });
    if (status !== 'rolled-back' && status !== 'skipped' && current.deployedAt !== when) edits.push({ path: [...base, 'deployedAt'], value: when });
    if (req.approvedBy !== undefined && current.approvedBy !== req.approvedBy) edits.push({ path: [...base, 'approvedBy'], value: req.approvedBy });
    // An environment has one entry, so a failed step deployed again lost the failure: its time went, and its notes
    // were replaced, or stayed on the now deployed step as if they described it (an operations trial, 3 December
    // 2026). The earlier attempt is kept in the notes.
    const retried = current.status === 'failed' && status === 'deployed';
    const earlier = retried ? `earlier attempt failed at ${show(current.deployedAt)}${current.notes ? `: ${current.notes}` : ''}` : undefined;
    const notes = earlier ? (req.notes ? `${req.notes} (${earlier})` : `${earlier.charAt(0).toUpperCase()}${earlier.slice(1)}`) : req.notes;
    if (notes !== undefined && current.notes !== notes) edits.push({ path: [...base, 'notes'], value: notes });
    changes.push(
      `environments[${i}] ${env}: ${current.status} → ${status}` +
        (status === 'skipped' ? '' : status !== 'rolled-back' ? ` at ${when}` : ` (deployed at ${show(current.deployedAt)})`) +
        (req.approvedBy ? `, approved by ${req.approvedBy}` : ''),
    );
    if (earlier) changes.push(`environments[${i}] ${env}: notes keep the ${earlier}`);
    if (edits.length === 0) return refuse(`${env} is already ${status} at ${show(current.deployedAt)}: nothing to change`);
  } else {
    const insertAt = r.environments.filter((e) => ENVIRONMENT_NAMES.indexOf(e.name) < rank).length;
    const value: Record<string, string> = status === 'skipped' ? { name: env, status } : { name: env, status, deployedAt: when };
    if (req.approvedBy) value.approvedBy = req.approvedBy;
    if (req.notes) value.notes = req.notes;
    edits.push(r.environments.length === 0 ? { path: ['environments'], value: [value] } : { path: ['environments', insertAt], value, insert: true });
    changes.push(`environments[${insertAt}] ${env} added: ${status}${status === 'skipped' ? '' : ` at ${when}`}${req.approvedBy ? `, approved by ${req.approvedBy}` : ''}`);
  }
  const hints: string[] = [];
  if (status === 'deployed' && r.status === 'planned' && env !== 'live')
    hints.push(`Next: npm run release:status -- ${r.component} ${r.version} in-progress`);
  // Whether a rejected sign-off stops a release is the organisation's call, so it is said, not refused.
  if (status === 'deployed' && env === 'live')
    for (const so of r.signOffs.filter((x) => x.decision === 'rejected' || x.decision === 'pending'))
      hints.push(`Warning: ${so.role} (${so.name}) ${so.decision === 'rejected' ? `rejected this release${so.date ? ` on ${so.date}` : ''}` : 'has not signed off yet'}`);
  if (status === 'deployed' && env === 'live' && (r.status === 'planned' || r.status === 'in-progress'))
    hints.push(`Next: npm run release:status -- ${r.component} ${r.version} released   (dates.released will be ${when})`);
  if (status === 'rolled-back' && env === 'live' && r.status === 'released')
    hints.push(`Next: npm run release:status -- ${r.component} ${r.version} rolled-back --reason "…"`);
  return finish(at, edits, changes, hints, req.now);
}

// ---------------------------------------------------------------- sign-offs

export interface SignOffRequest {
  /** The rules of other areas that read release files (checklist readiness): see ReleaseCrossCheck. */
  crossCheck?: ReleaseCrossCheck;
  /** Where content lives (the content-directory setting); contentPaths() of the working directory by default. */
  paths?: ContentPaths;
  component: string;
  version: string;
  role: string;
  name: string;
  decision: string;
  conditions?: string;
  /** YYYY-MM-DD; default `today`. */
  date?: string;
  /** London date of the caller's "now". */
  today: string;
  now: Date;
}

/**
 * `release:sign-off`: records a role's decision in `signOffs[]`. A role signs once: a second decision by the same
 * role (compared without case) replaces the first, and conditions are removed when the new decision has none.
 * Refuses an unknown decision, an empty role or name, a bad date, and approved-with-conditions without conditions.
 */
export function signOff(files: SourceFile[], req: SignOffRequest): ReleaseEditResult {
  const l = locate(files, req.component, req.version, req.paths ?? contentPaths(), req.crossCheck);
  if (!l.ok) return l.result;
  const { at } = l;
  const role = req.role.trim();
  const name = req.name.trim();
  if (!role) return refuse('--role is required: the role signing off, e.g. --role "Service owner"');
  if (!name) return refuse('--name is required: the name of the person signing off');
  if (!(SIGN_OFF_DECISIONS as readonly string[]).includes(req.decision))
    return refuse(`--decision ${showValue(req.decision)} is not one of ${SIGN_OFF_DECISIONS.join('|')}`);
  const decision = req.decision as SignOffDecision;
  const conditions = req.conditions?.trim() || undefined;
  if (decision === 'approved-with-conditions' && !conditions)
    return refuse('--conditions is required with --decision approved-with-conditions: say what the conditions are');
  // Conditions belong to a conditional approval: with another decision they were stored, and shown, all the same (a new
  // adopter's trial, 3 December 2026).
  if (conditions && decision !== 'approved-with-conditions')
    return refuse(`--conditions goes with --decision approved-with-conditions, not ${decision}: leave it out, or record a conditional approval`);
  // A pending decision has not been made: it has no date unless one is given (it was stored as "pending on <today>").
  const date = req.date ?? (decision === 'pending' ? undefined : req.today);
  if (date !== undefined && !isIsoDate(date)) return refuse(`--date ${showValue(date)} ${notADate(date)}`);
  // As a promotion: a decision is recorded once it has been made (a sign-off dated tomorrow was taken, while a
  // promotion at the same time was refused, a new adopter's trial, 2 December 2026).
  if (date !== undefined && date > req.today) return refuse(`--date ${date} is in the future: record a sign-off once the decision has been made`);
  const on = date !== undefined ? ` on ${date}` : '';

  const list = at.release.signOffs;
  const i = list.findIndex((s) => s.role.toLowerCase() === role.toLowerCase());
  const entry: Record<string, string> = { role: i >= 0 ? list[i].role : role, name, decision };
  if (date !== undefined) entry.date = date;
  if (conditions) entry.conditions = conditions;
  if (i < 0) {
    const edit: JsonEdit = list.length === 0 ? { path: ['signOffs'], value: [entry] } : { path: ['signOffs', list.length], value: entry, insert: true };
    return finish(at, [edit], [`signOffs[${list.length}] added: ${entry.role} ${name} ${decision}${on}${conditions ? ` (conditions: ${conditions})` : ''}`], [], req.now);
  }
  const old = list[i];
  const edits: JsonEdit[] = [];
  const base: JSONPath = ['signOffs', i];
  if (old.name !== name) edits.push({ path: [...base, 'name'], value: name });
  if (old.decision !== decision) edits.push({ path: [...base, 'decision'], value: decision });
  if (old.date !== date) edits.push({ path: [...base, 'date'], value: date });
  if (old.conditions !== conditions) edits.push({ path: [...base, 'conditions'], value: conditions });
  if (edits.length === 0) return refuse(`${old.role} already signed off as ${decision} by ${name}${on}: nothing to change`);
  return finish(
    at,
    edits,
    [
    `signOffs[${i}] ${old.role}: ${old.decision} → ${decision} by ${name}${on}${old.name !== name ? ` (was ${old.name})` : ''}${conditions ? ` (conditions: ${conditions})` : old.conditions ? ' (conditions removed)' : ''}`,
    ],
    [],
    req.now,
  );
}

// ---------------------------------------------------------------- status

export interface StatusRequest {
  /** The rules of other areas that read release files (checklist readiness): see ReleaseCrossCheck. */
  crossCheck?: ReleaseCrossCheck;
  /** Where content lives (the content-directory setting); contentPaths() of the working directory by default. */
  paths?: ContentPaths;
  component: string;
  version: string;
  status: string;
  /** For released (and rolled-back or yanked with no release date yet): when it went live. */
  date?: string;
  /** Why: required for rolled-back, cancelled and yanked; written to statusReason. */
  reason?: string;
  /** A new planned date (planned or in-progress). */
  planned?: string;
  /** A new code-freeze date (planned or in-progress), moved with --planned when the freeze would fall after it. */
  codeFreeze?: string;
  /** When the change is made: revision.updated when a scheduling fact changes. */
  now: Date;
}

/**
 * `release:status`: moves a release to another status along STATUS_TRANSITIONS, with the dates the rules require:
 * `released` needs dates.released (from --date, or the live deployment's time); rolled-back, cancelled and yanked
 * need a reason (statusReason), which is cleared when the release is planned or in progress again. Refuses an
 * unknown status, a move the table does not allow, and a release marked released while live is not deployed.
 */
export function setStatus(files: SourceFile[], req: StatusRequest): ReleaseEditResult {
  const l = locate(files, req.component, req.version, req.paths ?? contentPaths(), req.crossCheck);
  if (!l.ok) return l.result;
  const { at } = l;
  const r = at.release;
  if (!(STATUSES as readonly string[]).includes(req.status)) return refuse(`${showValue(req.status)} is not a release status: ${expectedOneOf(req.status, STATUSES)}`);
  const to = req.status as ReleaseStatus;
  const reschedule = (req.planned !== undefined || req.codeFreeze !== undefined) && to === r.status;
  // `released --date` on a released release corrects its release date (a new adopter's trial, 2 December 2026: the
  // only way was a hand edit, and the revision.sequence bump with it).
  const redate = req.date !== undefined && to === r.status && to === 'released';
  // A new --reason for the status it has corrects the reason: "already yanked: nothing to change" left a hand edit as
  // the only way to correct one (an operations trial, 3 December 2026).
  const rereason = to === r.status && NEEDS_REASON.includes(to) && req.reason !== undefined && req.reason.trim() !== '' && req.reason.trim() !== r.statusReason;
  if (to === r.status && !reschedule && !redate && !rereason)
    return refuse(`${r.component} ${r.version} is already ${to}: nothing to change${to === 'released' ? ' (to correct its release date, give --date)' : ''}`);
  if (to !== r.status && !STATUS_TRANSITIONS[r.status].includes(to)) {
    const next = STATUS_TRANSITIONS[r.status];
    return refuse(`${r.component} ${r.version} cannot go from ${r.status} to ${to}: from ${r.status} it can become ${next.length ? next.join('|') : 'nothing else (it is final)'}`);
  }
  // The code freeze can also be corrected when the release is marked released: a freeze recorded after the day it went
  // live was refused with no option that moved it (a new adopter's trial, 2 December 2026).
  for (const [flag, value, allowed] of [
    ['--planned', req.planned, ['planned', 'in-progress']],
    ['--code-freeze', req.codeFreeze, ['planned', 'in-progress', 'released']],
  ] as const) {
    if (value === undefined) continue;
    if (!(allowed as readonly string[]).includes(to)) return refuse(`${flag} applies to ${allowed.join(' or ')} releases, not ${to}`);
    if (!isIsoDate(value)) return refuse(`${flag} ${showValue(value)} ${notADate(value)}`);
  }
  // A release still to come moved to a day already past was written, and the next check said its planned date had
  // passed (an operations trial, 3 December 2026): the move is refused, with the command for what likely happened.
  const today = londonDate(req.now.getTime());
  if (req.planned !== undefined && req.planned < today && (to === 'planned' || to === 'in-progress'))
    return refuse(
      `--planned ${req.planned} is before today (${today}): a release still ${to} is planned for today or later; if it went live that day, ` +
        `record it (npm run release:status -- ${r.component} ${r.version} released --date ${req.planned})`,
    );
  if (req.date !== undefined && !isIsoDate(req.date) && !isIsoDateTime(req.date))
    return refuse(`--date ${showValue(req.date)} ${notADate(req.date, 'YYYY-MM-DD or an ISO 8601 date-time with its offset')}`);
  const reason = req.reason?.trim() || undefined;
  if (NEEDS_REASON.includes(to) && !reason) return refuse(`--reason is required for ${to}: say why (it is shown on the release page)`);

  const edits: JsonEdit[] = [];
  const changes: string[] = [];
  const hints: string[] = [];
  if (to !== r.status) {
    edits.push({ path: ['status'], value: to });
    changes.push(`status ${r.status} → ${to}`);
  }
  if (reason && reason !== r.statusReason) {
    edits.push({ path: ['statusReason'], value: reason });
    changes.push(`statusReason ${r.statusReason ? 'replaced' : 'added'}: ${reason}`);
  }
  // Only a move back to planned or in progress: rescheduling within planned kept nothing of a reason given for it
  // (a new adopter's trial, 2 December 2026: "removed (it explained the previous status)" with no status change).
  if (to !== r.status && (to === 'planned' || to === 'in-progress') && r.statusReason && !reason) {
    edits.push({ path: ['statusReason'], value: undefined });
    changes.push('statusReason removed (it explained the previous status)');
  }
  if (req.planned !== undefined && req.planned !== r.dates.planned) {
    edits.push({ path: ['dates', 'planned'], value: req.planned });
    changes.push(`dates.planned ${show(r.dates.planned)} → ${req.planned}`);
  }
  // Moving a release earlier than its code freeze was refused with no way on but a hand edit (a new adopter's
  // trial, 2 December 2026): the freeze moves with --code-freeze.
  if (req.codeFreeze !== undefined && req.codeFreeze !== r.dates.codeFreeze) {
    edits.push({ path: ['dates', 'codeFreeze'], value: req.codeFreeze });
    changes.push(`dates.codeFreeze ${show(r.dates.codeFreeze)} → ${req.codeFreeze}`);
  }

  const live = r.environments.find((e) => e.name === 'live');
  if (to === 'released' || ((to === 'rolled-back' || to === 'yanked') && !r.dates.released)) {
    // A pre-release whose live step is skipped is released where it stopped (the check and the KPIs read it so), but
    // this refused it with "record the live deployment first", which the promote command refuses in turn for a skipped
    // step: a dead end that left a hand edit (an operations trial, 3 December 2026). Its date is its last deployment.
    const skippedLive = to === 'released' && live?.status === 'skipped' && r.stage !== 'ga';
    if (to === 'released' && live && live.status !== 'deployed' && !skippedLive)
      return refuse(
        `live is ${live.status} in environments[]: record the live deployment first (npm run release:promote -- ${r.component} ${r.version} live)`,
      );
    const lastDeployed = r.environments.filter((e) => e.status === 'deployed' && e.deployedAt !== undefined).at(-1);
    const released =
      req.date ??
      (live?.status === 'deployed' || live?.status === 'rolled-back' ? live.deployedAt : skippedLive ? lastDeployed?.deployedAt : undefined);
    if (!released)
      return refuse(
        skippedLive
          ? `${to} needs the date the pre-release was released: give --date (live is skipped and no environment records a deployment)`
          : `${to} needs the date the release went live: give --date (no live deployment is recorded)`,
      );
    if (skippedLive && req.date === undefined)
      hints.push(`Note: live is skipped, so dates.released is the time ${lastDeployed!.name} was deployed; give --date for another`);
    if (released !== r.dates.released) {
      edits.push({ path: ['dates', 'released'], value: released });
      changes.push(`dates.released ${show(r.dates.released)} → ${released}`);
    }
  } else if (req.date !== undefined) {
    // It said "… (or rolled-back/yanked without a release date), not rolled-back" to a rolled-back release that had
    // one (a new adopter's trial, 2 December 2026).
    if ((to === 'rolled-back' || to === 'yanked') && r.dates.released)
      return refuse(
        `--date sets the release date, and ${r.component} ${r.version} already records it (${show(r.dates.released)}): leave --date out` +
          (to === 'rolled-back' ? `; the roll-back itself is recorded with npm run release:promote -- ${r.component} ${r.version} live --status rolled-back, and when it failed and was restored as an incident in incidents[]` : ''),
      );
    return refuse(`--date is for released (or rolled-back/yanked without a release date), not ${to}`);
  }
  // A corrected release date that no longer matches the recorded live deployment: say so, since either may be the
  // one that was wrong (a new adopter's trial, 2 December 2026). Compared as UK days, as the check compares them: the
  // dates as written disagreed with it for a deployment written in UTC late at night in summer (an operations trial,
  // 3 December 2026), which the check's own warning, printed after the changes, now also says.
  if (redate && live?.deployedAt && req.date && londonDate(toInstant(live.deployedAt)) !== londonDate(toInstant(req.date)))
    hints.push(
      `Note: live was deployed at ${live.deployedAt}; if that is wrong too: npm run release:promote -- ${r.component} ${r.version} live --at <the time it went live>`,
    );
  if (to === 'rolled-back' && live?.status === 'deployed')
    hints.push(`Next: npm run release:promote -- ${r.component} ${r.version} live --status rolled-back --notes "…"`);
  if (edits.length === 0) return refuse(redate ? `dates.released is already ${show(r.dates.released)}: nothing to change` : 'nothing to change');
  return finish(at, edits, changes, hints, req.now);
}

/** The London calendar date of an instant: the default date of a sign-off. */
export function londonToday(now: Date): string {
  return londonDate(now.getTime());
}
