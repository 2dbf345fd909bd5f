// Converts blip Markdown to the small HTML subset foreign radars accept (BYOR), and foreign HTML back to plain Markdown.
import type { Nodes, Parents } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { safeUrl } from '../../shared/urls';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const parser = unified().use(remarkParse).use(remarkGfm);

/** A reference's definition (`[text][ref]` → `[ref]: https://…`) in the document being rendered. */
type Definitions = ReturnType<typeof definitions>;

function children(node: Parents, defs: Definitions): string {
  return node.children.map((c) => render(c as Nodes, defs)).join('');
}

/** `<a>` for an address BYOR may link to (http, https, mailto), else the text alone. */
function anchor(url: string, text: string): string {
  const safe = safeUrl(url);
  return safe ? `<a href="${escapeHtml(safe)}">${text}</a>` : text;
}

/**
 * Only tags BYOR's sanitiser keeps (p, h1–h6, ul, li, a, em, strong, br): anything else becomes text, and links
 * keep only http, https and mailto URLs. Text is always escaped.
 */
function render(node: Nodes, defs: Definitions): string {
  switch (node.type) {
    case 'root':
      return node.children.map((c) => render(c, defs)).join('');
    case 'paragraph':
      return `<p>${children(node, defs)}</p>`;
    case 'heading':
      return `<h${node.depth}>${children(node, defs)}</h${node.depth}>`;
    case 'text':
      return escapeHtml(node.value);
    case 'emphasis':
      return `<em>${children(node, defs)}</em>`;
    case 'strong':
      return `<strong>${children(node, defs)}</strong>`;
    case 'inlineCode':
      return escapeHtml(node.value);
    case 'break':
      return '<br>';
    case 'link':
      return anchor(node.url, children(node, defs));
    case 'linkReference': {
      // `[text][ref]`, `[text][]` and `[ref]` with `[ref]: https://…` below: the same link as written inline (the
      // parser makes a reference only when its definition exists; it was dropped to its text before).
      const def = defs(node.identifier);
      return def ? anchor(def.url, children(node, defs)) : children(node, defs);
    }
    case 'list':
      return `<ul>${node.children.map((li) => render(li, defs)).join('')}</ul>`;
    case 'listItem':
      // A tight list item's paragraph needs no <p> inside <li>.
      return `<li>${node.children.map((c) => (c.type === 'paragraph' && !node.spread ? children(c, defs) : render(c, defs))).join('')}</li>`;
    case 'code':
      return `<p>${escapeHtml(node.value).replace(/\n/g, '<br>')}</p>`;
    case 'thematicBreak':
    case 'definition':
    case 'html':
      // Raw HTML from the source is never passed on; it shows as nothing rather than as markup.
      return '';
    default:
      return 'children' in node
        ? ['blockquote', 'table'].includes(node.type)
          ? `<p>${escapeHtml(toString(node))}</p>`
          : children(node as Parents, defs)
        : escapeHtml(toString(node));
  }
}

/** Markdown → sanitised HTML in BYOR's allowed subset. */
export function markdownToHtml(markdown: string): string {
  const tree = parser.parse(markdown);
  return render(tree as Nodes, definitions(tree));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Decoded text written into Markdown must not become HTML again: `&lt;script&gt;` stays visible text. */
function escapeHtmlInMarkdown(s: string): string {
  // Only `<` can open a tag in Markdown; `&` and `>` are left alone so the text reads naturally in the file.
  return s.replace(/</g, '&lt;');
}

/**
 * Foreign HTML (BYOR, AOE and Backstage descriptions) → Markdown for a new blip's body: paragraphs and list items
 * kept, links kept when their URL is safe, bold, italic and code as Markdown, every other tag dropped. The result is
 * text, never HTML. `opts.plain`: no Markdown marks either (a name, which is shown as written).
 */
export function htmlToMarkdown(html: string, opts: { plain?: boolean } = {}): string {
  return htmlToMarkdownReport(html, opts).markdown;
}

/** Tags whose meaning the conversion keeps (as Markdown or as the text's shape); any other is reported as dropped. */
const KEPT_TAGS = new Set(['p', 'div', 'span', 'br', 'a', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'code', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * As {@link htmlToMarkdown}, and the names of the tags it left out, sorted (`script`, `img`, `table` …): what an import
 * reports, since it promises to say what it cannot carry over. Bold, italic and code become Markdown (`**`, `*`,
 * backticks); they were dropped too (a new adopter's trial, 3 December 2026). Never throws.
 */
export function htmlToMarkdownReport(html: string, opts: { plain?: boolean } = {}): { markdown: string; dropped: string[] } {
  if (!/<[a-z!/]/i.test(html)) return { markdown: escapeHtmlInMarkdown(decodeEntities(html)).trim(), dropped: [] };
  const dropped = new Set<string>();
  for (const m of html.matchAll(/<\/?([a-z][a-z0-9]*)\b/gi)) if (!KEPT_TAGS.has(m[1].toLowerCase())) dropped.add(m[1].toLowerCase());
  let s = html.replace(/\r\n?/g, '\n');
  s = s.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  // Emphasis and code as Markdown, when they hold text only (no tags inside).
  if (!opts.plain) s = s.replace(/<(strong|b)\b[^>]*>([^<]+)<\/\1\s*>/gi, (_m, _t, inner: string) => (inner.trim() ? `**${inner.trim()}**` : inner));
  if (!opts.plain) s = s.replace(/<(em|i)\b[^>]*>([^<]+)<\/\1\s*>/gi, (_m, _t, inner: string) => (inner.trim() ? `*${inner.trim()}*` : inner));
  if (!opts.plain) s = s.replace(/<code\b[^>]*>([^<`]+)<\/code\s*>/gi, (_m, inner: string) => `\`${inner}\``);
  s = s.replace(/<a\b[^>]*?href\s*=\s*("([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a\s*>/gi, (_m, _q, d, s2, inner: string) => {
    const url = safeUrl(decodeEntities(d ?? s2 ?? ''));
    const text = inner.replace(/<[^>]*>/g, '');
    return url ? `[${text}](${url})` : text;
  });
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/<li\b[^>]*>/gi, '\n- ');
  s = s.replace(/<\/(p|div|h[1-6]|ul|ol|blockquote|table|tr)\s*>/gi, '\n\n');
  s = s.replace(/<[^>]*>/g, '');
  s = escapeHtmlInMarkdown(decodeEntities(s));
  const markdown = s
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { markdown, dropped: [...dropped].sort() };
}
