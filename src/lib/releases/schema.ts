// Zod schemas for components.yaml and release files: the single source of truth for release data.
import { z } from 'zod';
import { isoDateOrDateTimeSchema, isoDateSchema } from '../shared/dates';
import { urlSchema } from '../shared/urls';
import {
  ACTION_STATUSES,
  CHANGE_CATEGORIES,
  ENVIRONMENT_NAMES,
  ENVIRONMENT_STATUSES,
  INCIDENT_PRIORITIES,
  READINESS_RESULTS,
  RELEASE_TYPES,
  REMEDIATIONS,
  RISK_LEVELS,
  RISK_STATUSES,
  ROLLBACK_STRATEGIES,
  SIGN_OFF_DECISIONS,
  STAGES,
  STATUSES,
} from './enums';

export * from './enums';

/** Patterns are kept as strings too, so the generated JSON Schema can offer them to editors. */
export const KEBAB_CASE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const COMMIT_SHA_PATTERN = '^[0-9a-f]{7,40}$';
/** SemVer 2.0 (semver.org's regular expression); for editors only, rules.ts gives the real message. */
const SEMVER_PATTERN =
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-((0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(\\+[0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*)?$';
const CHECKSUM_PATTERN = '^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$';

function patterned(pattern: string, message: string) {
  const re = new RegExp(pattern);
  return z.string().refine((s) => re.test(s), { message }).meta({ pattern });
}

// Surrounding white space is dropped: a folded YAML scalar (`name: >`) ends in a line break that would otherwise reach
// every page, feed and calendar header that shows the value; a value of spaces alone is missing.
const text = z.string().trim().min(1);

/** Ids of components, risks and the like: lower-case kebab-case. */
export const kebabIdSchema = patterned(
  KEBAB_CASE_PATTERN,
  '{found} is not a valid id: use lower-case letters, digits and single hyphens, e.g. "citizen-web"',
);

// ---------------------------------------------------------------- components.yaml

export const componentSchema = z.strictObject({
  id: kebabIdSchema,
  name: text,
  description: text,
  /** The accountable role or team, not a named person. */
  owner: text,
  repository: urlSchema,
});

export const componentsFileSchema = z.array(componentSchema);

export type Component = z.output<typeof componentSchema>;

// ---------------------------------------------------------------- release files

export const releaseDatesSchema = z.strictObject({
  planned: isoDateSchema.optional(),
  codeFreeze: isoDateOrDateTimeSchema.optional(),
  released: isoDateOrDateTimeSchema.optional(),
});

/**
 * The release's schedule revision, for calendars (RFC 5545 SEQUENCE and LAST-MODIFIED). Kept in the file so it
 * survives a fresh clone; the rule for changing it is in revision.ts and the README.
 */
export const revisionSchema = z
  .strictObject({
    sequence: z
      .int()
      .min(0)
      .meta({
        description:
          'iCalendar SEQUENCE of this release\'s calendar events. Raise it by one whenever dates.planned, dates.codeFreeze, ' +
          'dates.released or status changes, and never lower it: calendar clients keep the event with the highest ' +
          'SEQUENCE. The release CLIs (release:promote, release:status, release:sign-off) do this for you; ' +
          '`npm run check` compares with git and fails when a scheduling fact changed but the sequence did not rise.',
      }),
    updated: isoDateOrDateTimeSchema
      .optional()
      .meta({ description: 'When the scheduling facts last changed (set together with sequence); sent as LAST-MODIFIED.' }),
  })
  .meta({ description: 'Schedule revision for calendar subscribers. Absent means sequence 0 (never rescheduled).' });

export const sourceSchema = z.strictObject({
  tag: text.optional(),
  commit: patterned(COMMIT_SHA_PATTERN, '{found} is not a commit SHA: expected 7 to 40 lower-case hexadecimal characters').optional(),
  previousTag: text.optional(),
  compareUrl: urlSchema.optional(),
});

export const environmentSchema = z.strictObject({
  name: z.enum(ENVIRONMENT_NAMES),
  status: z.enum(ENVIRONMENT_STATUSES),
  deployedAt: isoDateOrDateTimeSchema.optional(),
  /** Role of the person who approved promotion into this environment. */
  approvedBy: text.optional(),
  notes: text.optional(),
});

export const refSchema = z.strictObject({
  id: text,
  url: urlSchema.optional(),
});

export const commitSchema = z.strictObject({
  sha: patterned(COMMIT_SHA_PATTERN, '{found} is not a commit SHA: expected 7 to 40 lower-case hexadecimal characters'),
  committedAt: isoDateOrDateTimeSchema,
});

export const changeSchema = z.strictObject({
  category: z.enum(CHANGE_CATEGORIES),
  summary: text,
  breaking: z.boolean().default(false),
  scope: text.optional(),
  refs: z.array(refSchema).default([]),
  commits: z.array(commitSchema).default([]),
});

export const artefactSchema = z.strictObject({
  name: text,
  version: text,
  /** Where the artefact is stored, e.g. `ghcr.io/example-org/payments`. */
  repository: text,
  checksum: patterned(
    CHECKSUM_PATTERN,
    '{found} is not a checksum: expected "sha256:" and 64 lower-case hexadecimal characters (or "sha512:" and 128)',
  ),
});

export const migrationSchema = z.strictObject({
  id: text,
  description: text,
  reversible: z.boolean(),
});

export const configChangeSchema = z.strictObject({
  key: text,
  description: text,
  environments: z.array(z.enum(ENVIRONMENT_NAMES)).optional(),
});

export const signOffSchema = z
  .strictObject({
    role: text,
    name: text,
    decision: z.enum(SIGN_OFF_DECISIONS),
    date: isoDateSchema.optional(),
    conditions: text.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.decision === 'approved-with-conditions' && !s.conditions) {
      ctx.addIssue({
        code: 'custom',
        path: ['conditions'],
        message: 'is required when decision is "approved-with-conditions": say what the conditions are',
      });
    }
  });

export const riskSchema = z.strictObject({
  id: text,
  description: text,
  likelihood: z.enum(RISK_LEVELS),
  impact: z.enum(RISK_LEVELS),
  mitigation: text,
  owner: text,
  status: z.enum(RISK_STATUSES).default('open'),
});

export const rollbackPlanSchema = z.strictObject({
  strategy: z.enum(ROLLBACK_STRATEGIES),
  /** An earlier release of the same component; checked across files in rules.ts. */
  targetVersion: text.optional(),
  steps: z.array(text).default([]),
  estimatedMinutes: z.int().min(1).optional(),
  rehearsed: z.boolean().default(false),
});

export const readinessResultSchema = z
  .strictObject({
    /** Checklist id and item id; the checklists module cross-checks them against content/checklists. */
    checklist: text,
    item: text,
    result: z.enum(READINESS_RESULTS),
    evidence: text.optional(),
    waiverReason: z.string().optional(),
  })
  .superRefine((r, ctx) => {
    if (r.result === 'waived' && !r.waiverReason?.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['waiverReason'],
        message: 'is required when result is "waived": say why the item was waived and who agreed it',
      });
    }
  });

export const incidentSchema = z.strictObject({
  id: text,
  summary: text,
  priority: z.enum(INCIDENT_PRIORITIES).optional(),
  detectedAt: isoDateOrDateTimeSchema,
  resolvedAt: isoDateOrDateTimeSchema.optional(),
  /** True when this release caused the incident (counts towards the change failure rate). */
  causedByRelease: z.boolean(),
  remediation: z.enum(REMEDIATIONS).optional(),
  rootCause: text.optional(),
  url: urlSchema.optional(),
});

export const retroActionSchema = z.strictObject({
  description: text,
  owner: text,
  due: isoDateSchema.optional(),
  status: z.enum(ACTION_STATUSES).default('open'),
});

export const retrospectiveSchema = z.strictObject({
  date: isoDateSchema,
  wentWell: z.array(text).default([]),
  toImprove: z.array(text).default([]),
  actions: z.array(retroActionSchema).default([]),
});

/**
 * Build and pipeline facts for one release, as the CI environment records them (handbook: continuous integration).
 * `buildDurationSeconds`: the release pipeline, from the release tag to the artefact being ready for staging.
 * `runs` / `failedRuns`: runs of the `main` pipeline between the previous release of the component and this one,
 * and how many of them failed. All optional, so a handbook without CI figures does not need them.
 */
export const pipelineSchema = z
  .strictObject({
    buildDurationSeconds: z
      .int()
      .min(1)
      .optional()
      .meta({ description: 'Seconds from the release tag until the artefact is ready for staging (the release pipeline).' }),
    runs: z
      .int()
      .min(0)
      .optional()
      .meta({ description: 'Runs of the main pipeline since the previous release of this component.' }),
    failedRuns: z.int().min(0).optional().meta({ description: 'How many of those runs failed.' }),
  })
  .superRefine((p, ctx) => {
    if (p.failedRuns !== undefined && p.runs === undefined)
      ctx.addIssue({ code: 'custom', path: ['runs'], message: 'is required when failedRuns is given: say how many runs the failures are out of' });
    else if (p.failedRuns !== undefined && p.runs !== undefined && p.failedRuns > p.runs)
      ctx.addIssue({ code: 'custom', path: ['failedRuns'], message: `{found} is more than runs (${p.runs}): failed runs are counted among all runs` });
  });

export const releaseSchema = z.strictObject({
  $schema: z.string().optional().meta({ description: 'Path to this JSON Schema, for editor validation and completion.' }),
  component: kebabIdSchema.meta({ description: 'Component id from content/components.yaml.' }),
  /** SemVer 2.0 without a "v"; checked with its stage in rules.ts so the message can explain the problem. */
  version: text.meta({
    description: 'SemVer 2.0 version without a "v", e.g. 2.4.0 or 2.0.0-rc.1. The file is named after it.',
    pattern: SEMVER_PATTERN,
  }),
  title: text.meta({ description: 'A short name for the release, for people.' }),
  /** One or two sentences for people: what this release means for users and partners. */
  summary: text.optional().meta({ description: 'One or two sentences: what this release means for users and partners.' }),
  releaseType: z.enum(RELEASE_TYPES).meta({ description: 'emergency = an out-of-cycle fix under the emergency change process.' }),
  stage: z.enum(STAGES).meta({ description: "Must agree with the version's first pre-release identifier (ga = none)." }),
  status: z.enum(STATUSES),
  /** Why a release was cancelled, yanked or rolled back. */
  statusReason: text.optional().meta({ description: 'Why the release was cancelled, yanked or rolled back.' }),
  dates: releaseDatesSchema.default({}),
  revision: revisionSchema.optional(),
  source: sourceSchema.optional(),
  environments: z
    .array(environmentSchema)
    .default([])
    .meta({ description: 'In promotion order: dev, test, staging, live.' }),
  changes: z.array(changeSchema).default([]).meta({ description: 'Release notes, one entry per notable change.' }),
  artefacts: z.array(artefactSchema).default([]),
  migrations: z.array(migrationSchema).default([]),
  configChanges: z.array(configChangeSchema).default([]),
  signOffs: z.array(signOffSchema).default([]),
  risks: z.array(riskSchema).default([]),
  rollbackPlan: rollbackPlanSchema.optional(),
  readiness: z
    .array(readinessResultSchema)
    .default([])
    .meta({ description: 'Results against checklist items (content/checklists).' }),
  incidents: z.array(incidentSchema).default([]),
  retrospective: retrospectiveSchema.optional(),
  pipeline: pipelineSchema
    .optional()
    .meta({ description: 'Build and pipeline facts from CI: release build duration, main pipeline runs and failures since the previous release.' }),
});

export type Release = z.output<typeof releaseSchema>;
/** What an editor writes (defaults not yet applied). */
export type ReleaseInput = z.input<typeof releaseSchema>;
export type ReleaseDates = Release['dates'];
export type Revision = z.output<typeof revisionSchema>;
export type Environment = z.output<typeof environmentSchema>;
export type Pipeline = z.output<typeof pipelineSchema>;
export type Change = z.output<typeof changeSchema>;
export type Ref = z.output<typeof refSchema>;
export type Commit = z.output<typeof commitSchema>;
export type Artefact = z.output<typeof artefactSchema>;
export type Migration = z.output<typeof migrationSchema>;
export type ConfigChange = z.output<typeof configChangeSchema>;
export type SignOff = z.output<typeof signOffSchema>;
export type Risk = z.output<typeof riskSchema>;
export type RollbackPlan = z.output<typeof rollbackPlanSchema>;
export type ReadinessEntry = z.output<typeof readinessResultSchema>;
export type Incident = z.output<typeof incidentSchema>;
export type Retrospective = z.output<typeof retrospectiveSchema>;
export type RetroAction = z.output<typeof retroActionSchema>;
