// Heading ids: the ONE function that names a Markdown heading's anchor, used by the renderer and by the check.
import { slug } from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Heading, Nodes, Root } from 'mdast';
import { eachNode } from './walk';
// Brings in mdast's `data.hProperties` (what remark-rehype copies onto the HTML element).
import type {} from 'mdast-util-to-hast';

/**
 * Ids the page templates put on every page that shows Markdown (layout, header, handbook page, blip page, MDX
 * components). An editor's heading never takes one of them: it gets the next free suffix (`## History` →
 * `history-1`). `headings.test.ts` fails when a template gains a literal id that is missing here.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  // Layout and header (src/layouts/Base.astro, src/components/site/SiteHeader.astro)
  'main-content', 'site-search', 'page-top',
  // Handbook page template and its side navigation
  'in-this-section', 'show-side-navigation', 'side-navigation-root',
  // Radar blip page sections (the blip body is Markdown rendered inside that page)
  'history', 'evidence', 'releases-that-used-it', 'replaces', 'reaffirmed', 'retired', 'tags', 'about-radar', 'details',
  // Radar components (src/components/radar), which MDX pages can embed
  'radar-filter', 'radar-filter-title', 'radar-filter-status', 'radar-tag', 'radar-view', 'radar-lists',
  // The footnotes section remark-gfm adds at the end of a page
  'footnote-label',
]);

/** The id a heading gets when its text has nothing a slug can keep (`## 🚀`, `## ???`). */
export const FALLBACK_ID = 'section';

/**
 * A heading's plain text as a reader sees it: inline HTML tags are dropped (`Using <abbr …>CAB</abbr> approval`
 * → `Using CAB approval`), the text inside them and inside code, emphasis and links is kept.
 */
export function headingText(node: Heading): string {
  return toString(node, { includeHtml: false, includeImageAlt: true }).replace(/\s+/g, ' ').trim();
}

/**
 * Hands out unique heading ids for one page, GitHub's slug rules (github-slugger's `slug`), then:
 * an empty slug becomes `section`; an id already taken — by an earlier heading, a reserved template id or an
 * explicit `id` in the page's raw HTML — gets `-1`, `-2`, … (the first free one). Same input, same ids.
 */
export class HeadingIds {
  private readonly taken: Set<string>;
  constructor(explicitIds: Iterable<string> = [], reserved: Iterable<string> = RESERVED_IDS) {
    this.taken = new Set([...reserved, ...explicitIds]);
  }
  /**
   * The id for the next heading with this text, e.g. `Release windows` → `release-windows`. Accented letters are
   * composed first (Unicode NFC): a heading typed with decomposed accents ("a" then a combining grave, as macOS and
   * some keyboards write "à") got an id that a link typed "à" did not match, though both read the same (a bilingual
   * trial, 3 December 2026).
   */
  next(text: string): string {
    const base = slug(text.normalize('NFC')) || FALLBACK_ID;
    let id = base;
    for (let n = 1; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** `id="…"` values written in raw HTML (e.g. `<a id="old-windows"></a>`): they are anchors editors link to. */
export function explicitIds(html: string): string[] {
  return [...html.matchAll(/<[a-z][^>]*?\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]).filter(Boolean);
}

export interface HeadingInfo {
  depth: number;
  id: string;
  text: string;
  line: number;
  column: number;
}

/**
 * remark plugin: gives every Markdown heading its id (as `data.hProperties.id`, which remark-rehype renders and
 * Astro's own heading collector keeps), and records the page's headings and explicit ids on `file.data.headingIds`.
 */
export function remarkHeadingIds() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    file.data.headingIds = assignHeadingIds(tree);
  };
}

/**
 * An attribute list at the end of a heading's text, in the forms other tools write: `{#rollback}` (kramdown, Hugo,
 * Docusaurus, Pandoc), `{ #rollback }` and `{#rollback .class}` (Python-Markdown's attr_list, MkDocs), `{: #rollback}`
 * (a kramdown IAL). Group 1 is what is inside the braces.
 */
const ATTRIBUTE_LIST = /[ \t]*\{:?[ \t]*((?:[#.][\w][\w.:-]*|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}"']+))(?:[ \t]+(?:[#.][\w][\w.:-]*|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}"']+)))*)[ \t]*\}[ \t]*$/;

/**
 * The custom id a heading ends with (`{#rollback}`, or an attribute list holding one), with the list taken off its
 * text in place; undefined when it ends with none. Manuals written for other tools use it to keep an anchor when a
 * heading is reworded; without it the braces were published in the heading and its id became
 * `rolling-back-rollback` (a new adopter's trial, 2 December 2026). Classes and other attributes in the list
 * (`{ #production .anchor-heading }`) style the heading in the tool it came from and mean nothing here: they are
 * dropped with the braces rather than published as text (a migration trial, 3 December 2026), and a list of classes
 * alone is left as text. An id is any run of letters, digits, `_`, `-`, `.` and `:` (`{#2-queue}`, `{#v1.2}`).
 */
function takeCustomId(node: Heading): string | undefined {
  const last = node.children[node.children.length - 1];
  if (last?.type !== 'text') return undefined;
  const m = ATTRIBUTE_LIST.exec(last.value);
  const id = m?.[1].split(/[ \t]+/).find((t) => t.startsWith('#'))?.slice(1);
  if (!m || !id) return undefined;
  last.value = last.value.slice(0, m.index);
  if (!last.value) node.children.pop();
  return id;
}

/** Assigns ids to every heading of `tree` in place; returns the headings and the raw-HTML ids, in page order. */
export function assignHeadingIds(tree: Root): { headings: HeadingInfo[]; explicit: string[] } {
  const explicit: string[] = [];
  // Custom ids first, so a heading before one never takes its id.
  const custom = new Map<Heading, string>();
  eachNode<Nodes>(tree, (node) => {
    if (node.type !== 'heading') return;
    const id = takeCustomId(node);
    if (id !== undefined) custom.set(node, id), explicit.push(id);
  });
  eachNode<Nodes>(tree, (node) => {
    if (node.type === 'html') explicit.push(...explicitIds(node.value));
    // An HTML element's id in MDX (`<div id="x">`) is on the page; a component's `id` prop (`<Checklist id="go-no-go" />`)
    // names data and renders no such id, so counting it offered links to anchors that did not exist (a new adopter's
    // trial, 2 December 2026).
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && 'attributes' in node && /^[a-z]/.test(node.name ?? '')) {
      for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && a.name === 'id' && typeof a.value === 'string') explicit.push(a.value);
    }
  });
  const ids = new HeadingIds(explicit);
  const headings: HeadingInfo[] = [];
  eachNode<Nodes>(tree, (node) => {
    if (node.type !== 'heading') return;
    const text = headingText(node);
    const id = custom.get(node) ?? ids.next(text);
    node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
    const at = node.position?.start;
    headings.push({ depth: node.depth, id, text, line: at?.line ?? 1, column: at?.column ?? 1 });
  });
  return { headings, explicit };
}
