// Reads and validates content/site.yaml.
import fs from 'node:fs';
import path from 'node:path';
import { parseYamlText } from '../shared/parse';
import { issue, type ContentIssue } from '../shared/errors';
import { validate } from '../shared/validate';
import { siteSchema, type SiteConfig } from './schema';

export const SITE_FILE = 'content/site.yaml';

export function parseSite(text: string, file = SITE_FILE): { site?: SiteConfig; issues: ContentIssue[] } {
  const parsed = parseYamlText(text, file);
  if (!parsed.ok) return { issues: parsed.issues };
  const res = validate(siteSchema, parsed.data, { file, text });
  return res.ok ? { site: res.value, issues: [] } : { issues: res.issues };
}

export function loadSite(root: string): { site?: SiteConfig; issues: ContentIssue[] } {
  const p = path.join(root, SITE_FILE);
  if (!fs.existsSync(p)) return { issues: [issue(SITE_FILE, '', 'is missing: the site needs a title, url, repository and phase')] };
  return parseSite(fs.readFileSync(p, 'utf8'));
}
