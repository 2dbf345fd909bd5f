// Reads and validates content/site.yaml.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { issue, type ContentIssue } from '../shared/errors';
import { validate } from '../shared/validate';
import { siteSchema, type SiteConfig } from './schema';

export const SITE_FILE = 'content/site.yaml';

export function parseSite(text: string, file = SITE_FILE): { site?: SiteConfig; issues: ContentIssue[] } {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    const err = e as { message?: string; linePos?: { line: number; col: number }[] };
    const pos = err.linePos?.[0];
    return { issues: [issue(file, '', `is not valid YAML: ${(err.message ?? '').split('\n')[0]}`, { line: pos?.line, column: pos?.col })] };
  }
  const res = validate(siteSchema, data, { file, text });
  return res.ok ? { site: res.value, issues: [] } : { issues: res.issues };
}

export function loadSite(root: string): { site?: SiteConfig; issues: ContentIssue[] } {
  const p = path.join(root, SITE_FILE);
  if (!fs.existsSync(p)) return { issues: [issue(SITE_FILE, '', 'is missing: the site needs a title, url, repository and phase')] };
  return parseSite(fs.readFileSync(p, 'utf8'));
}
