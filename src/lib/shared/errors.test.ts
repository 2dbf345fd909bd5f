// The one formatter's three outputs: text for people, GitHub workflow commands, JSON.
import { describe, expect, it } from 'vitest';
import { formatIssueGithub, formatIssuesAs, GITHUB_ANNOTATIONS_PER_KIND, issue, sortIssues } from './errors';

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

describe('GitHub annotations, which GitHub shows ten of each kind per step', () => {
  it('puts the changed files\' problems first and says when some will not be shown', () => {
    // Twelve errors in files a pull request did not touch (they sort first), then one in the file it changed.
    const old = Array.from({ length: 12 }, (_, i) => issue(`content/handbook/a${String(i).padStart(2, '0')}.md`, 'title', 'is required'));
    const mine = issue('content/handbook/z-new.md', 'redirect_from[0]', 'is claimed twice', { line: 7, column: 17 });
    const lines = formatIssuesAs([...old, mine], 'github', { changed: (f) => f === 'content/handbook/z-new.md' }).split('\n');
    expect(lines[0]).toBe(formatIssueGithub(mine));
    expect(lines).toHaveLength(14);
    expect(lines[13]).toBe(
      `::notice title=content check::13 errors and 0 warnings: GitHub marks only the first ${GITHUB_ANNOTATIONS_PER_KIND} of each kind on the files, those in the files this change touches first. This step's log lists every one, and \`npm run check\` prints them all`,
    );
    // Ten or fewer of each kind: no notice, and without a change set the order is the text output's.
    const few = formatIssuesAs(old.slice(0, 10), 'github').split('\n');
    expect(few).toEqual(old.slice(0, 10).map(formatIssueGithub));
  });

  it('orders problems on one line by column', () => {
    const a = issue('x.md', 'links', 'second', { line: 11, column: 81 });
    const b = issue('x.md', 'links', 'first', { line: 11, column: 43 });
    expect(sortIssues([a, b])).toEqual([b, a]);
  });
});
