// A mistake in an area's own files is reported once, at its file: links into that area are not judged meanwhile, since
// the pages it makes are not known (a new adopter's trial, 2 December 2026: one YAML error in components.yaml also made
// every link to a component's page "not a page on this site", pointing away from the cause).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runChecks } from './index';
import { formatIssue } from '../shared/errors';

const FIXTURE = path.resolve(__dirname, '../../../tests/fixtures/every-area');
const PAGE = 'content/handbook/links-to-areas.md';

/** Errors in that page and components.yaml, with the fixture, a page linking to a component's page and to a misspelt one, and `change` applied to `file`. */
function errorsWith(file: string, change: (text: string) => string): string[] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-check-unreadable-'));
  try {
    fs.cpSync(FIXTURE, path.join(root, 'content'), { recursive: true });
    fs.writeFileSync(
      path.join(root, PAGE),
      '---\ntitle: Links to areas\ndescription: Links to pages made from data.\nowner: Release Manager\nlast_reviewed: 2026-09-01\nreview_in: 1 year\n---\n\nSee [payments](/releases/payments/) and [paymentz](/releases/paymentz/).\n',
    );
    const p = path.join(root, file);
    fs.writeFileSync(p, change(fs.readFileSync(p, 'utf8')));
    // The page's and the area's files only: the MDX pages' components are looked up in the engine, not in `root`.
    return runChecks(root, { today: '2026-12-02' })
      .issues.filter((i) => i.severity === 'error' && (i.file === PAGE || i.file === 'content/components.yaml'))
      .map(formatIssue);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

describe('links into an area whose files have errors', () => {
  it('are not judged: the error in components.yaml is the only one', () => {
    const errors = errorsWith('content/components.yaml', (t) => t.replace('- id: payments', '- id: payments\n  bad: [unclosed'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.startsWith('content/components.yaml')), errors.join('\n')).toBe(true);
  });

  it('are judged again once the files are right', () => {
    const errors = errorsWith('content/components.yaml', (t) => t);
    expect(errors).toEqual([`${PAGE}:9:41  link  "/releases/paymentz/" is not a page on this site: did you mean "/releases/payments/"?`]);
  });
});
