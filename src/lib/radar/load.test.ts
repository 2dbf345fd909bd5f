import { describe, expect, it } from 'vitest';
import { formatIssue, formatIssues } from '../shared/errors';
import { loadRadarFromSources, type LoadResult } from './load';
import { blipSource, blipText, configYaml, sources } from './testing/fixtures';

function errorsOf(r: LoadResult): string[] {
  return r.issues.filter((i) => i.severity === 'error').map(formatIssue);
}

const good = blipSource('feature-flags', { history: [['2025-10', 'assess'], ['2026-04', 'trial']] });

describe('loadRadarFromSources', () => {
  it('loads valid content, keeping the Markdown body and deriving the id from the file name', () => {
    const r = loadRadarFromSources(sources([good]));
    expect(errorsOf(r)).toEqual([]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [b] = r.content.blips;
    expect(b.id).toBe('feature-flags');
    expect(b.body).toBe('Description of feature-flags.\n');
    expect(b.history.map((h) => h.ring)).toEqual(['assess', 'trial']);
    expect(b.tags).toEqual([]);
    expect(r.content.config.quadrants).toHaveLength(4);
  });

  it('rejects an unknown ring, naming file, field, line and the allowed rings', () => {
    const r = loadRadarFromSources(sources([blipSource('x', { history: [['2025-10', 'experiment']] })]));
    expect(r.ok).toBe(false);
    // front matter: line 2 title, 3 quadrant, 4 tags, 5 owner, 6 history, 7 "- edition", 8 ring
    expect(errorsOf(r)).toEqual([
      'content/radar/blips/x.md:8:5  history[0].ring  "experiment" is not one of adopt|trial|assess|hold|retired',
    ]);
  });

  it('rejects an unknown quadrant', () => {
    const r = loadRadarFromSources(sources([blipSource('x', { quadrant: 'toolz', history: [['2025-10', 'trial']] })]));
    expect(errorsOf(r)).toEqual([
      'content/radar/blips/x.md:3:1  quadrant  "toolz" is not a quadrant in content/radar/radar.yaml: expected one of techniques|tools|platforms|languages-and-frameworks: did you mean "tools"?',
    ]);
  });

  it('rejects an unknown edition', () => {
    const r = loadRadarFromSources(sources([blipSource('x', { history: [['2025-10', 'trial'], ['2026-05', 'adopt']] })]));
    expect(errorsOf(r)).toEqual([
      'content/radar/blips/x.md:11:5  history[1].edition  "2026-05" is not an edition in content/radar/radar.yaml: expected one of 2025-10|2026-04|2026-10',
    ]);
  });

  it('rejects history that is not in edition order', () => {
    const r = loadRadarFromSources(sources([blipSource('x', { history: [['2026-04', 'trial'], ['2025-10', 'assess']] })]));
    expect(errorsOf(r)).toEqual([
      'content/radar/blips/x.md:11:5  history[1].edition  "2025-10" comes after "2026-04" (history[0]): history must be oldest first, in edition order',
    ]);
  });

  it('rejects two history entries for one edition', () => {
    const r = loadRadarFromSources(sources([blipSource('x', { history: [['2025-10', 'assess'], ['2025-10', 'trial']] })]));
    expect(errorsOf(r)).toEqual([
      'content/radar/blips/x.md:11:5  history[1].edition  "2025-10" already has an entry (history[0]): one history entry per edition',
    ]);
  });

  it('rejects duplicate blip ids such as x.md and x.mdx', () => {
    const r = loadRadarFromSources(
      sources([blipSource('x', { history: [['2025-10', 'trial']] }, 'mdx'), blipSource('x', { history: [['2025-10', 'hold']] })]),
    );
    expect(errorsOf(r)).toEqual([
      'content/radar/blips/x.mdx  duplicate blip id "x": content/radar/blips/x.md has the same id; keep one of the two files',
    ]);
  });

  it('rejects two blips with one title (as readers see it), at the second file\'s title line', () => {
    const r = loadRadarFromSources(
      sources([
        blipSource('github-actions', { title: 'GitHub Actions', history: [['2025-10', 'adopt']] }),
        blipSource('g', { title: 'GitHub  actions', history: [['2025-10', 'trial']] }),
      ]),
    );
    expect(errorsOf(r)).toEqual([
      expect.stringMatching(
        /^content\/radar\/blips\/github-actions\.md:\d+:\d+ {2}title {2}"GitHub Actions" is also the title of content\/radar\/blips\/g\.md: the radar would show that name twice; keep one of the two files, or give each its own title$/,
      ),
    ]);
  });

  it('rejects replaced_by naming a missing blip', () => {
    const r = loadRadarFromSources(
      sources([blipSource('gitflow', { replaced_by: 'trunk-based', history: [['2025-10', 'hold']] })]),
    );
    expect(errorsOf(r)).toEqual([
      'content/radar/blips/gitflow.md:6:1  replaced_by  "trunk-based" is not a blip: expected the id of a file in content/radar/blips/ (its name without .md)',
    ]);
  });

  it("names the blip replaced_by was likely meant to be, or one of this radar's own as an example", () => {
    // A new adopter's trial (3 December 2026): "github-action" got no suggestion, and an example from the sample radar.
    const near = loadRadarFromSources(
      sources([blipSource('jenkins', { replaced_by: 'github-action', history: [['2025-10', 'hold']] }), blipSource('github-actions', { history: [['2025-10', 'adopt']] })]),
    );
    expect(errorsOf(near)).toEqual(['content/radar/blips/jenkins.md:6:1  replaced_by  "github-action" is not a blip: did you mean "github-actions"?']);
    const far = loadRadarFromSources(
      sources([blipSource('jenkins', { replaced_by: 'circle', history: [['2025-10', 'hold']] }), blipSource('github-actions', { history: [['2025-10', 'adopt']] })]),
    );
    expect(errorsOf(far)).toEqual([
      'content/radar/blips/jenkins.md:6:1  replaced_by  "circle" is not a blip: expected the id of a file in content/radar/blips/ (its name without .md, e.g. "github-actions")',
    ]);
  });

  it('accepts replaced_by naming another blip', () => {
    const r = loadRadarFromSources(
      sources([
        blipSource('gitflow', { replaced_by: 'trunk-based-development', history: [['2025-10', 'hold']] }),
        blipSource('trunk-based-development', { history: [['2025-10', 'adopt']] }),
      ]),
    );
    expect(errorsOf(r)).toEqual([]);
  });

  it('rejects a link that is not an http(s) URL', () => {
    const text = blipText('x', { history: [['2025-10', 'trial']] }).replace(
      'history:',
      'links:\n  - type: docs\n    title: Guide\n    url: javascript:alert(1)\nhistory:',
    );
    const r = loadRadarFromSources(sources([{ file: 'content/radar/blips/x.md', text }]));
    expect(errorsOf(r)).toEqual([
      'content/radar/blips/x.md:9:5  links[0].url  "javascript:alert(1)" is not an allowed URL: expected an absolute http:// or https:// address',
    ]);
  });

  it('rejects a link of an unknown type', () => {
    const text = blipText('x', { history: [['2025-10', 'trial']] }).replace(
      'history:',
      'links:\n  - type: blog\n    title: Post\n    url: https://example.org/\nhistory:',
    );
    const r = loadRadarFromSources(sources([{ file: 'content/radar/blips/x.md', text }]));
    expect(errorsOf(r)).toEqual([
      'content/radar/blips/x.md:7:5  links[0].type  "blog" is not one of adr|pilot-report|dpia|security|accessibility|cost|docs',
    ]);
  });

  it('rejects a blip with no history (empty list and missing field)', () => {
    const empty = blipText('x', { history: [] }).replace('history:', 'history: []');
    const missing = blipText('y', { history: [] }).replace('history:\n', '');
    const r = loadRadarFromSources(
      sources([
        { file: 'content/radar/blips/x.md', text: empty },
        { file: 'content/radar/blips/y.md', text: missing },
      ]),
    );
    expect(errorsOf(r)).toEqual([
      'content/radar/blips/x.md:6:1  history  is empty: a blip needs at least one history entry (edition, ring, reason, approved_by)',
      'content/radar/blips/y.md:1  history  is required: add `history: …` (a list)', // a missing top-level field: the front matter's first line
    ]);
  });

  it('rejects a blip retired in its first entry', () => {
    const r = loadRadarFromSources(sources([blipSource('x', { history: [['2025-10', 'retired']] })]));
    expect(errorsOf(r)).toEqual([
      'content/radar/blips/x.md:8:5  history[0].ring  is "retired" in the first entry: a blip must be on the radar before it can be retired',
    ]);
  });

  it('rejects a file name that cannot be an id, and a file without front matter', () => {
    const r = loadRadarFromSources(
      sources([
        { file: 'content/radar/blips/Feature Flags.md', text: blipText('x', { history: [['2025-10', 'trial']] }) },
        { file: 'content/radar/blips/plain.md', text: 'Just text\n' },
      ]),
    );
    expect(errorsOf(r)).toEqual([
      'content/radar/blips/Feature Flags.md  file name "Feature Flags" is not a valid blip id: use lower-case letters, digits and single hyphens, e.g. "feature-flags.md"',
      'content/radar/blips/plain.md:1  has no front matter: a blip file starts with a line "---", then YAML, then "---"',
    ]);
  });

  it('reports YAML syntax errors in front matter at the file line', () => {
    const text = '---\ntitle: X\nquadrant: [tools\nowner: A\n---\nBody\n';
    const r = loadRadarFromSources(sources([{ file: 'content/radar/blips/x.md', text }]));
    expect(r.ok).toBe(false);
    expect(errorsOf(r)).toEqual([
      'content/radar/blips/x.md:3:11  quadrant  front matter is not valid YAML: the list that opens with "[" here is never closed: end it with "]" on the same line, or put the whole value in quotes if the "[" is part of the text',
    ]);
  });

  it('collects every issue across files rather than stopping at the first', () => {
    const r = loadRadarFromSources(
      sources([
        blipSource('a', { quadrant: 'nope', history: [['2025-10', 'trial']] }),
        blipSource('b', { history: [['2099-01', 'trial']] }),
        blipSource('c', { replaced_by: 'zzz', history: [['2025-10', 'hold']] }),
      ]),
    );
    expect(errorsOf(r).map((s) => s.split('  ')[0])).toEqual([
      'content/radar/blips/a.md:3:1',
      'content/radar/blips/b.md:7:5',
      'content/radar/blips/c.md:6:1',
    ]);
  });

  it('warns (without failing) about a blip with no description', () => {
    const text = blipText('x', { history: [['2025-10', 'trial']] }).replace('Description of x.\n', '');
    const r = loadRadarFromSources(sources([{ file: 'content/radar/blips/x.md', text }]));
    expect(r.ok).toBe(true);
    // "---", 5 front-matter lines, 4 for the history entry, "---": the body starts at line 12.
    expect(formatIssues(r.issues)).toBe(
      'content/radar/blips/x.md:12  warning: has no description: write one below the front matter',
    );
  });

  it('warns when a blip on hold names no replacement', () => {
    const r = loadRadarFromSources(sources([blipSource('jenkins', { history: [['2025-10', 'trial'], ['2026-04', 'hold']] })]));
    expect(r.ok).toBe(true);
    expect(formatIssues(r.issues)).toBe(
      'content/radar/blips/jenkins.md:2:1  replaced_by  warning: is missing for a blip on hold: name the blip to use instead (replaced_by: <id>)',
    );
  });

  it('says when a blip is put on hold only in a draft edition: name the replacement before it is published', () => {
    const config = configYaml + '  - id: 2027-04\n    date: 2027-04-15\n    title: Spring 2027\n    state: draft\n';
    const r = loadRadarFromSources(sources([blipSource('jenkins', { history: [['2025-10', 'trial'], ['2027-04', 'hold']] })], config));
    expect(formatIssues(r.issues.filter((i) => i.field === 'replaced_by'))).toBe(
      'content/radar/blips/jenkins.md:2:1  replaced_by  warning: is missing for a blip put on hold in draft edition 2027-04: name the blip to use instead (replaced_by: <id>); once the edition is published, its page says no replacement has been named',
    );
  });

  describe('radar.yaml', () => {
    it('requires exactly four quadrants and all four rings', () => {
      const cfg = configYaml
        .replace(/  - id: languages-and-frameworks\n    name: .*\n    description: .*\n/, '')
        .replace(/  - id: hold\n(    .*\n){4}/, '');
      const r = loadRadarFromSources(sources([], cfg));
      expect(errorsOf(r)).toEqual([
        'content/radar/radar.yaml:2:1  quadrants  has 3 quadrants: the radar needs exactly 4',
        'content/radar/radar.yaml:12:1  rings  ring hold missing: the radar needs adopt, trial, assess and hold',
      ]);
    });

    it('rejects a bad edition id and date', () => {
      const cfg = configYaml.replace('id: 2026-10\n    date: 2026-10-15', 'id: autumn\n    date: 2026-13-15');
      const r = loadRadarFromSources(sources([], cfg));
      expect(errorsOf(r)).toEqual([
        'content/radar/radar.yaml:45:5  editions[2].id  "autumn" is not a valid edition id: expected YYYY-MM (or YYYY-MM-DD), e.g. "2026-10"',
        'content/radar/radar.yaml:46:5  editions[2].date  "2026-13-15" is not a date on the calendar: expected YYYY-MM-DD with a month from 01 to 12 and a day that month has',
      ]);
    });

    it('stops blips from loading when radar.yaml is broken, but still checks the blips themselves', () => {
      const r = loadRadarFromSources(sources([blipSource('x', { history: [['2025-10', 'experiment']] })], 'quadrants: [\n'));
      expect(r.ok).toBe(false);
      expect(r.issues.map((i) => i.file)).toEqual(['content/radar/blips/x.md', 'content/radar/radar.yaml']);
    });
  });
});
