// content/site.yaml: the handbook's identity, where it lives and who to contact.
import { z } from 'zod';
import { urlSchema, httpUrlSchema, webUrlSchema } from '../shared/urls';
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


// ---- Branding: everything that names the organisation (issue 10). Kept in one block so other site.yaml additions
// (e.g. front-matter `defaults:`) merge beside it. Each field is optional; `branding()` in ./branding.ts gives the
// default an absent field stands for, so views never repeat a fallback.

/** A path inside the content directory, forward slashes, no `..`: `brand/logo.svg`. */
const contentFileSchema = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !s.startsWith('/') && !s.split(/[\\/]/).includes('..'), {
    message: '{found} is not a path inside the content directory: write it relative to the folder site.yaml is in, without "..", e.g. "brand/logo.svg"',
  });

export const brandingFields = {
  /**
   * The logo shown in the SG Design System site header before the title: an SVG file in the content directory and
   * its text alternative (usually the organisation's name). No logo: the header shows the title alone.
   */
  logo: z.strictObject({ file: contentFileSchema, alt: z.string().trim().min(1) }).optional(),
  /** The browser tab's icon: an SVG file in the content directory. Default: the engine's plain icon (public/favicon.svg). */
  favicon: contentFileSchema.optional(),
  /** Short name the release, radar and KPI pages use for the organisation ("MyGov releases"). Default: organisation.name. */
  short_name: z.string().trim().min(1).optional(),
  /** The phase banner's sentence, replacing the phase's default ("This is a new version of the handbook."). */
  phase_text: z.string().trim().min(1).optional(),
  /** The home page's paragraph under the description: who writes the handbook, for whom. Default names organisation.name. */
  intro: z.string().trim().min(1).optional(),
  /** Extra footer links (privacy notice, cookies, the organisation's contact page …), after the standard pages. */
  footer_links: z.array(z.strictObject({ text: z.string().trim().min(1), url: urlSchema })).optional(),
  /** Name of the technology radar in titles and descriptions. Default: "<short name> technology radar". */
  radar_name: z.string().trim().min(1).optional(),
  /** What the KPI pages and `npm run kpis` say the figures cover ("the MyGov programme"). Default: short name. */
  kpi_scope: z.string().trim().min(1).optional(),
  /**
   * PRODID of the iCalendar files (RFC 5545 §3.7.3: "-//Company//Product//Language"). Default:
   * `-//<organisation.name>//<title> release schedule//EN`.
   */
  calendar_prodid: z
    .string()
    .trim()
    .refine((s) => /^-\/\/[^/]+(\/\/[^/]+)*\/\/[A-Za-z-]+$/.test(s), {
      message: '{found} is not a product id: write it as "-//Organisation//Product//EN" (the form RFC 5545 §3.7.3 shows)',
    })
    .optional(),
};

/** The footer's licence line; without `licence` in site.yaml there is none. `statement` replaces the default sentence. */
const licenceSchema = z
  .strictObject({
    name: z.string().trim().min(1),
    url: httpUrlSchema,
    /** The footer's licence sentence, replacing "All content is available under the <name>, except where otherwise stated."; the licence name in it becomes the link. */
    statement: z.string().trim().min(1).optional(),
  })
  .optional();
// ---- end of branding

/**
 * The site's address as every output writes it: its origin (`https://handbook.example.org`, the scheme and host in
 * lower case, no trailing slash), or `s` trimmed when it is not a domain's root (an error the schema reports). Written
 * `https://Handbook.Example.org/`, feed and calendar ids kept the capitals while entry ids, UIDs and the sitemap
 * lowered them, and correcting site.yaml later would have changed the feeds' ids, which RFC 4287 §4.2.6 forbids (a
 * machine-outputs trial, 3 December 2026).
 */
export function siteOrigin(s: string): string {
  try {
    const u = new URL(s.trim());
    return u.pathname === '/' && !u.search && !u.hash ? u.origin : s.trim();
  } catch {
    return s.trim();
  }
}

export const siteSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** Short line for the home page and meta description. */
  description: z.string().trim().min(1),
  /**
   * Absolute URL the site is published at (feeds, sitemap and canonical links need it): the root of a domain, since
   * every link and asset is written from the root. A URL with a path (a GitHub Pages project site,
   * https://owner.github.io/repo/) passed, and the build wrote canonical links, a sitemap and a feed that disagreed
   * with each other and with where the pages were (a new adopter's trial, 2 December 2026).
   */
  url: httpUrlSchema.superRefine((s, ctx) => {
    let u: URL;
    try {
      u = new URL(s.trim());
    } catch {
      return;
    }
    if (u.pathname !== '/' || u.search || u.hash)
      ctx.addIssue({
        code: 'custom',
        message:
          `{found} has a path: the handbook links every page and file from the root of its domain, so it must be published at a domain's root, e.g. "${u.origin}". ` +
          (u.hostname.endsWith('.github.io') ? 'For GitHub Pages, set a custom domain (Settings → Pages), or publish from the repository named <owner>.github.io' : 'Publish it at the root of a domain or subdomain of its own'),
      });
  }).transform(siteOrigin),
  /** Repository web URL, for "Edit this page" links. */
  repository: httpUrlSchema,
  branch: z.string().trim().min(1).default('main'),
  /**
   * Where the content directory sits inside `repository` ('' for its root), for "Edit this page" links. Default: its
   * path inside the project when it is inside (engine and content in one repository), else the repository's root.
   */
  repository_path: z.string().trim().regex(/^(?!\/)(?!.*\.\.)[^\\]*$/, 'a folder inside the repository, e.g. docs or handbook/content — not starting with / and without ..').optional(),
  phase: z.enum(PHASES),
  /** Where the phase banner's feedback link goes; without it the banner asks for no feedback. */
  feedback: urlSchema.optional(),
  organisation: z.strictObject({ name: z.string().trim().min(1), url: httpUrlSchema }),
  licence: licenceSchema,
  /**
   * New-issue address for "Report a problem with this page", with {title} and {url} replaced by the page's
   * (e.g. https://github.com/org/repo/issues/new?title={title}&body={url}). Without it, the first contact is used.
   */
  report_problem_url: webUrlSchema(['{title}', '{url}'])
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
  ...brandingFields,
});

export type SiteConfig = z.output<typeof siteSchema>;
