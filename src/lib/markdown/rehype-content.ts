// rehype steps that make rendered Markdown work under the strict CSP and at 320 px: table alignment as classes,
// wide tables and code in labelled, focusable scroll boxes, task-list state as text, heading "link to this section".
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Raw } from 'mdast-util-to-hast';
import { toText } from 'hast-util-to-text';
import type { HeadingInfo } from './headings';
import { headingParts, sameText, type TextPart } from './heading-parts';
import { readPageLanguage, SITE_LANGUAGE } from '../shared/language';

type AnyParent = Root | Element;
const isEl = (n: RootContent | ElementContent | Root, tag?: string): n is Element =>
  n.type === 'element' && (tag === undefined || n.tagName === tag);
const HEADING = /^h[2-6]$/;

function classes(node: Element): string[] {
  const c = node.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? (c as string).split(/\s+/) : [];
}
const hasClass = (node: Element, c: string) => classes(node).includes(c);
const addClass = (node: Element, ...c: string[]) => (node.properties.className = [...classes(node), ...c]);
const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });

/** An MDX page's JSX element (`<table>` written in an .mdx page), as remark-mdx leaves it in the tree. */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: (RootContent | ElementContent)[];
}
const isJsx = (n: unknown): n is JsxElement =>
  !!n && typeof n === 'object' && ((n as JsxElement).type === 'mdxJsxFlowElement' || (n as JsxElement).type === 'mdxJsxTextElement');
const jsxAttr = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });

/**
 * Walks every element with its parent and index; the callback may replace `parent.children[index]`. An MDX page's
 * JSX elements are walked into (Markdown inside a `<div>`), and given to `jsx`, which may replace them too.
 */
function eachElement(
  tree: AnyParent | JsxElement,
  fn: (node: Element, parent: AnyParent, index: number) => void | 'skip',
  jsx?: (node: JsxElement, parent: AnyParent, index: number) => void | 'skip',
  raw?: (node: Raw, parent: AnyParent, index: number) => void,
): void {
  const children = tree.children as (RootContent | ElementContent)[];
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c.type === 'raw') {
      raw?.(c, tree as AnyParent, i);
      // The callback may have put the node (and its siblings) in an element: what that holds is walked too.
      const now = children[i];
      if (isEl(now)) eachElement(now, fn, jsx, raw);
      continue;
    }
    if (isJsx(c)) {
      if (jsx?.(c, tree as AnyParent, i) === 'skip') continue;
      const now = children[i];
      if (isJsx(now) || isEl(now)) eachElement(now, fn, jsx, raw);
      continue;
    }
    if (!isEl(c)) continue;
    if (fn(c, tree as AnyParent, i) === 'skip') continue;
    const now = children[i];
    if (isEl(now)) eachElement(now, fn, jsx, raw);
  }
}

/**
 * remark-rehype writes `|--:|` alignment as `align="right"` (obsolete HTML, and some renderers turn it into an inline
 * style the CSP blocks). It becomes the class `mh_align-left|center|right`.
 */
function alignToClass(node: Element): void {
  const align = node.properties.align;
  if (typeof align !== 'string') return;
  delete node.properties.align;
  if (/^(left|center|right)$/.test(align)) addClass(node, `mh_align-${align}`);
}

/**
 * A phone link's text keeps together: its spaces become no-break spaces, so "0800 123 4567" (GOV.UK style writes
 * numbers with spaces) never breaks across two lines on a phone (html-validate `tel-non-breaking`; an adopter's trial,
 * 3 December 2026). Only `tel:` links, whose text is a number.
 */
function keepPhoneTogether(node: Element): void {
  if (typeof node.properties.href !== 'string' || !/^tel:/i.test(node.properties.href)) return;
  const walk = (n: Element) => {
    for (const c of n.children) {
      if (c.type === 'text') c.value = c.value.replace(/ /g, '\u00a0');
      else if (isEl(c)) walk(c);
    }
  };
  walk(node);
}

interface Labels {
  lastHeading?: string;
  tables: number;
  code: number;
}

/** A label for a wide box: "Table 2: Release windows" names the section it is in, so boxes are told apart. */
function boxLabel(kind: string, n: number, heading?: string): string {
  return heading ? `${kind} ${n}: ${heading}` : `${kind} ${n}`;
}

/**
 * The labelled, focusable scroll box a wide table or code example sits in (`.mh_scroll`, src/styles/_markdown.scss;
 * src/components/site/ScrollRegion.astro is the same box in templates), around `children`: as an element, or as JSX
 * in an MDX page.
 */
function scrollBox(label: string, children: ElementContent[]): Element {
  return h('div', { className: ['mh_scroll'], role: 'group', tabIndex: 0, ariaLabel: label }, children);
}
function jsxScrollBox(type: JsxElement['type'], label: string, child: JsxElement): JsxElement {
  return { type, name: 'div', attributes: [jsxAttr('class', 'mh_scroll'), jsxAttr('role', 'group'), jsxAttr('tabindex', '0'), jsxAttr('aria-label', label)], children: [child as unknown as ElementContent] };
}

/** The text of the `<caption>` of a table written as JSX in an MDX page, if it has one with text. */
function jsxCaptionText(table: JsxElement): string | undefined {
  const caption = table.children.find((c) => isJsx(c) && c.name === 'caption') as JsxElement | undefined;
  if (!caption) return undefined;
  const text = (n: unknown): string =>
    (n as { type: string }).type === 'text' ? (n as { value: string }).value : isJsx(n) || isEl(n as RootContent) ? (n as { children: unknown[] }).children.map(text).join('') : '';
  return caption.children.map(text).join('').replace(/\s+/g, ' ').trim() || undefined;
}

/** The text of the `<caption>` in a table written in HTML (its raw blocks), tags and spacing tidied, if it has one. */
function captionText(parts: readonly ElementContent[]): string | undefined {
  const html = parts.map((p) => ((p as { type: string }).type === 'raw' ? (p as unknown as Raw).value : '')).join('');
  const m = /<caption[^>]*>([\s\S]*?)<\/caption\s*>/i.exec(html);
  const text = m?.[1].replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/**
 * rehype plugin. Runs after Astro's Shiki step, before Astro collects heading ids (it keeps ours).
 * - every `<table>` is wrapped in `<div class="mh_scroll" role="group" tabindex="0" aria-label="Table N: section">`;
 * - every `<pre>` is wrapped in `<div class="mh_code">` (where the copy button goes) and is itself the focusable
 *   labelled scroll box (`role="group" tabindex="0" aria-label="Code example N: section"`);
 * - task-list checkboxes (`- [x]` in a page) become text: a box drawn by CSS plus "Done: " / "Not done: " for
 *   screen readers, so nothing looks like a control that cannot be used;
 * - h2–h6 with an id get a "link to this section" link beside them (outside the heading, so its accessible name
 *   stays the heading's text): `<div class="mh_heading"><h2 id="x">Text</h2><a class="mh_heading__link" href="#x">…</a></div>`;
 * - in a page whose front matter has `lang` (another language than the site's), the site's own words added here and
 *   by remark-rehype and ./alerts.ts ("Link to the section", "Done: ", "Footnotes", "Back to reference 1", "Note")
 *   carry `lang="en-GB"` (SITE_LANGUAGE), as the page's text carries its own.
 */
export function rehypeMarkdownContent() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const pageLang = pageLanguageOf(file.data);
    /** Properties marking the site's own words in a page in another language (none on a page in the site's). */
    const siteWords = pageLang ? { lang: SITE_LANGUAGE } : {};
    const known = (file.data.headingIds as { headings: HeadingInfo[] } | undefined)?.headings ?? [];
    const headingText = new Map(known.map((x) => [x.id, x.text]));
    const labels: Labels = { tables: 0, code: 0 };
    eachElement(tree, (node, parent, index) => {
      if (HEADING.test(node.tagName)) {
        const id = node.properties.id;
        labels.lastHeading = typeof id === 'string' && headingText.has(id) ? headingText.get(id) : toText(node).trim() || labels.lastHeading;
        return 'skip';
      }
      if (node.tagName === 'th' || node.tagName === 'td') alignToClass(node);
      if (node.tagName === 'a') keepPhoneTogether(node);
      if (node.tagName === 'table' && !(isEl(parent as Element) && hasClass(parent as Element, 'mh_scroll'))) {
        labels.tables++;
        parent.children[index] = scrollBox(boxLabel('Table', labels.tables, labels.lastHeading), [node]);
        return;
      }
      if (node.tagName === 'pre' && !(isEl(parent as Element) && hasClass(parent as Element, 'mh_code'))) {
        labels.code++;
        const lang = typeof node.properties.dataLanguage === 'string' && node.properties.dataLanguage !== 'plaintext' ? node.properties.dataLanguage : undefined;
        Object.assign(node.properties, { role: 'group', tabIndex: 0, ariaLabel: boxLabel('Code example', labels.code, labels.lastHeading) });
        addClass(node, 'mh_code__pre');
        parent.children[index] = h('div', { className: ['mh_code'], ...(lang ? { dataLanguage: lang } : {}) }, [node]);
        return 'skip';
      }
      if (node.tagName === 'input' && node.properties.type === 'checkbox' && isEl(parent as Element) && (parent as Element).tagName === 'li') {
        const done = node.properties.checked === true || node.properties.checked === '';
        parent.children[index] = h('span', { className: ['mh_task', done ? 'mh_task--done' : 'mh_task--todo'] }, [
          h('span', { className: ['mh_task__box'], ariaHidden: 'true' }),
          h('span', { className: ['visually-hidden'], ...siteWords }, [text(done ? 'Done: ' : 'Not done: ')]),
        ]);
        return;
      }
    }, (node, parent, index) => {
      // A <table> or <pre> written in an MDX page gets the same box as a Markdown table or code block: unboxed, a
      // wide one made the whole page scroll sideways at 320 px (WCAG 1.4.10; adopters' trials, 3 December 2026).
      if (node.name !== 'table' && node.name !== 'pre') return;
      const outer: unknown = parent;
      if (isJsx(outer) && outer.name === 'div' && outer.attributes.some((a) => (a.name === 'class' || a.name === 'className') && String(a.value).split(/\s+/).includes('mh_scroll'))) return 'skip';
      const caption = node.name === 'table' ? jsxCaptionText(node) : undefined;
      const label = node.name === 'table' ? boxLabel('Table', ++labels.tables, caption ?? labels.lastHeading) : boxLabel('Code example', ++labels.code, labels.lastHeading);
      const box = jsxScrollBox(node.type, label, node);
      (parent.children as unknown[])[index] = box;
      return 'skip';
    }, (node, parent, index) => {
      // Editors' notes in HTML comments (`<!-- Editors: … -->`) are for editors: they were published in the page's
      // HTML for anyone to read (an adopter's trial, 3 December 2026).
      // `<!-->` and `<!--->` are comments too (HTML's abruptly closed empty comment).
      node.value = node.value.replace(/<!--(?:-?>|[\s\S]*?-->)/g, '');
      // A table or <pre> written in HTML in a .md page gets the box a Markdown table or code block gets: unboxed, a
      // wide one made the whole page scroll sideways at 320 px (WCAG 1.4.10), and a <pre> that scrolled could not be
      // reached from the keyboard (axe scrollable-region-focusable; adopters' trials, 3 December 2026).
      if (isEl(parent as Element) && hasClass(parent as Element, 'mh_scroll')) return;
      const html = node.value.trim();
      const kind = /^<table[\s>]/i.test(html) ? 'table' : /^<pre[\s>]/i.test(html) ? 'pre' : undefined;
      if (!kind) return;
      // Cells written with nothing between them (`</th><th>`) ran their words together in search excerpts, as a
      // description list's did: a space between them changes nothing a browser shows.
      // The element may span several blocks: a blank line between rows, or Markdown inside a cell (as GitHub
      // documents it), splits it into HTML blocks with rendered Markdown between them. The box goes round all of them,
      // from the block that opens the element to the one that closes it.
      const siblings = parent.children as (RootContent | ElementContent)[];
      const open = new RegExp(`<${kind}[\\s>]`, 'gi');
      const close = new RegExp(`</${kind}\\s*>`, 'gi');
      let depth = 0;
      let last = -1;
      for (let j = index; j < siblings.length; j++) {
        const c = siblings[j];
        if (c.type !== 'raw') continue;
        depth += (c.value.match(open) ?? []).length - (c.value.match(close) ?? []).length;
        if (depth <= 0) {
          last = j;
          break;
        }
      }
      if (last < 0) return;
      const inside = siblings.slice(index, last + 1) as ElementContent[];
      if (kind === 'table') {
        const raws = inside.filter((c) => (c as { type: string }).type === 'raw') as unknown as Raw[];
        for (const c of raws) c.value = c.value.replace(/(<\/t[hd]\s*>)(?=<t[hd][\s>])/gi, '$1 ');
        scopeHeaderCells(raws);
      }
      const caption = kind === 'table' ? captionText(inside) : undefined;
      const label = kind === 'table' ? boxLabel('Table', ++labels.tables, caption ?? labels.lastHeading) : boxLabel('Code example', ++labels.code, labels.lastHeading);
      siblings.splice(index, last + 1 - index, scrollBox(label, inside));
    });
    // Footnotes: remark-rehype labels the section "Footnotes" with a class (sr-only) the design system lacks.
    eachElement(tree, (node) => {
      if (node.properties.id === 'footnote-label' || hasClass(node, 'sr-only')) {
        node.properties.className = [...new Set([...classes(node).filter((c) => c !== 'sr-only'), 'visually-hidden'])];
      }
      // The site's own words inside a page in another language: the "Footnotes" heading, the back links' "Back to
      // reference 1" and an alert's "Note" took the page's language and were read in its voice (a bilingual trial,
      // 3 December 2026; WCAG 2.2 SC 3.1.2).
      if (pageLang && (node.properties.id === 'footnote-label' || node.properties.dataFootnoteBackref !== undefined || hasClass(node, 'mh_alert__label'))) node.properties.lang = SITE_LANGUAGE;
      // An alert's name, aria-label="Note", is an attribute of the box, whose text is in the page's language, so it
      // cannot be marked apart from it: there the visible label, marked, is read instead, as the note's first words.
      if (pageLang && hasClass(node, 'mh_alert')) delete node.properties.ariaLabel;
      if (pageLang && hasClass(node, 'mh_alert__label')) delete node.properties.ariaHidden;
    });
    const parts = wrapHeadings(tree, headingText, pageLang);
    // Pages read this as `remarkPluginFrontmatter.codeBlocks` to load the copy-button script only where it is used,
    // and `headingParts` (ids to runs) to mark the words of another language in their Contents list.
    const astro = ((file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> });
    (astro.frontmatter ??= {}).codeBlocks = labels.code;
    if (Object.keys(parts).length) astro.frontmatter.headingParts = parts;
  };
}

/**
 * Gives each `<th>` of a table written in HTML (its raw blocks, in order) that has no `scope` the one its place
 * implies: `col` in `<thead>` or in a table's first row outside any `<tbody>`, `row` elsewhere (`colgroup` and
 * `rowgroup` where it spans several). A table with merged cells (rowspan, colspan) needs them, or a screen reader
 * cannot tie a cell to its headers (WCAG 1.3.1, technique H63): tables converted from Word by pandoc have merged
 * cells and no scope, and html-validate's wcag/h63 failed the built site while the check passed (a migration
 * trial, 3 December 2026). A `scope` the editor wrote is kept.
 */
function scopeHeaderCells(raws: readonly Raw[]): void {
  let section: string | undefined;
  let row = -1;
  for (const r of raws)
    r.value = r.value.replace(/<(\/?)(thead|tbody|tfoot|tr|th)\b([^>]*)>/gi, (tag, end: string, name: string, attrs: string) => {
      const n = name.toLowerCase();
      if (n === 'thead' || n === 'tbody' || n === 'tfoot') section = end ? undefined : n;
      else if (n === 'tr' && !end) row++;
      else if (n === 'th' && !end && !/\sscope\s*=/i.test(attrs)) {
        const col = section === 'thead' || (section === undefined && row === 0);
        const spans = new RegExp(`\\s${col ? 'colspan' : 'rowspan'}\\s*=\\s*["']?([0-9]+)`, 'i').exec(attrs);
        const scope = `${col ? 'col' : 'row'}${spans && Number(spans[1]) > 1 ? 'group' : ''}`;
        return `<${name} scope="${scope}"${attrs}>`;
      }
      return tag;
    });
}

/**
 * The page's language when it is not the site's: its front matter `lang` as Astro hands it to the plugins
 * (`file.data.astro.frontmatter`, as written), read as the check reads it (readPageLanguage); undefined for a page
 * in the site's language or one whose `lang` the check refuses.
 */
function pageLanguageOf(data: Record<string, unknown>): string | undefined {
  const lang = (data.astro as { frontmatter?: { lang?: unknown } } | undefined)?.frontmatter?.lang;
  if (typeof lang !== 'string') return undefined;
  const read = readPageLanguage(lang);
  return 'tag' in read ? read.tag : undefined;
}

/**
 * Puts each h2–h6 with an id in `<div class="mh_heading">` beside a link to it, named "Link to the section “…”".
 * In a page in another language (`pageLang`) that name is the site's words around the heading's: marked so, a
 * screen reader reads "Link to the section" in English and the heading in the page's language (WCAG 2.2 SC 3.1.2).
 * Words the heading marks in another language (`<span lang="gd">`) are marked in the name too. Returns those
 * headings' runs by id (./heading-parts.ts), for the page's Contents list; headings with nothing marked are absent.
 */
function wrapHeadings(tree: AnyParent, headingText: Map<string, string>, pageLang?: string): Record<string, TextPart[]> {
  const found: Record<string, TextPart[]> = {};
  eachElement(tree, (node, parent, index) => {
    if (!HEADING.test(node.tagName)) return;
    const id = node.properties.id;
    if (typeof id !== 'string' || id === 'footnote-label') return 'skip';
    const name = headingText.get(id) ?? toText(node).trim();
    // Only runs that spell the heading's recorded text: anything else (text from raw HTML) falls back to plain text.
    const runs = headingParts(node);
    const parts = runs && sameText(runs.map((r) => r.text).join(''), name) ? runs : undefined;
    if (parts) found[id] = parts;
    const nameNodes: ElementContent[] = parts
      ? parts.map((r) => (r.lang ? h('span', { lang: r.lang }, [text(r.text)]) : text(r.text)))
      : [text(name)];
    // Out of the search index: its words would run into every result's excerpt ("#Link to the section …").
    const link = h('a', { className: ['mh_heading__link'], href: `#${id}`, dataPagefindIgnore: true }, [
      h('span', { ariaHidden: 'true' }, [text('#')]),
      pageLang
        ? h('span', { className: ['visually-hidden'], lang: SITE_LANGUAGE }, [text('Link to the section “'), h('span', { lang: pageLang }, nameNodes), text('”')])
        : h('span', { className: ['visually-hidden'] }, [text('Link to the section “'), ...nameNodes, text('”')]),
    ]);
    parent.children[index] = h('div', { className: ['mh_heading', `mh_heading--${node.tagName}`] }, [node, link]);
    return 'skip';
  });
  return found;
}

