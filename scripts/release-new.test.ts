import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_COMPONENTS_YAML } from '../src/lib/releases/fixtures';
import { loadReleaseData } from '../src/lib/releases/load';
import { main } from './release-new';

function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'release-new-'));
  mkdirSync(join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'content/components.yaml'), FIXTURE_COMPONENTS_YAML);
  return root;
}

function run(argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('release:new', () => {
  it('writes a skeleton that passes every release rule, with stage from the version', () => {
    const root = tempRoot();
    const r = run(['payments', '3.0.0-beta.2', '--planned', '2027-01-14', '--root', root]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('wrote content/releases/payments/3.0.0-beta.2.json');
    const file = join(root, 'content/releases/payments/3.0.0-beta.2.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({
      $schema: '../../../schemas/release.schema.json',
      component: 'payments',
      version: '3.0.0-beta.2',
      title: 'Payments gateway 3.0.0-beta.2',
      releaseType: 'major',
      stage: 'beta',
      status: 'planned',
      dates: { planned: '2027-01-14' },
    });
    expect(loadReleaseData(root).issues).toEqual([]);
  });

  it('writes a hotfix as an emergency release, and a title of its own, when asked', () => {
    // A new adopter's trial (3 December 2026): --type was unknown, so an emergency release was edited by hand.
    const root = tempRoot();
    const r = run(['payments', '2.4.1', '--type', 'emergency', '--title', 'Card payments fix', '--root', root]);
    expect(r.err).toBe('');
    const json = JSON.parse(readFileSync(join(root, 'content/releases/payments/2.4.1.json'), 'utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({ releaseType: 'emergency', title: 'Card payments fix' });
    expect(r.out).toContain('Next: fill in the dates, changes, sign-offs, risks and rollback plan');
    expect(loadReleaseData(root).issues).toEqual([]);
    expect(run(['payments', '2.4.2', '--type', 'hotfix', '--root', root]).err).toBe('release:new: invalid --type "hotfix": expected one of major|minor|patch|emergency');
    expect(run(['payments', '2.4.2', '--type', 'emergncy', '--root', root]).err).toBe(
      'release:new: invalid --type "emergncy": expected one of major|minor|patch|emergency: did you mean "emergency"?',
    );
  });

  it('writes a release planned before today, and says the check will warn about it', () => {
    const root = tempRoot();
    const before = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1796212800'; // 2 December 2026
    try {
      const r = run(['payments', '5.0.0', '--planned', '2025-01-01', '--root', root]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(
        'Note: --planned 2025-01-01 is before today (2026-12-02): until the release is recorded as released or moved, the check warns that its planned date has passed (npm run release:status -- payments 5.0.0 released, or … planned --planned YYYY-MM-DD).',
      );
      expect(run(['payments', '5.1.0', '--planned', '2027-01-01', '--root', root]).out).not.toContain('Note:');
    } finally {
      if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = before;
    }
  });

  it('refuses to overwrite an existing release', () => {
    const root = tempRoot();
    expect(run(['payments', '2.4.1', '--root', root]).code).toBe(0);
    const before = readFileSync(join(root, 'content/releases/payments/2.4.1.json'), 'utf8');
    const r = run(['payments', '2.4.1', '--planned', '2027-01-01', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('release:new: content/releases/payments/2.4.1.json already exists: not overwriting it');
    expect(readFileSync(join(root, 'content/releases/payments/2.4.1.json'), 'utf8')).toBe(before);
  });

  it('refuses a version that differs from an existing release only in build metadata (SemVer §10)', () => {
    const root = tempRoot();
    expect(run(['payments', '2.4.1', '--root', root]).code).toBe(0);
    const r = run(['payments', '2.4.1+build.7', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'release:new: payments 2.4.1+build.7 is the same release as 2.4.1 (content/releases/payments/2.4.1.json): build metadata after "+" does not make a new release (SemVer §10); give a new version, or record the build in that file',
    );
    expect(existsSync(join(root, 'content/releases/payments/2.4.1+build.7.json'))).toBe(false);
  });

  it('rejects an unknown component, an invalid version, a "v" prefix and a bad date', () => {
    const root = tempRoot();
    expect(run(['paymnets', '2.4.1', '--root', root])).toMatchObject({
      code: 1,
      err: 'release:new: unknown component "paymnets" (components are listed in content/components.yaml): expected one of citizen-web|payments: did you mean "payments"?',
    });
    expect(run(['payments', 'v2.4.1', '--root', root])).toMatchObject({
      code: 1,
      err: 'release:new: invalid version: "v2.4.1" has a "v" prefix: write the version without it, e.g. 2.4.1 (SemVer 2.0)',
    });
    expect(run(['payments', '2.4', '--root', root])).toMatchObject({
      code: 1,
      err: 'release:new: invalid version: "2.4" is not a valid SemVer 2.0 version: expected MAJOR.MINOR.PATCH with an optional pre-release, e.g. 2.1.0 or 2.1.0-rc.1',
    });
    expect(run(['payments', '2.5.0-preview.1', '--root', root]).err).toBe(
      'release:new: invalid version: "2.5.0-preview.1" has a pre-release identifier that is not alpha, beta or rc (e.g. 2.5.0-rc.1)',
    );
    expect(run(['payments', '2.4.1', '--planned', '14/01/2027', '--root', root]).err).toBe(
      'release:new: invalid --planned date "14/01/2027": not a date: expected YYYY-MM-DD, e.g. 2026-12-03',
    );
    expect(run(['payments', '--root', root]).code).toBe(1);
    expect(existsSync(join(root, 'content/releases'))).toBe(false);
  });

  it('exits 1 from the command line and prints the reason', () => {
    const root = tempRoot();
    const res = spawnSync('npx', ['tsx', 'scripts/release-new.ts', 'nope', '1.0.0', '--root', root], {
      cwd: join(import.meta.dirname, '..'),
      encoding: 'utf8',
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('release:new: unknown component "nope"');
  });
});
