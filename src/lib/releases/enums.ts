// The fixed vocabularies of release data, as const lists in display order, so schema, rules and views share one list.

/** How big a release is; `emergency` is an out-of-cycle fix under the emergency change process. */
export const RELEASE_TYPES = ['major', 'minor', 'patch', 'emergency'] as const;
export type ReleaseType = (typeof RELEASE_TYPES)[number];

/** Maturity of a version; agrees with its first SemVer pre-release identifier (ga = none). */
export const STAGES = ['alpha', 'beta', 'rc', 'ga'] as const;
export type Stage = (typeof STAGES)[number];

export const STATUSES = ['planned', 'in-progress', 'released', 'rolled-back', 'cancelled', 'yanked'] as const;
export type ReleaseStatus = (typeof STATUSES)[number];

/** Statuses of work not yet shipped: shown as "what is next" and under "Unreleased". */
export const UPCOMING_STATUSES = ['planned', 'in-progress'] as const satisfies readonly ReleaseStatus[];
/** Statuses of releases that reached live at some point, so they carry a release date. */
export const SHIPPED_STATUSES = ['released', 'rolled-back', 'yanked'] as const satisfies readonly ReleaseStatus[];

/** Environments in promotion order: a release moves left to right and never skips ahead in time. */
export const ENVIRONMENT_NAMES = ['dev', 'test', 'staging', 'live'] as const;
export type EnvironmentName = (typeof ENVIRONMENT_NAMES)[number];

export const ENVIRONMENT_STATUSES = ['pending', 'in-progress', 'deployed', 'failed', 'rolled-back', 'skipped'] as const;
export type EnvironmentStatus = (typeof ENVIRONMENT_STATUSES)[number];

/** Keep a Changelog 1.1 categories, in the order that format lists them. */
export const CHANGE_CATEGORIES = ['added', 'changed', 'deprecated', 'removed', 'fixed', 'security'] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

/** Headings used by Keep a Changelog for each category. */
export const CHANGE_CATEGORY_LABELS: Record<ChangeCategory, string> = {
  added: 'Added',
  changed: 'Changed',
  deprecated: 'Deprecated',
  removed: 'Removed',
  fixed: 'Fixed',
  security: 'Security',
};

export const SIGN_OFF_DECISIONS = ['approved', 'approved-with-conditions', 'rejected', 'pending'] as const;
export type SignOffDecision = (typeof SIGN_OFF_DECISIONS)[number];

/** Used for both likelihood and impact, so a risk can be placed on a 3 × 3 grid. */
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_STATUSES = ['open', 'mitigated', 'accepted', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const ROLLBACK_STRATEGIES = ['redeploy-previous', 'feature-flag', 'blue-green', 'db-restore', 'fix-forward'] as const;
export type RollbackStrategy = (typeof ROLLBACK_STRATEGIES)[number];

export const READINESS_RESULTS = ['pass', 'fail', 'waived', 'not-applicable', 'pending'] as const;
export type ReadinessResult = (typeof READINESS_RESULTS)[number];

/** ITIL incident priority: p1 is a major incident (service down for many users). */
export const INCIDENT_PRIORITIES = ['p1', 'p2', 'p3', 'p4'] as const;
export type IncidentPriority = (typeof INCIDENT_PRIORITIES)[number];

export const REMEDIATIONS = ['rollback', 'hotfix', 'fix-forward'] as const;
export type Remediation = (typeof REMEDIATIONS)[number];

export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Words for people, for tags and headings. */
export const STATUS_LABELS: Record<ReleaseStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  released: 'Released',
  'rolled-back': 'Rolled back',
  cancelled: 'Cancelled',
  yanked: 'Yanked',
};

export const STAGE_LABELS: Record<Stage, string> = {
  alpha: 'Alpha',
  beta: 'Beta',
  rc: 'Release candidate',
  ga: 'General availability',
};

export const RELEASE_TYPE_LABELS: Record<ReleaseType, string> = {
  major: 'Major',
  minor: 'Minor',
  patch: 'Patch',
  emergency: 'Emergency',
};

export const ENVIRONMENT_LABELS: Record<EnvironmentName, string> = {
  dev: 'Development',
  test: 'Test',
  staging: 'Staging',
  live: 'Live',
};
