// Which lines of a Markdown body are fenced code, for the quick line-by-line readings that must not look inside code
// (footnote definitions, partials shown by an MDX page).

/**
 * For each of `lines`, whether it is part of a fenced code block (its opening and closing fence lines included):
 * CommonMark's fences of three or more backticks or tildes after up to three spaces, closed by a fence of the same
 * character at least as long. A fence left open runs to the end, as CommonMark has it.
 */
export function fencedLines(lines: readonly string[]): boolean[] {
  let fence: string | undefined;
  return lines.map((l) => {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(l);
    if (fence) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length) fence = undefined;
      return true;
    }
    if (open) fence = open[1];
    return !!open;
  });
}
