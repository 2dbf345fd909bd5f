// YAML syntax errors and missing values in editors' words: the line where the problem starts and the field.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatIssue } from './errors';
import { frontMatterSyntaxIssue, rawFrontMatter } from './frontmatter';
import { validate } from './validate';
import { fieldAtLine, yamlIndicatorProblem, yamlSyntaxProblem } from './yaml-errors';

describe('yamlSyntaxProblem', () => {
  it.each([
    [
      'an unclosed list, at its "[" (not where the parser gave up)',
      'title: [unclosed\ndescription: x\nowner: y\n',
      { line: 1, column: 8, field: 'title', message: 'the list that opens with "[" here is never closed: end it with "]" on the same line, or put the whole value in quotes if the "[" is part of the text' },
    ],
    [
      'an unclosed quote deep in a list, at its opening quote',
      'title: a\nhistory:\n  - edition: "2025"\n    ring: x\n  - edition: "2026\n    ring: trial\n',
      { line: 5, column: 14, field: 'history[1].edition', message: 'the quoted text that starts here with " is never closed: add the closing " at the end of the value' },
    ],
    [
      'a colon inside a value',
      'title: Release: 2.0\n',
      { line: 1, column: 8, field: 'title', message: 'the value contains ": ", which YAML reads as the start of another field: put the whole value in quotes, e.g. title: "Release: 2.0"' },
    ],
    ['a field given twice', 'title: a\ndescription: x\ntitle: b\n', { line: 3, column: 1, field: 'title', message: '"title" is given twice: keep one of them' }],
    ['a tab', 'title: a\ntags:\n\t- x\n', { line: 3, column: 1, field: 'tags', message: 'this line is indented with a tab: YAML needs spaces' }],
    [
      'a line indented too far',
      'title: a\n  description: x\n',
      { line: 2, column: 1, field: 'title', message: 'this line is indented more than the field above it, so YAML reads it as part of that value: line up fields of the same level' },
    ],
    ['a reserved first character', 'owner: @team\n', { line: 1, column: 8, field: 'owner', message: 'a value cannot start with "@" unless it is in quotes: write owner: "@team"' }],
    // A new adopter's trial (2 December 2026): the advice was `tags: "@sre]"`, the rest of the line quoted.
    [
      'a reserved first character in a list written on one line: the item alone is quoted',
      'tags: [on-call, @sre, ops]\n',
      { line: 1, column: 17, field: 'tags', message: 'a value cannot start with "@" unless it is in quotes: write tags: [on-call, "@sre", ops]' },
    ],
    [
      'a value starting with "*", which YAML reads as an alias',
      'owner: *Platform Team*\n',
      {
        line: 1,
        column: 8,
        field: 'owner',
        message: 'a value cannot start with "*" unless it is in quotes (YAML reads it as an alias, a reference to a value marked elsewhere): write owner: "*Platform Team*"',
      },
    ],
  ])('%s', (_what, text, expected) => {
    expect(yamlSyntaxProblem(text)).toEqual(expected);
  });

  it('is undefined for valid YAML', () => {
    expect(yamlSyntaxProblem('title: "[not a list"\ntags: [a, b]\n')).toBeUndefined();
  });

  it('finds the field path of a line from indentation and list items', () => {
    const lines = ['title: x', 'history:', '  - edition: a', '    ring: b', '  - edition: c', '    reason: d'];
    expect([0, 2, 3, 5].map((i) => fieldAtLine(lines, i))).toEqual(['title', 'history[0].edition', 'history[0].ring', 'history[1].reason']);
  });
});

describe('yamlIndicatorProblem', () => {
  it('finds a value YAML took for an anchor, a tag or an alias, which it drops or refuses without a syntax error', () => {
    expect(yamlIndicatorProblem('title: a\nowner: &team Ops\n')).toEqual({
      line: 2,
      column: 8,
      field: 'owner',
      message: 'a value cannot start with "&" unless it is in quotes (YAML reads it as an anchor, a mark for other values to refer to, and leaves it out of the value): write owner: "&team Ops"',
    });
    expect(yamlIndicatorProblem('tags:\n  - ops\n  - !urgent\n')?.message).toBe(
      'a value cannot start with "!" unless it is in quotes (YAML reads it as a type tag, and leaves it out of the value or refuses it): write - "!urgent"',
    );
    expect(yamlIndicatorProblem('owner: *ops\n')).toMatchObject({ line: 1, column: 8, field: 'owner' });
  });
  it('leaves quoted values and the lines of a block of text alone', () => {
    expect(yamlIndicatorProblem('owner: "&team"\ntitle: \'*x*\'\ndescription: |\n  * a list item\n  & more\n  !important\n')).toBeUndefined();
  });
});

describe('front matter syntax errors', () => {
  it('name the file line where the problem starts, not the closing ---', () => {
    const text = '---\ntitle: [unclosed\ndescription: A page\n---\nBody\n';
    expect(rawFrontMatter(text)).toBe('title: [unclosed\ndescription: A page\n');
    expect(formatIssue(frontMatterSyntaxIssue('content/handbook/a.md', text, () => { throw new Error('not used'); }))).toBe(
      'content/handbook/a.md:2:8  title  front matter is not valid YAML: the list that opens with "[" here is never closed: ' +
        'end it with "]" on the same line, or put the whole value in quotes if the "[" is part of the text',
    );
  });
});

describe('missing required values', () => {
  const schema = z.strictObject({ title: z.string(), tags: z.array(z.string()), meta: z.strictObject({ owner: z.string() }) });

  it('say what to add, as the file writes it (YAML)', () => {
    const res = validate(schema, { meta: {} }, { file: 'content/x.md' });
    expect(res.ok ? [] : res.issues.map(formatIssue)).toEqual([
      'content/x.md  title  is required: add `title: …` (text)',
      'content/x.md  tags  is required: add `tags: …` (a list)',
      'content/x.md  meta.owner  is required: add `owner: …` (text)',
    ]);
  });

  it('say what to add, as the file writes it (JSON)', () => {
    const res = validate(schema, { tags: [], meta: { owner: 'x' } }, { file: 'content/releases/a/1.0.0.json' });
    expect(res.ok ? [] : res.issues.map((i) => i.message)).toEqual(['is required: add `"title": …` (text)']);
  });

  it('say "a date" for a missing date, not "nothing is not valid"', () => {
    const dated = z.strictObject({ when: z.union([z.string(), z.date()]) });
    const res = validate(dated, {}, { file: 'content/x.md' });
    expect(res.ok ? [] : res.issues.map((i) => i.message)).toEqual(['is required: add `when: …` (a date, YYYY-MM-DD)']);
  });

  it('says how to line up a list item\'s field indented one space short, at its first character', () => {
    // A new adopter's trial (2 December 2026): "YAML cannot read this line (Sequence item without - indicator)" at
    // column 1 of site.yaml and radar.yaml, with a field name made up from the line above.
    expect(yamlSyntaxProblem('title: X\ncontacts:\n  - name: A\n    url: https://a\n  - name: B\n   url: https://b\n')).toMatchObject({
      line: 6,
      column: 4,
      field: 'contacts[1].url',
      message: 'this line is indented 3 spaces, and the fields of the list item above start after 4: line up "url:" with "name:" (4 spaces), or start a new item with "- "',
    });
  });
});
