// Text from data (titles, owners, release notes) written into Markdown that we generate: the CHANGELOG.md endpoint,
// `npm run reviews -- --markdown` and the pull-request summary. One rule for all of them, so a title that is safe in
// one report is safe in every other.

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * `s` made inert in GitHub-flavoured Markdown and kept to one line, so it shows literally in a paragraph, a heading,
 * link text or a table cell: runs of white space (line breaks included) become one space and the ends are trimmed;
 * `\` `` ` `` `*` `[` `]` `#` `|` `~` are backslash-escaped (GFM: any ASCII punctuation may be), and `_` too, except
 * inside a word (SCOTACCOUNT_SIGN_IN), where it never starts emphasis and stays readable. `&`, `<` and `>` are escaped
 * only where Markdown would read them as markup: `&` starting an entity reference (`&copy;`, `&#169;`), `<` starting a
 * tag or an autolink (`<b>`, `</x>`, `<!--`, `<https://…>`), `>` at the start (a block quote); a list marker at the
 * start (`1. `, `- `, `+ `) is escaped too. Written as entities
 * everywhere, "Uist & Lewis" reached tools that read CHANGELOG.md as text as "Uist &amp; Lewis" (a machine-outputs
 * trial with a Keep a Changelog parser, 3 December 2026).
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*[\]#|~])/g, '\\$1')
    .replace(/&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)/g, '\\&')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/^>/, '\\>')
    // A list marker at the start would make a list (inside a list item, a list in it): "1. Intro", "- draft".
    .replace(/^(\d{1,9})([.)])(?= |$)/, '$1\\$2')
    .replace(/^([-+])(?= |$)/, '\\$1')
    .replace(/_/g, (_m, i: number, all: string) => (isWordChar(all[i - 1]) && isWordChar(all[i + 1]) ? '_' : '\\_'));
}
