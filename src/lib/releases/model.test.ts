import { describe, expect, it } from 'vitest';
import { bareRelease, shippedRelease } from './fixtures';
import { componentOverview, liveRelease, nextReleases } from './model';
import { fixtureModel } from './testing';
import { compareVersions, releaseTypeFromVersion, stageFromVersion } from './version';

describe('version helpers', () => {
  it('orders versions by SemVer precedence', () => {
    const order = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
    const shuffled = ['1.0.0-beta.11', '1.0.0', '1.0.0-alpha.1', '1.0.0-rc.1', '1.0.0-alpha', '1.0.0-beta.2'];
    expect([...shuffled].sort(compareVersions)).toEqual(order);
  });
  it('derives stage and release type from the version', () => {
    expect(stageFromVersion('2.0.0-alpha.3')).toBe('alpha');
    expect(stageFromVersion('2.0.0-rc.1')).toBe('rc');
    expect(stageFromVersion('2.0.0')).toBe('ga');
    expect(stageFromVersion('2.0.0-preview.1')).toBeUndefined();
    expect(releaseTypeFromVersion('3.0.0')).toBe('major');
    expect(releaseTypeFromVersion('3.2.0')).toBe('minor');
    expect(releaseTypeFromVersion('3.2.1')).toBe('patch');
  });
});

describe('release model', () => {
  it('sorts releases by component, then SemVer precedence', () => {
    const m = fixtureModel([
      bareRelease('payments', '1.0.0'),
      bareRelease('payments', '1.0.0-beta.11'),
      bareRelease('citizen-web', '3.1.0'),
      bareRelease('payments', '1.0.0-alpha'),
      bareRelease('payments', '1.0.0-rc.1'),
      bareRelease('payments', '1.0.0-beta.2'),
      bareRelease('payments', '1.0.0-alpha.1'),
    ]);
    expect(m.releases.map((r) => r.key)).toEqual([
      'citizen-web@3.1.0',
      'payments@1.0.0-alpha',
      'payments@1.0.0-alpha.1',
      'payments@1.0.0-beta.2',
      'payments@1.0.0-beta.11',
      'payments@1.0.0-rc.1',
      'payments@1.0.0',
    ]);
    expect(m.byComponent['payments'].map((r) => r.version)[0]).toBe('1.0.0-alpha');
    expect(m.byKey['payments@1.0.0-rc.1'].componentName).toBe('Payments gateway');
  });

  it('lists newest first by released or planned date, then precedence, undated last', () => {
    const m = fixtureModel([
      shippedRelease('payments', '1.1.0', '2026-02-10T09:00:00Z'),
      bareRelease('payments', '1.2.0', { dates: { planned: '2026-12-03' } }),
      shippedRelease('payments', '1.1.1', '2026-02-10T15:00:00Z', { releaseType: 'patch' }),
      bareRelease('payments', '2.0.0'),
      // A release date written as a late-evening UTC time belongs to the next day in London (BST).
      shippedRelease('citizen-web', '3.0.0', '2026-06-30T23:30:00Z', { dates: { released: '2026-06-30T23:30:00Z' } }),
    ]);
    expect(m.newestFirst.map((r) => `${r.key} ${r.date ?? '-'}`)).toEqual([
      'payments@1.2.0 2026-12-03',
      'citizen-web@3.0.0 2026-07-01',
      'payments@1.1.1 2026-02-10',
      'payments@1.1.0 2026-02-10',
      'payments@2.0.0 -',
    ]);
    expect(m.byKey['payments@1.2.0'].dateKind).toBe('planned');
    expect(m.byKey['payments@1.1.0'].dateKind).toBe('released');
    expect(m.byKey['citizen-web@3.0.0'].year).toBe(2026);
  });

  it('finds what is live now: the latest live deployment not rolled back or yanked', () => {
    const releases = [
      shippedRelease('payments', '2.3.0', '2026-03-02T08:00:00Z'),
      shippedRelease('payments', '2.3.1', '2026-04-02T08:00:00Z', { releaseType: 'patch' }),
      shippedRelease('payments', '2.4.0', '2026-05-14T08:00:00Z', {
        status: 'rolled-back',
        environments: [{ name: 'live', status: 'rolled-back', deployedAt: '2026-05-14T08:00:00Z' }],
      }),
      shippedRelease('payments', '2.3.2', '2026-05-20T08:00:00Z', { status: 'yanked', releaseType: 'patch' }),
      bareRelease('payments', '2.5.0', { dates: { planned: '2026-12-03' } }),
      bareRelease('payments', '2.4.1', { status: 'in-progress', releaseType: 'patch', dates: { planned: '2026-06-01' } }),
    ];
    const m = fixtureModel(releases);
    expect(liveRelease(m, 'payments')?.version).toBe('2.3.1');
    expect(nextReleases(m, 'payments').map((r) => r.version)).toEqual(['2.4.1', '2.5.0']);
    // Once 2.4.1 reaches live (after the yanked 2.3.2 did) it is what is live.
    const later = fixtureModel([
      ...releases.filter((r) => r.version !== '2.4.1'),
      shippedRelease('payments', '2.4.1', '2026-06-01T08:00:00Z', { releaseType: 'patch' }),
    ]);
    expect(liveRelease(later, 'payments')?.version).toBe('2.4.1');
    expect(liveRelease(later, 'citizen-web')).toBeUndefined();
  });

  it('says when the release live now came back after a later one was rolled back or yanked (a release manager\'s trial)', () => {
    const m = fixtureModel([
      shippedRelease('payments', '2.0.0', '2026-02-09T08:00:00Z'),
      shippedRelease('payments', '2.0.1', '2026-02-12T08:00:00Z', { status: 'yanked', releaseType: 'patch' }),
    ]);
    const o = componentOverview(m, 'payments')!;
    expect([o.live?.version, o.withdrawnAfter?.version]).toEqual(['2.0.0', '2.0.1']);
    // A rollback before it went live, or a later release that never reached live, does not interrupt it.
    const earlier = fixtureModel([
      shippedRelease('payments', '1.9.0', '2026-02-01T08:00:00Z', { status: 'rolled-back', environments: [{ name: 'live', status: 'rolled-back', deployedAt: '2026-02-01T08:00:00Z' }] }),
      shippedRelease('payments', '2.0.0', '2026-02-09T08:00:00Z'),
      shippedRelease('payments', '2.0.2', '2026-02-20T08:00:00Z', { status: 'rolled-back', environments: [{ name: 'live', status: 'skipped' }] }),
    ]);
    expect(componentOverview(earlier, 'payments')!.withdrawnAfter).toBeUndefined();
    expect('withdrawnAfter' in componentOverview(earlier, 'payments')!).toBe(false);
  });

  it('gives a component overview with history newest first', () => {
    const m = fixtureModel([
      shippedRelease('payments', '2.3.0', '2026-03-02T08:00:00Z'),
      bareRelease('payments', '2.4.0', { dates: { planned: '2026-12-03' } }),
    ]);
    const o = componentOverview(m, 'payments')!;
    expect(o.component.name).toBe('Payments gateway');
    expect(o.live?.version).toBe('2.3.0');
    expect(o.next.map((r) => r.version)).toEqual(['2.4.0']);
    expect(o.history.map((r) => r.version)).toEqual(['2.4.0', '2.3.0']);
    expect(componentOverview(m, 'nope')).toBeUndefined();
    expect(componentOverview(m, 'citizen-web')?.history).toEqual([]);
  });
});
