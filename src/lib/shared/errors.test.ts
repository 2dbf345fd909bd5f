// The one formatter's three outputs: text for people, GitHub workflow commands, JSON.
import { describe, expect, it } from 'vitest';
import { formatIssueGithub, formatIssuesAs, issue } from './errors';

describe('formatIssueGithub', () => {
  it('gives file, line, column and field, and escapes what workflow commands reserve', () => {
    expect(formatIssueGithub(issue('content/a,b.md', 'x.y', '50% done:\nnext line', { line: 3, column: 7 }))).toBe(
      '::error file=content/a%2Cb.md,line=3,col=7,title=x.y (content check)::x.y: 50%25 done:%0Anext line',
    );
    expect(formatIssueGithub(issue('content/site.yaml', '', 'is missing', { severity: 'warning' }))).toBe(
      '::warning file=content/site.yaml,title=content check::is missing',
    );
  });
});

describe('formatIssuesAs', () => {
  const issues = [issue('b.md', 'f', 'second', { line: 2 }), issue('a.md', '', 'first', { line: 1, column: 1, severity: 'warning' })];
  it('groups text under each file, sorted', () => {
    expect(formatIssuesAs(issues, 'text')).toBe('a.md\n  a.md:1:1  warning: first\n\nb.md\n  b.md:2  f  second');
  });
  it('reports JSON with counts and nulls for unknown positions', () => {
    expect(JSON.parse(formatIssuesAs([issue('c.json', '', 'bad')], 'json'))).toEqual({
      errors: 1,
      warnings: 0,
      issues: [{ file: 'c.json', line: null, column: null, field: '', severity: 'error', message: 'bad' }],
    });
  });
});
