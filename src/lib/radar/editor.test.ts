// The radar publishing commands (edition new/publish, move, add, retire) through `npm run radar`'s entry point,
// on a small radar in a temporary folder: what each writes and prints, and each refusal, which writes nothing.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runRadarCli } from './cli';
import { loadRadar } from './load';
import { buildRadarModel } from './model';
import { blipText, configYaml } from './testing/fixtures';

let root: string;
const CONFIG = 'content/radar/radar.yaml';

function write(rel: string, text: string) {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}
const read = (rel: string) => readFileSync(join(root, rel), 'utf8');

/** Every file under content/, path → text: to prove a refusal wrote nothing. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const n of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${n.name}`;
      if (n.isDirectory()) walk(rel);
      else out[rel] = read(rel);
    }
  };
  walk('content');
  return out;
}

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = runRadarCli(argv, { cwd: root, out: (s) => (out += s), err: (s) => (err += s), env: { SOURCE_DATE_EPOCH: '1796036400' } });
  return { code, out, err };
}

/** Runs a command that must be refused: exit 1, nothing written, and the first line of its message. */
function refused(...argv: string[]): string {
  const before = snapshot();
  const r = run(...argv);
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
  expect(snapshot()).toEqual(before);
  return r.err.split('\n')[0];
}

const DRAFT = '  - id: "2027-04"\n    state: draft\n    date: 2027-04-15\n    title: Spring 2027\n    summary: ""\n';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'radar-edit-'));
  write(CONFIG, '# The test radar.\n' + configYaml);
  write('content/radar/blips/argo-cd.md', blipText('argo-cd', { title: 'Argo CD', history: [['2025-10', 'assess'], ['2026-04', 'trial']] }));
  write('content/radar/blips/jenkins.md', blipText('jenkins', { title: 'Jenkins', history: [['2025-10', 'hold']], replaced_by: 'argo-cd' }));
  write('content/radar/blips/c.md', blipText('c', { title: 'C', quadrant: 'languages-and-frameworks', history: [['2025-10', 'adopt']] }));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function withDraft() {
  write(CONFIG, read(CONFIG) + DRAFT);
}

describe('radar edition new', () => {
  it('appends a draft edition to radar.yaml, changing no other line, and prints it', () => {
    const before = read(CONFIG);
    const r = run('edition', 'new', '2027-04', '--title', 'Spring 2027: smaller releases', '--date', '2027-04-15');
    expect(r).toEqual({ code: 0, err: '', out: `${CONFIG}: added draft edition 2027-04 "Spring 2027: smaller releases" planned for 2027-04-15\n` });
    expect(read(CONFIG)).toBe(before + '  - id: "2027-04"\n    state: draft\n    date: 2027-04-15\n    title: "Spring 2027: smaller releases"\n    summary: ""\n');
    const loaded = loadRadar(root);
    expect(loaded.ok && loaded.content.config.editions[3]).toEqual({ id: '2027-04', state: 'draft', date: '2027-04-15', title: 'Spring 2027: smaller releases', summary: '' });
  });

  it('refuses a taken or malformed id, a bad date and a date before the latest published edition', () => {
    expect(refused('edition', 'new', '2026-10', '--title', 'Again')).toBe('command line  edition "2026-10" already exists in content/radar/radar.yaml: choose another id');
    expect(refused('edition', 'new', 'spring', '--title', 'X')).toBe('command line  edition id "spring" is not valid: expected YYYY-MM (or YYYY-MM-DD), e.g. "2027-04"');
    expect(refused('edition', 'new', '2027-04', '--title', 'X', '--date', '15/04/2027')).toBe(
      'command line  --date "15/04/2027" is not a date: expected YYYY-MM-DD, e.g. 2027-04-15',
    );
    expect(refused('edition', 'new', '2026-09', '--title', 'X', '--date', '2026-09-01')).toBe(
      'content/radar/radar.yaml:52:5  editions[3].date  "2026-09-01" is before the published edition 2026-10 (2026-10-15): a draft edition is planned after the latest published one',
    );
    expect(refused('edition', 'new', '2027-04')).toBe('radar: edition new needs --title "…", e.g. --title "Spring 2027: …"');
  });
});

describe('a first radar, started with the commands', () => {
  it('goes from `editions: []` and no blips to a published edition: edition new, add, edition publish', () => {
    // Until 3 December 2026 each of these was refused for want of a published edition (a new adopter's trial).
    rmSync(join(root, 'content/radar/blips'), { recursive: true });
    write(CONFIG, configYaml.replace(/editions:[\s\S]*$/, 'editions: []\n'));
    expect(run('edition', 'new', '2026-11', '--title', 'First radar', '--summary', 'Our first radar.')).toMatchObject({ code: 0, err: '' });
    // A block list, as an editor writes one, not the flow `[ { … } ]` the empty list was.
    expect(read(CONFIG)).toMatch(/\neditions:\n  - id: "?2026-11"?\n    state: draft\n    title: First radar\n    summary: Our first radar.\n$/);
    const added = run('add', 'GitHub Actions', '--quadrant', 'tools', '--ring', 'adopt', '--reason', 'Our CI.', '--approved-by', 'Release Manager', '--description', 'Runs our CI.');
    expect(added).toMatchObject({ code: 0, err: '' });
    expect(run('edition', 'publish', '2026-11', '--date', '2026-11-20')).toMatchObject({ code: 0, err: '' });
    const loaded = loadRadar(root);
    expect(loaded.ok && buildRadarModel(loaded.content).currentEdition.id).toBe('2026-11');
  });
});

describe('radar move', () => {
  it('records the move in the draft edition with reason, approver and ADR, appending to the history only', () => {
    withDraft();
    const before = read('content/radar/blips/argo-cd.md');
    const r = run('move', 'argo-cd', 'adopt', '--edition', '2027-04', '--reason', 'Pilot met the adopt criteria.', '--approved-by', 'Technical Steering Group', '--adr', 'ADR-031');
    expect(r).toEqual({ code: 0, err: '', out: 'content/radar/blips/argo-cd.md: argo-cd trial → adopt in edition 2027-04\n' });
    const after = read('content/radar/blips/argo-cd.md');
    expect(after).toBe(
      before.replace(
        '\n---\n\nDescription',
        '\n  - edition: "2027-04"\n    ring: adopt\n    reason: "Pilot met the adopt criteria."\n    approved_by: "Technical Steering Group"\n    adr: ADR-031\n---\n\nDescription',
      ),
    );
    // A second move in the same draft replaces the first: one entry per edition.
    expect(run('move', 'argo-cd', 'hold', '--reason', 'Pilot failed.', '--approved-by', 'TSG', '--replaced-by', 'jenkins').out).toBe(
      'content/radar/blips/argo-cd.md: argo-cd trial → hold in edition 2027-04 (replaces its earlier entry for this edition: adopt, "Pilot met the adopt criteria.")\ncontent/radar/blips/argo-cd.md: replaced_by jenkins\n',
    );
    const loaded = loadRadar(root);
    if (!loaded.ok) throw new Error('invalid');
    const m = buildRadarModel(loaded.content, { includeDrafts: true });
    expect(m.blip('argo-cd')!.history.map((h) => `${h.edition} ${h.ring}`)).toEqual(['2025-10 assess', '2026-04 trial', '2027-04 hold']);
    expect(m.blip('argo-cd')!.replaced_by).toBe('jenkins');
  });

  it('refuses an unknown blip, ring or edition, a published edition, and a move without reason or approver', () => {
    withDraft();
    const ok = ['--reason', 'Why.', '--approved-by', 'TSG'];
    expect(refused('move', 'argo', 'adopt', ...ok)).toBe('command line  "argo" is not a blip: expected the id of a blip file, one of argo-cd|c|jenkins');
    expect(refused('move', 'Argo CD', 'adopt', ...ok)).toBe('command line  "Argo CD" is not a blip; did you mean argo-cd (Argo CD)?');
    expect(refused('move', 'argo-cd', 'experiment', ...ok)).toBe('command line  "experiment" is not a ring: expected one of adopt|trial|assess|hold');
    expect(refused('move', 'argo-cd', 'retired', ...ok)).toBe(
      'command line  "retired" is not a ring to move to: use npm run radar -- retire argo-cd --edition <id> --reason "…"',
    );
    expect(refused('move', 'argo-cd', 'adopt', '--edition', '2027-10', ...ok)).toBe(
      'command line  --edition "2027-10" is not an edition: expected one of 2025-10|2026-04|2026-10|2027-04',
    );
    expect(refused('move', 'argo-cd', 'adopt', '--edition', '2026-10', ...ok)).toBe(
      'command line  --edition "2026-10" is published (2026-10-15): a published edition is a record and is not changed; record the change in a draft edition (npm run radar -- edition new <id> --title "…")',
    );
    expect(refused('move', 'argo-cd', 'adopt', '--approved-by', 'TSG')).toBe('command line  --reason is required: say why the blip moves (the entry criteria it now meets)');
    expect(refused('move', 'argo-cd', 'adopt', '--reason', 'Why.')).toBe('command line  --approved-by is required: the role or board that approved the move');
    expect(refused('move', 'argo-cd', 'adopt', ...ok, '--adr', '31')).toBe('command line  --adr "31" is not an ADR reference: expected ADR-<number>, e.g. ADR-014');
  });

  it('needs --edition when there is no draft, and says how to start one', () => {
    expect(refused('move', 'argo-cd', 'adopt', '--reason', 'Why.', '--approved-by', 'TSG')).toBe(
      'command line  move needs --edition <id>, a draft edition, and there is none: start one with npm run radar -- edition new <id> --title "…"',
    );
  });
});

describe('radar add', () => {
  it('creates a blip file with the importer\'s id rule and a first entry in the draft edition', () => {
    withDraft();
    const r = run('add', 'OpenTelemetry Collector', '--quadrant', 'Tools', '--ring', 'assess', '--reason', 'One way to trace requests.', '--approved-by', 'Release Manager', '--description', 'Collects traces.');
    expect(r).toEqual({
      code: 0,
      err: '',
      out: 'content/radar/blips/opentelemetry-collector.md: new blip opentelemetry-collector "OpenTelemetry Collector" (tools) in assess, edition 2027-04\n',
    });
    expect(read('content/radar/blips/opentelemetry-collector.md')).toBe(
      [
        '---',
        'title: "OpenTelemetry Collector"',
        'quadrant: tools',
        'tags: []',
        'owner: "Release Manager"',
        'history:',
        '  - edition: "2027-04"',
        '    ring: assess',
        '    reason: "One way to trace requests."',
        '    approved_by: "Release Manager"',
        '---',
        '',
        'Collects traces.',
        '',
      ].join('\n'),
    );
  });

  it('may leave reason and approver for later, and says so', () => {
    withDraft();
    const r = run('add', 'Kafka', '--quadrant', 'platforms', '--ring', 'trial');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      'content/radar/blips/kafka.md: new blip kafka "Kafka" (platforms) in trial, edition 2027-04',
      'content/radar/blips/kafka.md: history[0] still needs a reason and an approver before 2027-04 is published',
    ]);
    expect(r.out).toContain('content/radar/blips/kafka.md:9:5  history[0].reason  warning: is empty');
  });

  it('refuses a name whose id or title is taken, an unknown quadrant or ring, and a published edition', () => {
    withDraft();
    expect(refused('add', 'Argo-CD', '--quadrant', 'tools', '--ring', 'trial')).toBe(
      'command line  "Argo-CD" would be blip argo-cd, but content/radar/blips/argo-cd.md already has that id: move that blip instead, or choose a distinct name',
    );
    expect(refused('add', 'Jenkins', '--quadrant', 'tools', '--ring', 'trial', '--edition', '2027-04')).toContain('already has that id');
    expect(refused('add', 'Kafka', '--quadrant', 'infrastructure', '--ring', 'trial')).toBe(
      'command line  --quadrant "infrastructure" is not a quadrant: expected one of techniques|tools|platforms|languages-and-frameworks',
    );
    expect(refused('add', 'Kafka', '--quadrant', 'platforms', '--ring', 'experiment')).toBe('command line  --ring "experiment" is not a ring: expected one of adopt|trial|assess|hold');
    expect(refused('add', 'Kafka', '--quadrant', 'platforms', '--ring', 'trial', '--edition', '2026-10')).toContain('--edition "2026-10" is published (2026-10-15)');
    expect(refused('add', '!!!', '--quadrant', 'platforms', '--ring', 'trial')).toBe('command line  "!!!" gives no usable blip id: use a name with letters or digits');
  });
});

describe('radar retire', () => {
  it('retires a blip in the draft edition with what replaces it', () => {
    withDraft();
    write('content/radar/blips/jenkins.md', blipText('jenkins', { title: 'Jenkins', history: [['2025-10', 'hold']] }));
    const r = run('retire', 'jenkins', '--edition', '2027-04', '--reason', 'Nothing uses it.', '--approved-by', 'TSG', '--replaced-by', 'argo-cd');
    expect(r).toEqual({
      code: 0,
      err: '',
      out: 'content/radar/blips/jenkins.md: jenkins hold → retired in edition 2027-04\ncontent/radar/blips/jenkins.md: replaced_by argo-cd\n',
    });
    expect(read('content/radar/blips/jenkins.md')).toContain('  - edition: "2027-04"\n    ring: retired\n    reason: "Nothing uses it."\n    approved_by: TSG\nreplaced_by: argo-cd\n---');
  });

  it('refuses an unknown blip or replacement, a blip already off the radar, and a retirement without reason', () => {
    withDraft();
    expect(refused('retire', 'gitlab', '--reason', 'Gone.')).toBe('command line  "gitlab" is not a blip: expected the id of a blip file, one of argo-cd|c|jenkins');
    expect(refused('retire', 'jenkins', '--reason', 'Gone.', '--replaced-by', 'gitlab')).toBe(
      'command line  --replaced-by "gitlab" is not a blip: expected the id of a blip file, e.g. argo-cd',
    );
    expect(refused('retire', 'jenkins', '--reason', 'Gone.', '--replaced-by', 'jenkins')).toBe(
      'command line  --replaced-by "jenkins" is the blip itself: name the technology to use instead',
    );
    expect(refused('retire', 'jenkins')).toBe('command line  --reason is required: say why the blip leaves the radar');
    write('content/radar/blips/gone.md', blipText('gone', { history: [['2025-10', 'trial'], ['2026-04', 'retired']] }));
    expect(refused('retire', 'gone', '--reason', 'Again.')).toBe('command line  gone is not on the radar before 2027-04: there is nothing to retire');
  });
});

describe('radar edition publish', () => {
  it('refuses while the summary is empty or a move in the edition lacks its reason or approver, listing each', () => {
    withDraft();
    expect(run('add', 'Kafka', '--quadrant', 'platforms', '--ring', 'trial', '--reason', 'Events.').code).toBe(0);
    const before = snapshot();
    const r = run('edition', 'publish', '2027-04');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      [
        'content/radar/blips/kafka.md:10:5  history[0].approved_by  is empty: the move to trial in 2027-04 needs an approver (a role or board) before the edition is published',
        'content/radar/radar.yaml:54:5  editions[3].summary  is empty: say in a sentence or two what changed in 2027-04 before publishing it (write it there, or give --summary "…")',
        'Nothing was written.',
        '',
      ].join('\n'),
    );
    expect(snapshot()).toEqual(before);
  });

  it('says, as it publishes, what the check will then warn about the blips the edition moves (a hold without replaced_by)', () => {
    // A new adopter's trial (3 December 2026): publishing passed in silence, and the next check warned.
    withDraft();
    write(CONFIG, read(CONFIG).replace('    summary: ""\n', '    summary: Excel macros go on hold.\n'));
    expect(run('add', 'Excel macros', '--quadrant', 'languages-and-frameworks', '--ring', 'hold', '--reason', 'Unreviewable.', '--approved-by', 'TSG').code).toBe(0);
    const r = run('edition', 'publish', '2027-04');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/content\/radar\/blips\/excel-macros\.md:\d+:\d+ {2}replaced_by {2}warning: is missing for a blip on hold: name the blip to use instead \(replaced_by: <id>\)/);
  });

  it('writes --summary as it publishes, and refuses an option the command does not read (an operations trial)', () => {
    // `edition publish --summary "…"` was accepted, ignored, and answered "summary is empty" (3 December 2026).
    withDraft();
    expect(run('move', 'argo-cd', 'adopt', '--reason', 'Pilot done.', '--approved-by', 'TSG').code).toBe(0);
    expect(refused('edition', 'publish', '2027-04', '--summary', '  ')).toBe('command line  --summary is empty: say in a sentence or two what changed in the edition');
    expect(refused('edition', 'publish', '2027-04', '--reason', 'x')).toBe(
      'radar: --reason is not an option of edition publish: it takes --date, --summary (and --dry-run)',
    );
    expect(refused('edition', 'new', '2027-10', '--title', 'Autumn', '--approved-by', 'TSG', '--ring', 'hold')).toBe(
      'radar: --approved-by, --ring are not options of edition new: it takes --title, --date, --summary (and --dry-run)',
    );
    const before = read(CONFIG);
    const r = run('edition', 'publish', '2027-04', '--summary', 'Argo CD is adopted.');
    expect(r).toEqual({
      code: 0,
      err: '',
      out:
        'content/radar/radar.yaml: edition 2027-04 "Spring 2027" state draft → published, date 2027-04-15 → 2026-11-30 (1 blip changed in it)\n' +
        'content/radar/radar.yaml: edition 2027-04 summary added: Argo CD is adopted.\n',
    });
    expect(read(CONFIG)).toBe(
      before.replace('    state: draft\n    date: 2027-04-15\n', '    state: published\n    date: 2026-11-30\n').replace('    summary: ""\n', '    summary: "Argo CD is adopted."\n'),
    );
  });

  it('publishes the draft with today\'s date, changing only its state and date lines', () => {
    withDraft();
    write(CONFIG, read(CONFIG).replace('    summary: ""\n', '    summary: Argo CD is adopted.\n'));
    expect(run('move', 'argo-cd', 'adopt', '--reason', 'Pilot done.', '--approved-by', 'TSG').code).toBe(0);
    const before = read(CONFIG);
    const r = run('edition', 'publish', '2027-04');
    expect(r).toEqual({
      code: 0,
      err: '',
      out: 'content/radar/radar.yaml: edition 2027-04 "Spring 2027" state draft → published, date 2027-04-15 → 2026-11-30 (1 blip changed in it)\n',
    });
    expect(read(CONFIG)).toBe(before.replace('    state: draft\n    date: 2027-04-15\n', '    state: published\n    date: 2026-11-30\n'));
    const loaded = loadRadar(root);
    if (!loaded.ok) throw new Error('invalid');
    const published = buildRadarModel(loaded.content);
    expect(published.currentEdition.id).toBe('2027-04');
    expect(published.view().entries.find((e) => e.blip.id === 'argo-cd')!.ring).toBe('adopt');
  });

  it('refuses a publication date after today (an operations trial)', () => {
    // An edition published "on 15 June 2027" in April was the current radar at once (3 December 2026).
    withDraft();
    write(CONFIG, read(CONFIG).replace('    summary: ""\n', '    summary: Done.\n'));
    expect(refused('edition', 'publish', '2027-04', '--date', '2026-12-01')).toBe(
      'command line  --date 2026-12-01 is after today (2026-11-30): publish the edition on the day it comes out (a draft may carry its planned date meanwhile)',
    );
  });

  it('refuses an unknown or already published edition, and a date before the latest published edition', () => {
    withDraft();
    write(CONFIG, read(CONFIG).replace('    summary: ""\n', '    summary: Done.\n'));
    expect(refused('edition', 'publish', '2027-10')).toBe('command line  "2027-10" is not an edition: expected one of 2025-10|2026-04|2026-10|2027-04');
    expect(refused('edition', 'publish', '2026-10')).toBe('command line  edition 2026-10 is already published (2026-10-15): nothing to do');
    expect(refused('edition', 'publish', '2027-04', '--date', '2026-01-01')).toBe(
      'command line  publication date 2026-01-01 is before the latest published edition 2026-10 (2026-10-15): editions are published in order',
    );
  });

  it('export refuses a draft edition by name', () => {
    withDraft();
    expect(refused('export', '--format', 'byor-csv', '--edition', '2027-04')).toBe(
      'radar: --edition "2027-04" is a draft: exports are of published editions only (2025-10|2026-04|2026-10)',
    );
  });
});

describe('--dry-run on the edition and blip commands', () => {
  it('prints what would change, and its warnings, and writes nothing', () => {
    // A new adopter's trial (3 December 2026): `add --dry-run` was accepted and wrote the blip.
    withDraft();
    const before = snapshot();
    const r = run('add', 'Azure DevOps', '--quadrant', 'tools', '--ring', 'adopt', '--reason', 'x', '--approved-by', 'y', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'content/radar/blips/azure-devops.md: new blip azure-devops "Azure DevOps" (tools) in adopt, edition 2027-04\n' +
        'content/radar/blips/azure-devops.md:12  warning: has no description: write one below the front matter\n' +
        'Dry run: 1 file would change; nothing was written.\n',
    );
    expect(snapshot()).toEqual(before);
    expect(run('move', 'argo-cd', 'adopt', '--reason', 'Pilot done.', '--approved-by', 'TSG', '--dry-run').out).toContain('Dry run: 1 file would change; nothing was written.');
    expect(snapshot()).toEqual(before);
  });
});
