// `npm run kpis` — prints the release-management KPIs in the terminal: the same figures as /kpis/ and /api/kpis.json.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { rfc4180Csv } from '../src/lib/shared/csv';
import { buildToday, isIsoDate, notADate, type IsoDate } from '../src/lib/shared/dates';
import { ContentError, formatIssues } from '../src/lib/shared/errors';
import { loadReleaseData } from '../src/lib/releases/load';
import { loadSite } from '../src/lib/site/load';
import { branding } from '../src/lib/site/branding';
import { contentPaths } from '../src/lib/shared/content-dir';
import {
  addDays,
  computeKpis,
  formatBand,
  formatKpiValue,
  formatBucket,
  formatInputs,
  formatWindow,
  loadDoraBands,
  METRIC_IDS,
  METRIC_INFO,
  ROLLING_DAYS,
  toKpiApiJson,
  type KpiApiJson,
  type KpiReport,
  type KpiSet,
  type KpiSetJson,
} from '../src/lib/kpis';

export const USAGE = `Usage: npm run kpis -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--component id] [--format table|json|csv] [--root dir]

  --from, --to   the window for the headline figures (default: the ${ROLLING_DAYS} days to today;
                 --from alone runs to today, --to alone covers the ${ROLLING_DAYS} days ending then)
  --component    one component's figures instead of the programme's
  --format       table (default), json (as /api/kpis.json) or csv
  --root         project root (default: the current directory); the content directory in it is
                 HANDBOOK_CONTENT_DIR when set, else content/
Today is SOURCE_DATE_EPOCH when set, else the clock, in Europe/London.`;

const FORMATS = ['table', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface CliOptions {
  from?: IsoDate;
  to?: IsoDate;
  component?: string;
  format: Format;
  root: string;
}

function parse(argv: string[], cwd: string): CliOptions | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        component: { type: 'string' },
        format: { type: 'string', default: 'table' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return `${(e as Error).message}\n\n${USAGE}`;
  }
  if (values.help) return USAGE;
  for (const k of ['from', 'to'] as const) {
    const v = values[k];
    if (v !== undefined && !isIsoDate(v)) return `--${k} "${v}" ${notADate(v)}`;
  }
  if (!(FORMATS as readonly string[]).includes(values.format)) {
    return `--format "${values.format}" is not one of ${FORMATS.join('|')}`;
  }
  return {
    from: values.from,
    to: values.to,
    component: values.component,
    format: values.format as Format,
    root: path.resolve(cwd, values.root ?? '.'),
  };
}

function pad(cells: string[][]): string {
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

function setTable(set: KpiSet): string {
  const rows: string[][] = [['Metric', 'Figure', 'Band', 'Counted from']];
  for (const id of METRIC_IDS) {
    const m = set.metrics[id];
    rows.push([m.name, formatKpiValue(m), formatBand(m), formatInputs(m)]);
    if (id === 'deployment-frequency') rows.push(['  Four Keys bucket', formatBucket(m.bucket), '', '']);
  }
  const open = set.metrics['recovery-time'].openIncidents ?? [];
  const lines = [pad(rows)];
  if (open.length > 0) lines.push('', `Open release-caused incidents: ${open.map((o) => `${o.id} (${o.cause})`).join(', ')}`);
  return lines.join('\n');
}

const TREND_IDS = ['deployment-frequency', 'lead-time', 'change-failure-rate', 'recovery-time', 'release-success-rate'] as const;

function trendTable(sets: KpiSet[]): string {
  const rows = [['Quarter', ...TREND_IDS.map((id) => METRIC_INFO[id].name)]];
  for (const s of sets) rows.push([s.window.label + (s.window.partial ? ' (to date)' : ''), ...TREND_IDS.map((id) => formatKpiValue(s.metrics[id]))]);
  return pad(rows);
}

function componentTable(report: KpiReport): string {
  const rows = [['Component', ...TREND_IDS.map((id) => METRIC_INFO[id].name)]];
  for (const c of report.components) rows.push([c.name, ...TREND_IDS.map((id) => formatKpiValue(c.headline.metrics[id]))]);
  return pad(rows);
}

/** `programme` is what site.yaml says the figures cover (kpi_scope, see src/lib/site/branding.ts), if known. */
function table(report: KpiReport, component?: string, programme?: string): string {
  const owner = component ? report.components.find((c) => c.id === component)! : undefined;
  const headline = owner ? owner.headline : report.headline;
  const quarters = owner ? owner.quarters : report.quarters;
  const scope = owner ? `${owner.name} (${owner.id})` : programme ? `${programme}, all components` : 'all components';
  const out = [
    `Release-management KPIs: ${scope}`,
    `${headline.window.label}: ${formatWindow(headline.window)}. Bands: DORA ${report.bands.reportYear} (${report.bands.title}).`,
    '',
    setTable(headline),
    '',
    'By quarter',
    trendTable(quarters),
  ];
  if (!owner) out.push('', `By component (${headline.window.label.toLowerCase()})`, componentTable(report));
  if (report.undated.length > 0) out.push('', `Left out (live but no date recorded): ${report.undated.join(', ')}`);
  return out.join('\n') + '\n';
}

function csvRows(scope: string, component: string, sets: KpiSetJson[]): unknown[][] {
  return sets.flatMap((s) =>
    s.metrics.map((m) => [
      scope,
      component,
      s.window.kind,
      s.window.label,
      s.window.from,
      s.window.to,
      m.id,
      m.name,
      m.value,
      m.unit,
      m.display,
      m.band ?? '',
      m.bandReportYear ?? '',
      m.numerator ?? '',
      m.denominator ?? '',
      Object.entries(m.inputs).map(([k, v]) => `${k}=${v}`).join(';'),
    ]),
  );
}

/** CSV of every figure in the API document, one row per scope × window × metric. */
export function toCsv(json: KpiApiJson, component?: string): string {
  const header = ['scope', 'component', 'window_kind', 'window', 'from', 'to', 'metric', 'name', 'value', 'unit', 'display', 'band', 'band_report_year', 'numerator', 'denominator', 'inputs'];
  const rows: unknown[][] = [];
  if (!component) rows.push(...csvRows('programme', '', [json.programme.headline, ...json.programme.quarters]));
  for (const c of json.components) rows.push(...csvRows('component', c.id, [c.headline, ...c.quarters]));
  return rfc4180Csv([header, ...rows], { cast: { number: (n) => String(n) } });
}

/** Runs the CLI without touching process state, so tests can call it. */
export function runKpisCli(argv: string[], env: Record<string, string | undefined> = process.env, cwd = process.cwd()): CliResult {
  const opts = parse(argv, cwd);
  if (typeof opts === 'string') return { code: opts === USAGE ? 0 : 2, stdout: opts === USAGE ? `${USAGE}\n` : '', stderr: opts === USAGE ? '' : `${opts}\n` };

  const data = loadReleaseData(opts.root);
  const errors = data.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) return { code: 1, stdout: '', stderr: `${formatIssues(errors)}\n` };
  let bands;
  try {
    bands = loadDoraBands(opts.root);
  } catch (e) {
    if (e instanceof ContentError) return { code: 1, stdout: '', stderr: `${formatIssues(e.issues)}\n` };
    throw e;
  }
  if (opts.component !== undefined && !data.components.some((c) => c.id === opts.component)) {
    const ids = data.components.map((c) => c.id).join('|');
    return { code: 2, stdout: '', stderr: `--component "${opts.component}" is not a component in ${contentPaths(opts.root).components}: expected one of ${ids}\n` };
  }

  const today = buildToday(env);
  let window: { from: IsoDate; to: IsoDate } | undefined;
  let note = '';
  if (opts.from || opts.to) {
    const given = opts.to ?? today;
    const from = opts.from ?? addDays(given, -(ROLLING_DAYS - 1));
    if (opts.to === undefined && from > today) return { code: 2, stdout: '', stderr: `--from ${from} is after today (${today}): there are no figures for days to come\n` };
    if (given < from) return { code: 2, stdout: '', stderr: `--to ${given} is before --from ${from}\n` };
    // Days after today have had no deployments yet: counted, "--to 2027-04-30" on 1 April divided one deployment by 30
    // days and called it monthly (an operations trial, 3 December 2026). The window stops today, as the KPI pages'
    // current quarter does ("to date").
    if (from > today) return { code: 2, stdout: '', stderr: `--from ${from} is after today (${today}): there are no figures for days to come\n` };
    const to = given > today ? today : given;
    if (to !== given) note = `Note: --to ${given} is after today; the figures run to today (${today}), as days to come have no deployments yet.\n`;
    window = { from, to };
  }
  const report = computeKpis(data.releases, { today, components: data.components, bands, window });
  const json = toKpiApiJson(report, { component: opts.component });
  if (opts.format === 'json') return { code: 0, stdout: `${JSON.stringify(json, null, 2)}\n`, stderr: note };
  if (opts.format === 'csv') return { code: 0, stdout: toCsv(json, opts.component), stderr: note };
  // The same words as the KPI pages when site.yaml is there and valid; the figures do not depend on it.
  const site = loadSite(opts.root).site;
  return { code: 0, stdout: table(report, opts.component, site && branding(site).kpiScope), stderr: note };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // `npm run kpis | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const r = runKpisCli(process.argv.slice(2));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.exitCode = r.code;
}
