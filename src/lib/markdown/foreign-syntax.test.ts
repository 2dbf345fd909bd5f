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
    const DIR = 'is a Docusaurus or Starlight aside or a pandoc fenced div (a ::: directive), which this handbook does not read: its ::: lines show as typed;';
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

// A migration trial (3 December 2026) converted a Word manual with pandoc, exported a Confluence space, and pasted
// from Word: every page passed the check.
describe('pandoc, Confluence and Word', () => {
  /** All problems of `body` (file line 10 on), in line and column order. */
  const all = (body: string) =>
    analyseMarkdown(body, { bodyLine: 10 })
      .problems.sort((a, b) => a.line - b.line || a.column - b.column)
      .map((p) => `${p.line}:${p.column} ${p.severity ?? 'error'} ${p.message}`);
  const STORAGE = 'is Confluence storage format';
  const ALERT_NOTE = ALERT('NOTE');

  it('Confluence storage format: one error per outermost element, the code of a code macro is lost, a CDATA section too', () => {
    const body =
      '<ac:structured-macro ac:name="code"><ac:parameter ac:name="language">java</ac:parameter><ac:plain-text-body><![CDATA[a -- b;]]></ac:plain-text-body></ac:structured-macro>\n\n' +
      '<ac:structured-macro ac:name="info"><ac:parameter ac:name="title">Out of hours</ac:parameter><ac:rich-text-body><p>Text.</p></ac:rich-text-body></ac:structured-macro>\n\n' +
      'See the <ac:link><ri:page ri:content-title="Refunds process" /></ac:link> and <ac:image><ri:attachment ri:filename="flow.png" /></ac:image>.\n\n' +
      '<ac:task-list>\n<ac:task><ac:task-body>Do it</ac:task-body></ac:task>\n</ac:task-list>\n\n' +
      '<table><tr><td><ac:structured-macro ac:name="status"><ac:parameter ac:name="title">DONE</ac:parameter></ac:structured-macro></td></tr></table>\n\n' +
      'Text <![CDATA[lost]]> here.\n';
    const SHOWS_TYPED = 'which this handbook does not read: it shows as typed;';
    expect(all(body)).toEqual([
      `10:1 error "<ac:structured-macro ac:name="code">" ${STORAGE} (a code macro), which this handbook does not read: the text in <![CDATA[…]]> is dropped, so it is lost; write the code as fenced code: a line "\`\`\`java" before it and a line "\`\`\`" after`,
      `12:1 error "<ac:structured-macro ac:name="info">" ${STORAGE} (an info macro), ${SHOWS_TYPED} ${ALERT('NOTE', 'Out of hours')}`,
      `14:9 error "<ac:link>" ${STORAGE} (a link to a Confluence page), ${SHOWS_TYPED} write a Markdown link to the handbook page's address: [Refunds process](/handbook/…/)`,
      `14:79 error "<ac:image>" ${STORAGE} (a picture), ${SHOWS_TYPED} write ![what the picture shows](flow.png), with the picture beside the page`,
      `16:1 error "<ac:task-list>" ${STORAGE} (a task list), ${SHOWS_TYPED} write one "- [ ] task" line per task ("- [x] task" for a done one)`,
      `20:16 error "<ac:structured-macro ac:name="status">" ${STORAGE} (a status macro), ${SHOWS_TYPED} write the status as text ("**DONE**")`,
      `22:6 error "<![CDATA[…]]>" ${STORAGE} (a CDATA section), which this handbook does not read: the text in <![CDATA[…]]> is dropped, so it is lost; write its text without "<![CDATA[" and "]]>"`,
    ]);
    // `<ac:plain-text-body>` parses as an autolink with the scheme "ac:": the storage-format error says it, not a second one.
    expect(analyseMarkdown('<ac:plain-text-body>\n').links.map((l) => l.url)).toEqual(['ac:plain-text-body']);
    expect(all('Use `<ac:link>` in Confluence.\n\n```xml\n<ac:image />\n```\n')).toEqual([]);
  });

  it('Confluence wiki macros: errors for code and boxes, warnings for the rest; a closing macro goes with its opening; placeholders in prose are not macros', () => {
    const body =
      '{toc}\n\n{info}\nText.\n{info}\n\n{code:java}\nint a = b -- c;\n{code}\n\n{color:red}Never.{color} Use /orders/{status} and {code} in prose.\n\n' +
      '{noformat}\n\nx\n\n{noformat}\n\n{jira:DIGI-1} {include:DIGI:Page}\n';
    const WIKI = (name: string) => `is Confluence wiki markup (the ${name} macro), which this handbook does not read:`;
    const CODE = 'it shows as typed and the code becomes a paragraph, with "--" turned into a dash and quotes curled; write the code as fenced code:';
    expect(all(body)).toEqual([
      `10:1 warning "{toc}" ${WIKI('toc')} it shows as typed; delete the line (every page gets its Contents list from its headings)`,
      `12:1 error "{info}" ${WIKI('info')} its {info} lines show as typed and the box around the text is lost; ${ALERT_NOTE}`,
      `16:1 error "{code:java}" ${WIKI('code')} ${CODE} a line "\`\`\`java" before it and a line "\`\`\`" after`,
      `20:1 warning "{color:red}" ${WIKI('color')} it shows as typed; delete both {color} markers (a page's colours come from the handbook's design); for emphasis write **bold**`,
      `22:1 error "{noformat}" ${WIKI('noformat')} ${CODE} a line "\`\`\`" before it and a line "\`\`\`" after`,
      `28:1 warning "{jira:DIGI-1}" ${WIKI('jira')} it shows as typed; write a link to the issue ([DIGI-1](https://…/browse/DIGI-1))`,
      `28:15 error "{include:DIGI:Page}" ${WIKI('include')} it shows as typed and what it showed is lost; write the text here, or put shared text in the content's partials/ folder and show it from an .mdx page (see the README, "Write content")`,
    ]);
  });

  it('Confluence wiki headings, quotes, tables and links', () => {
    expect(all('h2. Before\n\n||Step||Who||\n|Freeze|Lead|\n\nbq. A quote.\n\nSee [the calendar|https://example.org/cab].\n')).toEqual([
      `10:1 warning "h2. Before" is a Confluence wiki heading, ${SHOWS}: write "## Before"`,
      '12:1 warning "||Step||Who||" is a Confluence wiki table, which this handbook does not read: its rows run together into one paragraph; write a pipe table: "| Step | Who |", then "|---|---|", then a "| … |" line per row',
      `15:1 warning "bq. A quote." is a Confluence wiki quote, ${SHOWS}: write "> A quote."`,
      `17:5 warning "[the calendar|https://example.org/cab]" is a Confluence wiki link, ${SHOWS}: write [the calendar](https://example.org/cab)`,
    ]);
    expect(all('h2o is water; see a -- b and [x|y].\n')).toEqual([]);
  });

  it('a Confluence numbered list ("#" and "##" lines one under another), every line of it; a level-1 heading alone keeps its message', () => {
    const ITEM = 'looks like an item of a Confluence numbered list ("#" and "##" lines one under another), which Markdown reads as a heading: write "1. " for an item (and "   1. " under it for a sub-item)';
    expect(all('# Swap the slot.\n## Watch the rate.\n# Swap back.\n\n# A title\n\n## Section\n\n## Other\n')).toEqual([
      `10:1 error "# Swap the slot." ${ITEM}`,
      `11:1 error "## Watch the rate." ${ITEM}`,
      `12:1 error "# Swap back." ${ITEM}`,
      '14:1 error a level-1 heading ("# …") in the page body: the page title is the page\'s only level-1 heading; use ## for a section',
    ]);
  });

  it('Confluence emoticons where they cannot be prose: a cell or list item of its own, or (/), (!), (y), (on), (off); never (i), (ii) or (x) in a sentence', () => {
    const EMO = (e: string, what: string, write: string) => `"(${e})" is a Confluence emoticon (${what}), ${SHOWS}: write ${write}`;
    expect(all('| Step | Done |\n|---|---|\n| Freeze | (x) |\n| Tests | (/) |\n\n- (n)\n- (?)\n\nAgreed (y) and (on), see (!). Options (i), (ii) and (x) apply.\n')).toEqual([
      `12:12 warning ${EMO('x', 'a cross', '"No" (or ❌)')}`,
      `13:11 warning ${EMO('/', 'a tick', '"Yes" or "Done" (or ✅)')}`,
      `15:3 warning ${EMO('n', 'a thumbs-down', '"No" (or 👎)')}`,
      `16:3 warning ${EMO('?', 'a question mark', '"To check" (or ❓)')}`,
      `18:8 warning ${EMO('y', 'a thumbs-up', '"Yes" or "Agreed" (or 👍)')}`,
      `18:16 warning ${EMO('on', 'a light that is on', '"On" or "Yes"')}`,
      `18:26 warning ${EMO('!', 'a warning sign', '"Warning" or "Check" (or ⚠️)')}`,
    ]);
  });

  it('pandoc grid, simple and multiline tables (errors) and their captions (warnings); not a pipe table or a thematic break', () => {
    const body =
      'Intro.\n\n+-----+-----+\n| A   | B   |\n+=====+=====+\n| 1   | 2   |\n+-----+-----+\n\n: Table 1: Targets\n\n  Sev   Ack\n  ----- -----\n  1     15m\n\nTable: Table 2: Times\n\n' +
      '-------------------\n  Route   Who\n  ------- --------\n  Out     Duty\n          manager\n\n  In      Owner\n-------------------\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nText.\n\n---\n\nMore text.\n';
    const PIPE = 'write a pipe table (| a | b |, with a |---|---| line under the header)';
    const ROWS = 'which this handbook does not read: its rows run together into paragraphs and its line of dashes shows as a horizontal rule';
    const CAPTION = (typed: string, caption: string) =>
      `"${typed}" is a pandoc table caption, ${SHOWS}: write the caption as a sentence before the table ("${caption}"), or as <caption> in an HTML table`;
    expect(all(body)).toEqual([
      `12:1 error "+-----+-----+" starts a pandoc grid table, which this handbook does not read: its borders and rows show as typed, run together into one paragraph; ${PIPE}, or an HTML table for merged cells or lists in cells`,
      `18:1 warning ${CAPTION(': Table 1: Targets', 'Table 1: Targets')}`,
      `20:3 error "Sev   Ack" starts a pandoc simple table, ${ROWS}; ${PIPE}`,
      `24:1 warning ${CAPTION('Table: Table 2: Times', 'Table 2: Times')}`,
      `26:1 error "-------------------" starts a pandoc multiline table, ${ROWS} (the last row becomes a heading above the closing dashes); ${PIPE}`,
    ]);
  });

  it('pandoc spans: the text to write without brackets and braces, and an empty one with an id; an image\'s size stays an attribute list', () => {
    const SPAN = 'is a pandoc span, which this handbook does not read, so its brackets and braces show as typed: write the text without them';
    expect(foreign('The [flood warning]{.underline} and [regulatory\npermits portal]{.mark} and [Terms]{.smallcaps}.\n\n## []{#_Toc123 .anchor}1.2 Basis {#basis}\n\n![x](a.png){width="5in"}\n')).toEqual([
      `10:5 warning "[flood warning]{.underline}" ${SPAN} ("flood warning"), or <u>flood warning</u>`,
      `10:37 warning "[regulatory permits portal]{.mark}" ${SPAN} ("regulatory permits portal"), or <mark>regulatory permits portal</mark>`,
      `11:28 warning "[Terms]{.smallcaps}" ${SPAN} ("Terms")`,
      `13:4 warning "[]{#_Toc123 .anchor}" is an empty pandoc span (a Word bookmark), ${SHOWS}: delete it, or write <span id="_Toc123"></span> if a link goes to #_Toc123`,
      `15:12 warning ${IAL('{width="5in"}')}`,
    ]);
  });

  it('pandoc fenced divs: an alert for a note or warning, a quote for Word\'s quote style, else delete both ::: lines', () => {
    const DIV = 'is a pandoc fenced div (a ::: directive), which this handbook does not read: its ::: lines show as typed;';
    const DIR = 'is a Docusaurus or Starlight aside or a pandoc fenced div (a ::: directive), which this handbook does not read: its ::: lines show as typed;';
    expect(foreign('::: {.note}\nContact the DPO.\n:::\n\n:::: {.callout}\nText.\n::::\n\n::: warning\nCareful.\n:::\n\n::: {custom-style="Intense Quote"}\nNever.\n:::\n\n:::\nBare.\n:::\n')).toEqual([
      `10:1 error "::: {.note}" ${DIR} ${ALERT_NOTE}, and delete both ::: lines`,
      `14:1 warning ":::: {.callout}" ${DIV} delete both ::: lines (the text inside shows as ordinary paragraphs)`,
      `18:1 error "::: warning" ${DIR} ${ALERT('WARNING')}`,
      '22:1 warning "::: {custom-style="Intense Quote"}" is a pandoc fenced div (a ::: directive, here Word\'s "Intense Quote" style), which this handbook does not read: its ::: lines show as typed; write it as a quote, each line starting "> ", and delete both ::: lines',
      '26:1 warning ":::" is a pandoc fenced div or an aside (a ::: directive) without a type, which this handbook does not read: its ::: lines show as typed; delete both ::: lines, or for a note write a GitHub alert ("> [!NOTE]" on its own line, then the text on lines starting "> ")',
    ]);
  });

  it("definition lists in pandoc's loose form (a paragraph starting \": \"), as the tight form", () => {
    const DEF = 'is a definition list (kramdown, MkDocs), which Markdown here does not have, so it shows as typed: write **Term**: definition, a list, or a <dl> in HTML';
    expect(foreign('Availability\n\n:   The proportion of time.\n\nMajor\n:   Severe.\n\nA time: 10:30.\n')).toEqual([`12:1 warning ":   The proportion of time." ${DEF}`, `15:1 warning ":   Severe." ${DEF}`]);
  });

  it('pandoc line blocks, TeX math, raw attributes and blocks, subscripts and a title block; not prices or a table', () => {
    const MATH = 'is TeX math (pandoc), which this handbook does not render, so it shows as typed: write the formula in plain text (with ×, ÷, − and <sub>…</sub> or <sup>…</sup>), or show it as a picture with alt text that reads it out';
    const body = '\n% Release process\n\n| Digital Service Management\n| Stirling FK9 4TZ\n\n$$A = \\frac{a}{b}$$\n\nwhere $T_{down}$ is down; $5 and $10 are prices.\n\n`<br>`{=html} and CO~2~e.\n\n```{=html}\n<div></div>\n```\n';
    expect(all(body)).toEqual([
      `11:1 warning "% Release process" is a pandoc title block, ${SHOWS}: the page's title is its front matter's "title: …" (an author is its "owner: …", a date its "updated: …"); delete the % lines`,
      '13:1 warning "| Digital Service Management" starts a pandoc line block, which this handbook does not read: the bars show as typed and the lines run together; write each line without "| ", ending every line but the last with a backslash (\\) to keep the line breaks',
      `16:1 warning "$$A = \\frac{a}{b}$$" ${MATH}`,
      `18:7 warning "$T_{down}$" ${MATH}`,
      '20:7 warning "{=html}" is a pandoc raw attribute, which this handbook does not read: the code before it shows as code and "{=html}" as typed; write the HTML itself, without the backticks and {=html} (HTML in a page is kept), or delete both',
      // From the parsed strikethrough (analyse.ts subscriptStruckThrough).
      '20:21 warning "CO~2~" strikes "2" through (GitHub Markdown reads ~…~ as struck-through text), but it looks like a subscript, as pandoc writes one from Word: write CO<sub>2</sub>, or ~~2~~ if it is meant struck through',
      '22:1 warning "```{=html}" is a pandoc raw block, which this handbook does not read: it shows as code, its html as typed; write the HTML without the fence lines (HTML in a page is kept), or delete the block',
    ]);
    expect(all('It costs $5 and $10, or $x$.\n\n| A | B |\n|---|---|\n| 1 | 2 |\n')).toEqual([]);
  });

  it('Word: numbered headings and bullets typed as text, and a network path outside code; not "1.5 million" in a sentence', () => {
    const body = '1.1 Purpose\n\nText.\n\n1.1.2\tWho does it\n\nThey will:\n\n·\ttest with readers\n•\ttest with keys\no\tinclude focus\n\nPath: \\\\sepa-fs01\\Digital\\Q3\\x.docx and `\\\\srv\\share` in code.\n\n1.5 million people live there.\n';
    const NUMBERED = "is a numbered heading typed as text (Word's heading numbers), which is not a heading here:";
    expect(all(body)).toEqual([
      `10:1 warning "1.1 Purpose" ${NUMBERED} write "### Purpose"`,
      `14:1 warning "1.1.2\tWho does it" ${NUMBERED} write "#### Who does it"`,
      '18:1 warning "·\ttest with readers" starts with a bullet typed as a character (Word\'s list), which is not a list here, so the lines run together into one paragraph: start each item on its own line with "- " ("- test with readers")',
      '22:7 warning "\\\\sepa-fs01\\Digital\\Q3\\x.docx" is a Windows network path, which shows with one backslash fewer (Markdown takes a backslash as an escape): write it in `code` (`\\\\sepa-fs01\\Digital\\Q3\\x.docx`)',
    ]);
  });

  it("pandoc's em dash written as three hyphens, between words; not in code, a table cell of its own or a thematic break", () => {
    const body = 'The plan---agreed in May---stands. A pause --- then more. Ranges 9--5 and `a---b` are fine.\n\n| Owner | Notes |\n|---|---|\n| Ops | --- |\n\n---\n\nEnd.\n';
    const DASH = 'has three hyphens for a dash ("---", as pandoc writes Word\'s em dash), which show as typed: write an em dash, "—", or two hyphens, "--", which the site shows as one';
    expect(all(body)).toEqual([
      `10:9 warning "The plan---agreed in" ${DASH}`,
      `10:25 warning "in May---stands. A" ${DASH}`,
      `10:44 warning "A pause --- then more." ${DASH}`,
    ]);
  });

  it('Confluence HTML export: info panels and code macros, which show as plain text (warnings)', () => {
    const body =
      '<div class="confluence-information-macro confluence-information-macro-warning"><span class="aui-icon confluence-information-macro-icon"></span><div class="confluence-information-macro-body"><p>Not on Fridays.</p></div></div>\n\n' +
      '<pre class="syntaxhighlighter-pre" data-syntaxhighlighter-params="brush: java; gutter: false; theme: Confluence">int x;</pre>\n\n' +
      '<div class="panel">Other HTML is left alone.</div>\n';
    expect(all(body)).toEqual([
      `10:1 warning "<div class="confluence-information-macro …">" is a warning panel of a Confluence HTML export, which shows as plain text without its panel: ${ALERT('WARNING')}, and delete the panel's <div> and <span> tags`,
      '12:1 warning "<pre class="syntaxhighlighter-pre">" is a code macro of a Confluence HTML export, which shows as plain text without the code\'s label, highlighting or copy button: write the code as fenced code: a line "```java" before it and a line "```" after, and delete the <pre> tags',
    ]);
  });

  it('lettered lists, tight, loose and in brackets, told once at their first item; not a lone "a." line or "A. Smith"', () => {
    const body =
      'Before you start:\n\na. Check the freeze\nb. Tell the desk\n\nA) Tight, upper case\nB) Second\n\n(a) Loose one\n\n(b) Loose two\n\n' +
      'a. Only one item, then prose.\n\nA. Smith wrote this.\n\n1. Numbered\n   a. nested one\n   b. nested two\n';
    const LETTERED =
      'starts a lettered list, which is not a list here (Markdown numbers its lists), so its items run together into one paragraph or stand as paragraphs: start each item "1. ", "2. " … on its own line';
    expect(all(body)).toEqual([
      `12:1 warning "a. Check the freeze" ${LETTERED}`,
      `15:1 warning "A) Tight, upper case" ${LETTERED}`,
      `18:1 warning "(a) Loose one" ${LETTERED}`,
      `27:4 warning "a. nested one" ${LETTERED}`,
    ]);
  });

  it("a character Word leaves in a link's or image's address, named with its place and the address to write", () => {
    const WORD = 'pasted from Word, so the link goes to another address, which is broken: write';
    const body = '[a](https://example.org/\u200bx) and https://example.org/y\u201d. Mail [me](mailto:a@b.org\u200b) and <a href="/handbook/\u00adx/">h</a> ![p](pic\u2019s.png)\n\n[fine](https://example.org/z).\n';
    expect(all(body).filter((p) => !p.includes('file'))).toEqual([
      `10:1 error "https://example.org/\u200bx" has U+200B zero width space in its address (after "https://example.org/"), ${WORD} "https://example.org/x"`,
      `10:33 error "https://example.org/y\u201d" has U+201D right curly quote ” in its address (at its end), ${WORD} "https://example.org/y"`,
      `10:62 error "mailto:a@b.org\u200b" has U+200B zero width space in its address (at its end), ${WORD} "mailto:a@b.org"`,
      `10:88 error "/handbook/\u00adx/" has U+00AD soft hyphen in its address (after "/handbook/"), ${WORD} "/handbook/x/"`,
    ]);
  });

  it('alt text that is the file name, in Markdown and HTML; not a description that happens to match it', () => {
    const NAMED = (alt: string, src: string) =>
      `the alt text "${alt}" is the file name, which a screen reader reads out instead of what the picture shows (WCAG 2.2, 1.1.1 Non-text Content): describe the picture, ![what it shows](${src}), or write ![](${src}) for one that is only decoration`;
    expect(all('![architecture.png](attachments/architecture.png) ![image1](media/image1.png) ![Cluster diagram](Cluster%20Diagram.png) ![](x.png) <img src="a/b.png" alt="b.png">\n')).toEqual([
      `10:1 warning ${NAMED('architecture.png', 'attachments/architecture.png')}`,
      `10:51 warning ${NAMED('image1', 'media/image1.png')}`,
      `10:132 warning ${NAMED('b.png', 'a/b.png')}`,
    ]);
  });
});
