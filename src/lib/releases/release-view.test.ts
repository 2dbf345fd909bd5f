import { describe, expect, it } from 'vitest';
import { bareRelease, fixtureRelease, shippedRelease } from './fixtures';
import {
  adjacentReleases,
  formatMinutes,
  latestReleases,
  minutesBetween,
  ownTitle,
  reachedLiveSummary,
  promotionSteps,
  readinessByChecklist,
  releaseNoteGroups,
} from './release-view';
import type { Change, Component } from './schema';
import { fixtureModel } from './testing';

const change = (category: Change['category'], summary: string, breaking = false): Change => ({
  category,
  summary,
  breaking,
  refs: [],
  commits: [],
});

describe('releaseNoteGroups', () => {
  it('groups notes in Keep a Changelog order, breaking changes first within a group, empty groups left out', () => {
    const groups = releaseNoteGroups({
      changes: [
        change('fixed', 'F1'),
        change('added', 'A1'),
        change('added', 'A2', true),
        change('security', 'S1'),
        change('added', 'A3'),
      ],
    });
    expect(groups.map((g) => [g.label, g.changes.map((c) => c.summary)])).toEqual([
      ['Added', ['A2', 'A1', 'A3']],
      ['Fixed', ['F1']],
      ['Security', ['S1']],
    ]);
  });
});

describe('promotionSteps', () => {
  it('lists environments in promotion order with their names for people', () => {
    const steps = promotionSteps({
      environments: [
        { name: 'live', status: 'pending' },
        { name: 'dev', status: 'deployed', deployedAt: '2026-05-01T10:00:00Z' },
        { name: 'staging', status: 'skipped' },
      ],
    });
    expect(steps.map((s) => `${s.label}: ${s.status}`)).toEqual(['Development: deployed', 'Staging: skipped', 'Live: pending']);
  });
});

describe('adjacentReleases', () => {
  it('finds the previous and next versions of the same component by SemVer precedence', () => {
    const model = fixtureModel([
      shippedRelease('payments', '2.0.0', '2026-01-10T08:00:00Z'),
      shippedRelease('payments', '2.0.0-rc.1', '2025-12-01T08:00:00Z', { stage: 'rc' }),
      bareRelease('payments', '2.1.0', { status: 'cancelled' }),
      shippedRelease('citizen-web', '1.0.0', '2026-01-11T08:00:00Z'),
    ]);
    const mid = adjacentReleases(model, model.byKey['payments@2.0.0']);
    expect([mid.previous?.key, mid.next?.key]).toEqual(['payments@2.0.0-rc.1', 'payments@2.1.0']);
    const first = adjacentReleases(model, model.byKey['payments@2.0.0-rc.1']);
    expect([first.previous, first.next?.key]).toEqual([undefined, 'payments@2.0.0']);
    expect(adjacentReleases(model, model.byKey['citizen-web@1.0.0'])).toEqual({ previous: undefined, next: undefined });
  });
});

describe('durations', () => {
  it('counts whole minutes across offsets', () => {
    // 08:47 BST is 07:47 UTC; 09:41 BST is 08:41 UTC: 54 minutes.
    expect(minutesBetween('2026-05-12T08:47:00+01:00', '2026-05-12T08:41:00Z')).toBe(54);
  });
  it('says how long in plain words', () => {
    expect(formatMinutes(1)).toBe('1 minute');
    expect(formatMinutes(54)).toBe('54 minutes');
    expect(formatMinutes(60)).toBe('1 hour');
    expect(formatMinutes(74)).toBe('1 hour 14 minutes');
    expect(formatMinutes(47 * 60 + 59)).toBe('47 hours 59 minutes');
    expect(formatMinutes(48 * 60)).toBe('2 days');
    expect(formatMinutes(3 * 1440 + 125)).toBe('3 days 2 hours');
  });
});

describe('readinessByChecklist', () => {
  it('groups results by checklist in the order first mentioned', () => {
    const groups = readinessByChecklist([
      { checklist: 'go-no-go', item: 'a', result: 'pass' },
      { checklist: 'deploy', item: 'b', result: 'pending' },
      { checklist: 'go-no-go', item: 'c', result: 'waived', waiverReason: 'Agreed by the service owner.' },
    ]);
    expect(groups.map((g) => [g.checklist, g.items.map((i) => i.item)])).toEqual([
      ['go-no-go', ['a', 'c']],
      ['deploy', ['b']],
    ]);
  });
});

describe('latestReleases', () => {
  const model = () =>
    fixtureModel([
      shippedRelease('payments', '2.3.0', '2026-09-01T08:00:00Z'),
      shippedRelease('payments', '2.2.0', '2026-06-01T08:00:00Z'),
      shippedRelease('citizen-web', '4.1.0', '2026-10-20T10:00:00Z'),
      fixtureRelease({ version: '2.4.0', status: 'planned', dates: { planned: '2026-12-01' }, environments: [] }),
    ]);
  it('lists releases that reached live, newest first, for all components or one', () => {
    expect(latestReleases(model()).map((r) => r.key)).toEqual(['citizen-web@4.1.0', 'payments@2.3.0', 'payments@2.2.0']);
    expect(latestReleases(model(), { componentId: 'payments', limit: 1 }).map((r) => r.key)).toEqual(['payments@2.3.0']);
  });
  it('stops with a clear message for an unknown component', () => {
    expect(() => latestReleases(model(), { componentId: 'payment' })).toThrow(
      '"payment" is not a component in content/components.yaml: expected one of payments|citizen-web',
    );
  });
});

describe('reachedLiveSummary', () => {
  it('counts releases that reached live, not a pre-release whose live step was skipped (an operations trial)', () => {
    const rc = shippedRelease('payments', '2.5.0-rc.1', '2026-11-02T09:00:00Z', {
      environments: [
        { name: 'staging', status: 'deployed', deployedAt: '2026-11-02T09:00:00Z' },
        { name: 'live', status: 'skipped' },
      ],
    });
    const planned = fixtureRelease({ version: '2.6.0', status: 'planned', dates: { planned: '2026-12-01' }, environments: [] });
    expect(reachedLiveSummary(fixtureModel([rc, planned]))).toBe('2 in all, none of them have reached live');
    expect(reachedLiveSummary(fixtureModel([rc, planned, shippedRelease('payments', '2.4.0', '2026-09-01T08:00:00Z')]))).toBe(
      '3 in all, 1 of them has reached live',
    );
  });
});

describe('ownTitle', () => {
  it("is the title when it says more than the component's name and version, else undefined", () => {
    const r = { componentName: 'Council tax online', version: '1.3.0' };
    for (const title of ['Council tax online 1.3.0', 'council tax  online v1.3.0', '1.3.0', 'v1.3.0']) expect(ownTitle({ ...r, title }), title).toBeUndefined();
    expect(ownTitle({ ...r, title: 'Direct debit changes' })).toBe('Direct debit changes');
    expect(ownTitle({ ...r, title: 'Council tax online 1.3.0: direct debits' })).toBe('Council tax online 1.3.0: direct debits');
  });
});
