import { describe, expect, it } from 'vitest';
import { formatIssues } from '../shared/errors';
import { checkChecklistEmbeds, findChecklistEmbeds } from './embeds';

const page = [
  '---',
  'title: Readiness',
  '---',
  'Intro with a <Checklist id="in-prose" /> tag.',
  '',
  '```mdx',
  '<Checklist id="inside-a-code-block" />',
  '```',
  '',
  '<Checklist id="go-no-go" headingLevel={4} />',
  "  <Checklist headingLevel={2} id={'retro'} />",
  '<Checklist />',
].join('\n');

describe('findChecklistEmbeds', () => {
  it('finds tags with their ids, lines and columns, skipping fenced code', () => {
    expect(findChecklistEmbeds(page)).toEqual([
      { id: 'in-prose', line: 4, column: 14 },
      { id: 'go-no-go', line: 10, column: 1 },
      { id: 'retro', line: 11, column: 3 },
      { line: 12, column: 1 },
    ]);
  });
});

describe('checkChecklistEmbeds', () => {
  it('names the file, line and field of each unknown or missing id, and what ids exist', () => {
    const issues = checkChecklistEmbeds('content/handbook/x.mdx', page, new Set(['go-no-go', 'retrospective', 'in-prose']));
    expect(formatIssues(issues)).toBe(
      [
        'content/handbook/x.mdx:11:3  <Checklist id>  "retro" is not a known checklist: expected one of go-no-go|in-prose|retrospective: did you mean "retrospective"?',
        'content/handbook/x.mdx:12:1  <Checklist id>  has no id: write <Checklist id="…" /> with one of go-no-go|in-prose|retrospective',
      ].join('\n'),
    );
  });
  it('is silent when every id is known', () => {
    expect(checkChecklistEmbeds('a.mdx', '<Checklist id="go-no-go" />', new Set(['go-no-go']))).toEqual([]);
  });
});
