import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../shared/errors';
import { FIXTURE_COMPONENTS_YAML, fixtureRelease } from './fixtures';
import { loadReleaseModel } from './site-data';

function root(release: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'releases-'));
  mkdirSync(join(dir, 'content/releases/payments'), { recursive: true });
  writeFileSync(join(dir, 'content/components.yaml'), FIXTURE_COMPONENTS_YAML);
  writeFileSync(join(dir, 'content/releases/payments/2.4.0.json'), JSON.stringify(release, null, 2));
  return dir;
}

describe('loadReleaseModel', () => {
  it('builds the model from disk and reuses it', () => {
    const dir = root(fixtureRelease());
    const m = loadReleaseModel(dir);
    expect(m.releases.map((r) => `${r.key} ${r.file}`)).toEqual(['payments@2.4.0 content/releases/payments/2.4.0.json']);
    expect(loadReleaseModel(dir)).toBe(m);
    expect(loadReleaseModel(dir, { fresh: true })).not.toBe(m);
  });

  it('stops with every error, naming file, line and field', () => {
    const dir = root(fixtureRelease({ stage: 'rc', status: 'shipped' as 'released' }));
    let err: unknown;
    try {
      loadReleaseModel(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ContentError);
    expect((err as ContentError).message).toBe(
      '1 content error:\n' +
        'content/releases/payments/2.4.0.json:8:3  status  "shipped" is not one of planned|in-progress|released|rolled-back|cancelled|yanked',
    );
  });
});
