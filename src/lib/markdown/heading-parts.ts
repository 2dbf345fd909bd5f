// The parts of a heading's text in another language than the text around them: a heading such as
// `## Contact us (<span lang="gd">Cuir fios thugainn</span>)` marks its Gaelic words, and the Contents list and the
// heading's "Link to the section" repeat those words, so they must carry the same mark (WCAG 2.2 SC 3.1.2, language
// of parts). Left alone until a bilingual trial (3 December 2026) found them read in the English voice.

/** A run of a heading's text: `lang` is the language it is marked in inside the heading, absent where unmarked. */
export interface TextPart {
  text: string;
  lang?: string;
}

type Node = { type: string; value?: string; tagName?: string; name?: string | null; properties?: Record<string, unknown>; attributes?: { type: string; name?: string; value?: unknown }[]; children?: Node[] };

/** An opening HTML tag with a quoted or bare `lang` value, and a closing tag (raw HTML in a Markdown heading). */
const OPEN_TAG = /^<([a-zA-Z][\w-]*)\b([^>]*)>$/;
const CLOSE_TAG = /^<\/([a-zA-Z][\w-]*)\s*>$/;
const LANG_ATTR = /(?:^|\s)lang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>/]+))/i;
const VOID = new Set(['br', 'img', 'wbr', 'input', 'hr']);

/**
 * The text of a heading element (hast: elements, text, MDX JSX elements, and raw HTML tags as a `.md` heading keeps
 * them) as runs, each with the `lang` of the nearest marked element inside the heading around it; adjacent runs of
 * one language are joined, spaces run together and none left at either end. Undefined when nothing in the heading is marked: the heading's plain text says it all.
 * Raw HTML that is not a single tag contributes no text, as Astro's own heading text leaves tags out.
 */
export function headingParts(heading: Node): TextPart[] | undefined {
  const parts: TextPart[] = [];
  const push = (value: string, lang: string | undefined) => {
    if (!value) return;
    const last = parts.at(-1);
    if (last && last.lang === lang) last.text += value;
    else parts.push(lang ? { text: value, lang } : { text: value });
  };
  const walk = (children: readonly Node[], lang: string | undefined) => {
    // Raw tags are siblings of the text they enclose: a stack of the ones open among these children.
    const open: { name: string; lang: string | undefined }[] = [];
    const current = () => open.at(-1)?.lang ?? lang;
    for (const c of children) {
      if (c.type === 'text') push(c.value ?? '', current());
      else if (c.type === 'element') walk(c.children ?? [], ownLang(c.properties?.lang) ?? current());
      else if (c.type === 'mdxJsxTextElement' || c.type === 'mdxJsxFlowElement') {
        const attr = c.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang');
        walk(c.children ?? [], ownLang(attr?.value) ?? current());
      } else if (c.type === 'raw') {
        const tag = (c.value ?? '').trim();
        const start = OPEN_TAG.exec(tag);
        const end = CLOSE_TAG.exec(tag);
        if (start && !VOID.has(start[1].toLowerCase()) && !start[2].trim().endsWith('/')) {
          const m = LANG_ATTR.exec(start[2]);
          open.push({ name: start[1].toLowerCase(), lang: ownLang(m?.[1] ?? m?.[2] ?? m?.[3]) ?? current() });
        } else if (end) {
          const at = open.map((o) => o.name).lastIndexOf(end[1].toLowerCase());
          if (at >= 0) open.length = at;
        }
      } else if (c.children) walk(c.children, current());
    }
  };
  walk(heading.children ?? [], undefined);
  if (!parts.some((p) => p.lang)) return undefined;
  // As the heading's recorded text is: spaces run together, none at either end.
  for (const p of parts) p.text = p.text.replace(/\s+/g, ' ');
  parts[0].text = parts[0].text.trimStart();
  parts[parts.length - 1].text = parts[parts.length - 1].text.trimEnd();
  return parts.filter((p) => p.text);
}

const ownLang = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Whitespace runs as one space, ends trimmed: how a heading's runs and its recorded text are compared. */
export const sameText = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** Runs of the headings that mark words in another language, by heading id. */
export type HeadingPartsById = Record<string, TextPart[]>;

/**
 * The `headingParts` a page's render hands back (`remarkPluginFrontmatter.headingParts`, set by
 * ./rehype-content.ts), kept only where it has the shape written there; anything else is read as none.
 */
export function readHeadingParts(value: unknown): HeadingPartsById {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: HeadingPartsById = {};
  for (const [id, runs] of Object.entries(value)) {
    if (!Array.isArray(runs)) continue;
    const ok = runs.every((r) => r && typeof r === 'object' && typeof r.text === 'string' && (r.lang === undefined || typeof r.lang === 'string'));
    if (ok) out[id] = runs.map((r: TextPart) => (r.lang ? { text: r.text, lang: r.lang } : { text: r.text }));
  }
  return out;
}
