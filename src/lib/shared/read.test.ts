import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeContent, encodingIssues, firstInvalidUtf8, keepLayout } from './read';
import { formatIssue, formatIssues } from './errors';
import { runChecks } from '../check/index';
import { runRadarCli } from '../radar/cli';
import { runReleaseCli } from '../releases/cli';
import { formatSources } from '../radar/testing/fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const BOM = '\uFEFF';
const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

describe('decodeContent: the one content reader', () => {
  it('strips a byte-order mark and makes CRLF and CR line endings LF', () => {
    expect(decodeContent(utf8(`${BOM}a: 1\r\nb: 2\rc: 3\n`), 'x.yaml')).toEqual({ text: 'a: 1\nb: 2\nc: 3\n' });
  });
  it('keeps valid UTF-8 of every length', () => {
    expect(decodeContent(utf8('é – 🚀 ✓'), 'x.md').text).toBe('é – 🚀 ✓');
    expect(firstInvalidUtf8(utf8('é – 🚀 ✓'))).toBe(-1);
  });
  it('reports a file that is not UTF-8 with the line and column of the first bad byte', () => {
    const latin1 = Uint8Array.from([...utf8('title: x\r\nowner: Caf'), 0xe9, ...utf8(' team\n')]);
    expect(formatIssue(decodeContent(latin1, 'content/handbook/a.md').issue!)).toBe(
      'content/handbook/a.md:2:11  is not UTF-8 text: byte 0xE9 cannot start or continue a character here (the file may be saved as Windows-1252 or Latin-1): save it as UTF-8',
    );
  });
  it("reports a Markdown page whose front matter has old Mac (CR) line endings, at the first such line; nothing else", () => {
    const msg = 'has front matter whose lines end in a carriage return alone (CR, the line ending of classic Mac OS), which the build cannot read: save the file with LF or CRLF line endings';
    const cr = '---\rtitle: Old Mac endings\rdescription: CR only.\r---\r\rLine one\r';
    expect(formatIssue(decodeContent(utf8(cr), 'content/handbook/cr.md').issue!)).toBe(`content/handbook/cr.md:1  ${msg}`);
    expect(decodeContent(utf8(cr), 'content/handbook/cr.md').text).toBe(cr.replace(/\r/g, '\n'));
    const one = `${BOM}---\ntitle: A\ndescription: B\rowner: C\n---\nText.\n`;
    expect(formatIssue(decodeContent(utf8(one), 'p.mdx').issue!)).toBe(`p.mdx:3  ${msg}`);
    // CRLF, a lone CR in the body or after the closing line, and files that are not Markdown are all read fine.
    expect(decodeContent(utf8(crlf('---\ntitle: A\n---\nText.\n')), 'a.md').issue).toBeUndefined();
    expect(decodeContent(utf8('---\ntitle: A\n---\rLine one\rline two\r'), 'a.md').issue).toBeUndefined();
    expect(decodeContent(utf8('---\rtitle: A\r---\r'), 'a.yaml').issue).toBeUndefined();
    expect(decodeContent(utf8('No front matter\rat all\r'), 'a.md').issue).toBeUndefined();
  });
  it('reports UTF-16, overlong forms and surrogates', () => {
    expect(formatIssue(decodeContent(Uint8Array.from([0xff, 0xfe, 0x61, 0]), 'c.csv').issue!)).toBe('c.csv:1  is UTF-16 text, not UTF-8: save it as UTF-8');
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xe2, 0x82]))).toBe(0);
  });
});

describe('every content type saved with a BOM and CRLF line endings', () => {
  // A copy of the every-area fixture (it has every content type) with every file re-saved the Windows way. Not of
  // content/: an adopter who replaces the sample with a handbook of fewer areas keeps this test.
  let root: string;
  /** The same fixture as it is, to compare with. */
  let plain: string;
  const repo = path.resolve(import.meta.dirname, '../../..');
  const today = '2026-11-27';
  beforeAll(() => {
    for (const prefix of ['bom-crlf-', 'bom-crlf-plain-']) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      fs.cpSync(path.join(repo, 'tests/fixtures/every-area'), path.join(dir, 'content'), { recursive: true });
      fs.cpSync(path.join(repo, 'src/components/mdx'), path.join(dir, 'src/components/mdx'), { recursive: true });
      if (prefix === 'bom-crlf-') root = dir;
      else plain = dir;
    }
    const walk = (d: string) => {
      for (const n of fs.readdirSync(d)) {
        const p = path.join(d, n);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (/\.(md|mdx|ya?ml|json)$/.test(n)) fs.writeFileSync(p, BOM + crlf(fs.readFileSync(p, 'utf8')));
      }
    };
    walk(path.join(root, 'content'));
  });
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(plain, { recursive: true, force: true });
  });

  it('covers handbook pages, blips, checklists, release JSON, components, radar, site and KPI YAML', () => {
    const types = new Set<string>();
    const walk = (d: string, rel: string) => {
      for (const n of fs.readdirSync(d)) {
        const p = path.join(d, n);
        if (fs.statSync(p).isDirectory()) walk(p, `${rel}/${n}`);
        else if (fs.readFileSync(p).subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) types.add(`${rel.split('/')[1] ?? ''}${path.extname(n)}`);
      }
    };
    walk(path.join(root, 'content'), '');
    expect([...types].sort()).toEqual(expect.arrayContaining(['.yaml', 'checklists.md', 'handbook.md', 'handbook.mdx', 'kpis.yaml', 'radar.md', 'radar.yaml', 'releases.json']));
  });

  it('the check finds exactly what it finds in the original', () => {
    const env = process.env.HANDBOOK_CONTENT_DIR;
    delete process.env.HANDBOOK_CONTENT_DIR;
    try {
      const original = runChecks(plain, { today });
      const windows = runChecks(root, { today });
      expect(windows.errors).toBe(0);
      expect(formatIssues(windows.issues)).toBe(formatIssues(original.issues));
    } finally {
      if (env !== undefined) process.env.HANDBOOK_CONTENT_DIR = env;
    }
  });

  it('the editing commands keep a file\'s BOM and CRLF line endings, changing only the lines they edit (an operations trial)', () => {
    // release:status and radar edition new wrote the whole file back with LF and no BOM (3 December 2026).
    const io = { cwd: root, now: new Date('2026-11-27T12:00:00Z'), out: () => {}, err: (e: string) => { throw new Error(e); } };
    const release = path.join(root, 'content/releases/payments/3.8.0.json');
    const before = fs.readFileSync(release, 'utf8');
    expect(runReleaseCli('status', ['payments', '3.8.0', 'cancelled', '--reason', 'Merged into 3.9.0.'], io)).toBe(0);
    const after = fs.readFileSync(release, 'utf8');
    expect(after.startsWith(BOM)).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const changed = after.split('\r\n').filter((l) => !before.split('\r\n').includes(l));
    expect(changed.length).toBeLessThanOrEqual(6);
    const radar = path.join(root, 'content/radar/radar.yaml');
    expect(runRadarCli(['edition', 'new', '2027-04', '--title', 'Spring 2027'], { ...io, env: { SOURCE_DATE_EPOCH: '1795780800' } })).toBe(0);
    const yaml = fs.readFileSync(radar, 'utf8');
    expect(yaml.startsWith(BOM)).toBe(true);
    expect(yaml.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('a file that is not UTF-8 is one clear error from the check', () => {
    const file = path.join(root, 'content/checklists/go-no-go.md');
    const before = fs.readFileSync(file);
    fs.writeFileSync(file, Buffer.concat([before, Buffer.from([0x0d, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0d, 0x0a])]));
    try {
      const lines = before.toString('utf8').replace(/^\uFEFF/, '').split(/\r\n/).length;
      expect(encodingIssues(root, 'content').map(formatIssue)).toEqual([
        `content/checklists/go-no-go.md:${lines + 1}:4  is not UTF-8 text: byte 0xE9 cannot start or continue a character here (the file may be saved as Windows-1252 or Latin-1): save it as UTF-8`,
      ]);
      expect(runChecks(root, { today }).issues.map(formatIssue)).toContain(encodingIssues(root, 'content').map(formatIssue)[0]);
    } finally {
      fs.writeFileSync(file, before);
    }
  });

  it('a page with old Mac line endings in its front matter is one clear error from the check, which stops the build', () => {
    const file = path.join(root, 'content/handbook/cr-only.md');
    fs.writeFileSync(file, '---\rtitle: Old Mac endings\rdescription: CR only.\rowner: Release Manager\rreview_in: 6 months\r---\r\rLine one\r');
    try {
      const line = 'content/handbook/cr-only.md:1  has front matter whose lines end in a carriage return alone (CR, the line ending of classic Mac OS), which the build cannot read: save the file with LF or CRLF line endings';
      expect(encodingIssues(root, 'content').map(formatIssue)).toEqual([line]);
      const res = runChecks(root, { today });
      expect(res.issues.map(formatIssue)).toContain(line);
      expect(res.errors).toBeGreaterThan(0);
    } finally {
      fs.rmSync(file);
    }
  });

  it('an imported CSV with a BOM and CRLF imports like the plain one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bom-csv-'));
    try {
      const src = formatSources();
      for (const f of [{ file: src.configFile, text: src.configText }, ...src.blips]) {
        fs.mkdirSync(path.dirname(path.join(dir, f.file)), { recursive: true });
        fs.writeFileSync(path.join(dir, f.file), f.text);
      }
      const csv = 'name,ring,quadrant,isNew,description\nKafka,trial,platforms,TRUE,Event streaming\n';
      fs.writeFileSync(path.join(dir, 'plain.csv'), csv);
      fs.writeFileSync(path.join(dir, 'windows.csv'), BOM + crlf(csv));
      const run = (file: string) => {
        let out = '';
        let err = '';
        const code = runRadarCli(['import', '--format', 'byor-csv', file, '--edition', '2026-10', '--dry-run'], { cwd: dir, out: (s) => (out += s), err: (s) => (err += s) });
        return { code, out, err };
      };
      const plain = run('plain.csv');
      expect(plain.code).toBe(0);
      expect(run('windows.csv')).toEqual(plain);
      fs.writeFileSync(path.join(dir, 'latin1.csv'), Buffer.from('name,ring\nCaf\xe9,trial\n', 'latin1'));
      expect(run('latin1.csv').err).toContain('latin1.csv:2:4  is not UTF-8 text: byte 0xE9');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('keepLayout: an edited file keeps its BOM and line endings (an operations trial)', () => {
  it('writes CRLF and the BOM back when the file had them, and a new or LF file as given', () => {
    // A release file saved on Windows came back from release:promote with every line changed (3 December 2026).
    const edited = '{\n\t"status": "released"\n}\n';
    expect(keepLayout('\uFEFF{\r\n\t"status": "planned"\r\n}\r\n', edited)).toBe('\uFEFF{\r\n\t"status": "released"\r\n}\r\n');
    expect(keepLayout('{\r\n\t"status": "planned"\r\n}\r\n', edited)).toBe('{\r\n\t"status": "released"\r\n}\r\n');
    expect(keepLayout('{\n\t"status": "planned"\n}\n', edited)).toBe(edited);
    expect(keepLayout(undefined, edited)).toBe(edited);
  });
});
