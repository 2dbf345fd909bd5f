// Front matter of a handbook page: the single definition used by Astro, `check` and the tests.
import { z } from 'zod';
import { isoDateSchema, parseDuration, type IsoDate } from '../shared/dates';
import { LANGUAGE_EXAMPLES, readPageLanguage } from '../shared/language';

export const PAGE_STATUSES = ['draft', 'published', 'superseded', 'retired'] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];

const reviewIn = z.string().refine((s) => parseDuration(s) !== undefined, {
  message: '{found} is not a review interval: expected a number and days, weeks, months or years, e.g. "6 months"',
});

const PAGE_PATH = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;

/**
 * A page written as its URL or file name (`/handbook/guides/deploying/`, `guides/deploying.md`, `guides/`) as the
 * page path it means (`guides/deploying`), or undefined when that is not a page path either.
 */
export function pagePathFrom(written: string): string | undefined {
  const p = written
    .trim()
    .replace(/^\/?(handbook\/)?/, '')
    .replace(/\/$/, '')
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '');
  return PAGE_PATH.test(p) ? p : undefined;
}

/** Page path under the content folder's handbook/, without extension, e.g. `guides/deploying`. */
const pagePath = z.string().superRefine((s, ctx) => {
  if (PAGE_PATH.test(s)) return;
  const meant = pagePathFrom(s);
  ctx.addIssue({
    code: 'custom',
    message: meant
      ? `{found} is not a page path: write it as "${meant}" (the page's path inside handbook/, with no extension and no slash at either end)`
      : '{found} is not a page path: expected the path of a page inside handbook/ in lower-case letters, digits and hyphens, with no extension and no slash at either end, e.g. "guides/deploying"',
  });
});

/**
 * An old URL path of a moved page, e.g. `/handbook/old-section/page/` (the trailing slash is added when missing).
 * Only the characters of a URL path: no query, fragment, scheme or host, and no `.`/`..` segments.
 */
const REDIRECT_PATH = /^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/?)*$/;

/**
 * File extensions of old pages' addresses on sites a handbook replaces (`/guides/deploying.html`, `/help.aspx`): such
 * an address is kept as written (no slash added), and its redirect page is built in a folder of that name, which
 * static hosts serve for the address. Any other extension (`.xml`, `.json`, `.pdf`) names a file, not a page, and
 * the files of that kind a site has are the build's own (feeds, sitemaps, data) or its public files.
 */
export const OLD_PAGE_EXTENSIONS = ['html', 'htm', 'shtml', 'xhtml', 'php', 'asp', 'aspx', 'jsp', 'cfm'] as const;

/** The last segment's extension (`.html` → `html`, lower-cased) when it looks like a file name, else undefined. */
export function extensionOf(path: string): string | undefined {
  return /\.([A-Za-z][A-Za-z0-9]*)\/?$/.exec(path)?.[1]?.toLowerCase();
}

/**
 * The one form of an old path that the redirect checks compare and the build writes: `/x/index.html` is the folder
 * `/x/` (static hosts serve a folder's `index.html` for both, so writing both would make two redirect pages in one
 * file; `index.htm` is not served for `/x/`, so it stays a file name); an old page's file name (`/x.html`,
 * `/x.html/`) is kept as `/x.html`; anything else ends in `/`.
 */
export function normaliseRedirectPath(path: string): string {
  const folder = path.replace(/\/index\.html$/i, '/');
  if (extensionOf(folder) && !folder.endsWith('/')) return folder;
  if (extensionOf(folder)) return folder.slice(0, -1);
  return folder.endsWith('/') ? folder : `${folder}/`;
}

/**
 * What is wrong with `path`, a value starting with `/` that {@link REDIRECT_PATH} refuses, and what to write: the
 * message used to say "expected a path starting with /" of values that did (a new adopter's trial, 2 December 2026).
 */
function redirectPathProblem(path: string): string {
  const q = path.indexOf('?');
  const h = path.indexOf('#');
  const cut = (i: number) => path.slice(0, i);
  if (h >= 0 && (q < 0 || h < q))
    return `a #fragment is never sent to the host, so a redirect cannot tell it apart: write the path alone, "${cut(h)}" (and link to the anchor on the page's new address)`;
  if (q >= 0) return `a static site cannot redirect by query string (?…): the host looks up the path alone; write "${cut(q)}" if that path was the page`;
  if (/(^|\/)\.\.?(\/|$)/.test(path)) return 'a "." or ".." segment is not a page\'s address: write the path the page was published at';
  // `//` was reported as containing "undefined" (a new adopter's trial, 2 December 2026): no character is wrong.
  if (path.includes('//')) return `it has an empty segment ("//"): write "${path.replace(/\/{2,}/g, '/')}"`;
  const bad = [...path].find((c) => !/[A-Za-z0-9._~\/-]/.test(c))!;
  const what = /\s/.test(bad) ? 'a space' : `"${bad}"`;
  return `it contains ${what}: an old address kept here may hold only the letters A–Z and a–z, digits, "/" and - _ . ~ (its redirect page is a folder of that name, which hosts look up as the browser sends it, percent-encoded)`;
}

export const redirectPath = z
  .string()
  .superRefine((s, ctx) => {
    // Only the form is checked here; what an old path may be (a page, not a file the build writes) is checked with
    // the other redirect rules (checkRedirects in redirects.ts), so one run reports all of them.
    if (REDIRECT_PATH.test(s)) return;
    // Written as a full URL or without its leading slash: the path it means, when that is one.
    const meant = s.trim().replace(/^https?:\/\/[^/]+/, '').replace(/^(?!\/)/, '/');
    // An empty entry was told to write "/", the home page, which is itself an error (a new adopter's trial).
    if (meant === '/' && !/^https?:\/\//i.test(s.trim())) {
      ctx.addIssue({ code: 'custom', message: '{found} is not an old page path: it is empty; write the address the page had, e.g. "/handbook/old-section/page/", or remove the entry' });
      return;
    }
    ctx.addIssue({
      code: 'custom',
      message: REDIRECT_PATH.test(meant)
        ? /^https?:\/\//i.test(s.trim())
          ? `{found} is not an old page path: if it was an address on this site, write its path, "${meant}" (starting with /); an address on another site cannot lead here`
          : `{found} is not an old page path: write it as "${meant}" (a path on this site, starting with /)`
        : s.trim().startsWith('/')
          ? `{found} is not an old page path: ${redirectPathProblem(s.trim())}`
          : '{found} is not an old page path: expected a path on this site starting with /, e.g. "/handbook/old-section/page/"',
    });
  })
  .transform(normaliseRedirectPath);

/**
 * The language of a page written in another language than the site's (`gd`, `cy`), canonical (readPageLanguage in
 * src/lib/shared/language.ts): declared on the page's text and on every link showing its title, as WCAG 2.2 SC 3.1.2
 * (Language of Parts) asks, so a screen reader reads a Scottish Gaelic page in a Gaelic voice, not an English one.
 */
const pageLanguage = z.unknown().transform((s, ctx) => {
  // A list, a number or nothing is never a language: said as such, since YAML's own advice ("put it in quotes")
  // led to `lang: "123"`, and a list of languages to a second error (a bilingual trial, 3 December 2026).
  if (s === null || typeof s !== 'string') {
    ctx.addIssue({
      code: 'custom',
      message: Array.isArray(s)
        ? `is a list, but a page is written in one language: write its tag alone, ${LANGUAGE_EXAMPLES}; mark a passage in another language in the text, <span lang="cy">…</span>`
        : s === null
          ? `is empty: write the page's language tag after "lang:", ${LANGUAGE_EXAMPLES}, or delete the line for a page in English`
          : `{found} is not a language tag: write the page's language tag, ${LANGUAGE_EXAMPLES}`,
    });
    return z.NEVER;
  }
  const read = readPageLanguage(s);
  if ('tag' in read) return read.tag;
  ctx.addIssue({ code: 'custom', message: `{found} ${read.problem}` });
  return z.NEVER;
});

/**
 * The front matter as written. `description`, `owner` and `last_reviewed` may be left out: `resolvePageData`
 * (page-data.ts) then takes the description from the page's first paragraph and the others from site.yaml
 * `defaults:`, and reports a page that has neither. Astro's collection validates with this schema too.
 */
export const handbookPageSchema = z
  .strictObject({
    title: z.string().trim().min(1),
    description: z.string().trim().min(1).optional(),
    order: z.number().int().optional(),
    owner: z.string().trim().min(1).optional(),
    last_reviewed: isoDateSchema.optional(),
    review_by: isoDateSchema.optional(),
    review_in: reviewIn.optional(),
    status: z.enum(PAGE_STATUSES).default('published'),
    superseded_by: pagePath.optional(),
    /** Fallback for "Last updated" when git history is not available. */
    updated: isoDateSchema.optional(),
    tags: z.array(z.string().trim().min(1)).default([]),
    lang: pageLanguage.optional(),
    /**
     * Old URL paths of this page: each gets a redirect page and a `_redirects` entry (src/lib/handbook/redirects.ts).
     * One path may be written on its own, as Jekyll's jekyll-redirect-from allows (a new adopter wrote it so and was
     * told "expected a list").
     */
    redirect_from: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(redirectPath)).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.review_by && d.review_in)
      ctx.addIssue({
        code: 'custom',
        path: ['review_in'],
        message: 'both review_by and review_in are set: use one of them',
      });
    if (!d.review_by && !d.review_in)
      ctx.addIssue({
        code: 'custom',
        path: ['review_by'],
        message: 'is required: set review_by (a date) or review_in (e.g. "6 months")',
      });
    if (d.status === 'superseded' && !d.superseded_by)
      ctx.addIssue({
        code: 'custom',
        path: ['superseded_by'],
        message: 'is required when status is superseded: name the page that replaces this one',
      });
    if (d.superseded_by && d.status !== 'superseded')
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: `${JSON.stringify(d.status)} does not go with superseded_by: set status: superseded or remove superseded_by`,
      });
  });

/** Front matter as validated, before defaults: the three defaultable fields may be missing. */
export type HandbookPageData = z.output<typeof handbookPageSchema>;

/** The fields a page may leave out: taken from its first paragraph (description) or site.yaml `defaults:`. */
export const DEFAULTABLE_FIELDS = ['description', 'owner', 'last_reviewed'] as const;
export type DefaultableField = (typeof DEFAULTABLE_FIELDS)[number];

/** Front matter with every defaultable field filled in (resolvePageData in page-data.ts): what the model uses. */
export type HandbookFrontmatter = Omit<HandbookPageData, DefaultableField> & {
  description: string;
  owner: string;
  last_reviewed: IsoDate;
};
