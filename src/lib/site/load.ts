// Reads and validates site.yaml in the content directory.
import fs from 'node:fs';
import path from 'node:path';
import { parseYamlText } from '../shared/parse';
import { issue, type ContentIssue } from '../shared/errors';
import { validate } from '../shared/validate';
import { contentPaths } from '../shared/content-dir';
import { siteSchema, type SiteConfig } from './schema';
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
}

/** Validates the text of site.yaml; `file` (project-relative) names it in messages. */
export function parseSite(text: string, file = contentPaths().site): LoadedSite {
  const parsed = parseYamlText(text, file);
  if (!parsed.ok) return { issues: parsed.issues };
  const res = validate(siteSchema, parsed.data, { file, text });
  if (res.ok) return { site: res.value, issues: [], defaults: res.value.defaults };
  const written = (parsed.data as { defaults?: unknown } | null)?.defaults;
  const defaults = siteSchema.shape.defaults.safeParse(written);
  return { issues: res.issues, defaults: defaults.success ? defaults.data : undefined };
}

/** Reads site.yaml from the content directory under `root` (the project root); never throws. */
export function loadSite(root: string): LoadedSite {
  const file = contentPaths(root).site;
  const p = path.join(root, file);
  if (!fs.existsSync(p)) return { issues: [issue(file, '', 'is missing: the site needs a title, url, repository and phase')] };
  return parseSite(readContent(p, file), file);
}
