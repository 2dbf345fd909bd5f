// MDX syntax errors are check problems at the file's line and column, with what to do; the body is still read.
import { describe, expect, it } from 'vitest';
import { analyseMarkdown } from './analyse';

/** The one MDX problem of `body` (which starts on file line 10), as `line:column message`. */
function mdxProblem(body: string): string[] {
  return analyseMarkdown(body, { mdx: true, bodyLine: 10 })
    .problems.filter((p) => p.field === 'mdx')
    .map((p) => `${p.line}:${p.column} ${p.message}`);
}

const LT = 'in an .mdx page "<" starts a component or HTML tag: write &lt; for a less-than sign';
const BRACE = 'in an .mdx page "{" starts a JavaScript expression: write &#123; and &#125; for braces, or finish the expression';
const CLOSE = 'close each tag where it opens (<br />, <Kpi … />) or give it its closing tag (</div>) in the same block';

describe('MDX syntax errors', () => {
  it('a less-than sign before a digit', () => {
    expect(mdxProblem('Deploys take <5 minutes.')).toEqual([
      '10:15 the page is not valid MDX: Unexpected character `5` (U+0035) before name, expected a character that can start a name, such as a letter, `$`, or `_`; ' +
        LT,
    ]);
  });

  it('an HTML comment, keeping the parser\'s note on how to write one', () => {
    expect(mdxProblem('Intro\n\n<!-- a comment -->\n')).toEqual([
      '12:2 the page is not valid MDX: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` ' +
        '(note: to create a comment in MDX, use `{/* text */}`); ' +
        LT,
    ]);
  });

  it('a brace that is never closed, and one holding text that is not JavaScript', () => {
    expect(mdxProblem('A set {a, b')).toEqual([
      '10:12 the page is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`; ' + BRACE,
    ]);
    expect(mdxProblem('value {1 +} here')).toEqual(['10:11 the page is not valid MDX: Could not parse expression with acorn; ' + BRACE]);
  });

  it('an unclosed tag is placed at the tag, not at its paragraph, and body-relative places leave the text', () => {
    expect(mdxProblem('Use a <br> here')).toEqual([
      '10:7 the page is not valid MDX: Expected a closing tag for `<br>` before the end of `paragraph`; ' + CLOSE,
    ]);
    expect(mdxProblem('Text\n\n<Kpi name="x">\n\nmore')).toEqual(['12:1 the page is not valid MDX: Expected a closing tag for `<Kpi>`; ' + CLOSE]);
    expect(mdxProblem('<div>\n\ntext\n\n</span>')).toEqual([
      '14:1 the page is not valid MDX: Unexpected closing tag `</span>`, expected corresponding closing tag for `<div>`; ' + CLOSE,
    ]);
  });

  it('an import line that is not JavaScript', () => {
    expect(mdxProblem('import the data from the old system\n')).toEqual([
      expect.stringMatching(/^10:\d+ the page is not valid MDX: Could not parse import\/exports with acorn; in an \.mdx page a paragraph starting with "import" or "export" is JavaScript/),
    ]);
  });

  it('still finds the links and headings of a page that is not valid MDX', () => {
    const a = analyseMarkdown('## Steps\n\nSee [the guide](/handbook/guide/). It takes <5 minutes.', { mdx: true });
    expect(a.links.map((l) => l.url)).toEqual(['/handbook/guide/']);
    expect([...a.anchors]).toEqual(['steps']);
  });

  it('valid MDX, and the same text as Markdown, have no MDX problem', () => {
    expect(mdxProblem('Deploys take \\<5 minutes, {/* a comment */} <br /> and <b>bold</b>.')).toEqual([]);
    expect(analyseMarkdown('Deploys take <5 minutes. {a, b', { mdx: false }).problems).toEqual([]);
  });
});
