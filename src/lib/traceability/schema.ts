// Zod schema for traceability.yaml: what a role asks for, and the handbook pages and site features that cover it.
import { z } from 'zod';

/**
 * How well the handbook covers an item:
 * - `full`: the handbook sets out how it is done here, and a site feature carries it out where one applies;
 * - `partial`: written down, but thinly, or without the feature or evidence it needs;
 * - `none`: not covered yet (the item is listed so the gap is visible).
 */
export const COVERAGE_LEVELS = ['full', 'partial', 'none'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

/** What each level means, shown on the traceability page so readers can judge the map. */
export const COVERAGE_MEANINGS: Record<CoverageLevel, string> = {
  full: 'The handbook sets out how it is done, and a site feature carries it out where one applies.',
  partial: 'Written down, but thinly, or without the feature or evidence it needs.',
  none: 'Not covered yet: listed so that the gap is visible.',
};

const text = z.string().trim().min(1);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = z.string().refine((s) => ID.test(s), {
  message: '{found} is not a valid id: use lower-case letters, digits and single hyphens, e.g. "release-vision"',
});

/** A handbook page (its path under the handbook folder without the extension) and, optionally, one heading on it. */
export const pageRefSchema = z.strictObject({
  page: z.string().refine((s) => /^[^/#\s][^#\s]*$/.test(s) && !/\.mdx?$/.test(s) && !s.endsWith('/'), {
    message: '{found} is not a handbook page path: write its path under the handbook folder without the extension, e.g. "strategy/vision"',
  }),
  anchor: z
    .string()
    .refine((s) => /^[^#\s]+$/.test(s), { message: '{found} is not a heading anchor: write the id without "#", e.g. "rollback-triggers"' })
    .optional(),
});

/** A page of the site that is not a handbook page (e.g. `/kpis/`, `/radar/`), with the name readers know it by. */
export const featureSchema = z.strictObject({
  title: text,
  path: z.string().refine((s) => s.startsWith('/') && !s.startsWith('//'), {
    message: '{found} is not a site path: write it from the site root, e.g. "/kpis/"',
  }),
});

export const itemSchema = z.strictObject({
  /** Stable id; the page gives each item this anchor. */
  id,
  /** What the role asks for, in the role's words or close to them. */
  text,
  coverage: z.enum(COVERAGE_LEVELS),
  pages: z.array(pageRefSchema).default([]),
  features: z.array(featureSchema).default([]),
  /** Why the level is what it is, or what is missing. */
  note: text.optional(),
});

export const groupSchema = z.strictObject({
  id,
  title: text,
  description: text.optional(),
  items: z.array(itemSchema).min(1),
});

export const traceabilitySchema = z.strictObject({
  /** The page's title and one-sentence description (lists, search results). */
  title: text,
  description: text,
  /** The role the map is for, e.g. "Release Manager (C2), Online Services and Strategy". */
  role: text,
  /** Paragraphs before the tables, as plain text. */
  intro: z.array(text).default([]),
  groups: z.array(groupSchema).min(1),
});

export type PageRef = z.output<typeof pageRefSchema>;
export type Feature = z.output<typeof featureSchema>;
export type TraceItem = z.output<typeof itemSchema>;
export type TraceGroup = z.output<typeof groupSchema>;
export type Traceability = z.output<typeof traceabilitySchema>;
