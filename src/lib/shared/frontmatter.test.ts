import { describe, expect, it } from 'vitest';
import { markdownBody, parseMarkdown } from './frontmatter';
import { formatIssue } from './errors';
import { repositoryMarkdownFiles } from '../markdown/corpus.testing';
import fs from 'node:fs';

// markdownBody is the loader's and entryBody's split: it must give the body parseMarkdown gives (the content check's
// split), or the page and the check would start reading at different lines.
const CASES: Record<string, string> = {
  plain: '---\ntitle: A\n---\n# Heading\n\nText.\n',
  'byte-order mark': '\uFEFF---\ntitle: A\n---\nBody\n',
  'CRLF line ends': '---\r\ntitle: A\r\n---\r\n    indented code\r\n',
  'empty front matter': '---\n---\nBody after empty front matter\n',
  'indented first line kept': '---\ntitle: A\n---\n    code block first\n',
  'a --- rule in the body': '---\ntitle: A\n---\nText\n\n---\n\nMore\n',
  'no body': '---\ntitle: A\n---\n',
  'closing line with spaces': '---\ntitle: A\n---   \nBody\n',
};

describe('markdownBody', () => {
  it.each(Object.entries(CASES))('splits like parseMarkdown: %s', (_name, text) => {
    const parsed = parseMarkdown('x.md', text);
    expect(parsed.ok).toBe(true);
    expect(markdownBody(text)).toBe(parsed.ok ? parsed.value.body : null);
  });

  it('splits every Markdown file in the repository like parseMarkdown', () => {
    let compared = 0;
    for (const file of repositoryMarkdownFiles({ mdx: true })) {
      const text = fs.readFileSync(file, 'utf8');
      const parsed = parseMarkdown(file, text);
      if (!parsed.ok) continue;
      expect(markdownBody(text), file).toBe(parsed.value.body);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('is undefined for a file without front matter, and does not read the YAML', () => {
    expect(markdownBody('# No front matter\n')).toBeUndefined();
    // Invalid YAML: the content check reports it; the split is still the line after the closing ---.
    expect(markdownBody('---\ntitle: [unclosed\n---\nBody\n')).toBe('Body\n');
  });
});

describe('parseMarkdown on front matter it cannot read', () => {
  it.each(Object.entries(CASES))('still gives the body, at the line a valid parse gives: %s', (_name, text) => {
    const good = parseMarkdown('x.md', text);
    if (!good.ok) throw new Error('case must parse');
    // YAML that does not parse (the title's list is never closed), and a date that is not on the calendar.
    for (const broken of [text.replace('title: A', 'title: [A'), text.replace('title: A', 'title: A\nlast_reviewed: 2026-02-30')]) {
      if (broken === text) continue;
      const bad = parseMarkdown('x.md', broken);
      expect(bad.ok).toBe(false);
      const extraLines = broken.split('\n').length - text.split('\n').length;
      expect(bad.ok ? undefined : bad.body).toEqual({ body: good.value.body, bodyLine: good.value.bodyLine + extraLines });
    }
  });

  it('gives no body when there is none to find: no front matter, or front matter never closed', () => {
    const none = parseMarkdown('x.md', '# Just a heading\n');
    const unclosed = parseMarkdown('x.md', '---\ntitle: A\n\nText\n');
    expect([none.ok, unclosed.ok]).toEqual([false, false]);
    expect([!none.ok && none.body, !unclosed.ok && unclosed.body]).toEqual([undefined, undefined]);
  });
});

describe('parseMarkdown on a tab in the front matter', () => {
  // A new adopter's trial (2 December 2026): gray-matter read it, the check passed, and Astro's YAML reader failed
  // the build with a stack trace and a line one too low.
  it('names the line, column 1 and the field, whether the tab indents a list item or a field', () => {
    const item = parseMarkdown('x.md', '---\ntitle: A\ntags:\n\t- rollback\n---\nText\n');
    expect(item.ok ? [] : item.issues.map(formatIssue)).toEqual(['x.md:4:1  tags  front matter is not valid YAML: this line is indented with a tab: YAML needs spaces']);
    const field = parseMarkdown('x.md', '---\ntitle: A\n\towner: Platform team\n---\nText\n');
    expect(field.ok ? [] : field.issues.map(formatIssue)[0]).toMatch(/^x\.md:3:1 {2}\S+ {2}front matter is not valid YAML: this line is indented with a tab/);
  });
  it('accepts a tab inside a value and a tab-only blank line', () => {
    expect(parseMarkdown('x.md', '---\ntitle: "A\tB"\n\t\n---\nText\n').ok).toBe(true);
  });
});
