// Browser-side bookkeeping for ticking a checklist: storage keys, stored ticks and the ?release= parameter. No Node imports.
import type { ReadinessRecord } from './readiness';
import { toReadinessEntries, type ItemResult } from './entries';

/** Prefix of every localStorage key the checklist pages write, so they never collide with anything else. */
export const STORAGE_PREFIX = 'handbook:checklist:';

/** `component@version`, as in release keys (`payments@2.4.0`, `citizen-web@5.0.0-alpha.1`). */
const RELEASE_KEY_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*@[0-9]+\.[0-9]+\.[0-9]+(?:[-+][0-9A-Za-z.+-]+)?$/;
const MAX_RELEASE_KEY = 120;

/** Where the ticks of one checklist are kept: one list per checklist, or per checklist and release. */
export function storageKey(checklistId: string, release?: string): string {
  return release ? `${STORAGE_PREFIX}${checklistId}:${release}` : `${STORAGE_PREFIX}${checklistId}`;
}

/** A `?release=` value when it is a well-formed release key, else undefined (so junk in a URL is ignored). */
export function parseReleaseParam(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  if (!v || v.length > MAX_RELEASE_KEY || !RELEASE_KEY_RE.test(v)) return undefined;
  return v;
}

/**
 * The ticked item ids kept under a key. Anything unreadable gives no ticks, and ids the checklist no longer
 * has are dropped, so renaming or removing an item never leaves a phantom tick behind.
 */
export function parseStoredTicks(raw: string | null, known: readonly string[]): Set<string> {
  if (!raw) return new Set();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return new Set();
  }
  if (!Array.isArray(data)) return new Set();
  const knownSet = new Set(known);
  return new Set(data.filter((x): x is string => typeof x === 'string' && knownSet.has(x)));
}

const RECORDED: readonly ItemResult['result'][] = ['pass', 'fail', 'waived', 'not-applicable'];

/**
 * The results kept under a key: `{ "<item>": { "result": "waived", "waiverReason": "…" } }`, or the older list of
 * ticked ids (each then `pass`). Unknown ids, unknown results and anything unreadable are dropped, as for ticks.
 */
export function parseStoredResults(raw: string | null, known: readonly string[]): Map<string, ItemResult> {
  const out = new Map<string, ItemResult>();
  if (!raw) return out;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return out;
  }
  if (Array.isArray(data)) {
    for (const id of parseStoredTicks(raw, known)) out.set(id, { result: 'pass' });
    return out;
  }
  if (!data || typeof data !== 'object') return out;
  const record = data as Record<string, unknown>;
  for (const id of known) {
    const v = record[id] as { result?: unknown; waiverReason?: unknown } | undefined;
    if (!v || typeof v !== 'object' || !RECORDED.includes(v.result as ItemResult['result'])) continue;
    const result = v.result as ItemResult['result'];
    out.set(id, result === 'waived' && typeof v.waiverReason === 'string' ? { result, waiverReason: v.waiverReason } : { result });
  }
  return out;
}

/** The results to store, in the checklist's order (see parseStoredResults). */
export function serialiseResults(results: ReadonlyMap<string, ItemResult>, order: readonly string[]): string {
  return JSON.stringify(Object.fromEntries(order.filter((id) => results.has(id)).map((id) => [id, results.get(id)])));
}

/** The ticks to store, in the checklist's order, so the stored text does not depend on the order of clicks. */
export function serialiseTicks(ticked: ReadonlySet<string>, order: readonly string[]): string {
  return JSON.stringify(order.filter((id) => ticked.has(id)));
}

/**
 * readiness[] entries from item ids read off the page, in page order: the page script knows only the ids,
 * not the whole checklist, and must give exactly what toReadinessEntries gives for the checklist itself.
 */
export function entriesFromIds(
  checklistId: string,
  itemIds: readonly string[],
  ticked: ReadonlySet<string> | ReadonlyMap<string, ItemResult>,
): ReadinessRecord[] {
  return toReadinessEntries(
    { id: checklistId, groups: [{ heading: '', slug: '', items: itemIds.map((id) => ({ id, label: id, required: false, line: 0 })) }] },
    ticked,
  );
}
