import { describe, expect, it } from 'vitest';
import { rel, testBands } from './fixtures';
import { computeKpis, toKpiApiJson } from './report';
import { hasCiFigures, kpiRef, previousQuarterSet, quartersEndingWith, quoteKpi, resolveKpiRef } from './views';

const components = [
  { id: 'payments', name: 'Payments' },
  { id: 'identity', name: 'Identity' },
];

// Payments: 2025-11 (caused an incident), 2026-02, 2026-03 (rolled back); identity: 2026-04 emergency.
const report = computeKpis(
  [
    rel({
      component: 'payments',
      version: '1.0.0',
      at: '2025-11-10T10:00:00Z',
      incidents: [{ id: 'INC-1', detectedAt: '2025-11-10T11:00:00Z', resolvedAt: '2025-11-10T13:00:00Z' }],
    }),
    rel({ component: 'payments', version: '1.1.0', at: '2026-02-10T10:00:00Z' }),
    rel({ component: 'payments', version: '1.2.0', at: '2026-03-10T10:00:00Z', liveStatus: 'rolled-back' }),
    rel({ component: 'identity', version: '2.0.0', at: '2026-04-21T10:00:00+01:00', releaseType: 'emergency' }),
  ],
  { today: '2026-05-14', components, bands: testBands() },
);

describe('figure addresses', () => {
  it('name the scope, the window and the metric', () => {
    expect(kpiRef(report.headline, 'lead-time')).toBe('programme/headline/lead-time');
    expect(kpiRef(report.quarters[1], 'change-failure-rate')).toBe('programme/2026-Q1/change-failure-rate');
    expect(kpiRef(report.components[0].quarters[0], 'rollback-rate')).toBe('payments/2025-Q4/rollback-rate');
  });

  it('resolve to the API entry with the same display text', () => {
    const api = toKpiApiJson(report);
    // 2026-Q1 payments: 2 deployments, 1 rolled back.
    const q1 = resolveKpiRef(api, 'payments/2026-Q1/change-failure-rate');
    expect(q1?.display).toBe('50 %');
    expect(q1?.window.label).toBe('2026-Q1');
    // Headline (14 Feb to 14 May 2026): payments 1.2.0 and identity 2.0.0; one of two was an emergency.
    expect(resolveKpiRef(api, 'programme/headline/emergency-share')?.display).toBe('50 %');
    expect(resolveKpiRef(api, 'identity/headline/deployment-frequency')?.inputs.deployments).toBe(1);
  });

  it('resolve to nothing for an unknown scope, window or metric, or a malformed address', () => {
    const api = toKpiApiJson(report);
    expect(resolveKpiRef(api, 'billing/headline/lead-time')).toBeUndefined();
    expect(resolveKpiRef(api, 'programme/2019-Q1/lead-time')).toBeUndefined();
    expect(resolveKpiRef(api, 'programme/headline/happiness')).toBeUndefined();
    expect(resolveKpiRef(api, 'programme/lead-time')).toBeUndefined();
  });
});

describe('quarter series for a report', () => {
  it('charts at most four quarters ending with the report quarter', () => {
    expect(report.quarters.map((q) => q.window.label)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quartersEndingWith(report.quarters, '2026-Q1').map((q) => q.window.label)).toEqual(['2025-Q4', '2026-Q1']);
    expect(quartersEndingWith(report.quarters, '2026-Q2', 2).map((q) => q.window.label)).toEqual(['2026-Q1', '2026-Q2']);
    expect(quartersEndingWith(report.quarters, '2024-Q1')).toEqual([]);
  });

  it('finds the previous quarter, and none before the first', () => {
    expect(previousQuarterSet(report.quarters, '2026-Q2')?.window.label).toBe('2026-Q1');
    expect(previousQuarterSet(report.quarters, '2025-Q4')).toBeUndefined();
  });
});

describe('<Kpi /> quotes', () => {
  it('quote the programme headline with its band and link to the dashboard', () => {
    // Headline: 2 deployments, 1 failed (the rollback) = 50 %: low in 2023 (medium stops at 15 %).
    expect(quoteKpi(report, { name: 'change-failure-rate' })).toMatchObject({
      text: '50 % (low, DORA 2023)',
      ref: 'programme/headline/change-failure-rate',
      href: '/kpis/',
      context: 'change failure rate, all components, last 90 days',
    });
  });

  it('quote a component or a quarter, linking to where that figure is shown', () => {
    expect(quoteKpi(report, { name: 'rollback-rate', component: 'payments', quarter: '2026-Q1' })).toMatchObject({
      text: '50 %',
      ref: 'payments/2026-Q1/rollback-rate',
      href: '/kpis/payments/',
      context: 'rollback rate, Payments, January to March 2026',
    });
    expect(quoteKpi(report, { name: 'release-success-rate', quarter: '2025-Q4' })).toMatchObject({ text: '0 %', href: '/kpis/reports/2025-Q4/' });
    expect(quoteKpi(report, { name: 'deployment-frequency', component: 'identity', quarter: '2025-Q4' }).text).toBe('no data');
  });

  it('stop the build on an unknown name, component or quarter, saying what is allowed', () => {
    expect(() => quoteKpi(report, { name: 'mttr' })).toThrow(
      '<Kpi name="mttr" />: "mttr" is not one of deployment-frequency|lead-time|change-failure-rate|recovery-time|release-success-rate|rollback-rate|on-time-rate|emergency-share|code-freeze-to-live',
    );
    expect(() => quoteKpi(report, {})).toThrow('<Kpi />: no name is not one of deployment-frequency|');
    expect(() => quoteKpi(report, { name: 'lead-time', component: 'billing' })).toThrow(
      '<Kpi name="lead-time" component="billing" />: component "billing" is not one of payments|identity',
    );
    expect(() => quoteKpi(report, { name: 'lead-time', quarter: '2024-Q3' })).toThrow(
      '<Kpi name="lead-time" quarter="2024-Q3" />: quarter "2024-Q3" is not one of 2025-Q4|2026-Q1|2026-Q2',
    );
  });
});

describe('hasCiFigures', () => {
  const opts = { today: '2026-03-31', components: [{ id: 'payments', name: 'Payments' }], bands: testBands() };
  it('is true once any release records build or pipeline facts, false otherwise', () => {
    expect(hasCiFigures(computeKpis([rel({ at: '2026-03-02T10:00:00Z' })], opts))).toBe(false);
    expect(hasCiFigures(computeKpis([rel({ at: '2026-03-02T10:00:00Z', pipeline: { runs: 3, failedRuns: 0 } })], opts))).toBe(true);
    expect(hasCiFigures(computeKpis([rel({ at: '2026-03-02T10:00:00Z', pipeline: { buildDurationSeconds: 600 } })], opts))).toBe(true);
  });
});
