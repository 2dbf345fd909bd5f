import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { formatIssue } from '../shared/errors';
import { loadRadarFromSources, type RadarContent } from './load';
import { buildRadarModel } from './model';
import { exportRadar, FORMATS, toApiJson } from './formats/index';
import { radarAtom } from './feed';
import { blipSource, blipText, configYaml, sources } from './testing/fixtures';

/** The fixture radar plus a draft edition 2027-04. */
const draftEdition = `  - id: "2027-04"
    state: draft
    date: 2027-04-15
    title: Spring 2027
    summary: ""
`;
const withDraft = configYaml + draftEdition;

function load(config: string, blips = defaultBlips()): RadarContent {
  const r = loadRadarFromSources(sources(blips, config));
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.content;
}

function defaultBlips() {
  return [
    blipSource('argo-cd', { title: 'Argo CD', history: [['2026-04', 'trial'], ['2027-04', 'adopt']] }),
    blipSource('jenkins', { title: 'Jenkins', history: [['2025-10', 'hold'], ['2027-04', 'retired']], replaced_by: 'argo-cd' }),
    // Only in the draft: added by it.
    blipSource('opentelemetry', { title: 'OpenTelemetry', history: [['2027-04', 'assess']] }),
    blipSource('kafka', { title: 'Kafka', history: [['2025-10', 'assess']], replaced_by: 'opentelemetry' }),
  ];
}

function errors(config: string, blips = defaultBlips()): string[] {
  return loadRadarFromSources(sources(blips, config)).issues.filter((i) => i.severity === 'error').map(formatIssue);
}

describe('edition states in radar.yaml', () => {
  it('reads editions without a state as published (radar.yaml files from before drafts keep working)', () => {
    const c = load(configYaml, [blipSource('a', { history: [['2025-10', 'trial']] })]);
    expect(c.config.editions.map((e) => e.state)).toEqual(['published', 'published', 'published']);
  });

  it('lets a draft leave out its date and summary', () => {
    const c = load(configYaml + '  - id: "2027-04"\n    state: draft\n    title: Spring 2027\n', [blipSource('a', { history: [['2027-04', 'trial']] })]);
    expect(c.config.editions[3]).toEqual({ id: '2027-04', state: 'draft', title: 'Spring 2027', summary: '' });
  });

  it('requires a published edition to have a date and a summary', () => {
    const cfg = configYaml + '  - id: "2027-04"\n    state: published\n    title: Spring 2027\n';
    expect(errors(cfg, [])).toEqual([
      'content/radar/radar.yaml:49:5  editions[3].date  is required for a published edition: the date it was published (YYYY-MM-DD); an edition still in preparation has state: draft',
      'content/radar/radar.yaml:49:5  editions[3].summary  is required for a published edition: say in a sentence or two what changed in it',
    ]);
  });

  it('refuses a draft dated before the latest published edition', () => {
    expect(errors(configYaml + '  - id: "2026-09"\n    state: draft\n    date: 2026-09-01\n    title: Late\n', [])).toEqual([
      'content/radar/radar.yaml:51:5  editions[3].date  "2026-09-01" is before the published edition 2026-10 (2026-10-15): a draft edition is planned after the latest published one',
    ]);
  });

  it('accepts a radar still being written: no editions yet, or drafts only (its pages wait for a published one)', () => {
    expect(errors(configYaml.replace(/editions:[\s\S]*$/, 'editions: []\n'), [])).toEqual([]);
    const only = configYaml.replace(/editions:[\s\S]*$/, 'editions:\n  - id: "2027-04"\n    state: draft\n    title: First\n');
    expect(errors(only, [blipSource('a', { history: [['2027-04', 'trial']] })])).toEqual([]);
  });

  it('refuses an unknown state', () => {
    expect(errors(configYaml.replace('    date: 2026-10-15', '    state: live\n    date: 2026-10-15'), [])).toEqual([
      'content/radar/radar.yaml:46:5  editions[2].state  "live" is not one of draft|published',
    ]);
  });

  it('requires reason and approver in a published edition; in a draft their absence is a warning', () => {
    const text = blipText('x', { history: [['2025-10', 'trial'], ['2027-04', 'adopt']] })
      .replace('    reason: Moved to trial in 2025-10.\n', '')
      .replace('    approved_by: Technical Steering Group\n---', '    approved_by: ""\n---');
    const r = loadRadarFromSources(sources([{ file: 'content/radar/blips/x.md', text }], withDraft));
    expect(r.issues.map(formatIssue)).toEqual([
      'content/radar/blips/x.md:7:5  history[0].reason  is required: say why the blip is in this ring; edition 2025-10 is published',
      'content/radar/blips/x.md:13:5  history[1].approved_by  warning: is empty: say who approved the move (a role or board) before draft edition 2027-04 is published (edition publish refuses until then)',
    ]);
  });
});

describe('the published radar leaves drafts out', () => {
  const content = load(withDraft);
  const published = buildRadarModel(content);
  const preview = buildRadarModel(content, { includeDrafts: true });

  it('has no draft edition, no entry made in one, and no blip only a draft adds', () => {
    expect(published.includesDrafts).toBe(false);
    expect(published.editions.map((e) => e.id)).toEqual(['2025-10', '2026-04', '2026-10']);
    expect(published.blips.map((b) => b.id)).toEqual(['argo-cd', 'jenkins', 'kafka']);
    expect(published.blip('argo-cd')!.timeline.map((t) => t.edition)).toEqual(['2026-04']);
    expect(published.view().entries.map((e) => [e.blip.id, e.ring])).toEqual([
      ['argo-cd', 'trial'],
      ['kafka', 'assess'],
      ['jenkins', 'hold'],
    ]);
    expect(() => published.view('2027-04')).toThrow('Unknown radar edition "2027-04": expected one of 2025-10|2026-04|2026-10');
  });

  it('drops replaced_by that names a draft-only blip, keeps one that was already published', () => {
    expect(published.blip('kafka')!.replaced_by).toBeUndefined();
    expect(published.blip('jenkins')!.replaced_by).toBe('argo-cd');
    expect(preview.blip('kafka')!.replaced_by).toBe('opentelemetry');
  });

  it('hides a replacement the draft itself decides (a retirement in the draft of a blip not on hold)', () => {
    const c = load(withDraft, [
      blipSource('argo-cd', { history: [['2026-04', 'trial']] }),
      blipSource('flux', { history: [['2026-04', 'trial'], ['2027-04', 'retired']], replaced_by: 'argo-cd' }),
    ]);
    expect(buildRadarModel(c).blip('flux')!.replaced_by).toBeUndefined();
    expect(buildRadarModel(c, { includeDrafts: true }).blip('flux')!.replaced_by).toBe('argo-cd');
  });

  it('in a preview model, shows the draft after the published editions while /radar/ stays on the latest published', () => {
    expect(preview.editions.map((e) => `${e.id}:${e.state}`)).toEqual(['2025-10:published', '2026-04:published', '2026-10:published', '2027-04:draft']);
    expect(preview.currentEdition.id).toBe('2026-10');
    expect(preview.view().edition.id).toBe('2026-10');
    const changes = preview.view('2027-04').changes.map((c) => `${c.blip.id} ${c.movement} ${c.ring}`);
    expect(changes).toEqual(['argo-cd moved-in adopt', 'opentelemetry new assess', 'jenkins retired retired']);
  });

  it('keeps every draft out of the Atom feed, the API and every export format', () => {
    const feed = radarAtom(published, { siteUrl: 'https://handbook.example', title: 'Radar', author: { name: 'Example Council' } });
    const atom = new XMLParser().parse(feed);
    const ids = [atom.feed.entry].flat().map((e: { id: string }) => e.id);
    expect(ids).toEqual(['https://handbook.example/radar/2026-10/', 'https://handbook.example/radar/2026-04/', 'https://handbook.example/radar/2025-10/']);
    const outputs = [feed, JSON.stringify(toApiJson(published)), ...FORMATS.flatMap((f) => exportRadar(published, f).map((x) => x.content))];
    for (const text of outputs) {
      expect(text).not.toContain('2027-04');
      expect(text).not.toContain('OpenTelemetry');
    }
  });

  it('refuses to make a feed, export or API from a model that includes drafts', () => {
    expect(() => radarAtom(preview, { siteUrl: 'https://handbook.example', title: 'Radar', author: { name: 'Example Council' } })).toThrow(
      'The radar Atom feed is made from the published radar only: build its model without includeDrafts (draft editions must never reach it)',
    );
    expect(() => toApiJson(preview)).toThrow('/api/radar.json is made from the published radar only');
    for (const f of FORMATS) expect(() => exportRadar(preview, f)).toThrow('is made from the published radar only');
  });
});
