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
  // Every rule below needs one of these characters; most blocks have none.
  if (!/[!?:=\-{}<*[^+]/.test(source)) return [];
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
  // 2. Docusaurus, Starlight and remark-directive asides: `:::note`, `:::caution[Title]`, `:::tip Title`; the
  // closing `:::` goes with the opening line's fix.
  for (const { m, at } of lineStart(/^([ \t>]*):::[ \t]*([A-Za-z][\w-]*)(?:\[([^\]\n]*)\])?(?:\{[^}\n]*\})?(?:[ \t]+([^\n]*))?$/gm))
    error(
      at,
      `"${quote(m[0].slice(m[1].length))}" is a Docusaurus or Starlight aside (a ::: directive), which this handbook does not read: its ::: lines show as typed; ` +
        alertAdvice(m[2], m[3] ?? m[4]),
    );
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
  if (opts.block === 'paragraph')
    for (const m of text.matchAll(/\n([ \t>]*)(:[ \t]+\S[^\n]*)/g))
      if (/^\n[ \t>]*$/.test(source.slice(m.index, m.index + 1 + m[1].length)))
        warning(
        m.index + 1 + m[1].length,
        `"${quote(m[2])}" is a definition list (kramdown, MkDocs), which Markdown here does not have, so it shows as typed: write **Term**: definition, a list, or a <dl> in HTML`,
      );
  return out.sort((a, b) => a.offset - b.offset);
}
