// Syntax of other documentation generators (MkDocs, Docusaurus, Starlight, Jekyll, Hugo, Middleman, kramdown) that
// this handbook's Markdown does not read: it would be published as typed, so the check names it and what to write.
import { gemoji } from 'gemoji';
import { blankParsedMarkup } from './blank-markup';

/** One construct of another tool in a block: `offset` is into the body; errors lose content, warnings leave junk. */
export interface ForeignSyntaxProblem {
  field: 'syntax';
  message: string;
  severity: 'error' | 'warning';
  offset: number;
}

export interface ForeignSyntaxOptions {
  /** What the block is: a heading keeps the attribute list headings.ts reads at its end; a table cell is a row's. */
  block: 'paragraph' | 'heading' | 'tableCell';
  /**
   * Whether `{: .class}`-style attribute lists are foreign here: true in `.md` pages; false in `.mdx` (braces start an
   * expression, already an error) and in checklists, whose items end with `{#id required}` (../checklists/parse.ts).
   */
  attributeLists: boolean;
}

/** GitHub alert types (./alerts.ts) for MkDocs admonition and Docusaurus/Starlight aside types, by meaning. */
const ALERT_OF: Record<string, string> = Object.fromEntries(
  (
    [
      ['NOTE', 'note info abstract summary tldr question example quote secondary'],
      ['TIP', 'tip hint success check done'],
      ['WARNING', 'warning caution attention'],
      ['CAUTION', 'danger error failure fail missing bug'],
      ['IMPORTANT', 'important'],
    ] as const
  ).flatMap(([alert, names]) => names.split(' ').map((n) => [n, alert])),
);

/** GitHub's emoji shortcode names (gemoji, the list github.com reads), each with its emoji. */
const EMOJI = new Map(gemoji.flatMap((g) => g.names.map((n) => [n, g.emoji] as const)));

/** `s` on one line, cut to a length a message can quote. */
function quote(s: string): string {
  const one = s.replace(/\s*\n\s*/g, ' ').trim();
  return one.length > 50 ? `${one.slice(0, 47).trimEnd()}…` : one;
}

/** The advice for a GitHub alert of `type` (`caution` → `> [!WARNING]`), with the title to put in bold when there is one. */
function alertAdvice(type: string, title: string | undefined): string {
  const alert = ALERT_OF[type.toLowerCase()] ?? 'NOTE';
  const bold = title?.trim() ? `its title can go in bold on the first: "> **${title.trim()}**"` : 'a title can go in bold on the first';
  return `write a GitHub alert: "> [!${alert}]" on its own line, then the text on lines starting "> " (${bold})`;
}

/**
 * What to write for template code (`inner`: what is between its delimiters; `shortcode`: a Hugo shortcode), by what
 * it did: a notice (a shortcode or an include named so), an include or partial, a figure, a link, or anything else.
 */
function templateAdvice(inner: string, shortcode: boolean): string {
  const NOTICE = /^(notice|note|callout|alert|admonition|warning|tip|caution|hint|info|important|danger)\b/i;
  const include = /^(?:include|include_relative|render)\s+["']?([\w./-]+)/i.exec(inner)?.[1];
  if ((shortcode && NOTICE.test(inner)) || (include && NOTICE.test(include.replace(/^.*\//, '')))) {
    // `{{% notice warning %}}`: the type is the shortcode's first argument; `{% include note.html %}`: its name.
    const words = (include ? include.replace(/^.*\/|\..*$/g, '') : inner).split(/\s+/).map((w) => w.toLowerCase());
    const alert = ALERT_OF[words[1]] ?? ALERT_OF[words[0]] ?? 'NOTE';
    return `write what it showed: for a notice, a GitHub alert ("> [!${alert}]" on its own line, then the text on lines starting "> ")`;
  }
  if (include || /^(partial|readfile|snippet)\b/i.test(inner) || /\bpartial\b/i.test(inner))
    return "write what it showed: put shared text in the content's partials/ folder and show it from an .mdx page (see the README, \"Write content\")";
  if (/^(figure|image|img)\b/i.test(inner)) return 'write what it showed: for a figure, ![what the picture shows](/path/to/picture.png)';
  if (/^highlight\b/i.test(inner)) return 'write the code as fenced code (a line ``` before it and one after)';
  if (/^(ref|relref|link)\b/i.test(inner)) return "write what it showed: the page's address, e.g. /handbook/section/page/";
  return 'write what it showed, or delete it';
}

/** Which tool's template code `typed` is, for the message. */
function templateKind(typed: string): string {
  if (/^\{\{[<%]/.test(typed)) return 'a Hugo shortcode';
  if (typed.startsWith('<%')) return 'ERB template code (Middleman, the GOV.UK Tech Docs Template)';
  if (typed.startsWith('{%')) return 'Liquid template code (Jekyll)';
  return /^\{\{-?\s*[.$]/.test(typed) ? 'Hugo template code' : 'Liquid or Hugo template code';
}

/** `key=value` or `.class` or `#id`: one entry of an attribute list (as ./headings.ts reads them). */
const ATTR = String.raw`(?:[#.][\w][\w.:-]*|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}"']+))`;
const ATTRIBUTE_LIST = new RegExp(String.raw`\{:?[ \t]*${ATTR}(?:[ \t]+${ATTR})*[ \t]*\}`, 'g');

/**
 * Constructs of other documentation generators in the block `body.slice(start, end)` (a paragraph, heading or table
 * cell of a page; `parsed` as for textLeftAsWritten in ./analyse.ts), which this handbook's Markdown (CommonMark, GFM
 * and GitHub alerts) does not read and would publish as typed: a migration trial (3 December 2026) moved a real manual
 * from MkDocs, Docusaurus, Jekyll, Hugo and the GOV.UK Tech Docs Template, and every page passed the check with their
 * syntax on it. Errors where content is lost or its meaning changes (admonitions, asides, content tabs, snippets,
 * template code, kramdown extensions), warnings for junk text (attribute lists, `[TOC]`, abbreviation definitions,
 * icon and emoji shortcodes, pymdownx inline markup, definition lists). The source is read with what parsed, code
 * and escapes blanked (./blank-markup.ts), so code spans, fenced code and `\{` are never reported; offsets are into
 * `body`. Sources: MkDocs Material's reference (admonitions, content tabs, icons, attribute lists), pymdownx
 * (snippets, mark, caret, keys), Docusaurus and Starlight (admonitions, asides), kramdown's syntax (IALs, extensions,
 * `{:toc}`), Jekyll (Liquid), Hugo (shortcodes, templates), Middleman (ERB).
 */
export function foreignSyntax(body: string, start: number, end: number, parsed: readonly [number, number][], opts: ForeignSyntaxOptions): ForeignSyntaxProblem[] {
  const source = body.slice(start, end);
  // Every rule below needs one of these characters, or a line starting as Word and Confluence wrote it; most blocks
  // have none.
  if (!/[!?:=\-{}<*[^+|$\\()~\t·•▪]/.test(source) && !/^[ \t>]*(?:h[1-6]\.|bq\.|\d+(?:\.\d+)+|[aA][.)][ \t])/m.test(source)) return [];
  let text = blankParsedMarkup(body, start, end, parsed);
  const out: ForeignSyntaxProblem[] = [];
  const error = (offset: number, message: string) => out.push({ field: 'syntax', message, severity: 'error', offset: start + offset });
  const warning = (offset: number, message: string) => out.push({ field: 'syntax', message, severity: 'warning', offset: start + offset });
  // Lines of a paragraph inside a quote or list start with its markers and indentation; the construct follows them.
  // Only as typed: a line that starts with a link (blanked) and then ": …" is prose.
  const lineStart = (re: RegExp) =>
    [...text.matchAll(re)].map((m) => ({ m, at: m.index + m[1].length })).filter(({ m, at }) => /^[ \t>]*$/.test(source.slice(m.index, at)));

  // 1. MkDocs admonitions: `!!! note "Title"`, collapsible `??? tip`, `???+ info`.
  for (const { m, at } of lineStart(/^([ \t>]*)(!!!|\?\?\?\+?)[ \t]+([A-Za-z][\w-]*)(?:[^\n"]*"([^"\n]*)")?[^\n]*$/gm))
    error(
      at,
      `"${quote(m[0].slice(m[1].length))}" is an MkDocs admonition, which this handbook does not read: it shows as typed and its indented lines become a code block; ` +
        alertAdvice(m[3], m[4]),
    );
  // 2. Docusaurus, Starlight and remark-directive asides (`:::note`, `:::caution[Title]`, `:::tip Title`) and pandoc
  // fenced divs (`::: warning`, `::: {.note}`, `:::: {.callout}`, pandoc's Markdown from Word: a migration trial,
  // 3 December 2026); the closing `:::` goes with the opening line's fix.
  const DIRECTIVE = 'is a Docusaurus or Starlight aside or a pandoc fenced div (a ::: directive), which this handbook does not read: its ::: lines show as typed;';
  for (const { m, at } of lineStart(/^([ \t>]*):{3,}[ \t]*([A-Za-z][\w-]*)(?:\[([^\]\n]*)\])?(?:\{[^}\n]*\})?(?:[ \t]+([^\n]*))?$/gm))
    error(at, `"${quote(m[0].slice(m[1].length))}" ${DIRECTIVE} ${alertAdvice(m[2], m[3] ?? m[4])}`);
  // pandoc's attribute form: the type is the first class; Word's paragraph styles come as `custom-style="…"`. The
  // braces are blanked so the attribute-list rule does not report them again.
  for (const { m, at } of lineStart(/^([ \t>]*):{3,}[ \t]*(\{[^}\n]*\})[ \t]*$/gm)) {
    const cls = /(?:^|[{\s])\.([\w-]+)/.exec(m[2])?.[1];
    const style = /custom-style="([^"]*)"/.exec(m[2])?.[1];
    const typed = quote(m[0].slice(m[1].length));
    if (cls && Object.hasOwn(ALERT_OF, cls.toLowerCase())) error(at, `"${typed}" ${DIRECTIVE} ${alertAdvice(cls, undefined)}, and delete both ::: lines`);
    else if (style && /quote/i.test(style))
      warning(at, `"${typed}" is a pandoc fenced div (a ::: directive, here Word's "${style}" style), which this handbook does not read: its ::: lines show as typed; write it as a quote, each line starting "> ", and delete both ::: lines`);
    else warning(at, `"${typed}" is a pandoc fenced div (a ::: directive), which this handbook does not read: its ::: lines show as typed; delete both ::: lines (the text inside shows as ordinary paragraphs)`);
    text = text.slice(0, m.index) + text.slice(m.index, m.index + m[0].length).replace(/[^\n]/g, ' ') + text.slice(m.index + m[0].length);
  }
  // A bare `:::` opening a paragraph with text under it (a closing one ends a paragraph, or stands alone).
  const bare = /^([ \t>]*)(:{3,})[ \t]*\n[ \t>]*\S/.exec(text);
  if (bare && /^[ \t>]*$/.test(source.slice(0, bare[1].length)))
    warning(bare[1].length, `"${bare[2]}" is a pandoc fenced div or an aside (a ::: directive) without a type, which this handbook does not read: its ::: lines show as typed; delete both ::: lines, or for a note write a GitHub alert ("> [!NOTE]" on its own line, then the text on lines starting "> ")`);
  // 3. MkDocs content tabs.
  for (const { m, at } of lineStart(/^([ \t>]*)===!?\+?[ \t]+"([^"\n]*)"[^\n]*$/gm))
    error(
      at,
      `"${quote(m[0].slice(m[1].length))}" is an MkDocs content tab, which this handbook does not read: it shows as typed and the tab's indented lines become a code block; ` +
        `write each tab as a heading ("### ${m[2]}") followed by its content, not indented`,
    );
  // 4. MkDocs snippets (pymdownx.snippets).
  for (const { m, at } of lineStart(/^([ \t>]*)-{1,}8<-{1,}[^\n]*$/gm))
    error(
      at,
      `"${quote(m[0].slice(m[1].length))}" is an MkDocs snippet, which this handbook does not run: it shows as typed and the file's text is not shown; ` +
        `put the shared text in the content's partials/ folder and show it from an .mdx page (import Shared from '../../partials/shared.md', then <Shared />)`,
    );
  // 5. Template code: Liquid tags and output, Hugo shortcodes and templates, ERB. A closing tag ({% endif %},
  // {{< /notice >}}) goes with its opening one's fix.
  // The rules after this one read the text with template code blanked: `{{ .Site.Title }}` holds no attribute list.
  const chars = text.split('');
  for (const m of text.matchAll(/\{\{[<%][\s\S]*?[>%]\}\}|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|<%[\s\S]*?%>/g)) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (chars[i] !== '\n') chars[i] = ' ';
    const inner = m[0].replace(/^(\{\{[<%]?|\{%|<%=?)-?|-?([>%]?\}\}|%\}|%>)$/g, '').trim();
    if (/^(\/|end)/.test(inner)) continue;
    error(m.index, `"${quote(m[0])}" is ${templateKind(m[0])}, which this handbook does not run, so it shows as typed: ${templateAdvice(inner, /^\{\{[<%]/.test(m[0]))}`);
  }
  text = chars.join('');
  // 6. kramdown extensions.
  for (const m of text.matchAll(/\{::(comment|nomarkdown|options)\b[^}\n]*\}/g)) {
    const fix =
      m[1] === 'comment'
        ? 'its text would be published; write the note as an HTML comment, <!-- … -->, which is never published'
        : m[1] === 'nomarkdown'
          ? 'it and its closing {:/nomarkdown} show as typed; write the HTML without them (HTML in a page is kept)'
          : 'it shows as typed; delete it';
    error(m.index, `"${quote(m[0])}" is a kramdown extension, which this handbook does not read: ${fix}`);
  }

  // 7. Attribute lists: kramdown IALs (`{: .class}`, `{:target="_blank"}`) and MkDocs attr_list (`{ .md-button }`).
  if (opts.attributeLists)
    for (const m of text.matchAll(ATTRIBUTE_LIST)) {
      // A heading's own list with an id at its end is read by ./headings.ts (`## Rolling back {#rollback .x}`).
      if (opts.block === 'heading' && /[{\s]#/.test(m[0]) && /^[ \t]*(#+[ \t]*)?(\n|$)/.test(text.slice(m.index + m[0].length))) continue;
      // A pandoc span (`[text]{.underline}`, `[]{#_Toc123 .anchor}`): deleting the braces left the brackets as junk.
      const span = /\[([^[\]]*)\]$/.exec(text.slice(0, m.index));
      if (span) {
        const inner = span[1].replace(/\s*\n\s*/g, ' ').trim();
        const id = /#([\w:.-]+)/.exec(m[0])?.[1];
        const typed = quote(source.slice(span.index, m.index + m[0].length));
        if (!inner)
          warning(
            span.index,
            `"${typed}" is an empty pandoc span (a Word bookmark), which this handbook does not read, so it shows as typed: delete it${id ? `, or write <span id="${id}"></span> if a link goes to #${id}` : ''}`,
          );
        else {
          const tag = /\.underline\b/.test(m[0]) ? 'u' : /\.mark\b/.test(m[0]) ? 'mark' : undefined;
          warning(
            span.index,
            `"${typed}" is a pandoc span, which this handbook does not read, so its brackets and braces show as typed: write the text without them ("${quote(inner)}")${tag ? `, or <${tag}>${quote(inner)}</${tag}>` : ''}`,
          );
        }
        continue;
      }
      const target = /\btarget=/.test(m[0]);
      const where = opts.block === 'tableCell' ? 'under a table it becomes an extra row whose cell shows it as typed' : 'it shows as typed';
      warning(
        m.index,
        `"${quote(m[0])}" is an attribute list (kramdown, MkDocs), which this handbook does not read: ${where}; delete it (` +
          (target ? 'a link to another site needs no target: it opens where the reader chooses' : "a page's styles come from the handbook's design") +
          ')',
      );
    }
  // 8. Tables of contents asked of another tool: every page gets its Contents list from its headings.
  const contents = "delete the line (every page gets its Contents list from its headings)";
  const listToc = /^TOC[ \t]*\n[ \t>]*\{:toc\}[ \t]*$/.exec(text);
  if (listToc) {
    // kramdown's `* TOC` then `{:toc}`: the paragraph starts after the list marker, which the editor deletes too.
    const lineAt = body.lastIndexOf('\n', start - 1) + 1;
    const marker = /[*+-][ \t]+$/.exec(body.slice(lineAt, start));
    out.push({
      field: 'syntax',
      message: `"* TOC" with "{:toc}" asks kramdown for a table of contents, which this handbook does not read, so it shows as typed: delete both lines (every page gets its Contents list from its headings)`,
      severity: 'warning',
      offset: marker ? lineAt + marker.index : start,
    });
  } else
    for (const { m, at } of lineStart(/^([ \t>]*)(\[TOC\]|\[\[_TOC_\]\]|\{:toc\}|\{:\s*toc\})[ \t]*$/gm))
      warning(at, `"${m[2]}" asks another tool for a table of contents, which this handbook does not read, so it shows as typed: ${contents}`);
  // 9. Abbreviation definitions (kramdown, PHP Markdown Extra, MkDocs abbr).
  for (const { m, at } of lineStart(/^([ \t>]*)\*\[([^\]\n]+)\]:[ \t]*([^\n]*)$/gm))
    warning(
      at,
      `"${quote(m[0].slice(m[1].length))}" is an abbreviation definition (kramdown, MkDocs), which this handbook does not read, so it shows as typed: ` +
        `spell the term out where it is first used ("${m[3].trim() || '…'} (${m[2]})"), or write <abbr title="${m[3].trim() || '…'}">${m[2]}</abbr>; then delete the line`,
    );
  // 10. Icon and emoji shortcodes: MkDocs Material's icons, and GitHub's emoji names only (gemoji), so times
  // (10:30:45) and other colons never match.
  for (const m of text.matchAll(/(?<![\w:]):([a-z0-9_+-]+):(?![\w:])/g)) {
    if (/^(material|octicons|fontawesome|simple)-/.test(m[1]))
      warning(m.index, `"${m[0]}" is an MkDocs icon, which this handbook does not read, so it shows as typed: write a word instead (in a table, "Yes" or "No")`);
    else if (EMOJI.has(m[1]))
      warning(m.index, `"${m[0]}" is a GitHub emoji shortcode, which this handbook does not read, so it shows as typed: write the emoji itself (${EMOJI.get(m[1])}), or words`);
  }
  // 11. pymdownx inline markup (MkDocs): mark, insert, keys, superscript. `a == b` and `C++` have spaces or words
  // where the markup has none.
  const inline: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/(?<![=\w])==(?=[^\s=])([^=\n]+?)(?<=[^\s=])==(?![=\w])/g, (m) => `<mark>${m[1]}</mark>`],
    [/(?<![\^\w])\^\^(?=[^\s^])([^^\n]+?)(?<=[^\s^])\^\^(?![\^\w])/g, (m) => `<ins>${m[1]}</ins>`],
    [
      /(?<![+\w])\+\+(?=[^\s+])([^\s]+?)(?<=[^\s+])\+\+(?![+\w])/g,
      (m) => m[1].split('+').map((k) => `<kbd>${k.charAt(0).toUpperCase()}${k.slice(1)}</kbd>`).join('+'),
    ],
    [/(?<=\w)\^(?=[^\s^])([^\s^]+)\^(?![\^\w])/g, (m) => `<sup>${m[1]}</sup>`],
  ];
  for (const [re, html] of inline)
    for (const m of text.matchAll(re)) warning(m.index, `"${m[0]}" is pymdownx markup (MkDocs), which this handbook does not read, so it shows as typed: write ${html(m)}`);
  // 12. Definition lists (kramdown, PHP Markdown Extra, MkDocs def_list): a later line of a paragraph starting ": ".
  // pandoc writes the loose form, a blank line between term and definition, so the definition starts a paragraph;
  // a paragraph starting ": " under a table, or "Table: ", is pandoc's table caption.
  const DEFINITION = 'is a definition list (kramdown, MkDocs), which Markdown here does not have, so it shows as typed: write **Term**: definition, a list, or a <dl> in HTML';
  if (opts.block === 'paragraph') {
    for (const m of text.matchAll(/\n([ \t>]*)(:[ \t]+\S[^\n]*)/g))
      if (/^\n[ \t>]*$/.test(source.slice(m.index, m.index + 1 + m[1].length))) warning(m.index + 1 + m[1].length, `"${quote(m[2])}" ${DEFINITION}`);
    const caption = /^(?::[ \t]+|Table:[ \t]+)(\S[^]*)$/.exec(text);
    // The line above, read only for a caption and from the text just before the block: run over the whole body before
    // every paragraph, this expression took 1.7 s of a 2,000-page check (npm run bench, 3 December 2026).
    const above = caption ? (/([^\n]*)\n[ \t>]*\n?[ \t>]*$/.exec(body.slice(Math.max(0, start - 2000), start))?.[1] ?? '') : '';
    if (caption && (/^Table/.test(text) || /^Table\b/.test(caption[1]) || /^[ \t>]*(\+[-=:+]+|\|.*\||-{3,}[- ]*)[ \t]*$/.test(above)))
      warning(
        0,
        `"${quote(text)}" is a pandoc table caption, which this handbook does not read, so it shows as typed: write the caption as a sentence before the table ("${quote(caption[1])}"), or as <caption> in an HTML table`,
      );
    else if (/^:[ \t]+\S/.test(text)) warning(0, `"${quote(text.split('\n')[0])}" ${DEFINITION}`);
  }

  // 13. pandoc Markdown (from Word; a migration trial, 3 December 2026). Line blocks: every line starting "| ", not a
  // table (no line ends with a bar).
  const lines = text.split('\n');
  if (opts.block === 'paragraph' && lines.every((l) => /^[ \t>]*\|[ \t]/.test(l)) && !lines.some((l) => /\|[ \t]*$/.test(l)))
    warning(
      /^[ \t>]*/.exec(text)![0].length,
      `"${quote(lines[0].replace(/^[ \t>]*/, ''))}" starts a pandoc line block, which this handbook does not read: the bars show as typed and the lines run together; write each line without "| ", ending every line but the last with a backslash (\\) to keep the line breaks`,
    );
  // TeX math: any $$…$$, and $…$ only with TeX in it (a command, a subscript or a superscript), so "$5 and $10" is not.
  for (const m of source.matchAll(/\$\$[^$]+\$\$|(?<![\w$\\])\$(?=\S)[^$\n]*?(?:\\[A-Za-z]+|[_^]\{)[^$\n]*?(?<=\S)\$(?![\w$])/g))
    if (text[m.index] === '$' && text[m.index + m[0].length - 1] === '$')
      warning(
        m.index,
        `"${quote(m[0])}" is TeX math (pandoc), which this handbook does not render, so it shows as typed: write the formula in plain text (with ×, ÷, − and <sub>…</sub> or <sup>…</sup>), or show it as a picture with alt text that reads it out`,
      );
  // Raw attributes: `<br>`{=html} (the fenced form is a code block; ./analyse.ts reports it).
  for (const m of text.matchAll(/\{=([A-Za-z]+)\}/g))
    warning(
      m.index,
      `"${m[0]}" is a pandoc raw attribute, which this handbook does not read: the code before it shows as code and "${m[0]}" as typed; ${m[1].toLowerCase() === 'html' ? 'write the HTML itself, without the backticks and {=html} (HTML in a page is kept), or delete both' : 'delete both (it was for another output format)'}`,
    );
  // Subscripts (CO~2~e) are read from the parsed strikethrough instead: ./analyse.ts subscriptStruckThrough.

  // 14. Confluence wiki markup, line by line: headings, quotes, tables and links.
  for (const { m, at } of lineStart(/^([ \t>]*)h([1-6])\.[ \t]+(\S[^\n]*)$/gm))
    warning(
      at,
      `"${quote(m[0].slice(m[1].length))}" is a Confluence wiki heading, which this handbook does not read, so it shows as typed: write "${'#'.repeat(Math.max(2, Number(m[2])))} ${quote(m[3])}"${m[2] === '1' ? ' (the page title is the only level-1 heading)' : ''}`,
    );
  for (const { m, at } of lineStart(/^([ \t>]*)bq\.[ \t]+(\S[^\n]*)$/gm))
    warning(at, `"${quote(m[0].slice(m[1].length))}" is a Confluence wiki quote, which this handbook does not read, so it shows as typed: write "> ${quote(m[2])}"`);
  for (const { m, at } of lineStart(/^([ \t>]*)(\|\|[^\n]*\|\|)[ \t]*$/gm)) {
    const cells = m[2].split('||').map((c) => c.trim()).filter(Boolean);
    warning(
      at,
      `"${quote(m[2])}" is a Confluence wiki table, which this handbook does not read: its rows run together into one paragraph; write a pipe table: "| ${cells.join(' | ')} |", then "|${cells.map(() => '---|').join('')}", then a "| … |" line per row`,
    );
  }
  // Read as typed: the address in it is a link of its own (GFM's bare-address autolink), so blanked in `text`.
  for (const m of source.matchAll(/(?<![\w\]])\[([^[\]|\n]+)\|((?:https?:\/\/|mailto:)[^\]\s]+)\]/g))
    if (text[m.index] === '[') warning(m.index, `"${quote(m[0])}" is a Confluence wiki link, which this handbook does not read, so it shows as typed: write [${m[1].trim()}](${m[2]})`);
  // Emoticons: only where they cannot be prose. "(i)", "(ii)" number things in sentences; "(x)" and "(n)" too, so
  // those count only as a table cell or list item of their own.
  const EMOTICON: Record<string, [string, string]> = {
    '/': ['a tick', '"Yes" or "Done" (or ✅)'],
    x: ['a cross', '"No" (or ❌)'],
    '!': ['a warning sign', '"Warning" or "Check" (or ⚠️)'],
    y: ['a thumbs-up', '"Yes" or "Agreed" (or 👍)'],
    n: ['a thumbs-down', '"No" (or 👎)'],
    on: ['a light that is on', '"On" or "Yes"'],
    off: ['a light that is off', '"Off" or "No"'],
    '*': ['a star', 'words (or ⭐)'],
    '?': ['a question mark', '"To check" (or ❓)'],
  };
  const emoticon = (at: number, e: string) =>
    warning(at, `"(${e})" is a Confluence emoticon (${EMOTICON[e][0]}), which this handbook does not read, so it shows as typed: write ${EMOTICON[e][1]}`);
  const lineAt = body.lastIndexOf('\n', start - 1) + 1;
  const wholeItem = opts.block === 'tableCell' || (opts.block === 'paragraph' && /^[ \t>]*(?:[*+-]|\d+[.)])[ \t]+$/.test(body.slice(lineAt, start)));
  // A table cell's source has its bars.
  const whole = /^[ \t]*\|?[ \t]*\((\/|x|!|y|n|on|off|\*|\?)\)[ \t]*\|?[ \t]*$/.exec(text);
  if (wholeItem && whole) emoticon(whole[0].indexOf('('), whole[1]);
  else {
    const cells = new Set<number>();
    // A wiki table row's cell of its own: |Code freeze|Tech lead|(x)|.
    for (const m of text.matchAll(/(?<=^[ \t>]*\|[^\n]*)\|[ \t]*\((x|n|\*|\?)\)[ \t]*(?=\|)/gm)) cells.add(m.index + m[0].indexOf('('));
    for (const m of text.matchAll(/(?<![\w)])\((\/|!|y|on|off)\)(?![\w(])/g)) cells.add(m.index);
    for (const at of [...cells].sort((a, b) => a - b)) emoticon(at, /^\(([^)]+)\)/.exec(text.slice(at))![1]);
  }

  // 15. Word: bullets typed as characters (Symbol's ·, Wingdings' § and Ÿ, Courier's o, each with a tab), and
  // numbered headings typed as text ("1.1.2<TAB>Title"); both run together into one paragraph.
  const bullet = lineStart(/^([ \t>]*)([·•▪]\s|[oŸ§]\t|[–—](?:\t| {3,}))[ \t]*(\S[^\n]*)$/gm)[0];
  if (bullet)
    warning(
      bullet.at,
      `"${quote(bullet.m[0].slice(bullet.m[1].length))}" starts with a bullet typed as a character (Word's list), which is not a list here, so the lines run together into one paragraph: start each item on its own line with "- " ("- ${quote(bullet.m[3])}")`,
    );
  const numbered = lineStart(/^([ \t>]*)(\d+(?:\.\d+)+\.?)(?:\t[ \t]*(\S[^\n]*)|[ \t]+([A-Z][^\n]{0,80}))$/gm).find(
    ({ m }) => m[3] !== undefined || (lines.length === 1 && !/[.!?:;,]$/.test(m[4])),
  );
  if (numbered && opts.block === 'paragraph') {
    const title = (numbered.m[3] ?? numbered.m[4]).trim();
    const depth = Math.min(6, numbered.m[2].replace(/\.$/, '').split('.').length + 1);
    warning(
      numbered.at,
      `"${quote(numbered.m[0].slice(numbered.m[1].length))}" is a numbered heading typed as text (Word's heading numbers), which is not a heading here: write "${'#'.repeat(depth)} ${quote(title)}"`,
    );
  }
  // 17. pandoc's dashes: its Markdown writes Word's em dash as "---" (and its en dash as "--"). The site's SmartyPants
  // (Astro's defaults) makes "--" a dash and leaves "---" as typed, so "the plan---agreed in May" showed three hyphens
  // (a migration trial, 3 December 2026). Only between words: a "---" of its own (a table cell for "none") is meant.
  for (const m of text.matchAll(/(?<=[\p{L}\p{N})\]”’"'.,;:!?][ \t]?)---(?=[ \t]?[\p{L}\p{N}([“‘"'])/gu)) {
    const lineFrom = source.lastIndexOf('\n', m.index) + 1;
    const lineTo = source.indexOf('\n', m.index);
    // Quoted as the two words either side, whole.
    const before = /(?:\S+[ \t]+){0,1}\S*[ \t]?$/.exec(source.slice(lineFrom, m.index))![0];
    const after = /^[ \t]?\S*(?:[ \t]+\S+){0,1}/.exec(source.slice(m.index + 3, lineTo < 0 ? source.length : lineTo))![0];
    const words = `${before}---${after}`;
    warning(
      m.index,
      `"${quote(words)}" has three hyphens for a dash ("---", as pandoc writes Word's em dash), which show as typed: write an em dash, "—", or two hyphens, "--", which the site shows as one`,
    );
  }
  // 18. A lettered list ("a. …", "A) …", "(a) …": pandoc writes Word's lettered lists so, and people type them):
  // Markdown has numbered and bulleted lists only, so its items run together into one paragraph, or stand as
  // paragraphs starting "a." (a migration trial, 3 December 2026). Told once, at its "a" item, when a "b" item of the
  // same form follows: in this block, or starting the next one (a list with blank lines between its items).
  const first = lineStart(/^([ \t>]*)(\(?)([aA])([.)])[ \t]+(\S[^\n]*)$/gm)[0];
  if (first && !(first.m[2] === '(' && first.m[4] !== ')')) {
    const [, , open, a, close] = first.m;
    const b = String.fromCharCode(a.charCodeAt(0) + 1);
    const esc = (c: string) => c.replace(/[.()]/g, '\\$&');
    const next = new RegExp(`^[ \\t>]*${esc(open)}${b}${esc(close)}[ \\t]+\\S`, 'm');
    const after = body.slice(end).replace(/^[ \t]*\n(?:[ \t>]*\n)*/, '');
    if (next.test(text.slice(first.m.index + first.m[0].length)) || next.test(after.split('\n')[0] ?? ''))
      warning(
        first.at,
        `"${quote(first.m[0].slice(first.m[1].length))}" starts a lettered list, which is not a list here (Markdown numbers its lists), so its items run together into one paragraph or stand as paragraphs: start each item "1. ", "2. " … on its own line`,
      );
  }
  // 16. A Windows network path: Markdown reads the first backslash of "\\\\server" as an escape, so one is lost.
  for (const m of source.matchAll(/(?<![\w\\])\\\\[\w.$-]+\\[^\s<>`]*/g))
    if (!parsed.some(([a, b]) => start + m.index >= a && start + m.index < b))
      warning(
        m.index,
        `"${quote(m[0])}" is a Windows network path, which shows with one backslash fewer (Markdown takes a backslash as an escape): write it in \`code\` (\`${quote(m[0])}\`)`,
      );
  return out.sort((a, b) => a.offset - b.offset);
}

/** Confluence storage-format macros by what they showed (`ac:name`), with what to write: `p` reads one of its parameters. */
function storageAdvice(macro: string, p: (name: string) => string | undefined): string {
  const title = p('title');
  switch (macro) {
    case 'code':
    case 'noformat':
      return `write the code as fenced code: a line "\`\`\`${p('language') ?? ''}" before it and a line "\`\`\`" after`;
    case 'info':
    case 'tip':
    case 'note':
    case 'warning':
    case 'panel':
      return alertAdvice(macro === 'panel' ? 'note' : macro, title);
    case 'expand':
      return `write its text as ordinary paragraphs${title ? `, under a heading ("### ${title}")` : ''}`;
    case 'toc':
      return 'delete it (every page gets its Contents list from its headings)';
    case 'status':
      return `write the status as text${title ? ` ("**${title}**")` : ''}`;
    case 'jira':
      return `write a link to the issue${p('key') ? ` ([${p('key')}](https://…/browse/${p('key')}))` : ''}`;
    case 'include':
    case 'excerpt-include':
      return "write the text here, or put shared text in the content's partials/ folder and show it from an .mdx page (see the README, \"Write content\")";
    case 'children':
      return 'write a list of links to the pages it listed';
    case 'details':
      return 'write its rows as a Markdown table (| Status | Decided |) or a list';
    default:
      return 'write what it showed in Markdown, or delete it';
  }
}

/** `<ri:page ri:content-title="x">` → x: an attribute of a storage-format tag. */
const storageAttr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Confluence storage format (`<ac:structured-macro>`, `<ac:link>`, `<ri:page/>`, `<![CDATA[…]]>`) in `text` (a body
 * with code blanked), one problem per outermost element: a trial (3 December 2026) exported pages from Confluence's
 * storage format, and every page passed the check. In a paragraph the tags show as typed, `<ac:plain-text-body>`
 * became a link to the address "ac:plain-text-body", and a CDATA section (the code of a code macro) was dropped as a
 * comment, so the code was lost; in an HTML block the tags are unknown elements whose parameters show as words.
 */
function confluenceStorage(text: string): { offset: number; message: string }[] {
  const out: { offset: number; message: string }[] = [];
  const tags = [...text.matchAll(/<(\/?)((?:ac|ri):[\w-]+)\b(?:[^<>"]|"[^"]*")*?(\/?)>|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g)];
  let depth = 0;
  let open: { at: number; tag: string; name: string } | undefined;
  const report = (at: number, tag: string, name: string, inner: string) => {
    const p = (param: string) => new RegExp(`<ac:parameter ac:name="${param}"[^>]*>([^<]*)</ac:parameter>`).exec(inner)?.[1]?.trim() || storageAttr(tag, `ac:${param}`);
    const macro = name === 'ac:structured-macro' ? (storageAttr(tag, 'ac:name') ?? '') : '';
    const cdata = /<!\[CDATA\[/.test(inner);
    const linkText = /<!\[CDATA\[([\s\S]*?)\]\]>/.exec(inner)?.[1] ?? storageAttr(inner, 'ri:content-title');
    const [what, advice] = macro
      ? [`${/^[aeiou]/.test(macro) ? 'an' : 'a'} ${macro} macro`, storageAdvice(macro, p)]
      : name === 'ac:link' && /<ri:page\b/.test(inner)
        ? ['a link to a Confluence page', `write a Markdown link to the handbook page's address: [${linkText ?? '…'}](/handbook/…/)`]
        : name === 'ac:link' || name === 'ri:user'
          ? ['a mention of a person', "write the person's name or role as text"]
          : name === 'ac:image'
            ? ['a picture', `write ![what the picture shows](${storageAttr(inner, 'ri:filename') ?? storageAttr(inner, 'ri:value') ?? 'picture.png'}), with the picture beside the page`]
            : name === 'ac:task-list'
              ? ['a task list', 'write one "- [ ] task" line per task ("- [x] task" for a done one)']
              : name === 'ac:emoticon'
                ? [`an emoticon`, 'write the emoji itself, or a word']
                : name === 'cdata'
                  ? ['a CDATA section', 'write its text without "<![CDATA[" and "]]>"']
                  : ['a Confluence element', 'write what it showed in Markdown, or delete it'];
    const lost = cdata || name === 'cdata' ? 'the text in <![CDATA[…]]> is dropped, so it is lost' : 'it shows as typed';
    out.push({ offset: at, message: `"${quote(tag)}" is Confluence storage format (${what}), which this handbook does not read: ${lost}; ${advice}` });
  };
  for (const m of tags) {
    if (!m[2]) {
      if (depth === 0) report(m.index, '<![CDATA[…]]>', 'cdata', m[0]);
      continue;
    }
    const closing = m[1] === '/';
    const self = m[3] === '/';
    if (!closing && depth === 0) open = { at: m.index, tag: m[0], name: m[2] };
    if (closing) depth = Math.max(0, depth - 1);
    else if (!self) depth++;
    if (open && depth === 0) {
      report(open.at, open.tag, open.name, text.slice(open.at, m.index + m[0].length));
      open = undefined;
    }
  }
  if (open) report(open.at, open.tag, open.name, text.slice(open.at));
  return out;
}

/** Confluence wiki macros (`{info}`, `{code:java}`) that hold content between an opening and a closing one. */
const WIKI_PAIRED = new Set(['code', 'noformat', 'info', 'note', 'warning', 'tip', 'panel', 'expand', 'quote', 'color', 'section', 'column']);
/** Which wiki macros lose content or change its meaning (errors); the rest leave junk (warnings). */
/** Confluence wiki macros that stand alone (`{toc}`, `{jira:KEY-1}`). */
const WIKI_SINGLE = new Set(['toc', 'status', 'jira', 'children', 'include', 'excerpt-include', 'anchor']);
const WIKI_ERROR = new Set(['code', 'noformat', 'info', 'note', 'warning', 'tip', 'panel', 'expand', 'include', 'excerpt-include', 'children']);

/** What to write for a Confluence wiki macro `name` with its parameters (`title=x|key=y`). */
/**
 * What a raw HTML tag from a Confluence HTML export (a space exported as HTML, then converted with pandoc, which
 * keeps the HTML it cannot write as Markdown) is, and what to write instead: an info, note, warning or tip panel
 * (`<div class="confluence-information-macro confluence-information-macro-note">`), which shows as plain text with
 * neither its panel nor its icon, or a code macro (`<pre class="syntaxhighlighter-pre" data-syntaxhighlighter-params=
 * "brush: java; …">`), which shows as plain preformatted text without a label, highlighting or copy button. Undefined
 * for any other tag. `attrs`: the tag's attributes as written (lower-case names). Source: Confluence's HTML export
 * markup (a migration trial, 3 December 2026).
 */
export function confluenceExportTag(name: string, attrs: Record<string, string | undefined>): string | undefined {
  const classes = ` ${attrs.class ?? ''} `;
  const panel = /\sconfluence-information-macro-(information|note|warning|tip)\s/.exec(classes);
  if (name === 'div' && panel)
    return `"<div class="confluence-information-macro …">" is a ${panel[1] === 'information' ? 'info' : panel[1]} panel of a Confluence HTML export, which shows as plain text without its panel: ${wikiAdvice(panel[1] === 'information' ? 'info' : panel[1], '')}, and delete the panel's <div> and <span> tags`;
  if (name === 'pre' && /\ssyntaxhighlighter-pre\s/.test(classes)) {
    const brush = /(?:^|;)\s*brush:\s*([\w#+-]+)/.exec(attrs['data-syntaxhighlighter-params'] ?? '')?.[1];
    return `"<pre class="syntaxhighlighter-pre">" is a code macro of a Confluence HTML export, which shows as plain text without the code's label, highlighting or copy button: ${wikiAdvice('code', brush && brush !== 'none' && brush !== 'text' ? brush : '')}, and delete the <pre> tags`;
  }
  return undefined;
}

function wikiAdvice(name: string, params: string): string {
  const param = (k: string) => new RegExp(`(?:^|\\|)${k}=([^|]*)`).exec(params)?.[1]?.trim();
  switch (name) {
    case 'code':
    case 'noformat':
      return `write the code as fenced code: a line "\`\`\`${name === 'code' && params && !params.includes('=') ? params : ''}" before it and a line "\`\`\`" after`;
    case 'info':
    case 'note':
    case 'warning':
    case 'tip':
    case 'panel':
      return alertAdvice(name === 'panel' ? 'note' : name, param('title'));
    case 'expand':
      return `delete both {expand} lines and write its text as ordinary paragraphs${params ? `, under a heading ("### ${param('title') ?? params}")` : ''}`;
    case 'quote':
      return 'write it as a quote: each line starting "> ", and delete both {quote} lines';
    case 'color':
      return 'delete both {color} markers (a page\'s colours come from the handbook\'s design); for emphasis write **bold**';
    case 'toc':
      return 'delete the line (every page gets its Contents list from its headings)';
    case 'status':
      return `write the status as text${param('title') ? ` ("**${param('title')}**")` : ''}`;
    case 'jira':
      return `write a link to the issue ([${params || 'KEY-1'}](https://…/browse/${params || 'KEY-1'}))`;
    case 'children':
      return 'write a list of links to the pages it listed';
    case 'include':
    case 'excerpt-include':
      return "write the text here, or put shared text in the content's partials/ folder and show it from an .mdx page (see the README, \"Write content\")";
    default:
      return 'write what it showed in Markdown, or delete it';
  }
}

/** A line of pandoc grid table border: `+----+-----+`, `+====+=====+`, with `:` for alignment. */
const GRID_BORDER = /^[ \t>]*\+(?:[-=:]{2,}\+)+[ \t]*$/;
/** A pandoc simple or multiline table's column line: two or more groups of dashes with spaces between. */
const COLUMN_DASHES = /^ {0,3}-{3,}(?:[ ]+-{3,})+[ \t]*$/;

/**
 * Constructs of other tools that a block-by-block reading cannot see whole, in a page's `body` (`code`: the source
 * ranges of code, as [start, end) offsets, which are never read): Confluence storage format and wiki macros, whose
 * opening and closing parts can sit in different blocks, and pandoc's grid, simple and multiline tables, which
 * CommonMark splits into paragraphs, thematic breaks and headings. A migration trial (3 December 2026) converted a
 * Word manual with pandoc and exported a Confluence space, and every page passed the check with them on it: the code
 * of a code macro was dropped, tables were run together into paragraphs. `mdx`: an .mdx page, whose braces are
 * expressions (reported as such), so wiki macros are not looked for. Offsets are into `body`.
 */
export function foreignSyntaxInBody(body: string, code: readonly [number, number][], opts: { mdx: boolean }): ForeignSyntaxProblem[] {
  const out: ForeignSyntaxProblem[] = [];
  const error = (offset: number, message: string) => out.push({ field: 'syntax', message, severity: 'error', offset });
  const warning = (offset: number, message: string) => out.push({ field: 'syntax', message, severity: 'warning', offset });
  // Most bodies have none of the characters any rule here needs.
  const storage = /<(?:ac|ri):|<!\[CDATA\[/.test(body);
  const wiki = !opts.mdx && /\{[a-z-]+[:}]/.test(body);
  const tables = /^[ \t>]*\+[-=:]{2,}\+|^ {0,3}-{3,} +-{3,}/m.test(body);
  const titleBlock = /^(?:[ \t]*\n)*% /.test(body);
  if (!storage && !wiki && !tables && !titleBlock) return out;
  const chars = body.split('');
  for (const [a, b] of code) for (let i = a; i < b; i++) if (chars[i] !== '\n') chars[i] = ' ';
  const text = chars.join('');
  if (storage) for (const p of confluenceStorage(text)) error(p.offset, p.message);
  if (wiki) {
    // Only where it cannot be prose: a macro alone on its line, one with parameters, or a pair of one name (`{color:red}
    // … {color}`); `/orders/{status}` in a sentence is a placeholder.
    const found = [...text.matchAll(/(?<!\\)\{([a-z]+(?:-[a-z]+)*)(?::([^{}\n]*))?\}/g)].filter((m) => WIKI_PAIRED.has(m[1]) || WIKI_SINGLE.has(m[1]));
    const alone = (m: RegExpMatchArray) => /(^|\n)[ \t>]*$/.test(text.slice(0, m.index)) && /^[ \t]*(\n|$)/.test(text.slice(m.index! + m[0].length));
    const open = new Map<string, RegExpMatchArray>();
    const reported: RegExpMatchArray[] = [];
    for (const m of found) {
      const name = m[1];
      if (!WIKI_PAIRED.has(name)) {
        if (m[2] !== undefined || alone(m)) reported.push(m);
        continue;
      }
      const opening = open.get(name);
      // A closing macro goes with its opening one's fix.
      if (opening && m[2] === undefined) {
        open.delete(name);
        reported.push(opening);
      } else if (opening) {
        if (alone(opening)) reported.push(opening);
        open.set(name, m);
      } else open.set(name, m);
    }
    for (const m of open.values()) if (alone(m)) reported.push(m);
    for (const m of reported) {
      const name = m[1];
      const shown =
        name === 'code' || name === 'noformat'
          ? 'it shows as typed and the code becomes a paragraph, with "--" turned into a dash and quotes curled'
          : ['include', 'excerpt-include', 'children'].includes(name)
            ? 'it shows as typed and what it showed is lost'
            : WIKI_PAIRED.has(name) && name !== 'color'
              ? `its {${name}} lines show as typed and the box around the text is lost`
              : 'it shows as typed';
      (WIKI_ERROR.has(name) ? error : warning)(m.index!, `"${quote(m[0])}" is Confluence wiki markup (the ${name} macro), which this handbook does not read: ${shown}; ${wikiAdvice(name, m[2] ?? '')}`);
    }
  }
  if (tables) {
    const lines = text.split('\n');
    const starts: number[] = [];
    let at = 0;
    for (const l of lines) {
      starts.push(at);
      at += l.length + 1;
    }
    const blank = (i: number) => i < 0 || i >= lines.length || !lines[i].trim();
    let coveredTo = -1;
    for (let i = 0; i < lines.length; i++) {
      if (i <= coveredTo) continue;
      if (GRID_BORDER.test(lines[i]) && !blank(i + 1) && /^[ \t>]*\|/.test(lines[i + 1])) {
        let end = i;
        while (!blank(end + 1) && (GRID_BORDER.test(lines[end + 1]) || /^[ \t>]*\|/.test(lines[end + 1]))) end++;
        coveredTo = end;
        error(
          starts[i] + /^[ \t>]*/.exec(lines[i])![0].length,
          `"${quote(lines[i])}" starts a pandoc grid table, which this handbook does not read: its borders and rows show as typed, run together into one paragraph; write a pipe table (| a | b |, with a |---|---| line under the header), or an HTML table for merged cells or lists in cells`,
        );
      } else if (COLUMN_DASHES.test(lines[i]) && (!blank(i - 1) || !blank(i + 1))) {
        // A multiline table starts with a line of dashes above its header (and ends with one, which makes the row
        // above it a heading); a simple table has the dashes under its header.
        const top = !blank(i - 1) && !blank(i - 2) && /^ {0,3}-{3,}[ \t]*$/.test(lines[i - 2]) ? i - 2 : !blank(i - 1) ? i - 1 : i;
        const multiline = top === i - 2;
        let end = i;
        if (multiline) {
          // Rows are separated by blank lines; the table ends at its closing line of dashes.
          let j = i + 1;
          while (j < lines.length && !/^ {0,3}-{3,}[ \t]*$/.test(lines[j]) && !(blank(j) && blank(j + 1))) j++;
          end = j;
        } else while (!blank(end + 1)) end++;
        error(
          starts[top] + /^[ \t>]*/.exec(lines[top])![0].length,
          `"${quote(lines[top])}" starts a pandoc ${multiline ? 'multiline' : 'simple'} table, which this handbook does not read: its rows run together into paragraphs and its line of dashes shows as a horizontal rule${multiline ? ' (the last row becomes a heading above the closing dashes)' : ''}; write a pipe table (| a | b |, with a |---|---| line under the header)`,
        );
      }
    }
  }
  // A pandoc title block: "% Title", "% Authors", "% Date" at the top of the file.
  const title = /^(?:[ \t]*\n)*(% [^\n]*)/.exec(text);
  if (title)
    warning(
      title[0].length - title[1].length,
      `"${quote(title[1])}" is a pandoc title block, which this handbook does not read, so it shows as typed: the page's title is its front matter's "title: …" (an author is its "owner: …", a date its "updated: …"); delete the % lines`,
    );
  return out.sort((a, b) => a.offset - b.offset);
}
