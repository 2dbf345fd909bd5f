// The incremental-build cache key of a release's page: everything the page shows from the release data.
import { cacheKey } from '../shared/cache-key';
import { adjacentReleases, rollbackTarget } from './release-view';
import type { ReleaseEntry, ReleaseModel } from './model';
import type { FilteredListView } from './filters';

/**
 * The cache key of `/releases/<component>/<version>/`, a digest of what that page shows: the release itself (every
 * field, the derived dates and component name included), the releases before and after it in its component (the page
 * links them, with their status), the release its rollback plan names, `readiness` (its results against the
 * checklists, as the page lists them) and `shared` (the page shell's key: site settings, engine code, "today").
 * Not the rest of the release data: editing one release re-renders its own page and its neighbours', where a key over
 * every data file re-rendered all of them (1,000 pages for one release's title, bench, 2 December 2026). Equal keys
 * mean equal HTML; tests/build/incremental.test.ts proves it for edits to a release, its neighbour and a checklist.
 */
export function releasePageKey(model: ReleaseModel, r: ReleaseEntry, readiness: unknown, shared: unknown): string {
  const { previous, next } = adjacentReleases(model, r);
  const target = rollbackTarget(model, r.component, r.rollbackPlan);
  return cacheKey(r, previous ?? null, next ?? null, target ?? null, readiness, shared);
}

/**
 * The cache key of a component's own pages (`/releases/<component>/`, its `CHANGELOG.md` and its `.ics` calendar): a
 * digest of the component (components.yaml's entry) and its releases, every field of each, and `shared` (the shell's
 * key, and what tells the page from the component's others). Each shows that component's releases only
 * (`componentOverview`, `componentChangelog`, `toIcs` with `componentId`), so another component's edit leaves them as
 * they are: keyed on all release data, one release's edit re-rendered all three pages of every component.
 */
export function componentPagesKey(model: ReleaseModel, componentId: string, shared: unknown): string {
  return cacheKey(model.components.find((c) => c.id === componentId) ?? null, model.byComponent[componentId] ?? [], shared);
}

/**
 * The cache key of a filtered list page (`/releases/<facet>/<value>/`): a digest of its view ({@link filteredListView},
 * the only release data the page renders) and `shared` (the shell's key). Keyed on every release file, each of the 26
 * list pages of the benchmark was rendered again for any one release's edit.
 */
export function filteredListKey(view: FilteredListView, shared: unknown): string {
  return cacheKey(view, shared);
}
