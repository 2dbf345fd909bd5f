// Turns ticks on a checklist into entries in the exact readiness[] shape, for "copy as JSON" in the browser.
import type { Checklist } from './parse';
import type { ReadinessRecord, ReadinessResult } from './readiness';

/** What a reader recorded for one item on the checklist page: any result but pending, and a waiver's reason. */
export interface ItemResult {
  result: Exclude<ReadinessResult, 'pending'>;
  /** Only with `waived`: why the item was waived (the readiness rules require one). */
  waiverReason?: string;
}

/**
 * One entry per item in document order: ticked items `pass` (or, given a map, each item's recorded result, with a
 * waiver's reason), the rest `pending`, so the copied JSON shows what is still to do. Pure and free of Node imports,
 * so browser code can bundle it.
 */
export function toReadinessEntries(
  checklist: Pick<Checklist, 'id' | 'groups'>,
  recorded: ReadonlySet<string> | ReadonlyMap<string, ItemResult>,
): ReadinessRecord[] {
  const resultOf = (id: string): ItemResult | undefined =>
    recorded instanceof Map ? recorded.get(id) : (recorded as ReadonlySet<string>).has(id) ? { result: 'pass' } : undefined;
  return checklist.groups.flatMap((g) =>
    g.items.map((it): ReadinessRecord => {
      const r = resultOf(it.id);
      if (!r) return { checklist: checklist.id, item: it.id, result: 'pending' };
      const reason = r.result === 'waived' ? r.waiverReason?.trim() : undefined;
      return { checklist: checklist.id, item: it.id, result: r.result, ...(reason ? { waiverReason: reason } : {}) };
    }),
  );
}

/** The JSON an editor pastes into a release file's `readiness` array: 2-space indented, like the release files. */
export function readinessJson(entries: readonly ReadinessRecord[]): string {
  return JSON.stringify(entries, null, 2);
}
