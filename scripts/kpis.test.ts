import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKpis, loadDoraBands, METRIC_IDS, toKpiApiJson } from '../src/lib/kpis';
import { componentsFile, releaseFile, shippedRelease } from '../src/lib/releases/fixtures';
import { loadReleaseData } from '../src/lib/releases/load';
import { runKpisCli } from './kpis';

// 14 May 2026, 12:00 UTC.
const ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 4, 14, 12) / 1000) };
let root: string;

function write(rel: string, text: string) {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kpis-cli-'));
  write(componentsFile().path, componentsFile().text);
  write('content/kpis/dora-bands.yaml', readFileSync(join(__dirname, '../content/kpis/dora-bands.yaml'), 'utf8'));
  const releases = [
    shippedRelease('payments', '2.3.0', '2026-03-02T10:00:00Z', {
      changes: [{ category: 'fixed', summary: 'Rounding.', commits: [{ sha: 'a1b2c3d', committedAt: '2026-03-01T10:00:00Z' }] }],
    }),
    shippedRelease('payments', '2.4.0', '2026-04-20T10:00:00+01:00', {
      status: 'rolled-back',
      environments: [{ name: 'live', status: 'rolled-back', deployedAt: '2026-04-20T10:00:00+01:00' }],
      incidents: [
        { id: 'INC-1', summary: 'Card payments failed', detectedAt: '2026-04-20T11:00:00+01:00', resolvedAt: '2026-04-20T13:30:00+01:00', causedByRelease: true, remediation: 'rollback' },
      ],
    }),
    shippedRelease('citizen-web', '1.0.0', '2026-05-01T09:00:00+01:00'),
  ];
  for (const r of releases) {
    const f = releaseFile(r);
    write(f.path, f.text);
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function expected(opts: { component?: string; window?: { from: string; to: string } } = {}) {
  const data = loadReleaseData(root);
  expect(data.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const report = computeKpis(data.releases, { today: '2026-05-14', components: data.components, bands: loadDoraBands(root), window: opts.window });
  return toKpiApiJson(report, { component: opts.component });
}

describe('npm run kpis', () => {
  it('--format json prints exactly toKpiApiJson for the same input', () => {
    const r = runKpisCli(['--format', 'json', '--root', root], ENV);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expected());
  });

  it('--from/--to and --component narrow the same document', () => {
    const r = runKpisCli(['--format', 'json', '--root', root, '--from', '2026-04-01', '--to', '2026-04-30', '--component', 'payments'], ENV);
    const json = JSON.parse(r.stdout);
    expect(json).toEqual(expected({ component: 'payments', window: { from: '2026-04-01', to: '2026-04-30' } }));
    const cfr = json.components[0].headline.metrics.find((m: { id: string }) => m.id === 'change-failure-rate');
    expect([cfr.display, cfr.window.from, cfr.window.to]).toEqual(['100%', '2026-04-01', '2026-04-30']);
  });

  it('the table says what the figures cover in site.yaml\'s words (kpi_scope), as the KPI pages do', () => {
    write(
      'content/site.yaml',
      'title: T\ndescription: D.\nurl: https://h.example.org\nrepository: https://github.com/e/h\nphase: beta\norganisation: { name: Example Council, url: https://www.example.org/ }\ncontacts: [{ name: Team, url: "mailto:t@example.org" }]\nkpi_scope: the digital programme\n',
    );
    try {
      expect(runKpisCli(['--root', root], ENV).stdout).toContain('Release-management KPIs: the digital programme, all components\n');
    } finally {
      rmSync(join(root, 'content/site.yaml'));
    }
  });

  it('the table shows the same text as the API', () => {
    const r = runKpisCli(['--root', root], ENV);
    const json = expected();
    expect(r.stdout).toContain('Release-management KPIs: all components\n');
    expect(r.stdout).toContain('Last 90 days: 14 February 2026 to 14 May 2026. Bands: DORA 2023');
    for (const m of json.programme.headline.metrics) {
      const line = r.stdout.split('\n').find((l) => l.startsWith(m.name))!;
      expect(line, m.name).toContain(m.display);
      if (m.bandDisplay) expect(line, m.name).toContain(m.bandDisplay);
    }
    // 3 deployments, 1 rolled back with an incident of 2 h 30 min.
    expect(r.stdout).toMatch(/Change failure rate\s+33\.3%\s+Low \(DORA 2023\)\s+1 of 3 deployments failed/);
    expect(r.stdout).toMatch(/Failed deployment recovery time\s+2 h 30 min\s+High \(DORA 2023\)/);
  });

  it('--format csv has one row per scope, window and metric, with the API\'s values', () => {
    const r = runKpisCli(['--format', 'csv', '--root', root], ENV);
    const rows = parse(r.stdout, { columns: true }) as Array<Record<string, string>>;
    const json = expected();
    const sets = 1 + json.programme.quarters.length;
    expect(rows).toHaveLength(METRIC_IDS.length * sets * (1 + json.components.length));
    const cfr = rows.find((x) => x.scope === 'programme' && x.window === 'Last 90 days' && x.metric === 'change-failure-rate')!;
    expect(cfr).toMatchObject({ value: String(1 / 3), display: '33.3%', numerator: '1', denominator: '3', band: 'low', band_report_year: '2023' });
    // Every record ends in CRLF (RFC 4180 §2.1).
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    expect(r.stdout.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('rejects bad arguments with a clear message', () => {
    expect(runKpisCli(['--from', '1 May', '--root', root], ENV)).toEqual({ code: 2, stdout: '', stderr: '--from "1 May" is not a date: expected YYYY-MM-DD\n' });
    expect(runKpisCli(['--format', 'xml', '--root', root], ENV).stderr).toBe('--format "xml" is not one of table|json|csv\n');
    expect(runKpisCli(['--component', 'nope', '--root', root], ENV).stderr).toBe(
      '--component "nope" is not a component in content/components.yaml: expected one of payments|citizen-web\n',
    );
    expect(runKpisCli(['--from', '2026-05-01', '--to', '2026-04-01', '--root', root], ENV).stderr).toBe('--to 2026-04-01 is before --from 2026-05-01\n');
    expect(runKpisCli(['--from', '2026-06-01', '--root', root], ENV)).toEqual({ code: 2, stdout: '', stderr: '--from 2026-06-01 is after today (2026-05-14): there are no figures for days to come\n' });
  });

  it('stops a window at today, saying so, rather than count days to come (an operations trial)', () => {
    // "--to" a fortnight ahead divided the deployments by days that had not happened (3 December 2026).
    const r = runKpisCli(['--format', 'json', '--root', root, '--from', '2026-05-01', '--to', '2026-05-31'], ENV);
    expect(r.stderr).toBe('Note: --to 2026-05-31 is after today; the figures run to today (2026-05-14), as days to come have no deployments yet.\n');
    expect(JSON.parse(r.stdout)).toEqual(expected({ window: { from: '2026-05-01', to: '2026-05-14' } }));
  });

  it('stops with the content errors when a release file is invalid', () => {
    const bad = join(root, 'content/releases/payments/9.9.9.json');
    writeFileSync(bad, JSON.stringify({ component: 'payments', version: '9.9.9', title: 'x', releaseType: 'bugfix', stage: 'ga', status: 'planned' }));
    try {
      const r = runKpisCli(['--root', root], ENV);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('content/releases/payments/9.9.9.json');
      expect(r.stderr).toContain('releaseType  "bugfix" is not one of major|minor|patch|emergency');
    } finally {
      rmSync(bad);
    }
  });

  it('runs on the project\'s own sample content without errors', () => {
    const r = runKpisCli(['--format', 'json'], ENV, join(__dirname, '..'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).today).toBe('2026-05-14');
  });
});
