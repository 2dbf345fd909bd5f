// Turns ticks on a checklist into entries in the exact readiness[] shape, for "copy as JSON" in the browser.
import type { Checklist } from './parse';
import type { ReadinessRecord } from './readiness';

/**
 * One entry per item in document order: ticked items `pass`, the rest `pending`, so the copied JSON shows
 * what is still to do. Pure and free of Node imports, so browser code can bundle it.
 */
export function toReadinessEntries(checklist: Pick<Checklist, 'id' | 'groups'>, ticked: ReadonlySet<string>): ReadinessRecord[] {
  return checklist.groups.flatMap((g) =>
    g.items.map((it) => ({ checklist: checklist.id, item: it.id, result: ticked.has(it.id) ? 'pass' : 'pending' }) as const),
  );
}

/** The JSON an editor pastes into a release file's `readiness` array: 2-space indented, like the release files. */
export function readinessJson(entries: readonly ReadinessRecord[]): string {
  return JSON.stringify(entries, null, 2);
}
