import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runRadarCli } from '../src/lib/radar/cli';
import { loadRadar } from '../src/lib/radar/load';
import { formatSources } from '../src/lib/radar/testing/fixtures';
import { buildRadarModel } from '../src/lib/radar/model';
import { toByorCsv } from '../src/lib/radar/formats/byor';

let root: string;

function write(rel: string, text: string) {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = runRadarCli(argv, { cwd: root, out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function blipFiles(): string[] {
  return readdirSync(join(root, 'content/radar/blips')).sort();
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'radar-cli-'));
  const src = formatSources();
  write(src.configFile, src.configText);
  for (const b of src.blips) write(b.file, b.text);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run radar', () => {
  it('exports BYOR CSV to a file and to standard output', () => {
    const r = run('export', '--format', 'byor-csv', '--out', 'out/radar.csv');
    expect(r).toMatchObject({ code: 0, out: 'Wrote out/radar.csv\n', err: '' });
    const csv = readFileSync(join(root, 'out/radar.csv'), 'utf8');
    // RFC 4180 §2.1: records end in CRLF.
    expect(csv.split('\r\n')[0]).toBe('name,ring,quadrant,isNew,status,description');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(run('export', '--format', 'byor-csv').out).toBe(csv);
  });

  it("exports what the site publishes: links to the site's pages made absolute with site.yaml's url", () => {
    // Without a base address those links were dropped, so the command's CSV differed from /radar/radar.csv (a new
    // adopter's trial, 3 December 2026). The site's own files are made with toByorCsv and site.yaml's url too.
    write('content/site.yaml', readFileSync(join(__dirname, '../tests/fixtures/handbook-only/site.yaml'), 'utf8'));
    const site = /^url: (.*)$/m.exec(readFileSync(join(root, 'content/site.yaml'), 'utf8'))![1].trim();
    const [first] = readdirSync(join(root, 'content/radar/blips')).sort();
    const file = join(root, 'content/radar/blips', first);
    writeFileSync(file, readFileSync(file, 'utf8') + '\nSee [the release process](/handbook/guides/deploying/).\n');
    const csv = run('export', '--format', 'byor-csv').out;
    expect(csv).toContain(`<a href=""${site}/handbook/guides/deploying/"">the release process</a>`);
    const loaded = loadRadar(root);
    expect(loaded.ok && csv).toBe(loaded.ok && toByorCsv(buildRadarModel(loaded.content), { baseUrl: site }));
    // --base-url still wins.
    expect(run('export', '--format', 'byor-csv', '--base-url', 'https://mirror.example.gov.scot').out).toContain('https://mirror.example.gov.scot/handbook/guides/deploying/');
  });

  it('exports an AOE folder, and refuses AOE to standard output', () => {
    expect(run('export', '--format', 'aoe', '--out', 'aoe', '--edition', '2026-04')).toMatchObject({ code: 0, out: 'Wrote 9 AOE items under aoe\n' });
    expect(readdirSync(join(root, 'aoe/radar')).sort()).toEqual(['2025-10-15', '2026-04-15']);
    const r = run('export', '--format', 'aoe');
    expect(r.code).toBe(1);
    expect(r.err.split('\n')[0]).toBe('radar: --format aoe writes a folder of Markdown files: give --out <folder>');
  });

  it('imports a CSV into an edition: dry run writes nothing, the real run creates and updates blip files', () => {
    write('new.csv', 'name,ring,quadrant,isNew,status,description\nKafka,Experiment,Platforms,TRUE,New,Event streaming.\nJenkins,Hold,Tools,FALSE,Moved Out,x\n');
    const before = blipFiles();
    const failed = run('import', '--format', 'byor-csv', 'new.csv', '--edition', '2026-10');
    expect(failed.code).toBe(1);
    expect(failed.err).toContain(
      'new.csv:2  row 1, ring  "Experiment" is not a ring (row 1): expected one of adopt|trial|assess|hold (or Adopt|Trial|Assess|Hold); to import it, add --map-ring "Experiment=<ring>" with <ring> one of adopt|trial|assess|hold',
    );
    expect(failed.err).toContain('Import stopped: 1 error. Nothing was written.');

    const dry = run('import', '--format', 'byor-csv', 'new.csv', '--edition', '2026-10', '--map-ring', 'Experiment=trial', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toBe('unchanged jenkins (hold)\ncreate kafka (trial)\nDry run: 1 file would change; nothing was written.\n');
    expect(blipFiles()).toEqual(before);

    const real = run('import', '--format', 'byor-csv', 'new.csv', '--edition', '2026-10', '--map-ring', 'Experiment=trial');
    expect(real.code).toBe(0);
    expect(real.out.split('\n').slice(-2)[0]).toBe('Imported 2 rows into 2026-10: 1 file written.');
    expect(blipFiles()).toEqual([...before, 'kafka.md'].sort());
    const loaded = loadRadar(root);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.content.blips.find((b) => b.id === 'kafka')?.history).toEqual([
      { edition: '2026-10', ring: 'trial', reason: 'Imported from byor-csv file new.csv.', approved_by: 'Release Manager' },
    ]);
  });

  it('round-trips through every format on disc', () => {
    for (const format of ['byor-csv', 'byor-json', 'zalando', 'backstage']) {
      expect(run('export', '--format', format, '--out', `x.${format}`).code).toBe(0);
      const r = run('import', '--format', format, `x.${format}`, '--edition', '2026-10', '--dry-run');
      expect(r.code, r.err).toBe(0);
      expect(r.out.endsWith('Dry run: 0 files would change; nothing was written.\n')).toBe(true);
    }
    expect(run('export', '--format', 'aoe', '--out', 'aoe-out').code).toBe(0);
    const r = run('import', '--format', 'aoe', 'aoe-out/radar', '--edition', '2026-10', '--dry-run');
    expect(r.code, r.err).toBe(0);
  });

  it('explains usage mistakes and exits 1', () => {
    expect(run().err.split('\n')[0]).toBe('radar: Give a command: edition, move, add, retire, import, export');
    expect(run('publish').err.split('\n')[0]).toBe('radar: Unknown command "publish": use edition, move, add, retire, import, export');
    expect(run('export', '--format', 'csv').err.split('\n')[0]).toBe('radar: --format "csv" is not one of byor-csv|byor-json|aoe|zalando|backstage');
    expect(run('import', '--format', 'byor-csv', 'x.csv').err.split('\n')[0]).toBe(
      'radar: import needs --edition <id>: the edition the imported rings belong to',
    );
    expect(run('import', '--format', 'byor-csv', 'missing.csv', '--edition', '2026-10').err.split('\n')[0]).toBe(
      `radar: ${join(root, 'missing.csv')}: no such file or folder`,
    );
    expect(run('export', '--format', 'zalando', '--edition', '1999-01').err.split('\n')[0]).toBe(
      'radar: --edition "1999-01" is not an edition: expected one of 2025-10|2026-04|2026-10',
    );
    expect(run('export', '--format', 'zalando', '--bogus').code).toBe(1);
    expect(run('--help')).toMatchObject({ code: 0 });
  });

  it('stops an export when the content is invalid', () => {
    write('content/radar/blips/broken.md', '---\ntitle: Broken\nquadrant: nowhere\nowner: A\nhistory: []\n---\nx\n');
    const r = run('export', '--format', 'byor-json');
    expect(r.code).toBe(1);
    expect(r.err).toContain('content/radar/blips/broken.md:3:1  quadrant  "nowhere" is not a quadrant');
    expect(r.err).toContain('Export stopped: the radar content has errors.');
  });

  it('runs as an npm script with the right exit codes', () => {
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
    const script = join(process.cwd(), 'scripts/radar.ts');
    const ok = spawnSync(tsx, [script, 'export', '--format', 'zalando', '--root', root], { encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).entries).toHaveLength(6);
    const bad = spawnSync(tsx, [script, 'import', '--format', 'zalando', 'nope.json', '--edition', '2026-10', '--root', root], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(existsSync(join(root, 'content/radar/blips/nope.md'))).toBe(false);
  });
});
