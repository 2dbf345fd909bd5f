// A shipped release dated after today is one mistake, reported once: its readiness is not judged against that date
// (which checklists hold a release depends on it), where one wrong year gave 32 readiness errors burying the cause.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runChecks } from './index';
import { formatIssue } from '../shared/errors';

const FIXTURE = path.resolve(__dirname, '../../../tests/fixtures/every-area');
const FILE = 'content/releases/payments/3.4.0.json';

function errorsIn(file: string, change: (text: string) => string): string[] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-check-release-date-'));
  try {
    fs.cpSync(FIXTURE, path.join(root, 'content'), { recursive: true });
    const p = path.join(root, file);
    fs.writeFileSync(p, change(fs.readFileSync(p, 'utf8')));
    return runChecks(root, { today: '2026-12-02' })
      .issues.filter((i) => i.severity === 'error' && i.file === file)
      .map(formatIssue);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

describe('a released release dated after today', () => {
  it('is reported at its date alone, not again as every item of the checklists that date would bring in', () => {
    const errors = errorsIn(FILE, (t) => t.replace('"released": "2025-04-29"', '"released": "2027-04-29"'));
    expect(errors).toEqual([
      `${FILE}:13:5  dates.released  "2027-04-29" is after today (2026-12-02), but the status is "released": set the date the release went live, or, if it has not gone live yet, status "planned" or "in-progress" with dates.planned`,
    ]);
  });
  it('still has its readiness judged once the date is right', () => {
    // A release whose date is fine but whose record of a required item is gone: the readiness rule speaks.
    const errors = errorsIn(FILE, (t) => t.replace('"released": "2025-04-29"', '"released": "2026-04-29"'));
    expect(errors.some((m) => m.includes('  readiness  required item'))).toBe(true);
  });
});
