// Radar import keeps every name's identity and every column: C is not C#, and nothing in the file is silently lost.
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/errors';
import type { RadarSources } from '../load';
import { blipSource, formatSources, formatSpecs, sources } from '../testing/fixtures';
import { modelFrom } from '../testing/model';
import { parseImport, planImport, summariseActions, toBlipId, toByorCsv } from './index';

const withCSharp = (): RadarSources => {
  const base = formatSources();
  return {
    ...base,
    blips: [...base.blips, blipSource('c-sharp', { title: 'C#', quadrant: 'languages-and-frameworks', history: [['2026-04', 'adopt']] })],
  };
};

function apply(src: RadarSources, writes: Array<{ file: string; text: string }>): RadarSources {
  const map = new Map(src.blips.map((b) => [b.file, b.text]));
  for (const w of writes) map.set(w.file, w.text);
  return { ...src, blips: [...map].map(([file, text]) => ({ file, text })) };
}

const csvImport = (csv: string, src: RadarSources, edition = '2026-10', extra: Partial<Parameters<typeof planImport>[2]> = {}) =>
  planImport(src, parseImport('byor-csv', [{ path: 'in.csv', text: csv }]), { format: 'byor-csv', edition, ...extra });

const errors = (plan: ReturnType<typeof planImport>) => plan.issues.filter((i) => i.severity === 'error').map(formatIssue);
const warnings = (plan: ReturnType<typeof planImport>, file = 'in.csv') =>
  plan.issues.filter((i) => i.severity === 'warning' && i.file === file).map(formatIssue);

describe('toBlipId', () => {
  it.each([
    ['C', 'c'],
    ['C#', 'c-sharp'],
    ['F#', 'f-sharp'],
    ['C++', 'c-plus-plus'],
    ['.NET', 'dot-net'],
    ['ASP.NET Core', 'asp-net-core'],
    ['Node.js (LTS)', 'node-js-lts'],
    ['AngularJS (1.x)', 'angularjs-1-x'],
    ['Argo CD', 'argo-cd'],
    ['Languages & Frameworks', 'languages-and-frameworks'],
    ['Crème brûlée', 'creme-brulee'],
  ])('%s → %s', (name, id) => {
    expect(toBlipId(name)).toBe(id);
  });

  it('gives the symbol-only names of one family different ids', () => {
    const ids = ['C', 'C#', 'C++', 'F#', 'F', '.NET', 'NET', 'Node.js', 'Node'].map(toBlipId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('importing names that differ only in symbols', () => {
  it('importing "C" into a radar that has "C#" creates a new blip and leaves C# where it is', () => {
    const plan = csvImport('name,ring,quadrant,isNew,description\nC,Hold,Languages & Frameworks,TRUE,The C language\n', withCSharp());
    expect(errors(plan)).toEqual([]);
    expect(summariseActions(plan.actions)).toEqual(['create c (hold)']);
    expect(plan.writes.map((w) => w.file)).toEqual(['content/radar/blips/c.md']);
    const after = modelFrom(apply(withCSharp(), plan.writes));
    expect(after.view('2026-10').entries.filter((e) => e.blip.title.startsWith('C')).map((e) => `${e.blip.title}=${e.ring}`).sort()).toEqual([
      'C#=adopt',
      'C=hold',
    ]);
  });

  it('imports C, C#, C++, F#, .NET and Node.js as six blips', () => {
    const csv = ['name,ring,quadrant,isNew,description', ...['C', 'C#', 'C++', 'F#', '.NET', 'Node.js'].map((n) => `"${n}",Assess,Languages & Frameworks,TRUE,x`)].join('\n');
    const plan = csvImport(csv, formatSources());
    expect(errors(plan)).toEqual([]);
    expect(summariseActions(plan.actions)).toEqual([
      'create c (assess)',
      'create c-plus-plus (assess)',
      'create c-sharp (assess)',
      'create dot-net (assess)',
      'create f-sharp (assess)',
      'create node-js (assess)',
    ]);
  });

  it('stops with an error naming both rows when two different names would share one blip', () => {
    const plan = csvImport('name,ring,quadrant,isNew,description\nNode.js,Adopt,Platforms,TRUE,x\nNode JS,Trial,Platforms,TRUE,y\n', formatSources());
    expect(plan.ok).toBe(false);
    expect(plan.writes).toEqual([]);
    expect(errors(plan)).toEqual([
      'in.csv:3  row 2, name  "Node JS" and "Node.js" (in.csv row 1) would both be blip node-js: two different names never share one blip — rename one of them',
    ]);
  });

  it('never takes an existing blip with another title as the same one because its id matches', () => {
    // A blip made before ids spelled symbols out: file c.md, titled C#.
    const base = formatSources();
    const src = { ...base, blips: [...base.blips, blipSource('c', { title: 'C#', quadrant: 'languages-and-frameworks', history: [['2026-04', 'adopt']] })] };
    const plan = csvImport('name,ring,quadrant,isNew,description\nC,Hold,Languages & Frameworks,TRUE,x\n', src);
    expect(plan.ok).toBe(false);
    expect(errors(plan)).toEqual([
      'in.csv:2  row 1, name  "C" would be blip c, which is "C#" (content/radar/blips/c.md): different names never share a blip — ' +
        'rename the row, or give content/radar/blips/c.md the id c-sharp (rename the file) so the id follows its title',
    ]);
  });

  it('reports a row that matches an existing blip by id under a differently written title', () => {
    const base = formatSources();
    const src = { ...base, blips: [...base.blips, blipSource('node-js', { title: 'Node.js', quadrant: 'platforms', history: [['2026-04', 'trial']] })] };
    const plan = csvImport('name,ring,quadrant,status,description\nNode JS,Adopt,Platforms,Moved In,x\n', src);
    expect(plan.ok).toBe(true);
    expect(summariseActions(plan.actions)).toEqual(['move node-js (trial → adopt)']);
    expect(warnings(plan)).toEqual([
      'in.csv:2  row 1, name  warning: "Node JS" matched blip node-js (content/radar/blips/node-js.md) by its id, but that blip is titled "Node.js": ' +
        'imported into it; the title is left as it is — rename one of them if they are different technologies',
    ]);
  });

  it('reports a match by a source id (Backstage) whose title differs, and imports into that blip', () => {
    const text = JSON.stringify({
      quadrants: [{ id: 'tools', name: 'Tools' }],
      rings: [{ id: 'hold', name: 'Hold' }],
      entries: [{ id: 'jenkins', title: 'Jenkins CI', quadrant: 'tools', timeline: [{ ringId: 'hold', date: '2026-10-15', moved: 1 }] }],
    });
    const plan = planImport(formatSources(), parseImport('backstage', [{ path: 'b.json', text }]), { format: 'backstage', edition: '2026-10' });
    expect(plan.ok).toBe(true);
    expect(summariseActions(plan.actions)).toEqual(['unchanged jenkins (hold)']);
    expect(warnings(plan, 'b.json')).toEqual([
      'b.json:1  entries[0].name  warning: "Jenkins CI" matched blip jenkins (content/radar/blips/jenkins.md) by its id, but that blip is titled "Jenkins": ' +
        'imported into it; the title is left as it is — rename one of them if they are different technologies',
    ]);
  });
});

describe('columns the radar has no field for', () => {
  const csv = [
    'name,ring,quadrant,isNew,status,description,pros,cons,usedBy,topic',
    'Kafka,Trial,Platforms,TRUE,New,Streams,"Durable, replayable",Operational cost,Payments team,',
    'Argo CD,Adopt,Tools,FALSE,Moved In,GitOps,Declarative,,Web platform,Delivery',
    'Jenkins,Hold,Tools,FALSE,Moved Out,CI,,Plugin sprawl,,Delivery',
  ].join('\n');

  it('keeps them on new blips under details: and the blip model reads them back in order', () => {
    const plan = csvImport(csv, formatSources());
    expect(plan.ok).toBe(true);
    const kafka = plan.writes.find((w) => w.file.endsWith('/kafka.md'))!;
    expect(kafka.text).toContain('details:\n  "pros": "Durable, replayable"\n  "cons": "Operational cost"\n  "usedBy": "Payments team"\nhistory:');
    const after = modelFrom(apply(formatSources(), plan.writes));
    expect(after.blip('kafka')!.details).toEqual({ pros: 'Durable, replayable', cons: 'Operational cost', usedBy: 'Payments team' });
  });

  it('lists what it could not apply to existing blips, once per column with the rows', () => {
    const plan = csvImport(csv, formatSources());
    expect(warnings(plan)).toEqual([
      'in.csv:3  row 2, pros  warning: column "pros" is not applied to blips that already exist (row 2): add it by hand under `details:` in content/radar/blips/argo-cd.md if it should be kept',
      'in.csv:3  row 2, topic  warning: column "topic" is not applied to blips that already exist (rows 2 and 3): add it by hand under `details:` in content/radar/blips/argo-cd.md, content/radar/blips/jenkins.md if it should be kept',
      'in.csv:3  row 2, usedBy  warning: column "usedBy" is not applied to blips that already exist (row 2): add it by hand under `details:` in content/radar/blips/argo-cd.md if it should be kept',
      'in.csv:4  row 3, cons  warning: column "cons" is not applied to blips that already exist (row 3): add it by hand under `details:` in content/radar/blips/jenkins.md if it should be kept',
    ]);
  });

  it('says nothing of a tags column holding the blip\'s own tags, and warns of one that differs (a release manager\'s trial)', () => {
    const tagged = formatSources({ ...formatSpecs, jenkins: { ...formatSpecs.jenkins, tags: ['ci', 'legacy'] } });
    const rows = (tags: string) => ['name,ring,quadrant,isNew,status,description,tags', `Jenkins,Hold,Tools,FALSE,No Change,CI,"${tags}"`].join('\n');
    const tagWarnings = (tags: string) => warnings(csvImport(rows(tags), tagged)).filter((w) => w.includes(', tags '));
    expect(tagWarnings('Legacy, ci')).toEqual([]);
    expect(tagWarnings('["legacy","ci"]'.replace(/"/g, '""'))).toEqual([]);
    expect(tagWarnings('ci')).toEqual([
      'in.csv:2  row 1, tags  warning: column "tags" is not applied to blips that already exist (row 1): add it by hand under `details:` in content/radar/blips/jenkins.md if it should be kept',
    ]);
  });

  it('says nothing of a column whose value the blip already keeps (an export imported back)', () => {
    // A new adopter's trial (3 December 2026): re-importing an identical export warned about every details column.
    const withDetails = apply(formatSources(), csvImport(csv, formatSources()).writes);
    const again = csv.replace('Kafka,Trial,Platforms,TRUE,New', 'Kafka,Trial,Platforms,FALSE,No Change');
    const kafkaWarnings = warnings(csvImport(again, withDetails)).filter((w) => w.includes('kafka.md'));
    expect(kafkaWarnings).toEqual([]);
    // A changed value is still reported.
    const changed = again.replace('Payments team', 'Payments and Web');
    expect(warnings(csvImport(changed, withDetails)).some((w) => w.includes('"usedBy"') && w.includes('kafka.md'))).toBe(true);
  });

  it('exports details back as extra BYOR columns, so a round trip loses nothing', () => {
    const plan = csvImport(csv, formatSources());
    const after = modelFrom(apply(formatSources(), plan.writes));
    const out = toByorCsv(after, { edition: '2026-10' });
    expect(out.split('\r\n')[0]).toBe('name,ring,quadrant,isNew,status,description,cons,pros,usedBy');
    expect(out).toContain('Kafka,Trial,Platforms,TRUE,New,<p>Streams</p>,Operational cost,"Durable, replayable",Payments team');
  });
});

describe('isNew and status', () => {
  it('reports rows whose isNew or status disagrees with the history, once per kind, and an unknown status', () => {
    const csv = [
      'name,ring,quadrant,isNew,status,description',
      'Argo CD,Adopt,Tools,TRUE,,x',
      'Jenkins,Hold,Tools,TRUE,,x',
      'TypeScript,Adopt,Languages & Frameworks,FALSE,Moved In,x',
      'Kafka,Trial,Platforms,FALSE,Sideways,x',
    ].join('\n');
    const plan = csvImport(csv, formatSources());
    expect(plan.ok).toBe(true);
    expect(warnings(plan)).toEqual([
      `in.csv:2  row 1, isNew  warning: isNew "TRUE" (row 1) does not match the radar's history, which makes it moved in in 2026-10: the pages show the movement from the history`,
      `in.csv:3  row 2, isNew  warning: isNew "TRUE" (row 2) does not match the radar's history, which makes it moved out in 2026-10: the pages show the movement from the history`,
      `in.csv:4  row 3, status  warning: status "Moved In" (row 3) does not match the radar's history, which makes it no change in 2026-10: the pages show the movement from the history`,
      'in.csv:5  row 4, isNew  warning: isNew "FALSE" (row 4) does not match the radar\'s history, which makes it new in 2026-10: the pages show the movement from the history',
      'in.csv:5  row 4, status  warning: "Sideways" is not a BYOR status: expected New, Moved In, Moved Out or No Change; ignored',
    ]);
  });
});

describe('unmapped values', () => {
  it('are reported once per distinct value with every row and the exact option, however many rows use them', () => {
    const rings = ['Experiment', 'Explore', 'Endure'];
    const rows = Array.from({ length: 30 }, (_, i) => `Tech ${i + 1},${rings[i % 3]},${i < 2 ? 'Infra' : 'Tools'},TRUE,x`);
    const plan = csvImport(['name,ring,quadrant,isNew,description', ...rows].join('\n'), formatSources());
    const errs = errors(plan);
    expect(errs).toHaveLength(4);
    expect(errs).toEqual([
      'in.csv:2  row 1, quadrant  "Infra" is not a quadrant (rows 1 and 2): expected one of techniques|tools|platforms|languages-and-frameworks (or Techniques|Tools|Platforms|Languages & Frameworks); to import it, add --map-quadrant "Infra=<quadrant>" with <quadrant> one of techniques|tools|platforms|languages-and-frameworks',
      'in.csv:2  row 1, ring  "Experiment" is not a ring (rows 1, 4, 7, 10, 13, 16, 19, 22, 25 and 28): expected one of adopt|trial|assess|hold (or Adopt|Trial|Assess|Hold); to import it, add --map-ring "Experiment=<ring>" with <ring> one of adopt|trial|assess|hold',
      'in.csv:3  row 2, ring  "Explore" is not a ring (rows 2, 5, 8, 11, 14, 17, 20, 23, 26 and 29): expected one of adopt|trial|assess|hold (or Adopt|Trial|Assess|Hold); to import it, add --map-ring "Explore=<ring>" with <ring> one of adopt|trial|assess|hold',
      'in.csv:4  row 3, ring  "Endure" is not a ring (rows 3, 6, 9, 12, 15, 18, 21, 24, 27 and 30): expected one of adopt|trial|assess|hold (or Adopt|Trial|Assess|Hold); to import it, add --map-ring "Endure=<ring>" with <ring> one of adopt|trial|assess|hold',
    ]);
  });

  it('the option it prints maps the value when given', () => {
    const plan = csvImport('name,ring,quadrant,isNew,description\nKafka,"Try ""it""",Platforms,TRUE,x\n', sources([]));
    expect(errors(plan)[0]).toContain('--map-ring "Try \\"it\\"=<ring>"');
    expect(csvImport('name,ring,quadrant,isNew,description\nKafka,"Try ""it""",Platforms,TRUE,x\n', sources([]), '2026-10', { mapRing: ['Try "it"=trial'] }).ok).toBe(true);
  });
});

describe('keys the AOE, Zalando and Backstage formats do not define', () => {
  it('are kept by every reader, as text (lists as JSON), and the keys each format defines are not', () => {
    const zalando = parseImport('zalando', [
      {
        path: 'z.json',
        text: JSON.stringify({
          quadrants: [{ name: 'Platforms' }],
          rings: [{ name: 'Trial' }],
          entries: [{ label: 'Kafka', quadrant: 0, ring: 0, moved: 2, active: true, link: 'https://kafka.apache.org', usedBy: 'Payments team' }],
        }),
      },
    ]);
    expect(zalando.rows[0].extra).toEqual({ usedBy: 'Payments team' });
    expect(zalando.rows[0].claimed).toEqual({ movement: 'new', column: 'moved', value: '2' });

    const backstage = parseImport('backstage', [
      {
        path: 'b.json',
        text: JSON.stringify({
          quadrants: [{ id: 'platforms', name: 'Platforms' }],
          rings: [{ id: 'trial', name: 'Trial' }],
          entries: [
            {
              id: 'kafka',
              title: 'Kafka',
              quadrant: 'platforms',
              url: '#',
              timeline: [{ ringId: 'trial', date: '2026-10-01', moved: 0 }],
              pros: 'Durable',
              team: ['Payments', 'Identity'],
              empty: '',
            },
          ],
        }),
      },
    ]);
    expect(backstage.rows[0].extra).toEqual({ pros: 'Durable', team: '["Payments","Identity"]' });

    const aoeMarkdown = parseImport('aoe', [
      { path: 'radar/2026-04-01/kafka.md', text: '---\ntitle: Kafka\nring: assess\nquadrant: platforms\ntags: [streaming]\n---\nStreams.\n' },
      { path: 'radar/2026-10-01/kafka.md', text: '---\nring: trial\nowner: Payments team\n---\nProved itself.\n' },
    ]);
    expect(aoeMarkdown.rows[0].extra).toEqual({ tags: '["streaming"]', owner: 'Payments team' });

    const aoeJson = parseImport('aoe', [
      {
        path: 'data.json',
        text: JSON.stringify({
          items: [{ id: 'kafka', title: 'Kafka', ring: 'trial', quadrant: 'platforms', body: '<p>x</p>', flag: 'new', revisions: [{}], release: '2026-10-01', info: 'Event streaming', featured: false }],
        }),
      },
    ]);
    expect(aoeJson.rows[0].extra).toEqual({ info: 'Event streaming' });
    expect(aoeJson.rows[0].retired).toBe(true);
  });

  it('a new blip from a Zalando file keeps them under details:', () => {
    const text = JSON.stringify({
      quadrants: [{ name: 'Platforms' }],
      rings: [{ name: 'Trial' }],
      entries: [{ label: 'Kafka', quadrant: 0, ring: 0, moved: 2, usedBy: 'Payments team' }],
    });
    const plan = planImport(formatSources(), parseImport('zalando', [{ path: 'z.json', text }]), { format: 'zalando', edition: '2026-10' });
    expect(errors(plan)).toEqual([]);
    const kafka = plan.writes.find((w) => w.file.endsWith('/kafka.md'))!;
    expect(kafka.text).toContain('details:\n  "usedBy": "Payments team"\n');
    expect(modelFrom(apply(formatSources(), plan.writes)).blip('kafka')!.details).toEqual({ usedBy: 'Payments team' });
  });

  it('a Zalando `moved` that disagrees with the history is reported, like BYOR’s status', () => {
    const text = JSON.stringify({
      quadrants: [{ name: 'Tools' }],
      rings: [{ name: 'Adopt' }],
      entries: [{ label: 'Argo CD', quadrant: 0, ring: 0, moved: 2 }],
    });
    const plan = planImport(formatSources(), parseImport('zalando', [{ path: 'z.json', text }]), { format: 'zalando', edition: '2026-10' });
    expect(warnings(plan, 'z.json')).toMatchInlineSnapshot(`
      [
        "z.json:1  entries[0].moved  warning: moved "2" (entries[0]) does not match the radar's history, which makes it moved in in 2026-10: the pages show the movement from the history",
      ]
    `);
  });
});
