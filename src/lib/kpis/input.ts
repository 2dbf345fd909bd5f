// The few release fields the KPIs read: a structural type the validated release (src/lib/releases) is assignable to.
// Field names follow the release JSON of issue 3 exactly; anything the KPIs do not read is left out on purpose.

export interface KpiEnvironment {
  /** dev | test | staging | live */
  readonly name: string;
  /** pending | in-progress | deployed | failed | rolled-back | skipped */
  readonly status: string;
  /** ISO date or date-time with offset. */
  readonly deployedAt?: string | null;
}

export interface KpiCommit {
  readonly sha: string;
  readonly committedAt: string;
}

export interface KpiChange {
  readonly commits?: readonly KpiCommit[] | null;
}

/** A reference to the release that caused an incident, as `component@version` or an object. */
export type ReleaseRef = string | { readonly component: string; readonly version: string };

export interface KpiIncident {
  readonly id: string;
  readonly detectedAt: string;
  readonly resolvedAt?: string | null;
  /**
   * true: the release this incident is recorded in caused it; false: not release-caused. The release schema uses a
   * boolean; a reference to another release (`component@version`, or a bare version of the same component) is also
   * accepted so an incident recorded on a fix release can be attributed to the release that caused it.
   */
  readonly causedByRelease: boolean | ReleaseRef;
  /** rollback | hotfix | fix-forward (optional in the release schema). */
  readonly remediation?: string | null;
  /** Optional free text some schemas carry; shown as the failure's root cause when present. */
  readonly rootCause?: string | null;
  readonly summary?: string | null;
  readonly title?: string | null;
  readonly description?: string | null;
}

export interface KpiRetroAction {
  readonly description: string;
  readonly owner?: string | null;
  readonly due?: string | null;
  readonly status: string;
}

export interface KpiRetrospective {
  readonly date?: string | null;
  readonly wentWell?: readonly string[] | null;
  readonly toImprove?: readonly string[] | null;
  readonly actions?: readonly KpiRetroAction[] | null;
}

export interface KpiRelease {
  readonly component: string;
  readonly version: string;
  readonly title?: string;
  /** major | minor | patch | emergency */
  readonly releaseType: string;
  /** planned | in-progress | released | rolled-back | cancelled | yanked */
  readonly status: string;
  readonly dates: {
    readonly planned?: string | null;
    readonly codeFreeze?: string | null;
    readonly released?: string | null;
  };
  readonly environments?: readonly KpiEnvironment[] | null;
  readonly changes?: readonly KpiChange[] | null;
  readonly incidents?: readonly KpiIncident[] | null;
  readonly retrospective?: KpiRetrospective | null;
  /** Build and pipeline facts recorded from CI (release schema `pipeline`); optional. */
  readonly pipeline?: KpiPipeline | null;
}

/** The CI facts of one release: release build duration, and main pipeline runs and failures since the previous release. */
export interface KpiPipeline {
  /** Seconds from the release tag until the artefact is ready for staging. */
  readonly buildDurationSeconds?: number | null;
  readonly runs?: number | null;
  readonly failedRuns?: number | null;
}

/** The component list the views show (components with no releases still get a row). */
export interface KpiComponent {
  readonly id: string;
  readonly name: string;
}

/** `component@version`, the key a release is known by. */
export function releaseKey(r: { component: string; version: string }): string {
  return `${r.component}@${r.version}`;
}

/** Which release an incident is attributed to, or undefined when it was not release-caused. */
export function incidentCause(incident: KpiIncident, recordedIn: KpiRelease): string | undefined {
  const c = incident.causedByRelease;
  if (c === true) return releaseKey(recordedIn);
  if (c === false || c === null || c === undefined) return undefined;
  if (typeof c === 'string') {
    const s = c.trim();
    if (s === '') return undefined;
    // A bare version means a release of the same component.
    return s.includes('@') ? s : `${recordedIn.component}@${s}`;
  }
  return releaseKey(c);
}
