import { describe, expect, it } from 'vitest';
import { prepareKpiData } from './data';
import { rel, testBands } from './fixtures';
import { formatInputs, formatKpiValue } from './format';
import type { KpiRelease } from './input';
import { computeMetrics, METRIC_IDS, selectWindow, type MetricSet } from './metrics';
import { median } from './stats';
import { customWindow, quarterWindow, rollingWindow } from './windows';

const bands = testBands();

function metricsFor(releases: KpiRelease[], from: string, to: string, component?: string): MetricSet {
  return computeMetrics(selectWindow(prepareKpiData(releases), customWindow(from, to), component), bands);
}

/** Ten live deployments on the first ten days of March 2026, at noon. */
function tenDeployments(failedIdx: Record<number, 'rollback' | 'incident'>): KpiRelease[] {
  return Array.from({ length: 10 }, (_, i) => {
    const day = String(i + 1).padStart(2, '0');
    const kind = failedIdx[i];
    return rel({
      at: `2026-03-${day}T12:00:00+00:00`,
      liveStatus: kind === 'rollback' ? 'rolled-back' : 'deployed',
      incidents: kind === 'incident' ? [{ detectedAt: `2026-03-${day}T13:00:00+00:00`, resolvedAt: `2026-03-${day}T14:00:00+00:00` }] : [],
    });
  });
}

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the two middle values of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('change failure rate and release success rate', () => {
  it('10 deployments of which 2 failed (one rolled back, one caused an incident) → 20%', () => {
    const m = metricsFor(tenDeployments({ 2: 'rollback', 7: 'incident' }), '2026-03-01', '2026-03-31');
    const cfr = m['change-failure-rate'];
    expect(cfr.value).toBe(0.2);
    expect([cfr.numerator, cfr.denominator]).toEqual([2, 10]);
    expect(cfr.inputs).toMatchObject({ deployments: 10, failed: 2, rolledBack: 1, causedIncident: 1 });
    expect(formatKpiValue(cfr)).toBe('20%');
    expect(formatKpiValue(m['release-success-rate'])).toBe('80%');
    expect(formatKpiValue(m['rollback-rate'])).toBe('10%');
    // 20% is above 2023's medium limit of 15%, so low.
    expect([cfr.band, cfr.bandReportYear, cfr.bandPublished]).toEqual(['low', 2023, '64%']);
  });

  it('a release yanked after it reached live is a failed change (DORA: it needed remediation), not a success', () => {
    // A new adopter's trial (2 December 2026): a release yanked for showing other people's data, then replaced by a
    // patch, left the change failure rate at 0% and the release success rate at 100%.
    const yanked: KpiRelease = { ...rel({ version: '1.2.0', at: '2026-03-02T10:00:00Z' }), status: 'yanked' };
    const fix = rel({ version: '1.2.1', at: '2026-03-04T10:00:00Z' });
    const m = metricsFor([yanked, fix], '2026-03-01', '2026-03-31');
    expect(m['change-failure-rate'].inputs).toMatchObject({ deployments: 2, failed: 1, rolledBack: 0, yanked: 1, causedIncident: 0 });
    expect(formatKpiValue(m['change-failure-rate'])).toBe('50%');
    expect(formatKpiValue(m['release-success-rate'])).toBe('50%');
    expect(m['rollback-rate'].value).toBe(0);
  });

  it('an incident not caused by the release does not make it a failure', () => {
    const r = rel({ at: '2026-03-02T10:00:00Z', incidents: [{ detectedAt: '2026-03-02T11:00:00Z', causedByRelease: false }] });
    const m = metricsFor([r], '2026-03-01', '2026-03-31');
    expect(m['change-failure-rate'].value).toBe(0);
    expect(m['recovery-time'].inputs.incidents).toBe(0);
  });

  it('attributes an incident recorded on a fix release to the release it names', () => {
    const bad = rel({ version: '2.0.0', at: '2026-03-02T10:00:00Z' });
    const fix = rel({
      version: '2.0.1',
      at: '2026-03-03T10:00:00Z',
      releaseType: 'emergency',
      incidents: [{ detectedAt: '2026-03-02T11:00:00Z', resolvedAt: '2026-03-03T10:00:00Z', causedByRelease: 'payments@2.0.0' }],
    });
    const m = metricsFor([bad, fix], '2026-03-01', '2026-03-31');
    expect(m['change-failure-rate'].inputs).toMatchObject({ deployments: 2, failed: 1, causedIncident: 1 });
    expect(m['emergency-share'].value).toBe(0.5);
  });
});

describe('a rolled-back release counts once', () => {
  it('is one deployment and one failure however many live entries and rollback incidents it has', () => {
    const r: KpiRelease = {
      ...rel({
        at: '2026-03-10T09:00:00Z',
        incidents: [{ detectedAt: '2026-03-10T09:30:00Z', resolvedAt: '2026-03-10T10:00:00Z', remediation: 'rollback' }],
      }),
      status: 'rolled-back',
      environments: [
        { name: 'live', status: 'deployed', deployedAt: '2026-03-10T09:00:00Z' },
        { name: 'live', status: 'rolled-back', deployedAt: '2026-03-10T09:00:00Z' },
      ],
    };
    const ok = rel({ at: '2026-03-11T09:00:00Z' });
    const m = metricsFor([r, ok], '2026-03-01', '2026-03-31');
    expect(m['deployment-frequency'].inputs.deployments).toBe(2);
    expect(m['change-failure-rate'].inputs).toMatchObject({ deployments: 2, failed: 1, rolledBack: 1, causedIncident: 1, rolledBackAndCausedIncident: 1 });
    expect(m['change-failure-rate'].value).toBe(0.5);
    expect(m['rollback-rate'].value).toBe(0.5);
  });

  it('counts a live entry with status failed, pending or skipped as no deployment', () => {
    const r: KpiRelease = { ...rel({ at: '2026-03-10T09:00:00Z' }), environments: [{ name: 'live', status: 'failed', deployedAt: '2026-03-10T09:00:00Z' }] };
    expect(metricsFor([r], '2026-03-01', '2026-03-31')['deployment-frequency'].value).toBeNull();
  });

  it('counts a failed live step of a release marked rolled-back as a deployment rolled back, not as on time', () => {
    // A KPI audit (3 December 2026): it dropped out of every stability measure and counted as delivered on time.
    const r: KpiRelease = {
      ...rel({ at: '2026-03-10T09:00:00Z' }),
      status: 'rolled-back',
      dates: { planned: '2026-03-10', released: '2026-03-10' },
      environments: [{ name: 'live', status: 'failed', deployedAt: '2026-03-10T09:00:00Z' }],
    };
    const m = metricsFor([r, rel({ at: '2026-03-11T09:00:00Z' })], '2026-03-01', '2026-03-31');
    expect(m['change-failure-rate'].inputs).toMatchObject({ deployments: 2, failed: 1, rolledBack: 1 });
    expect(m['rollback-rate'].value).toBe(0.5);
    // A pre-release whose live step was skipped was not delivered: no deployment, and not on time either.
    const skipped: KpiRelease = { ...rel({ at: '2026-03-12T09:00:00Z' }), dates: { planned: '2026-03-12', released: '2026-03-12' }, environments: [{ name: 'live', status: 'skipped' }] };
    expect(metricsFor([skipped], '2026-03-01', '2026-03-31')['on-time-rate'].value).toBeNull();
  });
});

describe('figures are never shown better than they are, so a shown figure meets a limit only when the figure does', () => {
  it('cuts a duration to the unit shown, and keeps a ratio from rounding onto a whole percent from its better side', () => {
    // A KPI audit (3 December 2026): a median of 23 h 59 min 40 s showed as "1 day" beside "Elite: less than 1 day".
    expect(formatKpiValue({ id: 'lead-time', unit: 'seconds', value: 86_380 })).toBe('23 h 59 min');
    expect(formatKpiValue({ id: 'recovery-time', unit: 'seconds', value: 3585 })).toBe('59 min');
    expect(formatKpiValue({ id: 'change-failure-rate', unit: 'ratio', value: 0.0504 })).toBe('5.1%');
    expect(formatKpiValue({ id: 'change-failure-rate', unit: 'ratio', value: 0.05 })).toBe('5%');
    expect(formatKpiValue({ id: 'on-time-rate', unit: 'ratio', value: 0.8996 })).toBe('89.9%');
    expect(formatKpiValue({ id: 'on-time-rate', unit: 'ratio', value: 0.9 })).toBe('90%');
    // Away from a whole percent, the nearest tenth, as anyone would round it.
    expect(formatKpiValue({ id: 'change-failure-rate', unit: 'ratio', value: 1 / 3 })).toBe('33.3%');
    expect(formatKpiValue({ id: 'on-time-rate', unit: 'ratio', value: 2 / 3 })).toBe('66.7%');
  });
});

describe('a window with no data', () => {
  it('gives null for every metric, shown as "no data", never 0 or NaN', () => {
    const m = metricsFor(tenDeployments({}), '2026-05-01', '2026-05-31');
    for (const id of METRIC_IDS) {
      expect(m[id].value, id).toBeNull();
      expect(formatKpiValue(m[id]), id).toBe('no data');
      expect(m[id].band, id).toBeNull();
    }
    expect(m['deployment-frequency'].bucket).toBeNull();
    expect(m['change-failure-rate'].bandReportYear).toBe(2023);
    expect(m['rollback-rate'].bandReportYear).toBeNull();
  });
});

describe('failed deployment recovery time', () => {
  it('leaves out an incident blamed on a release that never reached live (a pre-release whose live step was skipped)', () => {
    // A KPI audit (3 December 2026): it was in the recovery time but in no report's list of failures.
    const pre: KpiRelease = {
      ...rel({ at: '2026-07-20T09:00:00Z', incidents: [{ detectedAt: '2026-07-20T14:00:00Z', resolvedAt: '2026-07-20T17:00:00Z' }] }),
      environments: [{ name: 'test', status: 'deployed', deployedAt: '2026-07-20T09:00:00Z' }, { name: 'live', status: 'skipped' }],
    };
    const m = metricsFor([pre], '2026-07-01', '2026-07-31');
    expect(m['recovery-time'].value).toBeNull();
    expect(m['recovery-time'].inputs).toMatchObject({ incidents: 0 });
  });

  it('measures an incident across midnight and the 29 March 2026 clock change as 2 hours', () => {
    const r = rel({ at: '2026-03-28T22:00:00+00:00', incidents: [{ detectedAt: '2026-03-29T00:30:00+00:00', resolvedAt: '2026-03-29T03:30:00+01:00' }] });
    const m = metricsFor([r], '2026-03-01', '2026-03-31')['recovery-time'];
    expect(m.value).toBe(7200);
    expect(formatKpiValue(m)).toBe('2 h');
    expect(m.band).toBe('high'); // not under one hour, under one day
  });

  it('measures the autumn change (25 October 2026) correctly too: 23:30 BST to 01:30 GMT is 3 hours', () => {
    const r = rel({ at: '2026-10-24T20:00:00+01:00', incidents: [{ detectedAt: '2026-10-24T23:30:00+01:00', resolvedAt: '2026-10-25T01:30:00+00:00' }] });
    expect(metricsFor([r], '2026-10-01', '2026-10-31')['recovery-time'].value).toBe(3 * 3600);
  });

  it('counts unresolved incidents as open and leaves them out of the median', () => {
    const r = rel({
      at: '2026-03-02T10:00:00Z',
      incidents: [
        { id: 'INC-1', detectedAt: '2026-03-02T11:00:00Z', resolvedAt: '2026-03-02T11:30:00Z' },
        { id: 'INC-2', detectedAt: '2026-03-03T11:00:00Z', resolvedAt: '2026-03-03T12:30:00Z' },
        { id: 'INC-3', detectedAt: '2026-03-04T11:00:00Z' },
      ],
    });
    const m = metricsFor([r], '2026-03-01', '2026-03-31')['recovery-time'];
    expect(m.value).toBe(3600); // median of 30 and 90 minutes
    expect(m.inputs).toEqual({ incidents: 3, resolved: 2, open: 1, ignored: 0 });
    expect(m.openIncidents).toEqual([{ id: 'INC-3', cause: r.component + '@' + r.version, detectedAt: '2026-03-04T11:00:00Z' }]);
  });

  it('with only open incidents has no figure', () => {
    const r = rel({ at: '2026-03-02T10:00:00Z', incidents: [{ detectedAt: '2026-03-02T11:00:00Z' }] });
    const m = metricsFor([r], '2026-03-01', '2026-03-31')['recovery-time'];
    expect(m.value).toBeNull();
    expect(m.inputs.open).toBe(1);
  });
});

describe('lead time for changes', () => {
  it('takes the median over all commits and, with an even count, the mean of the middle two', () => {
    const r = rel({ at: '2026-03-10T12:00:00Z', commits: ['2026-03-10T11:00:00Z', '2026-03-10T10:00:00Z'] });
    const m = metricsFor([r], '2026-03-01', '2026-03-31')['lead-time'];
    expect(m.value).toBe(1.5 * 3600);
    expect(formatKpiValue(m)).toBe('1 h 30 min');
  });

  it('ignores commits not before the deployment (zero or negative differences)', () => {
    const r = rel({
      at: '2026-03-10T12:00:00Z',
      commits: ['2026-03-10T13:00:00Z', '2026-03-10T12:00:00Z', '2026-03-10T10:00:00Z', '2026-03-10T08:00:00Z'],
    });
    const m = metricsFor([r], '2026-03-01', '2026-03-31')['lead-time'];
    expect(m.value).toBe(3 * 3600); // median of 2 h and 4 h
    expect(m.inputs).toMatchObject({ commits: 4, measured: 2, ignored: 2 });
  });

  it('measures no lead time from a live deployment with no recorded time (its date\'s midnight is not when it went out)', () => {
    // A KPI audit (3 December 2026): measured to 00:00, with a commit made that morning dropped as "not before".
    const r: KpiRelease = { ...rel({ at: '2026-09-10T12:00:00Z', commits: ['2026-09-09T15:00:00Z', '2026-09-10T08:00:00Z'] }), environments: [{ name: 'live', status: 'deployed' }] };
    const m = metricsFor([r], '2026-09-01', '2026-09-30');
    expect(m['deployment-frequency'].inputs.deployments).toBe(1);
    expect(m['lead-time'].value).toBeNull();
  });

  it('measures a commit once, to the first deployment that put it in production, not again to the fix that replaced it', () => {
    // A KPI audit (3 December 2026): a commit of a rolled-back release, listed again in its fix, counted twice.
    const commit = { sha: 'AB12CD34', committedAt: '2026-03-01T12:00:00Z' };
    const rolledBack = rel({ version: '1.1.0', at: '2026-03-02T12:00:00Z', liveStatus: 'rolled-back', commits: [commit] });
    const fix = rel({ version: '1.1.1', at: '2026-03-05T12:00:00Z', commits: [{ ...commit, sha: 'ab12cd34' }, '2026-03-04T12:00:00Z'] });
    const m = metricsFor([fix, rolledBack], '2026-03-01', '2026-03-31')['lead-time'];
    // 1 day (the shared commit, to the rolled-back deployment) and 1 day (the fix's own commit): not also 4 days.
    expect(m.inputs).toMatchObject({ deployments: 2, deploymentsWithCommits: 2, commits: 2, measured: 2 });
    expect(m.value).toBe(24 * 3600);
    // The same sha in another component is another commit: each component's production got it.
    const other = rel({ component: 'notify', version: '2.0.0', at: '2026-03-06T12:00:00Z', commits: [commit] });
    expect(metricsFor([fix, rolledBack, other], '2026-03-01', '2026-03-31')['lead-time'].inputs).toMatchObject({ commits: 3, measured: 3 });
    // A first deployment with no recorded time measures nothing, and a later one does not measure the commit again.
    const untimed: KpiRelease = { ...rolledBack, environments: [{ name: 'live', status: 'rolled-back' }] };
    expect(metricsFor([fix, untimed], '2026-03-01', '2026-03-31')['lead-time'].inputs).toMatchObject({ commits: 1, measured: 1 });
  });

  it('reads a bare commit date as midnight in London', () => {
    const r = rel({ at: '2026-07-02T00:00:00+01:00', commits: ['2026-07-01'] });
    expect(metricsFor([r], '2026-07-01', '2026-07-31')['lead-time'].value).toBe(24 * 3600);
  });
});

describe('deployment frequency', () => {
  /** Deployments on the given day offsets back from 2026-03-31 (0 = 31 March). */
  function daysBack(offsets: number[]): KpiRelease[] {
    return offsets.map((o) => {
      const d = new Date(Date.UTC(2026, 2, 31 - o, 12));
      return rel({ at: d.toISOString() });
    });
  }
  const w = rollingWindow('2026-03-31'); // 12 whole weeks counted back from 31 March, 3 thirty-day blocks

  function bucketOf(releases: KpiRelease[]) {
    return computeMetrics(selectWindow(prepareKpiData(releases), w), bands)['deployment-frequency'];
  }
  /** Days in week k (0 = the latest week) on which to deploy. */
  const week = (k: number, days: number) => Array.from({ length: days }, (_, i) => k * 7 + i);

  it('is per week over the window: 18 deployments in 90 days is 1.4 per week', () => {
    const m = bucketOf(daysBack(Array.from({ length: 18 }, (_, i) => i * 5)));
    expect(m.value).toBeCloseTo(1.4, 10);
    expect(formatKpiValue(m)).toBe('1.4 per week');
    expect(m.inputs).toMatchObject({ deployments: 18, days: 90 });
  });

  it('is daily when the median number of deployment days per week is exactly 3', () => {
    // 7 weeks with 3 deployment days, 5 weeks with 2: sorted middle values are 3 and 3.
    const offsets = [...Array.from({ length: 7 }, (_, k) => week(k, 3)), ...Array.from({ length: 5 }, (_, k) => week(k + 7, 2))].flat();
    const m = bucketOf(daysBack(offsets));
    expect(m.bucketBasis?.medianDeploymentDaysPerWeek).toBe(3);
    expect(m.bucket).toBe('daily');
  });

  it('is weekly when that median is 2.5 (six weeks of 3, six of 2)', () => {
    const offsets = [...Array.from({ length: 6 }, (_, k) => week(k, 3)), ...Array.from({ length: 6 }, (_, k) => week(k + 6, 2))].flat();
    const m = bucketOf(daysBack(offsets));
    expect(m.bucketBasis?.medianDeploymentDaysPerWeek).toBe(2.5);
    expect(m.bucket).toBe('weekly');
  });

  it('is weekly when 7 of 12 weeks had a deployment, monthly when only 6 did', () => {
    expect(bucketOf(daysBack([0, 7, 14, 21, 28, 35, 42])).bucket).toBe('weekly');
    const six = bucketOf(daysBack([0, 7, 14, 21, 28, 35]));
    expect(six.bucketBasis?.medianWeeksWithDeployment).toBe(0.5);
    expect(six.bucket).toBe('monthly'); // deployment days per 30-day block: 5, 1, 0 → median 1
  });

  it('is monthly when 2 of the 3 thirty-day blocks had a deployment, yearly when 1 did', () => {
    expect(bucketOf(daysBack([0, 30])).bucket).toBe('monthly');
    expect(bucketOf(daysBack([0, 1, 2])).bucket).toBe('yearly');
  });

  it('counts several deployments on one day as one deployment day but every deployment in the rate', () => {
    const m = bucketOf(daysBack([0, 0, 0]));
    expect(m.inputs).toMatchObject({ deployments: 3, deploymentDays: 1 });
  });

  it('is banded on deployments per year: 52 a year is high in 2023 and 2021', () => {
    const weekly = Array.from({ length: 13 }, (_, k) => k * 7); // 13 in 91 days = 52.1 per year
    const r = daysBack(weekly);
    const w91 = customWindow('2025-12-31', '2026-03-31');
    const m2023 = computeMetrics(selectWindow(prepareKpiData(r), w91), testBands(2023))['deployment-frequency'];
    const m2021 = computeMetrics(selectWindow(prepareKpiData(r), w91), testBands(2021))['deployment-frequency'];
    expect([m2023.band, m2023.bandReportYear]).toEqual(['high', 2023]);
    expect([m2021.band, m2021.bandReportYear]).toEqual(['high', 2021]);
  });
});

describe('windows', () => {
  it('the rolling 90 days ending 31 March 2026 start on 1 January and include both ends', () => {
    const w = rollingWindow('2026-03-31');
    expect([w.from, w.to, w.days]).toEqual(['2026-01-01', '2026-03-31', 90]);
    const edge = [rel({ at: '2025-12-31T23:59:00Z' }), rel({ at: '2026-01-01T00:00:00Z' }), rel({ at: '2026-03-31T22:59:00Z' })];
    expect(computeMetrics(selectWindow(prepareKpiData(edge), w), bands)['deployment-frequency'].inputs.deployments).toBe(2);
  });

  it('places a deployment by its London date: 23:30 UTC on 31 March 2026 is 1 April (BST), in Q2', () => {
    const r = [rel({ at: '2026-03-31T23:30:00Z' }), rel({ at: '2025-12-31T23:30:00Z' })];
    const data = prepareKpiData(r);
    expect(selectWindow(data, quarterWindow('2026-Q1')).deployments).toHaveLength(0);
    expect(selectWindow(data, quarterWindow('2026-Q2')).deployments).toHaveLength(1);
    expect(selectWindow(data, quarterWindow('2025-Q4')).deployments).toHaveLength(1);
  });

  it('filters by component', () => {
    const r = [rel({ component: 'payments', at: '2026-03-02T10:00:00Z' }), rel({ component: 'identity', at: '2026-03-03T10:00:00Z' })];
    expect(metricsFor(r, '2026-03-01', '2026-03-31', 'identity')['deployment-frequency'].inputs.deployments).toBe(1);
  });
});

describe('ITIL measures', () => {
  it('on-time rate: released on or before the planned date, of releases with a planned date', () => {
    const r = [
      rel({ at: '2026-03-10T10:00:00Z', released: '2026-03-10', planned: '2026-03-10' }),
      rel({ at: '2026-03-11T10:00:00Z', released: '2026-03-11', planned: '2026-03-10' }),
      rel({ at: '2026-03-09T10:00:00Z', released: '2026-03-09', planned: '2026-03-12' }),
      rel({ at: '2026-03-12T10:00:00Z', released: '2026-03-12' }),
    ];
    const m = metricsFor(r, '2026-03-01', '2026-03-31')['on-time-rate'];
    expect([m.numerator, m.denominator]).toEqual([2, 3]);
    expect(formatKpiValue(m)).toBe('66.7%');
    expect(m.inputs).toMatchObject({ released: 4, withPlannedDate: 3, onTime: 2, late: 1, withoutPlannedDate: 1 });
  });

  it('code freeze to live: median from 00:00 London on the freeze date to the live deployment', () => {
    const r = [
      rel({ at: '2026-03-30T10:00:00+01:00', codeFreeze: '2026-03-28' }), // 28 Mar 00:00 GMT → 30 Mar 09:00 UTC = 57 h
      rel({ at: '2026-03-20T12:00:00Z', codeFreeze: '2026-03-19' }), // 36 h
      rel({ at: '2026-03-21T12:00:00Z' }),
    ];
    const m = metricsFor(r, '2026-03-01', '2026-03-31')['code-freeze-to-live'];
    expect(m.value).toBe(46.5 * 3600);
    expect(formatKpiValue(m)).toBe('1 day 22 h'); // 46.5 h, cut to the hour: never shown longer than it was
    expect(m.inputs).toMatchObject({ deployments: 3, withCodeFreeze: 2, measured: 2 });
  });

  it('emergency-release share is emergency live deployments over all live deployments', () => {
    const r = [rel({ at: '2026-03-02T10:00:00Z', releaseType: 'emergency' }), ...tenDeployments({}).slice(0, 3)];
    const m = metricsFor(r, '2026-03-01', '2026-03-31')['emergency-share'];
    expect([m.numerator, m.denominator, m.value]).toEqual([1, 4, 0.25]);
  });
});

describe('build and pipeline figures (release `pipeline`)', () => {
  const r = () => [
    rel({ at: '2026-03-02T10:00:00Z', pipeline: { buildDurationSeconds: 1500, runs: 40, failedRuns: 2 } }),
    rel({ at: '2026-03-09T10:00:00Z', pipeline: { buildDurationSeconds: 2100, runs: 20, failedRuns: 4 } }),
    rel({ at: '2026-03-16T10:00:00Z', pipeline: { buildDurationSeconds: 1800 } }),
    rel({ at: '2026-03-23T10:00:00Z' }),
    // Not live in the window: never counted.
    rel({ at: '2026-04-02T10:00:00Z', pipeline: { buildDurationSeconds: 9000, runs: 10, failedRuns: 10 } }),
  ];

  it('release build time is the median over live deployments that record one', () => {
    const m = metricsFor(r(), '2026-03-01', '2026-03-31')['build-duration'];
    expect(m.value).toBe(1800);
    expect(formatKpiValue(m)).toBe('30 min');
    expect(m.inputs).toEqual({ deployments: 4, measured: 3 });
    expect(formatInputs(m)).toBe('3 of 4 deployments with a build time');
    expect(m.band).toBeNull();
  });

  it('pipeline failure rate sums failed runs over runs of the releases that record runs', () => {
    const m = metricsFor(r(), '2026-03-01', '2026-03-31')['pipeline-failure-rate'];
    expect([m.numerator, m.denominator]).toEqual([6, 60]);
    expect(formatKpiValue(m)).toBe('10%');
    expect(formatInputs(m)).toBe('6 of 60 pipeline runs failed (from 2 releases with run counts)');
  });

  it('counts the runs recorded on a release that never went live, on its release date: every run once', () => {
    // A KPI audit (3 December 2026): 3.5.1 (no live step) recorded 10 runs, 4 failed; they were lost.
    const never: KpiRelease = { ...rel({ at: '2026-03-05T10:00:00Z' }), environments: [{ name: 'live', status: 'skipped' }], dates: { released: '2026-03-05' }, pipeline: { runs: 10, failedRuns: 4 } };
    const next: KpiRelease = { ...rel({ at: '2026-03-09T10:00:00Z' }), pipeline: { runs: 20, failedRuns: 1 } };
    const m = metricsFor([never, next], '2026-03-01', '2026-03-31')['pipeline-failure-rate'];
    expect([m.numerator, m.denominator]).toEqual([5, 30]);
  });

  it('no release with pipeline facts gives "no data", never 0', () => {
    const m = metricsFor([rel({ at: '2026-03-02T10:00:00Z' })], '2026-03-01', '2026-03-31');
    expect(formatKpiValue(m['build-duration'])).toBe('no data');
    expect(formatKpiValue(m['pipeline-failure-rate'])).toBe('no data');
  });
});
