import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/errors';
import { componentsFile, releaseFile } from './fixtures';
import { parseReleaseData } from './load';
import { componentSchema } from './schema';
import { releaseSkeleton, skeletonProblem } from './skeleton';

const payments = componentSchema.parse({
  id: 'payments',
  name: 'Payments gateway',
  description: 'Takes card payments.',
  owner: 'Payments product team',
  repository: 'https://github.com/example-org/payments',
});

describe('release skeleton', () => {
  it('derives stage and release type from the version and passes every rule', () => {
    for (const [version, stage, type] of [
      ['2.0.0-alpha.1', 'alpha', 'major'],
      ['2.1.0-rc.2', 'rc', 'minor'],
      ['2.1.3', 'ga', 'patch'],
    ] as const) {
      const s = releaseSkeleton(payments, version, '2027-02-04');
      expect([s.stage, s.releaseType, s.status, s.dates]).toEqual([stage, type, 'planned', { planned: '2027-02-04' }]);
      expect(parseReleaseData([componentsFile(), releaseFile(s)]).issues.map(formatIssue)).toEqual([]);
    }
    expect(releaseSkeleton(payments, '2.1.3').dates).toEqual({});
  });

  it('explains why a request cannot be met', () => {
    expect(skeletonProblem({ component: 'payments', version: '2.1.3' }, [payments])).toBeUndefined();
    expect(skeletonProblem({ component: 'web', version: '2.1.3' }, [payments])).toBe(
      'unknown component "web" (components are listed in content/components.yaml): expected one of payments',
    );
    expect(skeletonProblem({ component: 'payments', version: 'V2.1.3' }, [payments])).toBe(
      'invalid version: "V2.1.3" has a "v" prefix: write the version without it, e.g. 2.1.3 (SemVer 2.0)',
    );
    expect(skeletonProblem({ component: 'payments', version: '2.1.3', planned: '2027-02-30' }, [payments])).toBe(
      'invalid --planned date "2027-02-30": not a date on the calendar: expected YYYY-MM-DD with a month from 01 to 12 and a day that month has, e.g. 2026-12-03',
    );
  });
});

describe('createReleaseFile without a components file', () => {
  it('says how the releases area starts, with a first component that has every required field', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { parse } = await import('yaml');
    const { componentsFileSchema } = await import('./schema');
    const { createReleaseFile } = await import('./skeleton');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'no-components-'));
    try {
      fs.mkdirSync(path.join(root, 'content'));
      const res = createReleaseFile(root, { component: 'payments', version: '1.0.0' });
      expect(res.ok).toBe(false);
      const message = (res as { message: string }).message;
      expect(message).toMatch(/^content\/components\.yaml does not exist yet: every release belongs to a component listed there\./);
      expect(message).not.toContain('ENOENT');
      // The example, with its placeholders filled in, is a valid components file.
      const example = message.split('\n').filter((l) => /^(- |  )\w+:/.test(l)).join('\n').replace(/<[^>]*>/g, (p) => (p.includes('address') ? 'https://example.org/x' : 'Filled in'));
      expect(componentsFileSchema.safeParse(parse(example)).success).toBe(true);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
