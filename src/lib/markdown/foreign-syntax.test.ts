// Syntax of other documentation generators is reported at its line and column, with what to write instead; code,
// escapes, times, heading ids and checklist item ids are not (a migration trial, 3 December 2026).
import { describe, expect, it } from 'vitest';
import { analyseMarkdown } from './analyse';

/** The foreign-syntax problems of `body` (which starts on file line 10), as `line:column severity message`. */
function foreign(body: string, opts: { mdx?: boolean; checklist?: boolean } = {}): string[] {
  return analyseMarkdown(body, { bodyLine: 10, ...opts })
    .problems.filter((p) => p.field === 'syntax')
    .map((p) => `${p.line}:${p.column} ${p.severity ?? 'error'} ${p.message}`);
}

const ALERT = (type: string, title?: string) =>
  `write a GitHub alert: "> [!${type}]" on its own line, then the text on lines starting "> " (${title ? `its title can go in bold on the first: "> **${title}**"` : 'a title can go in bold on the first'})`;
const SHOWS = 'which this handbook does not read, so it shows as typed';
const IAL = (typed: string, where = 'it shows as typed') =>
  `"${typed}" is an attribute list (kramdown, MkDocs), which this handbook does not read: ${where}; delete it (a page's styles come from the handbook's design)`;

describe('syntax of other tools that loses content or changes its meaning: errors', () => {
  it('MkDocs admonitions, collapsible ones and one in a quote, with the alert type their type maps to', () => {
    const ADM = 'is an MkDocs admonition, which this handbook does not read: it shows as typed and its indented lines become a code block;';
    expect(foreign('Intro.\n\n!!! note "Before you start"\n    Read this.\n\n??? tip\n    Folded.\n\n> ???+ danger "Careful"\n')).toEqual([
      `12:1 error "!!! note "Before you start"" ${ADM} ${ALERT('NOTE', 'Before you start')}`,
      `15:1 error "??? tip" ${ADM} ${ALERT('TIP')}`,
      `18:3 error "???+ danger "Careful"" ${ADM} ${ALERT('CAUTION', 'Careful')}`,
    ]);
  });

  it('Docusaurus and Starlight asides, at their opening line only', () => {
    const DIR = 'is a Docusaurus or Starlight aside (a ::: directive), which this handbook does not read: its ::: lines show as typed;';
    expect(foreign(':::caution[Data licensing]\nText.\n:::\n\n:::tip Working with stops\nUse codes.\n:::\n\n:::note\n\nText.\n\n:::\n')).toEqual([
      `10:1 error ":::caution[Data licensing]" ${DIR} ${ALERT('WARNING', 'Data licensing')}`,
      `14:1 error ":::tip Working with stops" ${DIR} ${ALERT('TIP', 'Working with stops')}`,
      `18:1 error ":::note" ${DIR} ${ALERT('NOTE')}`,
    ]);
  });

  it('MkDocs content tabs and snippets', () => {
    expect(foreign('=== "curl"\n\n    curl x\n\n--8<-- "partials/api-support.md"\n')).toEqual([
      '10:1 error "=== "curl"" is an MkDocs content tab, which this handbook does not read: it shows as typed and the tab\'s indented lines become a code block; write each tab as a heading ("### curl") followed by its content, not indented',
      '14:1 error "--8<-- "partials/api-support.md"" is an MkDocs snippet, which this handbook does not run: it shows as typed and the file\'s text is not shown; put the shared text in the content\'s partials/ folder and show it from an .mdx page (import Shared from \'../../partials/shared.md\', then <Shared />)',
    ]);
  });

  it('Liquid, Hugo and ERB template code, with what to write by what it showed; closing tags go with their opening', () => {
    const RUN = 'which this handbook does not run, so it shows as typed: write what it showed';
    const PARTIAL = "put shared text in the content's partials/ folder and show it from an .mdx page (see the README, \"Write content\")";
    const body =
      '{% include note.html content="Mind" %}\n\nHi {{ page.manager }} and {{ .Site.Params.email }}.\n\n{{% notice warning %}}\nText.\n{{% /notice %}}\n\n' +
      '{{< figure src="a.png" >}} and <%= partial "contact" %>\n\n[APIs]({{< ref "apis.md" >}})\n';
    expect(foreign(body)).toEqual([
      `10:1 error "{% include note.html content="Mind" %}" is Liquid template code (Jekyll), ${RUN}: for a notice, a GitHub alert ("> [!NOTE]" on its own line, then the text on lines starting "> ")`,
      `12:4 error "{{ page.manager }}" is Liquid or Hugo template code, ${RUN}, or delete it`,
      `12:27 error "{{ .Site.Params.email }}" is Hugo template code, ${RUN}, or delete it`,
      `14:1 error "{{% notice warning %}}" is a Hugo shortcode, ${RUN}: for a notice, a GitHub alert ("> [!WARNING]" on its own line, then the text on lines starting "> ")`,
      `18:1 error "{{< figure src="a.png" >}}" is a Hugo shortcode, ${RUN}: for a figure, ![what the picture shows](/path/to/picture.png)`,
      `18:32 error "<%= partial "contact" %>" is ERB template code (Middleman, the GOV.UK Tech Docs Template), ${RUN}: ${PARTIAL}`,
      `20:8 error "{{< ref "apis.md" >}}" is a Hugo shortcode, ${RUN}: the page's address, e.g. /handbook/section/page/`,
    ]);
    // The link with template code for its address is not told to write the address in <…> (which would loop).
    expect(analyseMarkdown('[APIs]({{< ref "apis.md" >}})\n').problems.map((p) => p.field)).toEqual(['syntax']);
  });

  it('kramdown extensions: a comment would be published', () => {
    expect(foreign('Text.\n{::comment}\nTODO\n{:/comment}\n\n{::options parse_block_html="true" /}\n')).toEqual([
      '11:1 error "{::comment}" is a kramdown extension, which this handbook does not read: its text would be published; write the note as an HTML comment, <!-- … -->, which is never published',
      '15:1 error "{::options parse_block_html="true" /}" is a kramdown extension, which this handbook does not read: it shows as typed; delete it',
    ]);
  });

  it('in an .mdx page that falls back to Markdown, and template code in a valid one is told what it is', () => {
    expect(foreign('{% include contact.md %}\n\n:::note\nx\n:::\n', { mdx: true }).map((w) => w.split(' is ')[0])).toEqual([
      '10:1 error "{% include contact.md %}"',
      '12:1 error ":::note"',
    ]);
    const TEMPLATE = 'the braces hold template code (Liquid, Hugo), which this handbook does not run; write what it showed (writing the braces as &#123; and &#125; would publish the template code as text)';
    expect(analyseMarkdown('Hi {{ tip }}.\n', { mdx: true }).problems.map((p) => `${p.line}:${p.column} ${p.field} ${p.message}`)).toEqual([
      `1:4 mdx {{ tip }} reads "tip", which this page does not define, so the page would fail while it is built: ${TEMPLATE}`,
    ]);
    expect(analyseMarkdown('x {{< notice >}} y\n', { mdx: true }).problems.filter((p) => p.field === 'mdx').map((p) => p.message)).toEqual([
      `the page is not valid MDX: Could not parse expression as JavaScript; ${TEMPLATE}`,
    ]);
  });
});

describe('syntax of other tools left as junk text: warnings', () => {
  it('attribute lists after a list, a table (an extra row), links, code and a heading without an id; not a heading id', () => {
    const body =
      '- a\n- b\n{: .govuk-list}\n\n| A |\n|---|\n| 1 |\n{: .govuk-table}\n\n[Go](/handbook/){ .md-button } and [x](https://example.org){:target="_blank"}\n\n' +
      '```sh\nls\n```\n{: .code}\n\n## Kept {#kept .x}\n\n## Left {.x}\n';
    expect(foreign(body)).toEqual([
      `12:1 warning ${IAL('{: .govuk-list}')}`,
      `17:1 warning ${IAL('{: .govuk-table}', 'under a table it becomes an extra row whose cell shows it as typed')}`,
      `19:17 warning ${IAL('{ .md-button }')}`,
      '19:60 warning "{:target="_blank"}" is an attribute list (kramdown, MkDocs), which this handbook does not read: it shows as typed; delete it (a link to another site needs no target: it opens where the reader chooses)',
      `24:1 warning ${IAL('{: .code}')}`,
      `28:9 warning ${IAL('{.x}')}`,
    ]);
  });

  it('tables of contents asked of another tool, at the line to delete', () => {
    expect(foreign('[TOC]\n\n* TOC\n{:toc}\n\nText.\n')).toEqual([
      `10:1 warning "[TOC]" asks another tool for a table of contents, ${SHOWS}: delete the line (every page gets its Contents list from its headings)`,
      `12:1 warning "* TOC" with "{:toc}" asks kramdown for a table of contents, ${SHOWS}: delete both lines (every page gets its Contents list from its headings)`,
    ]);
  });

  it('abbreviation definitions', () => {
    expect(foreign('Text about the API.\n\n*[API]: Application Programming Interface\n')).toEqual([
      `12:1 warning "*[API]: Application Programming Interface" is an abbreviation definition (kramdown, MkDocs), ${SHOWS}: spell the term out where it is first used ("Application Programming Interface (API)"), or write <abbr title="Application Programming Interface">API</abbr>; then delete the line`,
    ]);
  });

  it('MkDocs icons (in a table cell too) and GitHub emoji shortcodes', () => {
    expect(foreign('| Role | Deploy |\n|---|---|\n| Dev | :material-check: |\n\n:octicons-alert-16: Mind :warning: and :+1: and :white_check_mark:.\n')).toEqual([
      `12:9 warning ":material-check:" is an MkDocs icon, ${SHOWS}: write a word instead (in a table, "Yes" or "No")`,
      `14:1 warning ":octicons-alert-16:" is an MkDocs icon, ${SHOWS}: write a word instead (in a table, "Yes" or "No")`,
      `14:26 warning ":warning:" is a GitHub emoji shortcode, ${SHOWS}: write the emoji itself (⚠️), or words`,
      `14:40 warning ":+1:" is a GitHub emoji shortcode, ${SHOWS}: write the emoji itself (👍), or words`,
      `14:49 warning ":white_check_mark:" is a GitHub emoji shortcode, ${SHOWS}: write the emoji itself (✅), or words`,
    ]);
  });

  it('pymdownx keys, mark, insert and superscript', () => {
    expect(foreign('Press ++ctrl+alt+del++, see ==this==, ^^new^^ and x^2^.\n')).toEqual([
      `10:7 warning "++ctrl+alt+del++" is pymdownx markup (MkDocs), ${SHOWS}: write <kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>Del</kbd>`,
      `10:29 warning "==this==" is pymdownx markup (MkDocs), ${SHOWS}: write <mark>this</mark>`,
      `10:39 warning "^^new^^" is pymdownx markup (MkDocs), ${SHOWS}: write <ins>new</ins>`,
      `10:52 warning "^2^" is pymdownx markup (MkDocs), ${SHOWS}: write <sup>2</sup>`,
    ]);
  });

  it('definition lists, at the definition line', () => {
    expect(foreign('Term\n: The definition.\n')).toEqual([
      '11:1 warning ": The definition." is a definition list (kramdown, MkDocs), which Markdown here does not have, so it shows as typed: write **Term**: definition, a list, or a <dl> in HTML',
    ]);
  });
});

describe('no foreign syntax', () => {
  it('in inline or fenced code, escaped, in comparisons, times, heading ids, braces in prose, after a link', () => {
    const body = [
      'Use `{{ .Values.tag }}` and `!!! note` and `:warning:` and <code>{% raw %}</code>.',
      '',
      '```',
      '!!! note',
      '{% include x %}',
      ':::note',
      '```',
      '',
      '\\{% raw %} and \\:warning: and \\==x==.',
      '',
      'If a == b then c. At 10:30:45 or a:b:c or :notanemoji:, C++ and x ^ y.',
      '',
      '## Rolling back {#rollback}',
      '',
      '## Staging {: #staging }',
      '',
      'Dashboards {#dashboards}',
      '----------',
      '',
      'The {region} parameter. See [x](/handbook/): the rest.',
      '[a link](/handbook/): starts this line.',
    ].join('\n');
    expect(foreign(body)).toEqual([]);
  });

  it("in a checklist's item ids, and attribute lists in an .mdx page (braces there are expressions)", () => {
    expect(foreign('- [ ] Rehearsed {#rollback-rehearsed required}\n- [ ] Drafted {#release-notes}\n', { checklist: true })).toEqual([]);
    expect(foreign('- [ ] Drafted {#release-notes}\n').map((w) => w.split(' is ')[0])).toEqual(['10:15 warning "{#release-notes}"']);
    expect(foreign('Text {/* a comment */} and {1 + 1}.\n', { mdx: true })).toEqual([]);
  });
});
