import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { bareRelease, fixtureRelease, shippedRelease } from './fixtures';
import { releaseJsonSchema, releaseJsonSchemaText, releasesApiJsonSchema } from './json-schema';
import { toApiJson } from './api';
import { fixtureModel } from './testing';
import { RELEASE_SCHEMA_FILE } from './paths';

const root = join(import.meta.dirname, '..', '..', '..');

describe('release JSON Schema', () => {
  it('is committed up to date (run `npx tsx scripts/schemas.ts` after changing src/lib/releases/schema.ts)', () => {
    const committed = readFileSync(join(root, RELEASE_SCHEMA_FILE), 'utf8');
    expect(
      committed === releaseJsonSchemaText(),
      `${RELEASE_SCHEMA_FILE} is out of date: run \`npx tsx scripts/schemas.ts\` and commit the result`,
    ).toBe(true);
  });

  it('describes the input editors write: dates as strings, enums, no unknown fields', () => {
    const s = releaseJsonSchema() as {
      properties: Record<string, { type?: string; format?: string; properties?: Record<string, { type?: string; format?: string }> }>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(s.required).toEqual(['component', 'version', 'title', 'releaseType', 'stage', 'status']);
    expect(s.additionalProperties).toBe(false);
    expect(s.properties.dates.properties?.planned).toMatchObject({ type: 'string', format: 'date' });
    expect(s.properties.dates.properties?.released?.type).toBe('string');
  });

  it('lets an editor’s JSON Schema validator accept a valid release and flag bad ones', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const check = ajv.compile(releaseJsonSchema());
    expect(check(fixtureRelease()), JSON.stringify(check.errors)).toBe(true);
    expect(check(fixtureRelease({ version: 'v2.4.0' }))).toBe(false);
    expect(check({ ...fixtureRelease(), colour: 'blue' })).toBe(false);
    expect(check(fixtureRelease({ status: 'shipped' as 'released' }))).toBe(false);
    const badUrl = fixtureRelease({ source: { compareUrl: 'javascript:alert(1)' } });
    expect(check(badUrl)).toBe(false);
  });

  it('describes /api/releases.json, which validates against it: releases with every section, planned and undated ones', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const check = ajv.compile(releasesApiJsonSchema());
    const model = fixtureModel([
      fixtureRelease(),
      shippedRelease('payments', '2.3.0', '2026-03-02T08:00:00Z', { status: 'yanked', statusReason: 'Withdrawn.', revision: { sequence: 1, updated: '2026-03-04T09:00:00Z' } }),
      bareRelease('payments', '2.5.0', { dates: { planned: '2026-12-10', codeFreeze: '2026-12-03T17:00:00Z' } }),
      bareRelease('citizen-web', '9.0.0'),
    ]);
    const api = JSON.parse(toApiJson(model)) as { releases: Record<string, unknown>[] };
    expect(api.releases.length).toBe(4);
    expect(check(api), JSON.stringify(check.errors)).toBe(true);
    // Not a schema that takes anything: an unknown field, a wrong type and a missing list are refused.
    expect(check({ ...api, releases: [{ ...api.releases[0], colour: 'blue' }] })).toBe(false);
    expect(check({ ...api, schemaVersion: '1' })).toBe(false);
    const { environments: _dropped, ...noEnvironments } = api.releases[0];
    expect(check({ ...api, releases: [noEnvironments] })).toBe(false);
  });
});
