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

/** Every capitalised tag outside fenced code and inline code, with its 1-based line (offset by `firstLine`). */
export function findMdxTags(text: string, firstLine = 1): MdxTag[] {
  const out: MdxTag[] = [];
  let fence: string | undefined;
  text.split('\n').forEach((raw, i) => {
    const f = FENCE_RE.exec(raw);
    if (f) {
      if (!fence) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      return;
    }
    if (fence) return;
    // Blank out inline code so `<Kpi />` written as an example is not taken for a real tag.
    const line = raw.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length));
    for (const m of line.matchAll(TAG_RE)) {
      const props: Record<string, string | undefined> = {};
      for (const p of m[2].matchAll(PROP_RE)) props[p[1]] = p[2] ?? p[3] ?? p[4] ?? p[5] ?? p[6];
      out.push({ name: m[1], props, line: i + firstLine, column: (m.index ?? 0) + 1 });
    }
  });
  return out;
}
