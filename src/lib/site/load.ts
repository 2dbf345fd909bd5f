// Reads and validates site.yaml in the content directory.
import fs from 'node:fs';
import path from 'node:path';
import { parseYamlText } from '../shared/parse';
import { issue, type ContentIssue } from '../shared/errors';
import { validate } from '../shared/validate';
import { contentPaths } from '../shared/content-dir';
import { siteSchema, type SiteConfig } from './schema';
import { readContent } from '../shared/read';

/** Validates the text of site.yaml; `file` (project-relative) names it in messages. */
export function parseSite(text: string, file = contentPaths().site): { site?: SiteConfig; issues: ContentIssue[] } {
  const parsed = parseYamlText(text, file);
  if (!parsed.ok) return { issues: parsed.issues };
  const res = validate(siteSchema, parsed.data, { file, text });
  return res.ok ? { site: res.value, issues: [] } : { issues: res.issues };
}

/** Reads site.yaml from the content directory under `root` (the project root); never throws. */
export function loadSite(root: string): { site?: SiteConfig; issues: ContentIssue[] } {
  const file = contentPaths(root).site;
  const p = path.join(root, file);
  if (!fs.existsSync(p)) return { issues: [issue(file, '', 'is missing: the site needs a title, url, repository and phase')] };
  return parseSite(readContent(p, file), file);
}
