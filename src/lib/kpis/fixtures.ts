// Builders for KPI tests: small releases with only the fields a test cares about, and fixed DORA bands.
import type { KpiIncident, KpiRelease } from './input';
import { parseDoraBands, type DoraBands } from './bands';

let seq = 0;

export interface LiveOpts {
  component?: string;
  version?: string;
  /** Live deployedAt; omit for a release that never reached live. */
  at?: string;
  liveStatus?: 'deployed' | 'rolled-back';
  releaseType?: string;
  status?: string;
  /** Commit times; a commit given as `{ sha, committedAt }` keeps its sha (else each release's commits get their own). */
  commits?: Array<string | { sha: string; committedAt: string }>;
  incidents?: Array<Partial<KpiIncident> & { detectedAt: string }>;
  planned?: string;
  released?: string;
  codeFreeze?: string;
  retrospective?: KpiRelease['retrospective'];
  pipeline?: KpiRelease['pipeline'];
}

/** A release deployed to live at `at` (unless `at` is omitted). */
export function rel(o: LiveOpts = {}): KpiRelease {
  seq++;
  return {
    component: o.component ?? 'payments',
    version: o.version ?? `1.0.${seq}`,
    title: `Release ${seq}`,
    releaseType: o.releaseType ?? 'minor',
    status: o.status ?? (o.liveStatus === 'rolled-back' ? 'rolled-back' : o.at ? 'released' : 'planned'),
    dates: { planned: o.planned, codeFreeze: o.codeFreeze, released: o.released ?? (o.at ? o.at : undefined) },
    environments: [
      { name: 'staging', status: 'deployed', deployedAt: o.at },
      ...(o.at ? [{ name: 'live', status: o.liveStatus ?? 'deployed', deployedAt: o.at }] : []),
    ],
    changes: o.commits ? [{ commits: o.commits.map((c, i) => (typeof c === 'string' ? { sha: `${seq.toString(16).padStart(4, '0')}${i}def0`, committedAt: c } : c)) }] : [],
    incidents: (o.incidents ?? []).map((i, n) => ({
      id: i.id ?? `INC-${seq}-${n}`,
      detectedAt: i.detectedAt,
      resolvedAt: i.resolvedAt,
      causedByRelease: i.causedByRelease ?? true,
      remediation: i.remediation ?? 'hotfix',
      rootCause: i.rootCause,
      summary: i.summary,
    })),
    retrospective: o.retrospective,
    pipeline: o.pipeline,
  };
}

export const BANDS_YAML = `
use: 2023
reports:
  2021:
    title: Accelerate State of DevOps 2021
    source: https://dora.dev/research/2021/dora-report/
    deploymentFrequency:
      elite: { published: On-demand, atLeastPerYear: 365 }
      high: { published: Weekly to monthly, atLeastPerYear: 12 }
      medium: { published: Monthly to six-monthly, atLeastPerYear: 2 }
      low: { published: Fewer than once per six months }
    leadTime:
      elite: { published: Less than one hour, lessThanHours: 1 }
      high: { published: Between one day and one week, lessThanHours: 168 }
      medium: { published: Between one month and six months, lessThanHours: 4380 }
      low: { published: More than six months }
    changeFailureRate:
      elite: { published: 0%–15%, atMostPercent: 15 }
      high: { published: 16%–30%, atMostPercent: 30 }
      medium: { published: 16%–30%, atMostPercent: 30 }
      low: { published: 16%–30% }
    recoveryTime:
      elite: { published: Less than one hour, lessThanHours: 1 }
      high: { published: Less than one day, lessThanHours: 24 }
      medium: { published: Between one day and one week, lessThanHours: 168 }
      low: { published: More than six months }
  2023:
    title: Accelerate State of DevOps Report 2023
    source: https://dora.dev/research/2023/dora-report/
    deploymentFrequency:
      elite: { published: On demand, atLeastPerYear: 365 }
      high: { published: Between once per day and once per week, atLeastPerYear: 52 }
      medium: { published: Between once per week and once per month, atLeastPerYear: 12 }
      low: { published: Between once per week and once per month }
    leadTime:
      elite: { published: Less than one day, lessThanHours: 24 }
      high: { published: Between one day and one week, lessThanHours: 168 }
      medium: { published: Between one week and one month, lessThanHours: 720 }
      low: { published: Between one week and one month }
    changeFailureRate:
      elite: { published: 5%, atMostPercent: 5 }
      high: { published: 10%, atMostPercent: 10 }
      medium: { published: 15%, atMostPercent: 15 }
      low: { published: 64% }
    recoveryTime:
      elite: { published: Less than one hour, lessThanHours: 1 }
      high: { published: Less than one day, lessThanHours: 24 }
      medium: { published: Between one day and one week, lessThanHours: 168 }
      low: { published: Between one month and six months }
`;

export function testBands(year?: number): DoraBands {
  const { bands, issues } = parseDoraBands(BANDS_YAML, 'test/dora-bands.yaml', year);
  if (!bands) throw new Error(issues.map((i) => i.message).join('\n'));
  return bands;
}
