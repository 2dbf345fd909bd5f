// Front-matter schema for content/checklists/<id>.md: who owns a checklist, what it applies to and from when.
import { z } from 'zod';
import { missingValueMessage } from '../shared/validate';
import { isoDateSchema } from '../shared/dates';

/** Release stages, as in the release metadata (`stage`). */
export const STAGES = ['alpha', 'beta', 'rc', 'ga'] as const;
export type Stage = (typeof STAGES)[number];

/** Release types, as in the release metadata (`releaseType`). */
export const RELEASE_TYPES = ['major', 'minor', 'patch', 'emergency'] as const;
export type ReleaseType = (typeof RELEASE_TYPES)[number];

/**
 * When a checklist is worked through. Readiness checklists gate the release; after-release ones (verification,
 * retrospective) are finished days later, so a released release may still show their items pending or failed.
 */
export const TIMINGS = ['before-release', 'after-release'] as const;
export type Timing = (typeof TIMINGS)[number];

const nonEmpty = z.string().trim().min(1);

/** isoDateSchema is a union, whose "missing" message is unhelpful; say plainly that the date is required. */
const requiredDate = (key: string) =>
  z
    .unknown()
    .refine((v) => v !== undefined && v !== null, { message: missingValueMessage(key, 'a date, YYYY-MM-DD'), abort: true })
    .pipe(isoDateSchema);

export const appliesToSchema = z.strictObject({
  /** Omitted means every stage. */
  stages: z.array(z.enum(STAGES)).min(1).optional(),
  /** Omitted means every release type. */
  releaseTypes: z.array(z.enum(RELEASE_TYPES)).min(1).optional(),
});

export const checklistFrontmatterSchema = z.strictObject({
  title: nonEmpty,
  description: nonEmpty,
  /** Omitted means the checklist applies to every release. */
  applies_to: appliesToSchema.optional(),
  owner: nonEmpty,
  review_by: requiredDate('review_by'),
  /**
   * Releases released before this date are not held to the checklist, so adding a checklist (or a
   * required item) does not retrospectively turn old releases red.
   */
  effective_from: requiredDate('effective_from'),
  /** Omitted means before-release. */
  timing: z.enum(TIMINGS).optional(),
  /** Position on the checklists index; lower first, then by title. */
  order: z.number().int().optional(),
});

export type ChecklistFrontmatter = z.output<typeof checklistFrontmatterSchema>;
