import { describe, expect, it } from 'vitest';
import { componentPagesKey, filteredListKey, releasePageKey } from './cache-key';
import { filteredListView, releaseRow, type FilterFacet } from './filters';
import { shippedRelease } from './fixtures';
import type { ReleaseInput } from './schema';
import { fixtureModel } from './testing';

/** payments 1.0.0 … 1.4.0, one a week, and one citizen-web release. */
function releases(over: Record<string, Partial<ReleaseInput>> = {}): ReleaseInput[] {
  const list = ['1.0.0', '1.1.0', '1.2.0', '1.3.0', '1.4.0'].map((v, i) =>
    shippedRelease('payments', v, `2026-0${i + 3}-10T10:00:00Z`, over[`payments@${v}`] ?? {}),
  );
  return [...list, shippedRelease('citizen-web', '3.0.0', '2026-04-01T10:00:00Z', over['citizen-web@3.0.0'] ?? {})];
}

/** The key of `key`'s page in a model of {@link releases} with `over` applied. */
function keyOf(key: string, over: Record<string, Partial<ReleaseInput>> = {}, readiness: unknown = [], shell: unknown = 'shell'): string {
  const model = fixtureModel(releases(over));
  return releasePageKey(model, model.byKey[key]!, readiness, shell);
}

describe('releasePageKey', () => {
  const base = keyOf('payments@1.2.0');

  it('is the same for the same data', () => {
    expect(keyOf('payments@1.2.0')).toBe(base);
  });

  it("changes with the release's own data, its readiness and the page shell", () => {
    expect(keyOf('payments@1.2.0', { 'payments@1.2.0': { title: 'Renamed' } })).not.toBe(base);
    expect(keyOf('payments@1.2.0', {}, [{ checklist: 'go-no-go', passed: 1 }])).not.toBe(base);
    expect(keyOf('payments@1.2.0', {}, [], 'another shell')).not.toBe(base);
  });

  it('changes when a neighbour the page links to changes status', () => {
    expect(keyOf('payments@1.2.0', { 'payments@1.1.0': { status: 'yanked', statusReason: 'Broke refunds.' } })).not.toBe(base);
    expect(keyOf('payments@1.2.0', { 'payments@1.3.0': { status: 'yanked', statusReason: 'Broke refunds.' } })).not.toBe(base);
  });

  it('changes when the release its rollback plan names changes, and only then among releases further off', () => {
    const plan = { rollbackPlan: { strategy: 'redeploy-previous' as const, targetVersion: '1.0.0' } };
    const withPlan = keyOf('payments@1.2.0', { 'payments@1.2.0': plan });
    expect(keyOf('payments@1.2.0', { 'payments@1.2.0': plan, 'payments@1.0.0': { title: 'Renamed' } })).not.toBe(withPlan);
    expect(keyOf('payments@1.2.0', { 'payments@1.0.0': { title: 'Renamed' } })).toBe(base);
  });

  it("does not change with releases the page does not show (another component's, or two versions away)", () => {
    expect(keyOf('payments@1.2.0', { 'payments@1.4.0': { title: 'Renamed' } })).toBe(base);
    expect(keyOf('payments@1.2.0', { 'citizen-web@3.0.0': { title: 'Renamed' } })).toBe(base);
  });
});

describe('componentPagesKey', () => {
  const pagesKey = (over: Record<string, Partial<ReleaseInput>> = {}, component = 'payments') => {
    const model = fixtureModel(releases(over));
    return componentPagesKey(model, component, 'shell');
  };
  const base = pagesKey();

  it("changes with any of the component's releases, and not with another component's", () => {
    expect(pagesKey()).toBe(base);
    expect(pagesKey({ 'payments@1.0.0': { title: 'Renamed' } })).not.toBe(base);
    expect(pagesKey({ 'payments@1.4.0': { title: 'Renamed' } })).not.toBe(base);
    expect(pagesKey({ 'citizen-web@3.0.0': { title: 'Renamed' } })).toBe(base);
    expect(pagesKey({ 'citizen-web@3.0.0': { title: 'Renamed' } }, 'citizen-web')).not.toBe(pagesKey({}, 'citizen-web'));
  });
});

describe('filteredListKey', () => {
  /** The key of the list page for `facet` = `value` in a model of {@link releases} with `over` applied. */
  const listKey = (facet: FilterFacet, value: string, over: Record<string, Partial<ReleaseInput>> = {}) =>
    filteredListKey(filteredListView(fixtureModel(releases(over)), facet, value), 'shell');

  it('changes when a release in the list changes what its row shows', () => {
    expect(listKey('year', '2026', { 'payments@1.2.0': { title: 'Renamed' } })).not.toBe(listKey('year', '2026'));
  });

  it("does not change with a field no row shows (a release's summary)", () => {
    expect(listKey('year', '2026', { 'payments@1.2.0': { summary: 'Another summary.' } })).toBe(listKey('year', '2026'));
  });

  it('changes with the counts it links, even when the release is not in its list', () => {
    const yanked = { 'payments@1.2.0': { status: 'yanked' as const, statusReason: 'Broke refunds.' } };
    const rows = filteredListView(fixtureModel(releases(yanked)), 'stage', 'beta').releases;
    expect(rows).toEqual([]);
    expect(listKey('stage', 'beta', yanked)).not.toBe(listKey('stage', 'beta'));
  });

  it('keeps only the fields a release table shows', () => {
    const model = fixtureModel(releases());
    expect(Object.keys(releaseRow(model.byKey['payments@1.2.0']!)).sort()).toEqual(
      ['component', 'componentName', 'date', 'dateKind', 'dates', 'stage', 'status', 'title', 'version', 'year'].sort(),
    );
  });
});
