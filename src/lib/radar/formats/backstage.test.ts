import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssue } from '../../shared/errors';
import { formatSources, formatSpecs } from '../testing/fixtures';
import { modelFrom } from '../testing/model';
import { parseBackstage, toApiJson, toBackstage } from './backstage';
import { toByorRows } from './byor';
import Ajv2020 from 'ajv/dist/2020';
import { radarApiJsonSchemaText } from './api-schema';

const model = modelFrom(formatSources());

/**
 * The parser of @backstage-community/plugin-tech-radar-common (schema.ts), reproduced field for field:
 * what a Backstage app will accept from a JSON data source.
 */
const MovedState = z.union([z.literal(-1), z.literal(0), z.literal(1)]);
const TechRadarLoaderResponseParser = z.object({
  quadrants: z.array(z.object({ id: z.string(), name: z.string() })),
  rings: z.array(z.object({ id: z.string(), name: z.string(), color: z.string(), description: z.string().optional() })),
  entries: z.array(
    z.object({
      key: z.string(),
      id: z.string(),
      quadrant: z.string(),
      title: z.string(),
      url: z.string().optional(),
      timeline: z.array(
        z.object({
          date: z.coerce.date(),
          ringId: z.string(),
          description: z.string().optional(),
          moved: MovedState.optional(),
        }),
      ),
      description: z.string().optional(),
      links: z.array(z.object({ url: z.string(), title: z.string() })).optional(),
    }),
  ),
});

describe('Backstage export', () => {
  it('is accepted by the plugin’s own loader schema, and every entry’s ring and quadrant exist', () => {
    for (const data of [toBackstage(model), toApiJson(model), toBackstage(model, { edition: '2025-10' })]) {
      const parsed = TechRadarLoaderResponseParser.parse(JSON.parse(JSON.stringify(data)));
      for (const e of parsed.entries) {
        expect(parsed.quadrants.map((q) => q.id)).toContain(e.quadrant);
        for (const t of e.timeline) expect(parsed.rings.map((r) => r.id)).toContain(t.ringId);
      }
    }
  });

  it('gives each entry its timeline up to the edition, newest first, with reasons and moves', () => {
    const argo = toBackstage(model).entries.find((e) => e.id === 'argo-cd')!;
    expect(argo.timeline).toEqual([
      { date: '2026-10-15', ringId: 'adopt', description: 'Moved to adopt in 2026-10.', moved: 1 },
      { date: '2026-04-15', ringId: 'trial', description: 'Moved to trial in 2026-04.', moved: 1 },
      { date: '2025-10-15', ringId: 'assess', description: 'Moved to assess in 2025-10.', moved: 0 },
    ]);
    expect(argo.url).toBe('#');
    const earlier = toBackstage(model, { edition: '2026-04' });
    expect(earlier.entries.find((e) => e.id === 'argo-cd')!.timeline.map((t) => t.ringId)).toEqual(['trial', 'assess']);
    expect(earlier.entries.map((e) => e.id)).not.toContain('vmware-estate');
    const jenkins = toBackstage(model).entries.find((e) => e.id === 'jenkins')!;
    expect(jenkins.timeline[0].moved).toBe(-1);
  });

  it('makes links written from the site root absolute in the Markdown it hands to other hosts (API, Backstage and BYOR exports)', () => {
    const sources = formatSources();
    const local = modelFrom({ ...sources, blips: sources.blips.map((b) => ({ ...b, text: b.text.replace(/see \[docs\]\([^)]*\)/, 'see [the Land Register](/handbook/land-register/)') })) });
    const base = 'https://handbook.example';
    const api = toApiJson(local, { baseUrl: base });
    expect(api.entries[0].description).toContain('[the Land Register](https://handbook.example/handbook/land-register/)');
    expect(toBackstage(local, { baseUrl: base }).entries[0].description).toContain('(https://handbook.example/handbook/land-register/)');
    expect(toByorRows(local, { baseUrl: base })[0].description).toContain('href="https://handbook.example/handbook/land-register/"');
    // Without a base (an export for no site), the text is as written.
    expect(toApiJson(local).entries[0].description).toContain('[the Land Register](/handbook/land-register/)');
  });

  it('toApiJson is accepted by the JSON Schema published for it, which refuses what it does not describe', () => {
    const check = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(JSON.parse(radarApiJsonSchemaText()) as object);
    const api = JSON.parse(JSON.stringify(toApiJson(model, { baseUrl: 'https://handbook.example' }))) as { retired: unknown[]; entries: Record<string, unknown>[] };
    expect(api.retired.length).toBeGreaterThan(0);
    expect(check(api), JSON.stringify(check.errors)).toBe(true);
    expect(check({ ...api, entries: [{ ...api.entries[0], ring: 'adopt' }] })).toBe(false);
    expect(check({ ...api, entries: [{ ...api.entries[0], timeline: [{ date: '2026-10-01', ringId: 'adopt', moved: 2 }] }] })).toBe(false);
  });

  it('toApiJson adds the full history: editions, approver on each snapshot, and retired blips', () => {
    const api = toApiJson(model, { baseUrl: 'https://handbook.example' });
    expect(api.edition).toBe('2026-10');
    expect(api.editions.map((e) => e.id)).toEqual(['2025-10', '2026-04', '2026-10']);
    expect(api.entries.map((e) => e.id)).toEqual([
      'trunk-based-development',
      'sboms-cyclonedx',
      'gitflow',
      'argo-cd',
      'jenkins',
      'typescript',
    ]);
    expect(api.entries[0].timeline[0]).toEqual({
      date: '2026-04-15',
      ringId: 'adopt',
      description: 'Moved to adopt in 2026-04.',
      moved: 1,
      edition: '2026-04',
      approvedBy: 'Technical Steering Group',
    });
    expect(api.entries[2].replacedBy).toBe('trunk-based-development');
    expect(api.entries[0].url).toBe('https://handbook.example/radar/blips/trunk-based-development/');
    expect(api.retired.map((e) => [e.id, e.timeline.map((t) => t.ringId)])).toEqual([['vmware-estate', ['retired', 'trial']]]);
  });

  it('toApiJson lists a blip\'s details in the order written, which the published schema accepts; the Backstage export leaves them out', () => {
    // A machine-formats trial (3 December 2026): "usedBy" and a formula-like value were on the blip page and in the
    // BYOR CSV, but not in /api/radar.json.
    const base = formatSources();
    const withDetails = modelFrom({
      ...base,
      blips: base.blips.map((b) =>
        b.file.endsWith('/argo-cd.md')
          ? { ...b, text: b.text.replace('owner: Release Manager\n', 'owner: Release Manager\ndetails:\n  usedBy: "Lab results; GP practices, \\"Barra & Vatersay\\""\n  formula: "=HYPERLINK(1)"\n') }
          : b,
      ),
    });
    const api = JSON.parse(JSON.stringify(toApiJson(withDetails, { baseUrl: 'https://handbook.example' }))) as { entries: Array<Record<string, unknown>> };
    const entry = api.entries.find((e) => e.id === 'argo-cd')!;
    expect(entry.details).toEqual({ usedBy: 'Lab results; GP practices, "Barra & Vatersay"', formula: '=HYPERLINK(1)' });
    expect(Object.keys(entry.details as object)).toEqual(['usedBy', 'formula']);
    expect(api.entries.find((e) => e.id === 'jenkins')).not.toHaveProperty('details');
    const check = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(JSON.parse(radarApiJsonSchemaText()) as object);
    expect(check(api), JSON.stringify(check.errors)).toBe(true);
    expect(check({ ...api, entries: [{ ...entry, details: { usedBy: 3 } }] })).toBe(false);
    expect(toBackstage(withDetails).entries.find((e) => e.id === 'argo-cd')).not.toHaveProperty('details');
  });

  it('keeps "retired" snapshots out of entries, even for a blip that came back after retirement', () => {
    const back = modelFrom(
      formatSources({
        ...formatSpecs,
        'vmware-estate': { ...formatSpecs['vmware-estate'], history: [['2025-10', 'trial'], ['2026-04', 'retired'], ['2026-10', 'hold']] },
      }),
    );
    const entry = toApiJson(back).entries.find((e) => e.id === 'vmware-estate')!;
    expect(entry.timeline.map((t) => t.ringId)).toEqual(['hold', 'trial']);
    expect(toApiJson(back).retired).toEqual([]);
  });
});

describe('Backstage import parsing', () => {
  it('takes the ring from the newest snapshot and its description as the reason', () => {
    const text = JSON.stringify({
      quadrants: [{ id: 'infrastructure', name: 'Infrastructure' }],
      rings: [{ id: 'use', name: 'USE', color: '#93c47d' }],
      entries: [
        {
          key: 'k8s',
          id: 'k8s',
          title: 'Kubernetes',
          quadrant: 'infrastructure',
          url: '#',
          description: '<p>Container <b>orchestration</b></p>',
          timeline: [
            { moved: 0, ringId: 'trial', date: '2020-01-01', description: 'first' },
            { moved: 1, ringId: 'use', date: '2021-03-01', description: 'Proven in production' },
          ],
        },
      ],
    });
    const [row] = parseBackstage(text, 'b.json').rows;
    expect(row).toMatchObject({
      id: 'k8s',
      name: 'Kubernetes',
      ring: 'use',
      ringAliases: ['USE'],
      quadrant: 'infrastructure',
      quadrantAliases: ['Infrastructure'],
      description: 'Container **orchestration**',
      reason: 'Proven in production',
    });
  });

  it('reports entries it cannot read', () => {
    const text = '{"entries":[{"id":"x","title":"X","quadrant":"q","timeline":[]},{"id":"y"}]}';
    expect(parseBackstage(text, 'b.json').issues.map(formatIssue)).toEqual([
      'b.json:1  entries[0].timeline  is empty: the ring comes from the newest timeline snapshot',
      'b.json:1  entries[1].title  is missing: every entry needs a title',
    ]);
  });
});
