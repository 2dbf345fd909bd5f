import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/errors';
import { formatSources } from '../testing/fixtures';
import { modelFrom } from '../testing/model';
import { parseByorCsv, parseByorJson, toByorCsv, toByorJson, toByorRows } from './byor';

const model = modelFrom(formatSources());

describe('BYOR export', () => {
  it('writes the BYOR columns, names for ring and quadrant, isNew and status for the edition', () => {
    const rows = toByorRows(model);
    expect(rows.map((r) => [r.name, r.ring, r.quadrant, r.isNew, r.status])).toEqual([
      ['Trunk-based development', 'Adopt', 'Techniques', 'FALSE', 'No Change'],
      ['SBOMs (CycloneDX)', 'Assess', 'Techniques', 'TRUE', 'New'],
      ['GitFlow', 'Hold', 'Techniques', 'FALSE', 'No Change'],
      ['Argo CD', 'Adopt', 'Tools', 'FALSE', 'Moved In'],
      ['Jenkins', 'Hold', 'Tools', 'FALSE', 'Moved Out'],
      ['TypeScript', 'Adopt', 'Languages & Frameworks', 'FALSE', 'No Change'],
    ]);
    // An earlier edition: the retired VMware estate is still there, trunk-based development still in trial.
    expect(toByorRows(model, { edition: '2025-10' }).map((r) => `${r.name}:${r.ring}:${r.status}`)).toContain(
      'SG data centre VMware estate:Trial:New',
    );
  });

  it('quotes a description written over two lines, so the export reads back as one row each (RFC 4180 §2.6)', () => {
    // A new adopter's trial (3 December 2026): the bare line break went out unquoted, and our own import refused the file.
    const src = formatSources();
    // The whole description: no comma or quote of its own, which would have had it quoted anyway.
    const body = (text: string) => text.replace(/^(---\n[\s\S]*?\n---\n)[\s\S]*$/, '$1\nLine one\nline two of it.\n');
    const two = { ...src, blips: src.blips.map((b) => ({ ...b, text: body(b.text) })) };
    const csv = toByorCsv(modelFrom(two));
    expect(csv).toContain(',"<p>Line one\nline two of it.</p>"\r\n');
    const back = parseByorCsv(csv, 'radar.csv');
    expect(back.issues).toEqual([]);
    expect(back.rows).toHaveLength(toByorRows(modelFrom(two)).length);
  });

  it('quotes CSV fields that need it and writes descriptions as BYOR-safe HTML', () => {
    const csv = toByorCsv(model);
    // Records end in CRLF (RFC 4180 §2.1).
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('name,ring,quadrant,isNew,status,description');
    expect(lines[1]).toBe(
      'Trunk-based development,Adopt,Techniques,FALSE,No Change,"<p><strong>Trunk-based development</strong>, see ' +
        '<a href=""https://example.org/trunk-based-development"">docs</a>, a, &quot;quoted&quot; &amp; more.</p>"',
    );
    expect(lines).toHaveLength(8); // header, 6 rows, final newline
    // Read back with a CSV parser as BYOR would (d3.csvParse follows the same RFC 4180 quoting).
    const back = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(back.map((r) => r.name)).toEqual(toByorRows(model).map((r) => r.name));
    expect(Object.keys(back[0])).toEqual(['name', 'ring', 'quadrant', 'isNew', 'status', 'description']);
  });

  it('writes the same rows as a JSON array with isNew as text', () => {
    const json = JSON.parse(toByorJson(model)) as Array<Record<string, string>>;
    expect(json[1]).toEqual({
      name: 'SBOMs (CycloneDX)',
      ring: 'Assess',
      quadrant: 'Techniques',
      isNew: 'TRUE',
      status: 'New',
      description:
        '<p><strong>SBOMs (CycloneDX)</strong>, see <a href="https://example.org/sboms-cyclonedx">docs</a>, a, &quot;quoted&quot; &amp; more.</p>',
    });
  });
});

/**
 * The hosted BYOR's own rules (thoughtworks/build-your-own-radar: src/util/contentValidator.js, factory.js,
 * graphing/config.js, models/blip.js), reproduced: required headers, four fixed quadrant and ring names matched
 * case-insensitively with "and"/"&" treated alike, and status values. A row that fails the name match is
 * silently dropped by BYOR, so every exported row must pass.
 */
const BYOR_QUADRANTS = ['Techniques', 'Platforms', 'Tools', 'Languages & Frameworks'];
const BYOR_RINGS = ['Adopt', 'Trial', 'Assess', 'Hold'];
function byorMatch(names: string[], value: string): string | undefined {
  const formatted = value.toLowerCase().replace(/(-|\s+)(and)(-|\s+)|\s*(&)\s*/g, ' & ');
  return names.find((n) => n.toLowerCase() === formatted);
}

describe('BYOR acceptance of the export', () => {
  it('meets BYOR’s header rules and every row matches its quadrant and ring names, so none is dropped', () => {
    for (const edition of ['2025-10', '2026-04', '2026-10']) {
      const csv = toByorCsv(model, { edition });
      const [header] = parse(csv, { to_line: 1 }) as string[][];
      for (const h of ['name', 'ring', 'quadrant', 'description']) expect(header).toContain(h);
      expect(header.includes('isNew') || header.includes('status')).toBe(true);
      const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
      expect(rows.length).toBe(model.view(edition).entries.length);
      for (const r of rows) {
        expect(byorMatch(BYOR_QUADRANTS, r.quadrant), r.quadrant).toBeDefined();
        expect(byorMatch(BYOR_RINGS, r.ring), r.ring).toBeDefined();
        expect(['new', 'moved in', 'moved out', 'no change']).toContain(r.status.toLowerCase());
        expect(['true', 'false']).toContain(r.isNew.toLowerCase());
        expect(r.isNew.toLowerCase() === 'true').toBe(r.status === 'New');
      }
    }
  });
});

describe('BYOR import parsing', () => {
  it('reads rows with their row number and line, even after multi-line quoted fields', () => {
    const csv = 'name,ring,quadrant,isNew,description\nA,adopt,tools,TRUE,"two\nlines"\nB,Experiment,tools,FALSE,x\n';
    const p = parseByorCsv(csv, 'in.csv');
    expect(p.issues).toEqual([]);
    expect(p.rows.map((r) => [r.at.field, r.at.line, r.name, r.ring, r.description])).toEqual([
      ['row 1', 2, 'A', 'adopt', 'two\nlines'],
      ['row 2', 4, 'B', 'Experiment', 'x'],
    ]);
  });

  it('names missing columns the way BYOR requires them', () => {
    const p = parseByorCsv('name,ring,description\nA,adopt,x\n', 'in.csv');
    expect(p.issues.map(formatIssue)).toEqual([
      'in.csv:1  is missing columns quadrant, isNew or status: BYOR needs name, ring, quadrant, isNew or status, description',
    ]);
  });

  it('reports rows without a name instead of dropping them', () => {
    const p = parseByorCsv('name,ring,quadrant,status,description\n,adopt,tools,New,x\nB,hold,tools,New,y\n', 'in.csv');
    expect(p.issues.map(formatIssue)).toEqual(['in.csv:2  row 1, name  is empty: every row needs a name']);
    expect(p.rows.map((r) => r.name)).toEqual(['B']);
  });

  it('reads BYOR JSON with the array index as the row and the line from the source', () => {
    const text = '[\n  {"name": "A", "ring": "Adopt", "quadrant": "Tools", "isNew": "TRUE", "description": "<p>Hi &amp; bye</p>"},\n  {"name": "B", "ring": "hold", "quadrant": "tools", "isNew": "FALSE", "description": ""}\n]\n';
    const p = parseByorJson(text, 'in.json');
    expect(p.rows.map((r) => [r.at.field, r.at.line, r.name, r.description])).toEqual([
      ['[0]', 2, 'A', 'Hi & bye'],
      ['[1]', 3, 'B', undefined],
    ]);
    expect(parseByorJson('{"name": 1}', 'x.json').issues.map(formatIssue)).toEqual([
      'x.json:1  is not a BYOR JSON file: expected a list of {name, ring, quadrant, isNew, status, description}',
    ]);
  });
});

describe('BYOR import of a description with markup a blip cannot carry', () => {
  it('keeps the text and warns on the row, naming the tags', () => {
    const csv = 'name,ring,quadrant,isNew,status,description\r\nDagster,Assess,Tools,TRUE,New,"<p>Runs <strong>pipelines</strong>.</p><img src=""x.png""><script>alert(1)</script>"\r\n';
    const parsed = parseByorCsv(csv, 'radar.csv');
    expect(parsed.rows[0].description).toBe('Runs **pipelines**.');
    expect(parsed.issues.map(formatIssue)).toEqual([
      "radar.csv:2  row 1, description  warning: has <img>, <script>, which a blip's Markdown description does not carry: the import keeps the text only; check the blip",
    ]);
  });
});
