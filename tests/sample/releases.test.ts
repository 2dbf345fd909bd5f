import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/shared/errors';
import { loadReleaseData } from '../../src/lib/releases/load';
import { buildReleaseModel, liveRelease } from '../../src/lib/releases/model';
import { IS_SAMPLE } from './is-sample';

// The bundled sample must stay valid and keep telling the story the handbook pages refer to.
const data = loadReleaseData(join(import.meta.dirname, '..', '..'));
const model = buildReleaseModel(data);

describe.skipIf(!IS_SAMPLE)('sample release data', () => {
  it('loads with no issues', () => {
    expect(formatIssues(data.issues)).toBe('');
    expect(data.components.length).toBeGreaterThanOrEqual(5);
    expect(data.releases.length).toBeGreaterThanOrEqual(30);
  });

  it('has a rollback, an emergency patch, a cancellation, a yank and an alpha-to-GA run', () => {
    const count = (pred: (r: (typeof model.releases)[number]) => boolean) => model.releases.filter(pred).length;
    expect(count((r) => r.status === 'rolled-back')).toBeGreaterThanOrEqual(1);
    expect(count((r) => r.status === 'cancelled')).toBeGreaterThanOrEqual(1);
    expect(count((r) => r.status === 'yanked')).toBeGreaterThanOrEqual(1);
    expect(count((r) => r.releaseType === 'emergency')).toBeGreaterThanOrEqual(1);
    for (const stage of ['alpha', 'beta', 'rc', 'ga'] as const) expect(count((r) => r.stage === stage)).toBeGreaterThan(0);
    expect(count((r) => r.incidents.some((i) => i.causedByRelease && i.remediation === 'rollback'))).toBeGreaterThan(0);
    expect(count((r) => r.retrospective?.actions.some((a) => a.status !== 'done') ?? false)).toBeGreaterThan(0);
  });

  it('plans releases after 27 November 2026 with code freezes, with no readiness results recorded yet', () => {
    const future = model.releases.filter((r) => r.status === 'planned' && (r.dates.planned ?? '') > '2026-11-27');
    expect(future.filter((r) => r.dates.codeFreeze).length).toBeGreaterThanOrEqual(3);
    expect(future.every((r) => r.readiness.length === 0)).toBe(true);
    // Released releases record their results against the checklists (see src/lib/checklists/content.test.ts).
    expect(model.releases.some((r) => r.status === 'released' && r.readiness.length > 0)).toBe(true);
  });

  it('has a live release for every component', () => {
    for (const c of model.components) expect(liveRelease(model, c.id), c.id).toBeDefined();
  });
});
