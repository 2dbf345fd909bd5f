// Text from data (titles, owners, release notes) written into Markdown that we generate: the CHANGELOG.md endpoint,
// `npm run reviews -- --markdown` and the pull-request summary. One rule for all of them, so a title that is safe in
// one report is safe in every other.

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * `s` made inert in GitHub-flavoured Markdown and kept to one line, so it shows literally in a paragraph, a heading,
 * link text or a table cell: runs of white space (line breaks included) become one space and the ends are trimmed;
 * `&`, `<` and `>` become entities (no HTML, no entity the data did not mean); `\` `` ` `` `*` `[` `]` `#` `|` `~` are
 * backslash-escaped (GFM: any ASCII punctuation may be), and `_` too, except inside a word (SCOTACCOUNT_SIGN_IN),
 * where it never starts emphasis and stays readable.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*[\]#|~])/g, '\\$1')
    .replace(/_/g, (_m, i: number, all: string) => (isWordChar(all[i - 1]) && isWordChar(all[i + 1]) ? '_' : '\\_'));
}
