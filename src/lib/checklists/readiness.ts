// Cross-checks releases' readiness[] results against the checklists, and summarises them for release and checklist pages.
import semver from 'semver';
import { isIsoDate, londonDate, toInstant } from '../shared/dates';
import { issue, type ContentIssue } from '../shared/errors';
import { lineOf } from '../shared/validate';
import { closest } from '../shared/closest';
import { allItems, type Checklist, type ChecklistItem } from './parse';
import type { ReleaseType, Stage } from './schema';
import { isShipped } from '../releases/model';
import type { ReleaseStatus } from '../releases/enums';

/** The most item ids an unknown item's message lists; a longer checklist is named instead (the line stays readable). */
const MAX_LISTED_IDS = 12;

export const READINESS_RESULTS = ['pass', 'fail', 'waived', 'not-applicable', 'pending'] as const;
export type ReadinessResult = (typeof READINESS_RESULTS)[number];

/** One entry of a release's `readiness[]`, as written in the release JSON. */
export interface ReadinessRecord {
  checklist: string;
  item: string;
  result: ReadinessResult;
  evidence?: string;
  waiverReason?: string;
}

/**
 * The part of a release this module needs. Field names match the release JSON (issue 3), so a validated
 * release plus its file path (and, for line numbers, its JSON text) fits without conversion.
 */
export interface ReleaseReadinessInput {
  /** Project-relative path of the release file, for messages. */
  file: string;
  /** The file's JSON text; when given, issues carry line numbers. */
  text?: string;
  component: string;
  version: string;
  stage: Stage;
  releaseType: ReleaseType;
  status: ReleaseStatus;
  dates?: { planned?: string; released?: string };
  /** Its promotion steps: a `live` step `skipped` means a pre-release that shipped without going to live. */
  environments?: readonly { name: string; status: string }[];
  readiness?: readonly ReadinessRecord[];
}

/** Results that satisfy a required item. A waiver only counts with a reason (a missing reason is its own error). */
const SATISFIES: readonly ReadinessResult[] = ['pass', 'waived', 'not-applicable'];

/** Site-relative link to an item on its checklist page (prefix the site's base path when there is one). */
export function itemHref(checklist: string, item: string): string {
  return `/checklists/${checklist}/#${item}`;
}

/** The calendar date (Europe/London) of a date or date-time string. */
function dayOf(s: string): string {
  return isIsoDate(s) ? s : londonDate(toInstant(s));
}

/** The date that decides whether a checklist was in effect: released, else planned. */
function relevantDate(r: Pick<ReleaseReadinessInput, 'dates'>): string | undefined {
  const d = r.dates?.released ?? r.dates?.planned;
  return d === undefined ? undefined : dayOf(d);
}

/**
 * Whether a checklist applies to a release: its stage and release type are covered, and the checklist was in
 * effect on the release date (the planned date until it is released; no date at all counts as in effect).
 */
export function checklistApplies(
  checklist: Checklist,
  release: Pick<ReleaseReadinessInput, 'stage' | 'releaseType' | 'dates'>,
): boolean {
  if (!checklist.appliesTo.stages.includes(release.stage)) return false;
  if (!checklist.appliesTo.releaseTypes.includes(release.releaseType)) return false;
  const day = relevantDate(release);
  return day === undefined || day >= checklist.effectiveFrom;
}

/**
 * Whether an item of a checklist that holds `release` holds it too: always, unless the item says when it was added
 * (`from=`) and the release shipped (its `dates.released`) before that day.
 */
export function itemHolds(item: Pick<ChecklistItem, 'from'>, release: Pick<ReleaseReadinessInput, 'dates'>): boolean {
  const released = release.dates?.released;
  return item.from === undefined || released === undefined || dayOf(released) >= item.from;
}

/**
 * Whether the build holds a release to a checklist's required items: it went live (released, or since rolled back or
 * yanked), has a release date (the release rules require one) and the checklist applies. Rolled-back and yanked
 * releases were let off, though they are the ones an audit asks about (a new adopter's trial, 3 December 2026).
 */
export function isHeldTo(checklist: Checklist, release: ReleaseReadinessInput): boolean {
  return isShipped(release.status) && release.dates?.released !== undefined && checklistApplies(checklist, release);
}

const HOW_TO_SATISFY = 'a release that went live must pass it, waive it with a reason or mark it not-applicable';
const HOW_TO_RECORD = 'a release that went live must record it, as pending until it is done';

/**
 * What to do about a required item, for a release that went live or, when its `live` step is `skipped`, for a
 * pre-release released without going to live: it was told "a release that went live must…" of a release candidate
 * that never reached live, and not that a checklist meant for live releases can say so (an operations trial,
 * 3 December 2026).
 */
function howTo(checklist: Checklist, release: ReleaseReadinessInput): string {
  const before = checklist.timing === 'before-release';
  const liveSkipped = release.environments?.some((e) => e.name === 'live' && e.status === 'skipped') === true;
  if (!liveSkipped) return before ? HOW_TO_SATISFY : HOW_TO_RECORD;
  return (
    `a released pre-release must ${before ? 'pass it, waive it with a reason or mark it not-applicable' : 'record it, as pending until it is done'} ` +
    `(this one skipped live; if checklist "${checklist.id}" is only for releases that go live, leave ${release.stage} out of its applies_to stages, e.g. applies_to: { stages: [ga] }, in ${checklist.file})`
  );
}

/**
 * Every readiness problem in the given releases; empty when all is consistent.
 *
 * A released release must record a result for every required item of each checklist it is held to. For a
 * before-release checklist that result must be pass, waived (with a reason) or not-applicable: a failed or
 * pending gate means the release should not have gone out. An after-release checklist (verification,
 * retrospective) is finished days later, so its required items may be pending or failed, but not missing.
 * `unreadable` holds the ids of checklists whose files could not be read (their own errors say why): records naming
 * them are not judged. `today` (YYYY-MM-DD): for a release that shipped before it, a missing result says how to mark
 * an item added since (`from=`). An item with `from=` after a release's release date does not hold it.
 */
export function checkReadiness(
  checklists: readonly Checklist[],
  releases: readonly ReleaseReadinessInput[],
  unreadable: ReadonlySet<string> = new Set(),
  today?: string,
): ContentIssue[] {
  const byId = new Map(checklists.map((c) => [c.id, c]));
  const known = [...byId.keys()].sort().join('|');
  const issues: ContentIssue[] = [];

  for (const release of releases) {
    const src = { file: release.file, text: release.text };
    const at = (path: (string | number)[]) => lineOf(src, path);
    const records = release.readiness ?? [];
    const firstIndex = new Map<string, number>();

    records.forEach((r, i) => {
      const checklist = byId.get(r.checklist);
      if (!checklist) {
        // A checklist whose own file has errors is reported there; every release naming it was told "expected one of"
        // followed by a list without it, or an empty one (a new adopter's trial, 2 December 2026).
        if (unreadable.has(r.checklist)) return;
        const near = closest(r.checklist, [...byId.keys()].sort());
        const hint = near !== undefined ? `did you mean ${JSON.stringify(near)}?` : known ? `expected one of ${known}` : 'there are no checklists in the content directory';
        issues.push(issue(release.file, `readiness[${i}].checklist`, `${JSON.stringify(r.checklist)} is not a known checklist: ${hint}`, at(['readiness', i, 'checklist'])));
      } else if (!allItems(checklist).some((it) => it.id === r.item)) {
        const ids = allItems(checklist).map((it) => it.id);
        const near = closest(r.item, ids);
        // With no id near the slip, the ids themselves, as for an unknown checklist; a long checklist's file instead
        // (an id far from every item left the editor with "see the ids in" and a file to open, a new adopter's trial).
        const hint =
          near !== undefined
            ? `did you mean ${JSON.stringify(near)}?`
            : ids.length <= MAX_LISTED_IDS
              ? `expected one of ${[...ids].sort().join('|')} (the ids in ${checklist.file})`
              : `see the ids in ${checklist.file}`;
        // A shipped release's results are its history: an item since removed from the checklist (or renamed) must
        // not fail every pull request after, on files it did not touch (a new adopter's trial, 2 December 2026).
        issues.push(
          isShipped(release.status)
            ? issue(
                release.file,
                `readiness[${i}].item`,
                // "No longer an item" assumed the id had been one; a misspelt id never was (a new adopter's trial).
                `${JSON.stringify(r.item)} is not an item of checklist "${checklist.id}" (${checklist.file}): this shipped release's result for it stays in its file but is not shown; ${
                  near !== undefined
                    ? `if it is a slip for ${JSON.stringify(near)} (or the item was renamed so), write that; nothing to do if the item was removed on purpose`
                    : 'nothing to do if the item was removed on purpose, or give it the id the item has now if it was renamed'
                }`,
                { ...at(['readiness', i, 'item']), severity: 'warning' },
              )
            : issue(release.file, `readiness[${i}].item`, `${JSON.stringify(r.item)} is not an item of checklist "${checklist.id}": ${hint}`, at(['readiness', i, 'item'])),
        );
      }
      const key = `${r.checklist}#${r.item}`;
      const first = firstIndex.get(key);
      if (first === undefined) firstIndex.set(key, i);
      else
        issues.push(
          issue(
            release.file,
            `readiness[${i}]`,
            `item "${r.item}" of checklist "${r.checklist}" is recorded twice: keep one result (the first is readiness[${first}])`,
            at(['readiness', i]),
          ),
        );
      if (r.result === 'waived' && !r.waiverReason?.trim()) {
        issues.push(
          issue(
            release.file,
            `readiness[${i}].waiverReason`,
            'is required when result is "waived": say why the item was waived and who agreed it',
            at(['readiness', i]),
          ),
        );
      }
    });

    for (const checklist of checklists) {
      if (!isHeldTo(checklist, release)) continue;
      for (const item of allItems(checklist)) {
        if (!item.required || !itemHolds(item, release)) continue;
        const i = firstIndex.get(`${checklist.id}#${item.id}`);
        if (i === undefined) {
          // An item added since this release shipped is not its to meet, but without from= nothing says so.
          // Said of a release that shipped before today (the check's "today"): one being released now is not older
          // than any item.
          const older = today !== undefined && release.dates?.released !== undefined && dayOf(release.dates.released) < today;
          const added = older && item.from === undefined ? ` (or, if the item is newer than this release, give it the day it was added in ${checklist.file}: {#${item.id} required from=YYYY-MM-DD})` : '';
          issues.push(
            issue(
              release.file,
              'readiness',
              `required item "${item.id}" of checklist "${checklist.id}" has no result: ${howTo(checklist, release)}${added}`,
              at(['readiness']),
            ),
          );
        } else if (checklist.timing === 'before-release' && !SATISFIES.includes(records[i].result)) {
          issues.push(
            issue(
              release.file,
              `readiness[${i}].result`,
              `required item "${item.id}" of checklist "${checklist.id}" is "${records[i].result}": ${howTo(checklist, release)}`,
              at(['readiness', i, 'result']),
            ),
          );
        }
      }
    }
  }
  return issues;
}

/** An item of a checklist, with what pages need to name and link it. */
export interface ItemRef {
  checklist: string;
  item: string;
  label: string;
  required: boolean;
  /** `/checklists/<checklist>/#<item>`; see itemHref. */
  href: string;
}

/** An item and the release's result for it; `missing` when the release recorded none. */
export interface ItemOutcome extends ItemRef {
  result: ReadinessResult | 'missing';
  evidence?: string;
  waiverReason?: string;
}

/** How one release fared against one checklist. */
export interface ChecklistReadiness {
  checklist: string;
  title: string;
  /** The checklist covers this release's stage and type and was in effect on its (planned) release date. */
  applies: boolean;
  /** Items that passed. */
  passed: number;
  /** Items that count: every item except those marked not-applicable ("x of y passed"). */
  total: number;
  notApplicable: number;
  /** Required items whose result is fail or pending. */
  failedRequired: ItemRef[];
  /** Required items with no result. */
  missingRequired: ItemRef[];
  /** Waived items, required or not, with the reason given. */
  waived: (ItemRef & { reason: string })[];
  /** Items that are not required and failed: worth showing, but they do not block a release. */
  failedOptional: ItemRef[];
  /** Every required item passed, was waived or is not applicable. */
  requiredMet: boolean;
  /** Every item of the checklist in document order with its result. */
  items: ItemOutcome[];
}

function refOf(checklist: Checklist, item: ChecklistItem): ItemRef {
  return { checklist: checklist.id, item: item.id, label: item.label, required: item.required, href: itemHref(checklist.id, item.id) };
}

/** One release against one checklist. The first result recorded for an item wins (duplicates are errors anyway). */
export function summariseChecklist(checklist: Checklist, release: ReleaseReadinessInput): ChecklistReadiness {
  const results = new Map<string, ReadinessRecord>();
  for (const r of release.readiness ?? []) {
    if (r.checklist === checklist.id && !results.has(r.item)) results.set(r.item, r);
  }
  // An item added after the release shipped (from=) is not its to meet: left out unless it recorded a result anyway.
  const items: ItemOutcome[] = allItems(checklist).filter((item) => results.has(item.id) || itemHolds(item, release)).map((item) => {
    const r = results.get(item.id);
    return {
      ...refOf(checklist, item),
      result: r?.result ?? 'missing',
      ...(r?.evidence !== undefined ? { evidence: r.evidence } : {}),
      ...(r?.waiverReason !== undefined ? { waiverReason: r.waiverReason } : {}),
    };
  });
  const strip = ({ checklist: c, item, label, required, href }: ItemOutcome): ItemRef => ({ checklist: c, item, label, required, href });
  const failedRequired = items.filter((i) => i.required && (i.result === 'fail' || i.result === 'pending')).map(strip);
  const missingRequired = items.filter((i) => i.required && i.result === 'missing').map(strip);
  const notApplicable = items.filter((i) => i.result === 'not-applicable').length;
  return {
    checklist: checklist.id,
    title: checklist.title,
    applies: checklistApplies(checklist, release),
    passed: items.filter((i) => i.result === 'pass').length,
    total: items.length - notApplicable,
    notApplicable,
    failedRequired,
    missingRequired,
    waived: items.filter((i) => i.result === 'waived').map((i) => ({ ...strip(i), reason: i.waiverReason?.trim() ?? '' })),
    failedOptional: items.filter((i) => !i.required && i.result === 'fail').map(strip),
    requiredMet:
      failedRequired.length === 0 &&
      missingRequired.length === 0 &&
      items.every((i) => !(i.required && i.result === 'waived' && !i.waiverReason?.trim())),
    items,
  };
}

/**
 * A release's readiness for its page: every checklist it recorded results against, plus every checklist that
 * applies to it (unless it was cancelled), in the order the checklists are given.
 */
export function releaseReadiness(checklists: readonly Checklist[], release: ReleaseReadinessInput): ChecklistReadiness[] {
  const recorded = new Set((release.readiness ?? []).map((r) => r.checklist));
  return checklists
    .filter((c) => recorded.has(c.id) || (release.status !== 'cancelled' && checklistApplies(c, release)))
    .map((c) => summariseChecklist(c, release));
}

/** One release that used a checklist, for the checklist's page. */
export interface ChecklistUsage {
  component: string;
  version: string;
  file: string;
  status: string;
  /** Released date, else planned date, as written in the release. */
  date?: string;
  readiness: ChecklistReadiness;
}

function compareVersionsDesc(a: string, b: string): number {
  if (semver.valid(a) && semver.valid(b)) return semver.rcompare(a, b);
  return a < b ? 1 : a > b ? -1 : 0;
}

/** Releases that recorded at least one result against the checklist, newest first. */
export function checklistUsage(checklist: Checklist, releases: readonly ReleaseReadinessInput[]): ChecklistUsage[] {
  return releases
    .filter((r) => (r.readiness ?? []).some((x) => x.checklist === checklist.id))
    .map((r) => {
      const date = r.dates?.released ?? r.dates?.planned;
      return {
        component: r.component,
        version: r.version,
        file: r.file,
        status: r.status,
        ...(date !== undefined ? { date } : {}),
        readiness: summariseChecklist(checklist, r),
      };
    })
    .sort((a, b) => {
      const da = a.date === undefined ? -Infinity : toInstant(a.date);
      const db = b.date === undefined ? -Infinity : toInstant(b.date);
      return (
        (db > da ? 1 : db < da ? -1 : 0) ||
        (a.component < b.component ? -1 : a.component > b.component ? 1 : 0) ||
        compareVersionsDesc(a.version, b.version)
      );
    });
}
