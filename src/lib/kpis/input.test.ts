import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Component, Release } from '../releases/schema';
import { incidentCause, type KpiComponent, type KpiRelease } from './input';
import { rel } from './fixtures';

describe('KpiRelease', () => {
  it('accepts the validated release and component types (checked by `npm run typecheck`)', () => {
    expectTypeOf<Release>().toExtend<KpiRelease>();
    expectTypeOf<Component>().toExtend<KpiComponent>();
  });

  it('attributes incidents: true → this release, false → none, a reference → that release', () => {
    const r = rel({ component: 'payments', version: '2.0.1' });
    const base = { id: 'I', detectedAt: '2026-01-01', remediation: 'hotfix' };
    expect(incidentCause({ ...base, causedByRelease: true }, r)).toBe('payments@2.0.1');
    expect(incidentCause({ ...base, causedByRelease: false }, r)).toBeUndefined();
    expect(incidentCause({ ...base, causedByRelease: 'payments@2.0.0' }, r)).toBe('payments@2.0.0');
    expect(incidentCause({ ...base, causedByRelease: '2.0.0' }, r)).toBe('payments@2.0.0');
    expect(incidentCause({ ...base, causedByRelease: { component: 'identity', version: '1.0.0' } }, r)).toBe('identity@1.0.0');
  });
});
