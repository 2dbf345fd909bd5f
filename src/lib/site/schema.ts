// content/site.yaml: the handbook's identity, where it lives and who to contact.
import { z } from 'zod';
import { urlSchema, httpUrlSchema } from '../shared/urls';

export const PHASES = ['alpha', 'beta', 'live'] as const;

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
});

export type SiteConfig = z.output<typeof siteSchema>;
