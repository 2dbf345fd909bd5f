import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { bareRelease, fixtureRelease, shippedRelease } from './fixtures';
import { releaseJsonSchema, releaseJsonSchemaText, releasesApiJsonSchema } from './json-schema';
import { toApiJson } from './api';
import { fixtureModel } from './testing';
import { RELEASE_SCHEMA_FILE } from './paths';
import { isIsoDate, isIsoDateTime } from '../shared/dates';

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

  it('refuses, with a validator that treats `format` as an annotation (draft 2020-12 §7.2), the dates the check refuses', () => {
    // A machine-formats trial (3 December 2026): "next Tuesday" and "2026-03-28t23:30:00z" passed the published schema.
    const check = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(releaseJsonSchema());
    const withFreeze = (codeFreeze: string) => fixtureRelease({ dates: { planned: '2026-12-10', codeFreeze } });
    const verdicts = (values: string[]) => values.map((v) => [v, check(withFreeze(v)), isIsoDate(v) || isIsoDateTime(v)]);
    const good = ['2026-12-03', '2026-03-28T23:30:00Z', '2026-10-25T01:30:00+01:00', '2026-03-28T23:30:00.125-00:00'];
    const bad = ['next Tuesday', '2026-03-28t23:30:00z', '2026-03-28 23:30:00Z', '2026-03-28T23:30Z', '2026-03-28T24:00:00Z', '2026-13-01', '2026-12-3', '2026-12-03T09:00:00'];
    expect(verdicts(good)).toEqual(good.map((v) => [v, true, true]));
    expect(verdicts(bad)).toEqual(bad.map((v) => [v, false, false]));
    expect(check(fixtureRelease({ dates: { planned: '3 December 2026' } }))).toBe(false);
  });

  it('declares the API\'s `date` a calendar date (the UK day of a release at 23:30 UTC) and its schemaVersion from 1', () => {
    const check = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(releasesApiJsonSchema());
    const api = JSON.parse(toApiJson(fixtureModel([shippedRelease('payments', '2.4.0', '2026-10-24T23:30:00Z', { dates: { released: '2026-10-24T23:30:00Z' } })]))) as {
      schemaVersion: number;
      releases: Array<Record<string, unknown>>;
    };
    expect(api.releases[0].date).toBe('2026-10-25');
    expect(check(api), JSON.stringify(check.errors)).toBe(true);
    expect(check({ ...api, releases: [{ ...api.releases[0], date: '2026-10-24T23:30:00Z' }] })).toBe(false);
    expect(check({ ...api, schemaVersion: 0 })).toBe(false);
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
