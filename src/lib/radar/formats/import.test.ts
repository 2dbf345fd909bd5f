import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { formatIssue } from '../../shared/errors';
import type { RadarSources } from '../load';
import type { RadarModel } from '../model';
import { configYaml, formatSources, sources } from '../testing/fixtures';
import { modelFrom } from '../testing/model';
import { exportRadar, FORMATS, parseImport, planImport, appendHistoryEntry, summariseActions, type FormatId } from './index';

const withSpring2027 = configYaml + '  - id: 2027-04\n    date: 2027-04-15\n    title: Spring 2027\n    summary: Fourth edition.\n';
const base = formatSources();
const model = modelFrom(base);

function apply(src: RadarSources, writes: Array<{ file: string; text: string }>): RadarSources {
  const map = new Map(src.blips.map((b) => [b.file, b.text]));
  for (const w of writes) map.set(w.file, w.text);
  return { ...src, blips: [...map].map(([file, text]) => ({ file, text })) };
}

/** What "the same radar" means for an edition: the same technologies in the same rings and quadrants. */
function radarOf(m: RadarModel, edition: string): string[] {
  return m
    .view(edition)
    .entries.map((e) => `${e.blip.title} | ${e.ring} | ${e.quadrant.id}`)
    .sort();
}

function csvImport(csv: string, src: RadarSources, edition: string, extra: Partial<Parameters<typeof planImport>[2]> = {}) {
  return planImport(src, parseImport('byor-csv', [{ path: 'in.csv', text: csv }]), { format: 'byor-csv', edition, ...extra });
}

describe('round trips', () => {
  for (const format of FORMATS)
    for (const edition of ['2026-04', '2026-10'])
      it(`${format}: exporting ${edition} and importing it into an empty radar gives the same radar`, () => {
        const files = exportRadar(model, format as FormatId, { edition });
        const plan = planImport(sources([]), parseImport(format, files.map((f) => ({ path: f.path, text: f.content }))), {
          format,
          edition,
        });
        expect(plan.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
        expect(plan.ok).toBe(true);
        const after = modelFrom(apply(sources([]), plan.writes));
        expect(radarOf(after, edition)).toEqual(radarOf(model, edition));
      });

  for (const format of FORMATS)
    it(`${format}: importing an export back into the same content changes nothing`, () => {
      const files = exportRadar(model, format, { edition: '2026-10' });
      const plan = planImport(base, parseImport(format, files.map((f) => ({ path: f.path, text: f.content }))), {
        format,
        edition: '2026-10',
      });
      expect(plan.ok).toBe(true);
      expect(plan.writes).toEqual([]);
      expect(plan.actions.every((a) => a.kind === 'unchanged')).toBe(true);
      expect(plan.notInImport).toEqual([]);
    });
});

describe('planImport', () => {
  it('reports every row it cannot map — row, value, allowed values — and writes nothing', () => {
    const csv = [
      'name,ring,quadrant,isNew,description',
      'Kafka,Experiment,Infrastructure,TRUE,Streams',
      'Terraform,adopt,tools,FALSE,IaC',
      'Pulumi,Experiment,tools,TRUE,IaC in code',
    ].join('\n');
    const plan = csvImport(csv, base, '2026-10');
    expect(plan.ok).toBe(false);
    expect(plan.writes).toEqual([]);
    expect(plan.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
      'in.csv:2  row 1, quadrant  "Infrastructure" is not a quadrant (row 1): expected one of techniques|tools|platforms|languages-and-frameworks (or Techniques|Tools|Platforms|Languages & Frameworks); to import it, add --map-quadrant "Infrastructure=<quadrant>" with <quadrant> one of techniques|tools|platforms|languages-and-frameworks',
      'in.csv:2  row 1, ring  "Experiment" is not a ring (rows 1 and 3): expected one of adopt|trial|assess|hold (or Adopt|Trial|Assess|Hold); to import it, add --map-ring "Experiment=<ring>" with <ring> one of adopt|trial|assess|hold',
    ]);
  });

  it('maps names with --map-ring / --map-quadrant, case-insensitively', () => {
    const csv = 'name,ring,quadrant,status,description\nKafka,EXPERIMENT,infrastructure,New,Streams\n';
    const plan = csvImport(csv, base, '2026-10', { mapRing: ['Experiment=trial'], mapQuadrant: ['Infrastructure=Platforms'] });
    expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(summariseActions(plan.actions)).toEqual(['create kafka (trial)']);
    expect(plan.writes[0].file).toBe('content/radar/blips/kafka.md');
    expect(plan.writes[0].text).toBe(
      [
        '---',
        'title: "Kafka"',
        'quadrant: platforms',
        'tags: []',
        'owner: "Release Manager"',
        'history:',
        '  - edition: "2026-10"',
        '    ring: trial',
        '    reason: "Imported from byor-csv."',
        '    approved_by: "Release Manager"',
        '---',
        '',
        'Streams',
        '',
      ].join('\n'),
    );
  });

  it('rejects mapping options that are malformed or point nowhere', () => {
    const plan = csvImport('name,ring,quadrant,isNew,description\n', base, '2026-10', { mapRing: ['Experiment', 'X=maybe'], mapQuadrant: ['Y=nowhere'] });
    expect(plan.ok).toBe(false);
    expect(plan.issues.filter((i) => i.file === 'command line').map(formatIssue)).toEqual([
      'command line  --map-quadrant "Y=nowhere": "nowhere" is not a quadrant: expected one of techniques|tools|platforms|languages-and-frameworks',
      'command line  --map-ring "Experiment" is not FROM=TO, e.g. --map-ring "Experiment=trial"',
      'command line  --map-ring "X=maybe": "maybe" is not a ring: expected one of adopt|trial|assess|hold',
    ]);
  });

  it('appends a history entry for the edition to an existing blip, matching by title, and changes nothing else', () => {
    const src = { ...base, configText: withSpring2027 };
    const csv = 'name,ring,quadrant,status,description\nargo cd,Hold,Tools,Moved Out,ignored\n';
    const plan = csvImport(csv, src, '2027-04', { reason: 'Replaced by Flux after the pilot.', approvedBy: 'Technical Steering Group' });
    expect(plan.ok).toBe(true);
    expect(summariseActions(plan.actions)).toEqual(['move argo-cd (adopt → hold)']);
    const before = base.blips.find((b) => b.file.endsWith('/argo-cd.md'))!.text;
    const [w] = plan.writes;
    const marker = '    approved_by: Technical Steering Group\n---';
    const at = before.lastIndexOf(marker) + marker.length - 3;
    expect(w.text).toBe(
      before.slice(0, at) +
        '  - edition: "2027-04"\n    ring: hold\n    reason: "Replaced by Flux after the pilot."\n    approved_by: "Technical Steering Group"\n' +
        before.slice(at),
    );
    const after = modelFrom(apply(src, plan.writes));
    expect(after.view('2027-04').entries.find((e) => e.blip.id === 'argo-cd')?.movement).toBe('moved-out');
  });

  it('refuses to contradict or reorder the history an editor wrote', () => {
    const conflict = csvImport('name,ring,quadrant,status,description\nJenkins,Trial,Tools,No Change,x\n', base, '2026-10');
    expect(conflict.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
      'in.csv:2  row 1, ring  "Trial" conflicts with content/radar/blips/jenkins.md, which already records hold for edition 2026-10: change the file by hand or import into another edition',
    ]);
    const earlier = csvImport('name,ring,quadrant,status,description\nJenkins,Assess,Tools,No Change,x\n', base, '2026-04');
    expect(earlier.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
      'in.csv:2  row 1, ring  cannot be recorded for 2026-04: content/radar/blips/jenkins.md already has history for the later edition 2026-10',
    ]);
  });

  it('reports blips the file leaves out, two rows for one blip, and an edition radar.yaml lacks', () => {
    const plan = csvImport('name,ring,quadrant,status,description\nJenkins,Hold,Tools,Moved Out,x\nJENKINS,Hold,Tools,Moved Out,x\n', base, '2026-10');
    expect(plan.issues.map(formatIssue)).toEqual([
      'content/radar/blips/argo-cd.md  warning: is on the radar in 2026-10 but not in the import file: left as it is (retire it by editing the file)',
      'content/radar/blips/gitflow.md  warning: is on the radar in 2026-10 but not in the import file: left as it is (retire it by editing the file)',
      'content/radar/blips/sboms-cyclonedx.md  warning: is on the radar in 2026-10 but not in the import file: left as it is (retire it by editing the file)',
      'content/radar/blips/trunk-based-development.md  warning: is on the radar in 2026-10 but not in the import file: left as it is (retire it by editing the file)',
      'content/radar/blips/typescript.md  warning: is on the radar in 2026-10 but not in the import file: left as it is (retire it by editing the file)',
      'in.csv:3  row 2, name  "JENKINS" is already imported from in.csv row 1: one row per blip',
    ]);
    expect(csvImport('name,ring,quadrant,status,description\n', base, '2027-04').issues.map(formatIssue)).toEqual([
      'content/radar/radar.yaml  editions  has no edition "2027-04": add it (id, date, title, summary) before importing into it; editions are 2025-10|2026-04|2026-10',
    ]);
  });

  it('leaves out links that are not http(s), saying so', () => {
    const text = JSON.stringify({ entries: [{ label: 'Kafka', quadrant: 0, ring: 1, moved: 2, link: 'javascript:alert(1)' }], quadrants: [{ name: 'Platforms' }, { name: 'Tools' }, { name: 'Techniques' }, { name: 'Tools' }] });
    const plan = planImport(base, parseImport('zalando', [{ path: 'z.json', text }]), { format: 'zalando', edition: '2026-10' });
    expect(plan.ok).toBe(true);
    expect(plan.issues.filter((i) => i.field.endsWith('link')).map(formatIssue)).toEqual([
      'z.json:1  entries[0].link  warning: "javascript:alert(1)" is not an http(s) URL: link left out',
    ]);
    expect(plan.writes[0].text).not.toContain('javascript');
  });
});

describe('appendHistoryEntry', () => {
  const entry = { edition: '2027-04', ring: 'hold' as const, reason: 'It: "quoted"', approved_by: 'Release Manager' };

  it('keeps comments, quoting and the body byte for byte', () => {
    const text = '---\ntitle: X # the name\nquadrant: tools\nowner: A\nhistory:\n    # first entry\n    - edition: "2026-04"\n      ring: trial\n      reason: \'Try it\'\n      approved_by: TSG\nlinks: []\n---\nBody\n';
    const out = appendHistoryEntry(text, entry);
    expect(out).toBe(
      text.replace(
        "approved_by: TSG\n",
        'approved_by: TSG\n    - edition: "2027-04"\n      ring: hold\n      reason: "It: \\"quoted\\""\n      approved_by: "Release Manager"\n',
      ),
    );
    const fm = out.split('\n---\n')[0].slice(4);
    expect((parseDocument(fm).toJS() as { history: unknown[] }).history[1]).toEqual(entry);
  });

  it('falls back to the YAML library for a flow-style list', () => {
    const out = appendHistoryEntry('---\ntitle: X\nhistory: [{edition: "2026-04", ring: trial, reason: R, approved_by: A}]\n---\nBody\n', entry);
    const fm = out.split('\n---\n')[0].slice(4);
    expect((parseDocument(fm).toJS() as { history: unknown[] }).history).toHaveLength(2);
    expect(out.endsWith('---\nBody\n')).toBe(true);
  });
});
