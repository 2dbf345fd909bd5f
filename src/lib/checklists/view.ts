// Words for checklist and readiness pages: what a checklist applies to, item counts, results and summaries.
import { RELEASE_TYPES, STAGES, type ReleaseType, type Stage } from './schema';
import { allItems, type Checklist } from './parse';
import type { ChecklistReadiness, ChecklistUsage, ItemOutcome } from './readiness';
import { expectedOneOf } from '../shared/closest';
import { capitalise, listText } from '../shared/plural';

/** Stage names as they read in a sentence ("at general availability"). */
const STAGE_WORDS: Record<Stage, string> = { alpha: 'alpha', beta: 'beta', rc: 'release candidate', ga: 'general availability' };


/** "Major, minor and patch releases at general availability", "Every release", "Emergency releases at any stage". */
export function appliesToText(appliesTo: Checklist['appliesTo']): string {
  const allStages = STAGES.every((s) => appliesTo.stages.includes(s));
  const allTypes = RELEASE_TYPES.every((t) => appliesTo.releaseTypes.includes(t));
  if (allStages && allTypes) return 'Every release';
  const types = allTypes
    ? 'Releases of any type'
    : `${capitalise(listText(RELEASE_TYPES.filter((t: ReleaseType) => appliesTo.releaseTypes.includes(t))))} releases`;
  const stages = allStages ? 'at any stage' : `at ${listText(STAGES.filter((s) => appliesTo.stages.includes(s)).map((s) => STAGE_WORDS[s]), 'or')}`;
  return `${types} ${stages}`;
}

/** When the checklist is worked through, for people. */
export function timingText(timing: Checklist['timing']): string {
  return timing === 'before-release' ? 'Before the release goes live' : 'After the release has gone live';
}

export interface ItemCounts {
  items: number;
  required: number;
}

export function itemCounts(checklist: Checklist): ItemCounts {
  const items = allItems(checklist);
  return { items: items.length, required: items.filter((i) => i.required).length };
}

/** "15 items, 9 required", "1 item, none required". */
export function itemCountsText({ items, required }: ItemCounts): string {
  return `${items} ${items === 1 ? 'item' : 'items'}, ${required === 0 ? 'none' : required} required`;
}

/** A result as a word people read; `missing` means the release recorded nothing for the item. */
export const RESULT_LABELS: Record<ItemOutcome['result'], string> = {
  pass: 'Passed',
  fail: 'Failed',
  waived: 'Waived',
  'not-applicable': 'Not applicable',
  pending: 'Pending',
  missing: 'No result',
};

/** "12 of 14 passed", with the not-applicable items said separately so the numbers add up. */
export function passedText(r: Pick<ChecklistReadiness, 'passed' | 'total' | 'notApplicable'>): string {
  const na = r.notApplicable > 0 ? ` (${r.notApplicable} not applicable)` : '';
  return `${r.passed} of ${r.total} passed${na}`;
}

/** Required items that failed, are pending or have no result, in checklist order, with their result. */
export function requiredNotMet(r: Pick<ChecklistReadiness, 'items'>): ItemOutcome[] {
  return r.items.filter((i) => i.required && (i.result === 'fail' || i.result === 'pending' || i.result === 'missing'));
}

export interface UsageOverview {
  /** Releases that recorded results against the checklist. */
  releases: number;
  /** Of those, how many met every required item (passed, waived with a reason, or not applicable). */
  requiredMet: number;
  /** Of those, how many waived at least one item. */
  withWaivers: number;
}

export function usageOverview(usage: readonly ChecklistUsage[]): UsageOverview {
  return {
    releases: usage.length,
    requiredMet: usage.filter((u) => u.readiness.requiredMet).length,
    withWaivers: usage.filter((u) => u.readiness.waived.length > 0).length,
  };
}

/** The message for `<Checklist id="…" />` naming a checklist that does not exist. */
export function unknownChecklistMessage(id: unknown, known: Iterable<string>): string {
  const ids = [...known].sort();
  if (typeof id !== 'string') return `has no id: write <Checklist id="…" /> with one of ${ids.join('|')}`;
  return `${JSON.stringify(id)} is not a known checklist: ${expectedOneOf(id, ids)}`;
}

/** The anchor of the "Releases that used this checklist" section of a checklist's page. */
export const USAGE_ANCHOR = 'releases-that-used-it';

/**
 * Every anchor a checklist's page has: each group (`#before-the-release`), each item (`#uat-signed-off`) and the
 * usage section. One list for the page (ChecklistForm and UsageTable take their ids from the same data) and the
 * content check, which holds links such as /checklists/go-no-go/#uat-signed-off to it.
 */
export function checklistPageAnchors(checklist: Pick<Checklist, 'groups'>): Set<string> {
  return new Set([...checklist.groups.flatMap((g) => [g.slug, ...g.items.map((i) => i.id)]), USAGE_ANCHOR]);
}
