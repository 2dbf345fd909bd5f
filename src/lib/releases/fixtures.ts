// Test fixtures: a small, valid set of release files built in memory, which each test bends one way.
import type { ReleaseInput } from './schema';
import type { SourceFile } from './load';
import { releaseFilePath, releaseSchemaRef } from './paths';
import { contentPaths } from '../shared/content-dir';

export const FIXTURE_COMPONENTS_YAML = `- id: payments
  name: Payments gateway
  description: Takes card payments for public bodies.
  owner: Payments product team
  repository: https://github.com/example-org/payments
- id: citizen-web
  name: Citizen website
  description: The public website.
  owner: Web platform team
  repository: https://github.com/example-org/citizen-web
`;

/** A complete, valid released payments release; override any top-level field. */
export function fixtureRelease(over: Partial<ReleaseInput> = {}): ReleaseInput {
  return {
    $schema: releaseSchemaRef(),
    component: 'payments',
    version: '2.4.0',
    title: 'Payments gateway 2.4.0',
    releaseType: 'minor',
    stage: 'ga',
    status: 'released',
    dates: { planned: '2026-05-14', codeFreeze: '2026-05-07', released: '2026-05-14' },
    environments: [
      { name: 'dev', status: 'deployed', deployedAt: '2026-05-05T10:00:00+01:00' },
      { name: 'test', status: 'deployed', deployedAt: '2026-05-08T10:00:00+01:00' },
      { name: 'staging', status: 'deployed', deployedAt: '2026-05-12T10:00:00+01:00' },
      { name: 'live', status: 'deployed', deployedAt: '2026-05-14T07:30:00+01:00', approvedBy: 'Release manager' },
    ],
    changes: [
      {
        category: 'added',
        summary: 'Apple Pay for council tax payments.',
        refs: [{ id: 'PAY-101', url: 'https://jira.example.gov.scot/browse/PAY-101' }],
        commits: [{ sha: 'a1b2c3d', committedAt: '2026-05-01T09:00:00Z' }],
      },
    ],
    ...over,
  };
}

/** The file for a release object at its proper path (or `path` when a test needs it misplaced). */
export function releaseFile(r: ReleaseInput | Record<string, unknown>, path?: string): SourceFile {
  const o = r as { component: string; version: string };
  return { path: path ?? releaseFilePath(o.component, o.version), text: JSON.stringify(r, null, 2) + '\n' };
}

export function componentsFile(text = FIXTURE_COMPONENTS_YAML): SourceFile {
  return { path: contentPaths().components, text };
}

/**
 * A release of `component` at `version` with the stage it implies and nothing else recorded;
 * `over` adds dates, environments, changes and so on.
 */
export function bareRelease(component: string, version: string, over: Partial<ReleaseInput> = {}): ReleaseInput {
  const pre = /^\d+\.\d+\.\d+-([0-9A-Za-z]+)/.exec(version)?.[1];
  const stage = pre === 'alpha' || pre === 'beta' || pre === 'rc' ? pre : 'ga';
  return {
    component,
    version,
    title: `${component} ${version}`,
    releaseType: 'minor',
    stage,
    status: 'planned',
    ...over,
  };
}

/** A shipped release with its live deployment at `liveAt` (a date-time) and release date the same day. */
export function shippedRelease(
  component: string,
  version: string,
  liveAt: string,
  over: Partial<ReleaseInput> = {},
): ReleaseInput {
  return bareRelease(component, version, {
    status: 'released',
    dates: { released: liveAt.slice(0, 10) },
    environments: [{ name: 'live', status: 'deployed', deployedAt: liveAt }],
    ...over,
  });
}
