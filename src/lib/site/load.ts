// Reads and validates site.yaml in the content directory.
import fs from 'node:fs';
import path from 'node:path';
import { parseYamlText } from '../shared/parse';
import { issue, type ContentIssue } from '../shared/errors';
import { validate } from '../shared/validate';
import { contentPaths } from '../shared/content-dir';
import { siteOrigin, siteSchema, type SiteConfig } from './schema';
import { readContent } from '../shared/read';

/** site.yaml read: the settings when valid, the problems, and its page `defaults` when those alone are valid. */
export interface LoadedSite {
  site?: SiteConfig;
  issues: ContentIssue[];
  /**
   * `defaults:` for handbook pages (`site.defaults` when site.yaml is valid): kept when another field of site.yaml has
   * an error, so the pages that rely on them are not also reported as lacking an owner and a review date. One typo in
   * `phase` added two such errors for every page (a new adopter's trial, 2 December 2026).
   */
  defaults?: SiteConfig['defaults'];
  /**
   * The fields whose own checks reach beyond site.yaml (`pages` must name pages, `logo` and `favicon` files), each
   * when it alone is valid: `site` when site.yaml is valid, else those that are. So a mistake in another field does
   * not hide theirs until a second run (a new adopter's trial, 3 December 2026).
   */
  parts: Partial<Pick<SiteConfig, 'pages' | 'logo' | 'favicon'>>;
}

/** Validates the text of site.yaml; `file` (project-relative) names it in messages. */
export function parseSite(text: string, file = contentPaths().site): LoadedSite {
  const parsed = parseYamlText(text, file);
  if (!parsed.ok) return { issues: parsed.issues, parts: {} };
  const res = validate(siteSchema, parsed.data, { file, text });
  if (res.ok) return { site: res.value, issues: [], defaults: res.value.defaults, parts: res.value };
  const written = (parsed.data ?? {}) as Record<string, unknown>;
  const defaults = siteSchema.shape.defaults.safeParse(written.defaults);
  const parts: LoadedSite['parts'] = {};
  for (const key of ['pages', 'logo', 'favicon'] as const) {
    const one = siteSchema.shape[key].safeParse(written[key]);
    if (one.success) Object.assign(parts, { [key]: one.data });
  }
  return { issues: res.issues, defaults: defaults.success ? defaults.data : undefined, parts };
}

/** Reads site.yaml from the content directory under `root` (the project root); never throws. */
export function loadSite(root: string): LoadedSite {
  const file = contentPaths(root).site;
  const p = path.join(root, file);
  if (!fs.existsSync(p)) return { issues: [issue(file, '', 'is missing: the site needs a title, url, repository and phase')], parts: {} };
  return parseSite(readContent(p, file), file);
}

/** The address Astro is given when site.yaml has no usable `url`, so its config loads and the check can report why. */
export const PLACEHOLDER_SITE_URL = 'http://localhost:4321';

/**
 * The `site` for Astro's config (astro.config.mjs): site.yaml's `url` (trimmed) when it is an absolute http(s) URL,
 * else {@link PLACEHOLDER_SITE_URL}. Only the URL is read here, not the whole file validated (the check does that, and
 * reports a missing, unparsable or wrong `url` with its line). Why not pass a bad value on: Astro validates `site`
 * before any integration runs, so `url: handbook.example.gov.scot` ended `npm run build` with "Invalid URL" and no
 * file, field or line (a new adopter's trial, 3 December 2026). Never throws.
 */
export function configSiteUrl(root: string): string {
  try {
    const file = contentPaths(root).site;
    const parsed = parseYamlText(readContent(path.join(root, file), file), file);
    const url = parsed.ok ? (parsed.data as { url?: unknown } | null)?.url : undefined;
    if (typeof url !== 'string') return PLACEHOLDER_SITE_URL;
    const u = new URL(url.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? siteOrigin(url) : PLACEHOLDER_SITE_URL;
  } catch {
    return PLACEHOLDER_SITE_URL;
  }
}
