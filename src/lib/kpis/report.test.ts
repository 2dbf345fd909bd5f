import { describe, expect, it } from 'vitest';
import { rel, testBands } from './fixtures';
import { formatKpiValue } from './format';
import type { KpiRelease } from './input';
import { computeKpis, findMetric, findQuarterReport, toKpiApiJson } from './report';
import { metricTrendChart } from './charts';
import { METRIC_IDS } from './metrics';
import Ajv2020 from 'ajv/dist/2020';
import { kpiApiJsonSchemaText } from './api-schema';

const components = [
  { id: 'payments', name: 'Payments' },
  { id: 'identity', name: 'Identity' },
  { id: 'notifications', name: 'Notifications' },
];

function sample(): KpiRelease[] {
  return [
    rel({
      component: 'payments',
      version: '1.0.0',
      at: '2025-11-10T10:00:00Z',
      incidents: [{ id: 'INC-7', detectedAt: '2025-11-10T11:00:00Z', resolvedAt: '2025-11-10T13:00:00Z', rootCause: 'Currency rounding not covered by tests' }],
      retrospective: {
        date: '2025-11-20',
        toImprove: ['Smoke tests missed the rounding bug'],
        actions: [
          { description: 'Add rounding cases to the smoke tests', owner: 'QA lead', due: '2026-01-15', status: 'in-progress' },
          { description: 'Write the incident up', owner: 'Release manager', status: 'done' },
        ],
      },
    }),
    rel({ component: 'payments', version: '1.1.0', at: '2026-02-10T10:00:00Z', planned: '2026-02-10', released: '2026-02-10' }),
    rel({
      component: 'identity',
      version: '2.0.0',
      at: '2026-04-20T10:00:00+01:00',
      liveStatus: 'rolled-back',
      retrospective: { date: '2026-04-25', actions: [{ description: 'Rehearse the rollback', owner: 'Ops', status: 'open' }] },
    }),
    rel({ component: 'identity', version: '2.0.1', at: '2026-04-21T10:00:00+01:00', releaseType: 'emergency' }),
    rel({ component: 'identity', version: '2.1.0', planned: '2026-06-01' }),
  ];
}

const opts = { today: '2026-05-14', components, bands: testBands() };

describe('computeKpis', () => {
  const report = computeKpis(sample(), opts);

  it('headline is the rolling 90 days to today', () => {
    expect(report.headline.window).toMatchObject({ from: '2026-02-14', to: '2026-05-14', days: 90 });
    const cfr = report.headline.metrics['change-failure-rate'];
    expect([cfr.numerator, cfr.denominator]).toEqual([1, 2]);
    expect(formatKpiValue(report.headline.metrics['emergency-share'])).toBe('50%');
  });

  it('quarters run from the earliest data to today\'s quarter, which is partial', () => {
    expect(report.quarters.map((q) => q.window.label)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(report.quarters[2].window).toMatchObject({ to: '2026-05-14', partial: true });
    expect(report.quarters.map((q) => q.metrics['deployment-frequency'].inputs.deployments)).toEqual([1, 1, 2]);
  });

  it('has a row per component, in the given order, including one with no releases (all "no data")', () => {
    expect(report.components.map((c) => c.id)).toEqual(['payments', 'identity', 'notifications']);
    const none = report.components[2];
    expect(Object.values(none.headline.metrics).map(formatKpiValue)).toEqual(Array(METRIC_IDS.length).fill('no data'));
    expect(none.quarters).toHaveLength(3);
  });

  it('per-component quarters add up to the programme', () => {
    for (let i = 0; i < report.quarters.length; i++) {
      const sum = report.components.reduce((n, c) => n + c.quarters[i].metrics['change-failure-rate'].inputs.deployments, 0);
      expect(sum).toBe(report.quarters[i].metrics['change-failure-rate'].inputs.deployments);
    }
  });

  it('the quarter report lists releases, failures with root causes and open retrospective actions', () => {
    const q4 = findQuarterReport(report, '2025-Q4')!;
    expect(q4.releases.map((r) => r.key)).toEqual(['payments@1.0.0']);
    expect(q4.failures).toEqual([
      expect.objectContaining({
        key: 'payments@1.0.0',
        rolledBack: false,
        rootCauses: ['Currency rounding not covered by tests'],
        toImprove: ['Smoke tests missed the rounding bug'],
        incidents: [expect.objectContaining({ id: 'INC-7', durationSeconds: 7200, open: false })],
      }),
    ]);
    expect(q4.openActions).toEqual([
      expect.objectContaining({ release: 'payments@1.0.0', description: 'Add rounding cases to the smoke tests', overdue: true }),
    ]);
    const q2 = findQuarterReport(report, '2026-Q2')!;
    expect(q2.releases.map((r) => [r.key, r.failed])).toEqual([
      ['identity@2.0.0', true],
      ['identity@2.0.1', false],
    ]);
    expect(q2.failures.map((f) => [f.key, f.rolledBack])).toEqual([['identity@2.0.0', true]]);
    expect(q2.openActions.map((a) => a.description)).toEqual(['Add rounding cases to the smoke tests', 'Rehearse the rollback']);
  });

  it('findMetric serves the <Kpi> component: programme headline by default, or a component and quarter', () => {
    expect(findMetric(report, 'change-failure-rate')?.value).toBe(0.5);
    expect(findMetric(report, 'rollback-rate', { component: 'identity', quarter: '2026-Q2' })?.value).toBe(0.5);
    expect(findMetric(report, 'rollback-rate', { component: 'nope' })).toBeUndefined();
  });

  it('a custom window replaces the headline', () => {
    const r = computeKpis(sample(), { ...opts, window: { from: '2025-11-01', to: '2025-11-30' } });
    expect(r.headline.window).toMatchObject({ kind: 'custom', days: 30 });
    expect(r.headline.metrics['recovery-time'].value).toBe(7200);
  });

  it('does not depend on the order of its input', () => {
    const shuffled = sample().reverse();
    expect(toKpiApiJson(computeKpis(shuffled, opts))).toEqual(toKpiApiJson(report));
  });

  it('with no releases at all still has today\'s quarter, with no data', () => {
    const r = computeKpis([], opts);
    expect(r.quarters.map((q) => q.window.label)).toEqual(['2026-Q2']);
    expect(r.headline.metrics['lead-time'].value).toBeNull();
  });
});

describe('toKpiApiJson', () => {
  const report = computeKpis(sample(), opts);
  const json = toKpiApiJson(report);

  it('carries every figure with its window, display text, band and input counts', () => {
    const cfr = json.programme.headline.metrics.find((m) => m.id === 'change-failure-rate')!;
    expect(cfr).toMatchObject({
      value: 0.5,
      display: '50%',
      numerator: 1,
      denominator: 2,
      window: { from: '2026-02-14', to: '2026-05-14', days: 90, kind: 'rolling' },
      band: 'low',
      bandReportYear: 2023,
      bandDisplay: 'Low (DORA 2023)',
      inputs: { deployments: 2, failed: 1, rolledBack: 1 },
    });
    expect(json.programme.headline.metrics).toHaveLength(METRIC_IDS.length);
    expect(json.components.map((c) => c.quarters.length)).toEqual([3, 3, 3]);
    expect(json.bands).toEqual({ reportYear: 2023, title: 'Accelerate State of DevOps Report 2023', source: 'https://dora.dev/research/2023/dora-report/' });
  });

  it('writes null, never NaN, for no data, and survives a JSON round trip unchanged', () => {
    const none = json.components[2].headline.metrics;
    expect(none.every((m) => m.value === null && m.display === 'no data')).toBe(true);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('shows the same text as the pages\' formatter for every figure', () => {
    for (const [i, set] of report.quarters.entries()) {
      for (const m of json.programme.quarters[i].metrics) expect(m.display).toBe(formatKpiValue(set.metrics[m.id]));
    }
  });
});

describe('the JSON Schema published for /api/kpis.json', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
  const check = ajv.compile(JSON.parse(kpiApiJsonSchemaText()) as object);
  const json = JSON.parse(JSON.stringify(toKpiApiJson(computeKpis(sample(), opts)))) as Record<string, unknown>;

  it('accepts the document, deployment-frequency buckets and open incidents included', () => {
    expect(check(json), JSON.stringify(check.errors)).toBe(true);
    // Nothing in the document escaped the schema: the fields only some metrics carry are among those checked.
    const metrics = (json.programme as { headline: { metrics: Record<string, unknown>[] } }).headline.metrics;
    expect(metrics.find((m) => m.id === 'deployment-frequency')).toHaveProperty('bucketBasis');
  });

  it('refuses a document missing a field, with one it does not describe, or with a value of another kind', () => {
    const { undated: _undated, ...missing } = json;
    expect(check(missing)).toBe(false);
    expect(check({ ...json, extra: 1 })).toBe(false);
    expect(check({ ...json, schemaVersion: '1' })).toBe(false);
  });
});

describe('trend charts from the report', () => {
  it('plots the programme series per quarter, bars for frequency and lines for the rest', () => {
    const report = computeKpis(sample(), opts);
    const f = metricTrendChart(report.quarters, 'deployment-frequency');
    expect(f.kind).toBe('bar');
    expect(f.bars.map((b) => b.label)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    const rec = metricTrendChart(report.quarters, 'recovery-time');
    expect(rec.points.map((p) => p.display)).toEqual(['2 h', 'no data', 'no data']);
    expect(rec.title).toBe('Failed deployment recovery time by quarter');
  });
});
