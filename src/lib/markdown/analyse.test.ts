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
  it('a less-than sign before a digit, placed at the "<"', () => {
    expect(mdxProblem('Deploys take <5 minutes.')).toEqual([
      '10:14 the page is not valid MDX: Unexpected character `5` (U+0035) before name, expected a character that can start a name, such as a letter, `$`, or `_`; ' +
        LT,
    ]);
  });

  it('an HTML comment or a bare link: the parser\'s note on how to write one is the advice (writing &lt; would publish the text)', () => {
    expect(mdxProblem('Intro\n\n<!-- a comment -->\n')).toEqual([
      '12:1 the page is not valid MDX: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` ' +
        '(note: to create a comment in MDX, use `{/* text */}`)',
    ]);
    expect(mdxProblem('See <https://example.org> now')).toEqual([
      expect.stringMatching(/^10:5 the page is not valid MDX: Unexpected character `\/` .*\(note: to create a link in MDX, use `\[text\]\(url\)`\)$/),
    ]);
  });

  it('a brace that is never closed (placed at the brace, not the paragraph\'s end), and one holding text that is not JavaScript', () => {
    expect(mdxProblem('A set {a, b')).toEqual([
      '10:7 the page is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`; ' + BRACE,
    ]);
    expect(mdxProblem('force 6 { see the\nBeaufort scale.\n\nNext.')).toEqual([expect.stringMatching(/^10:9 the page is not valid MDX: Unexpected end of file in expression/)]);
    // Text that is not JavaScript is placed at its "{", not inside it.
    expect(mdxProblem('value {1 +} here')).toEqual(['10:7 the page is not valid MDX: Could not parse expression as JavaScript; ' + BRACE]);
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
      expect.stringMatching(/^10:\d+ the page is not valid MDX: Could not parse import\/exports as JavaScript; in an \.mdx page a paragraph starting with "import" or "export" is JavaScript/),
    ]);
  });

  it('an expression reading a name the page does not define, which would stop the build while it renders', () => {
    const tail = 'which this page does not define, so the page would fail while it is built: in an .mdx page "{" starts a JavaScript expression; write &#123; and &#125; for braces in text';
    expect(mdxProblem('Use the {Beaufort} scale.\n\n{date}: {summary}\n\n<Kpi name={limit} />')).toEqual([
      `10:9 {Beaufort} reads "Beaufort", ${tail}`,
      `12:1 {date} reads "date", ${tail}`,
      `12:9 {summary} reads "summary", ${tail}`,
      // In an attribute the advice is a value, not braces written as text.
      '14:6 name={limit} reads "limit", which this page does not define, so the page would fail while it is built: give the attribute a value the page has, e.g. a number {5} or text in quotes',
    ]);
  });

  it('expressions that are defined: comments, globals, frontmatter, props, the page\'s own exports and imports, local names', () => {
    const body = [
      'import data from "./data.json"',
      'export const year = 2026',
      '',
      '{/* a comment */} {Math.max(1, 2)} {new Date(0).getFullYear()} {frontmatter.title} {props.x} {year} {data.items.length}',
      '',
      '{[1, 2].map((n) => n * 2).join(", ")} {({ a: 1 }).a} {JSON.stringify({ key: year })}',
    ].join('\n');
    expect(mdxProblem(body)).toEqual([]);
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

describe('anchors of an .mdx page', () => {
  it("are its headings and its HTML elements' ids, not a component's id prop (which renders no such id)", () => {
    const a = analyseMarkdown('## Go/no-go\n\n<Checklist id="go-no-go" />\n\n<RadarBlip id="typescript" />\n\n<div id="key-dates">Dates</div>\n', { mdx: true });
    expect([...a.anchors].sort()).toEqual(['gono-go', 'key-dates']);
  });
});

describe('Markdown left as text that the editor meant as markup', () => {
  const warnings = (body: string) =>
    analyseMarkdown(body, { bodyLine: 10 })
      .problems.filter((p) => p.severity === 'warning')
      .map((p) => `${p.line}:${p.column} ${p.field} ${p.message}`);

  it('a link to an undefined reference, a footnote without its note, an address with a space', () => {
    expect(warnings('See [the rota][rota-link] and [Backups][].\n\nA claim[^2].\n\n[x](/handbook/on call/)\n\n[ok][def] and `[code][x]`\n\n[def]: /handbook/\n')).toEqual([
      '10:5 link "[the rota][rota-link]" links to the reference "rota-link", which the page does not define, so it shows as text: add a line "[rota-link]: /handbook/…" to the page, or write the link as [the rota](/handbook/…)',
      '10:31 link "[Backups][]" links to the reference "Backups", which the page does not define, so it shows as text: add a line "[Backups]: /handbook/…" to the page, or write the link as [Backups](/handbook/…)',
      '12:8 footnote "[^2]" refers to a footnote the page does not define, so it shows as text: add "[^2]: …" to the page, or remove it',
      '14:1 link "[x](/handbook/on call/)": a link\'s address cannot have spaces, so it shows as text: write the address without them (a page\'s address uses hyphens), or as </handbook/on call/> for a file whose name has them',
    ]);
  });

  it('a single-tilde strikethrough that looks like a subscript (pandoc\'s CO~2~); a real one is fine', () => {
    // A migration trial (3 December 2026): "tonnes of CO~2~e" showed "CO" and a struck-through "2".
    expect(warnings('Tonnes of CO~2~e, and H~2~O.\n\nA ~mistake~ and ~~two~~ and a ~ b ~ c.\n')).toEqual([
      '10:13 subscript "CO~2~" strikes "2" through (GitHub Markdown reads ~…~ as struck-through text), but it looks like a subscript, as pandoc writes one from Word: write CO<sub>2</sub>, or ~~2~~ if it is meant struck through',
      '10:24 subscript "H~2~" strikes "2" through (GitHub Markdown reads ~…~ as struck-through text), but it looks like a subscript, as pandoc writes one from Word: write H<sub>2</sub>, or ~~2~~ if it is meant struck through',
    ]);
  });

  it('an address with a space when the link text runs over lines, as pandoc wraps it (a migration trial, 3 December 2026)', () => {
    expect(warnings('See [the DPIA\ntemplate](/files/DPIA template v3.docx) for new services.\n')).toEqual([
      '10:5 link "[the DPIA template](/files/DPIA template v3.docx)": a link\'s address cannot have spaces, so it shows as text: write the address without them (a page\'s address uses hyphens), or as </files/DPIA template v3.docx> for a file whose name has them',
    ]);
  });

  it('an alert of an unknown type, or with text on its marker line; a known alert is fine', () => {
    expect(warnings('> [!WARN]\n> Mind the gap.\n\n> [!NOTE] Same line.\n\n> [!TIP]\n> Fine.\n')).toEqual([
      '10:1 alert "[!WARN]" is not an alert type, so the quote shows it as text: did you mean [!WARNING]? GitHub\'s alerts are [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]',
      '13:1 alert "[!NOTE]" starts an alert only alone on the quote\'s first line, so the quote shows it as text: put the alert\'s text on the next line ("> …")',
    ]);
  });

  it('a table row with more cells than its header, counting escaped pipes as text and a pipe in code as a separator (GFM)', () => {
    expect(warnings('| A | B |\n|---|---|\n| 1 | 2 | 3 |\n| `a|b` | c |\n| `a\\|b` | c \\| d |\n')).toEqual([
      "12:1 table this row has 3 cells and the table's header 2: the page drops the last cell; add a column to the header, or merge the cells",
      "13:1 table this row has 3 cells and the table's header 2: the page drops the last cell; a | inside `code` still separates cells in a table: write it \\|",
    ]);
  });

  it('a table whose delimiter row has fewer or more cells than its header, which GFM shows as text', () => {
    // A new adopter's trial (2 December 2026): the page showed "| Route | Depot | Priority |" as a paragraph.
    expect(warnings('Intro.\n\n| Route | Depot | Priority |\n|---|---|\n| A9 | Inverness | 1 |\n\n| A | B |\n|:--|--:|\n| 1 | 2 |\n')).toEqual([
      "13:1 table this table's delimiter row has 2 cells and its header 3, so it is not read as a table and the page shows the pipes as text: give the delimiter row one |---| per header cell (|---|---|---|)",
    ]);
  });

  it('no warning for indexing, escaped brackets, code in HTML, a regular expression class or markup that parsed', () => {
    const body = [
      'rates[0][1] is the rate; matrix[i][j] too.',
      '',
      'deploy \\[--env NAME\\]\\[--dry-run\\] and \\[^1] and <code>grid[0][1]</code> and <kbd>[a][b]</kbd>.',
      '',
      'The [^A-Z] class. A [defined][def] link and `[code][x]` and a note[^n].',
      '',
      '| Rate | Use |',
      '|---|---|',
      '| rates[tier][0] | `[a][b]` |',
      '',
      '[def]: /handbook/',
      '',
      '[^n]: A note.',
    ].join('\n');
    expect(warnings(body)).toEqual([]);
  });

  it('reads past characters outside the Basic Multilingual Plane (emoji) without losing its place', () => {
    // Each 😀 is two UTF-16 units and one code point: the blanked <code> range fell two places late and took the
    // "[" of the reference after it.
    expect(warnings('😀😀 <code>[a][b]</code> [c][d] here.\n').map((w) => w.split(' links to')[0])).toEqual(['10:26 link "[c][d]"']);
    expect(warnings('Launch 🚀🚀🚀🚀 then `x[0]` and `y[0][1]` end.\n')).toEqual([]);
  });

  it('places each at the text as typed, after entities and escapes, and reads references spread over lines or with emphasis', () => {
    const body = [
      'Costs &amp; benefits &mdash; R&amp;D &amp; Ops -- "quoted"',
      '[x][nope2] starts this line.',
      '',
      'Escaped \\*stars\\* then [y][nope3] here, the [old disaster recovery',
      'plan][dr-plan] and the [*old* runbook][old-runbook].',
      '',
      'See [the rota][rota] for cover.',
      '[rota]: /handbook/ops/on-call/',
    ].join('\n');
    expect(warnings(body).map((w) => w.split(' links to')[0])).toEqual([
      '11:1 link "[x][nope2]"',
      '13:24 link "[y][nope3]"',
      '13:45 link "[old disaster recovery plan][dr-plan]"',
      '14:24 link "[*old* runbook][old-runbook]"',
      '16:5 link "[the rota][rota]"',
    ]);
    expect(warnings(body)[4]).toContain('whose line "[rota]: …" is not read as a definition, so the link shows as text: put a blank line before that line');
  });
});
