// content/site.yaml: the handbook's identity, where it lives and who to contact.
import { z } from 'zod';
import { urlSchema, httpUrlSchema } from '../shared/urls';
import { isoDateSchema } from '../shared/dates';

export const PHASES = ['alpha', 'beta', 'live'] as const;

/** The path of a handbook page under handbook/, without extension: `about/accessibility-statement`. */
const pagePathSchema = z
  .string()
  .trim()
  .regex(/^[^/.\s][^\s]*[^/\s]$|^[^/.\s]$/, { message: '{found} is not a page path: expected the path of a page under handbook/ without its extension, e.g. "about/accessibility-statement"' });

/**
 * The standard pages site.yaml `pages:` can name, with their link text: the first two are in the footer; the
 * others are linked from the KPI and radar pages ("how each figure is defined", "the tooling lifecycle").
 */
export const STANDARD_PAGES = {
  accessibility_statement: 'Accessibility statement',
  contributing: 'How to contribute',
  kpi_definitions: 'How each figure is defined',
  tooling_lifecycle: 'Tooling lifecycle',
} as const;
/** The standard pages the site footer links to. */
export const FOOTER_PAGES = ['accessibility_statement', 'contributing'] as const;
export type StandardPage = keyof typeof STANDARD_PAGES;

export const siteSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** Short line for the home page and meta description. */
  description: z.string().trim().min(1),
  /** Absolute URL the site is published at (feeds, sitemap and canonical links need it). */
  url: httpUrlSchema,
  /** Repository web URL, for "Edit this page" links. */
  repository: httpUrlSchema,
  branch: z.string().trim().min(1).default('main'),
  phase: z.enum(PHASES),
  /** Where the phase banner's feedback link goes. */
  feedback: urlSchema,
  organisation: z.strictObject({ name: z.string().trim().min(1), url: httpUrlSchema }),
  licence: z.strictObject({ name: z.string().trim().min(1), url: httpUrlSchema }),
  /**
   * New-issue address for "Report a problem with this page", with {title} and {url} replaced by the page's
   * (e.g. https://github.com/org/repo/issues/new?title={title}&body={url}). Without it, the first contact is used.
   */
  report_problem_url: httpUrlSchema
    .refine((s) => s.includes('{title}') && s.includes('{url}'), {
      message: "{found} must contain {title} and {url}, which are replaced by the page's title and address",
    })
    .optional(),
  contacts: z
    .array(z.strictObject({ name: z.string().trim().min(1), url: urlSchema, description: z.string().optional() }))
    .min(1),
  /**
   * Standard pages the site's templates link to (the footer), each the path of a handbook page without extension,
   * e.g. `about/accessibility-statement`. A configured page that does not exist is a check error; one that is not
   * configured gets no link.
   */
  pages: z
    .strictObject({ accessibility_statement: pagePathSchema, contributing: pagePathSchema, kpi_definitions: pagePathSchema, tooling_lifecycle: pagePathSchema })
    .partial()
    .optional(),
  /**
   * Optional areas to switch off although they have content, e.g. `radar: false` (see src/lib/site/areas.ts).
   * An area with no content is absent anyway.
   */
  areas: z
    .strictObject({ releases: z.boolean(), radar: z.boolean(), checklists: z.boolean(), kpis: z.boolean() })
    .partial()
    .optional(),
  /**
   * Front-matter values for handbook pages that leave them out (src/lib/handbook/page-data.ts), e.g.
   * `owner: Release Management team`. A page's own value always wins; `npm run check` lists the pages that rely on
   * a default.
   */
  defaults: z
    .strictObject({ owner: z.string().trim().min(1), last_reviewed: isoDateSchema })
    .partial()
    .optional(),
});

export type SiteConfig = z.output<typeof siteSchema>;
