// Finds component tags (<Kpi name="…" />) in MDX source, so checks can name the file and line of a bad prop.

export interface MdxTag {
  name: string;
  /** String and number props as written (`id="x"`, `id={'x'}`, `limit={5}` → "5"); other expressions are undefined. */
  props: Record<string, string | undefined>;
  line: number;
  column: number;
}

const TAG_RE = /<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g;
const PROP_RE = /([A-Za-z][A-Za-z0-9]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*"([^"]*)"\s*\}|\{\s*'([^']*)'\s*\}|\{\s*(-?\d+(?:\.\d+)?)\s*\}|\{[^}]*\})/g;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Every capitalised tag outside fenced code and inline code, with the 1-based line and column of its `<` (lines
 * offset by `firstLine`). A tag may spread its props over several lines, as editors and formatters write longer
 * ones (`<LatestReleases⏎  component="payments"⏎/>`); read line by line, such a tag was not seen at all, so none
 * of its props were checked.
 */
export function findMdxTags(text: string, firstLine = 1): MdxTag[] {
  return scanTags(text, firstLine, TAG_RE);
}

const LOWER_TAG_RE = /<([a-z][A-Za-z0-9]*)\b([^>]*)>/g;

/**
 * Every tag whose name starts with a lower-case letter (HTML elements, and components mistyped without their
 * capital: `<radarRing />` is emitted as an unknown element that shows nothing), found as {@link findMdxTags} finds
 * components.
 */
export function findLowerCaseTags(text: string, firstLine = 1): MdxTag[] {
  return scanTags(text, firstLine, LOWER_TAG_RE);
}

function scanTags(text: string, firstLine: number, tagRe: RegExp): MdxTag[] {
  // Code is blanked to spaces of the same length, so offsets still give lines and columns in `text`.
  let fence: string | undefined;
  const blanked = text
    .split('\n')
    .map((raw) => {
      const f = FENCE_RE.exec(raw);
      if (f) {
        if (!fence) fence = f[1];
        else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
        return ' '.repeat(raw.length);
      }
      if (fence) return ' '.repeat(raw.length);
      // Inline code, with any number of backticks (``<Kpi />``): an example, not a real tag.
      return raw.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, (m) => ' '.repeat(m.length));
    })
    .join('\n')
    // MDX comments, on one line or several ({/* <Kpi nmae="x" /> turned off */}), render nothing (a new adopter's
    // trial, 2 December 2026: their tags were checked). Newlines are kept, so lines still count.
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, (m) => m.replace(/[^\n]/g, ' '));
  const lineStarts = [0];
  for (let i = 0; i < blanked.length; i++) if (blanked[i] === '\n') lineStarts.push(i + 1);
  const out: MdxTag[] = [];
  for (const m of blanked.matchAll(tagRe)) {
    const props: Record<string, string | undefined> = {};
    for (const p of m[2].matchAll(PROP_RE)) props[p[1]] = p[2] ?? p[3] ?? p[4] ?? p[5] ?? p[6];
    // A prop written without a value (`<Checklist id="x" compact />`) is `true` in JSX: seen too, as an expression.
    for (const b of m[2].replace(PROP_RE, ' ').matchAll(/(?:^|\s)([A-Za-z][A-Za-z0-9]*)(?=\s|\/|$)/g)) if (!(b[1] in props)) props[b[1]] = undefined;
    const at = m.index ?? 0;
    let line = lineStarts.length - 1;
    while (lineStarts[line] > at) line--;
    out.push({ name: m[1], props, line: line + firstLine, column: at - lineStarts[line] + 1 });
  }
  return out;
}
