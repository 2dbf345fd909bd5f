// What the content check needs from a Markdown/MDX body — heading ids, every link with its file position, and
// markup the CSP or the page template forbids — found by running the SAME remark steps the renderer runs.
import crypto from 'node:crypto';
import type { Processor } from 'unified';
import { Parser } from 'htmlparser2';
import type { Blockquote, Nodes, Root, Table } from 'mdast';
import { eachNode } from './walk';
import { remarkPlugins } from './pipeline';
import { bodyParser } from './parse';
import type { HeadingInfo } from './headings';
import { DISALLOWED_RAW_TAGS } from './tag-filter';
import { mdxNamesRead } from './mdx-names';
import { ALERT_TYPES } from './alerts';
import { toString } from 'mdast-util-to-string';
import { closest } from '../shared/closest';
import { readLanguageTag } from '../shared/language';
import { blankParsedMarkup } from './blank-markup';
import { confluenceExportTag, foreignSyntax, foreignSyntaxInBody } from './foreign-syntax';

export interface MarkdownLink {
  url: string;
  /** `image` for images (Markdown or `<img src>`), `link` for everything else. */
  kind: 'link' | 'image';
  /** Where it was written: inline, a reference definition (`[ref]: /url`), an autolink, or raw HTML. */
  source: 'inline' | 'definition' | 'autolink' | 'html';
  /** 1-based file line and column of the construct's first character. */
  line: number;
  column: number;
}

/** Something in the body the page cannot show as written; `field` is `heading`, `html` or `mdx` (a syntax error). */
export interface MarkdownProblem {
  field: string;
  message: string;
  line: number;
  column: number;
  /** Markup that renders, but not as the editor meant (text left as written): a warning. Errors otherwise. */
  severity?: 'warning';
}

export interface MarkdownAnalysis {
  /** Every heading with the id the page ships (from the one heading-id function), in page order. */
  headings: HeadingInfo[];
  /** Ids a link may point at: heading ids plus `id` attributes written in raw HTML. */
  anchors: Set<string>;
  links: MarkdownLink[];
  problems: MarkdownProblem[];
  /** Front-matter fields an MDX page's expressions read (`{frontmatter.owner}`), at file line and column. */
  frontmatterReads: FrontmatterField[];
  /** Names an MDX page's own `import` and `export` statements define (`import Diagram from './diagram.astro'`), sorted. */
  esmNames: string[];
}

/** One `frontmatter.<key>` read: the field, the expression as written, and where it starts. */
export interface FrontmatterField {
  key: string;
  source: string;
  line: number;
  column: number;
}

// The renderer's parse (./parse.ts), then ours (SmartyPants first: it changes quotes, so slugs).
const base = (mdx: boolean) => bodyParser(mdx).use(remarkPlugins) as unknown as Processor<Root, Root, Root>;
const processors = { md: base(false), mdx: base(true) };

/** Offsets in `text` → 1-based line and column. */
function positions(text: string) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

const FORBIDDEN_TAGS: Record<string, string> = {
  script: 'raw HTML <script>: the site\'s Content-Security-Policy blocks inline scripts, so it would not run; pages cannot carry their own scripts',
  style: 'raw HTML <style>: the site\'s Content-Security-Policy blocks inline styles, so it would be ignored; ask for a class in the site\'s stylesheet',
  h1: 'raw HTML <h1> in the page body: the page title is the page\'s only level-1 heading; use ## for a section',
};

/**
 * Link text that says nothing of where the link goes ("here", "click here", "read more"), as lists of a page's links
 * read it: screen readers offer them out of their sentence, and such text was in pages that passed the check and axe
 * (a reading trial, 3 December 2026). WCAG 2.2 SC 2.4.4 (Link Purpose, In Context) lets the sentence around a link
 * tell its purpose, so it is a warning; the GOV.UK style guide asks for link text that describes the destination.
 */
const VAGUE_LINK_TEXT = new Set([
  'here', 'click here', 'click', 'this', 'this page', 'this link', 'link', 'read more', 'more', 'more info', 'more information',
  'find out more', 'learn more', 'see more', 'details', 'go', 'see here', 'click this link', 'follow this link', 'this document',
]);

/** The warning for a link whose text is in {@link VAGUE_LINK_TEXT} (compared in lower case, without end punctuation), or undefined. */
function vagueLinkText(text: string, url: string): string | undefined {
  const words = text.replace(/\s+/g, ' ').trim();
  if (!VAGUE_LINK_TEXT.has(words.toLowerCase().replace(/[.:!…]+$/, ''))) return undefined;
  return `link text "${words}" does not say where the link goes, and screen readers list links out of their sentence (WCAG 2.2 SC 2.4.4): make the link's words name what the reader will find there: "[<what it is>](${url})"`;
}

/**
 * Problems with one raw HTML or JSX tag's name and attributes (`values`: each attribute's value as written, undefined
 * for a JSX expression or an attribute without one).
 */
function tagProblems(name: string, values: Record<string, string | undefined>): string[] {
  const out: string[] = [];
  const attrs = Object.keys(values);
  const tag = name.toLowerCase();
  if (FORBIDDEN_TAGS[tag]) out.push(FORBIDDEN_TAGS[tag]);
  else if ((DISALLOWED_RAW_TAGS as readonly string[]).includes(tag))
    out.push(`raw HTML <${tag}>: GitHub's tag filter disallows it (it can hide or take over the rest of the page), so the page would show it as text; remove it, or write it in \`code\``);
  if (attrs.some((a) => a.toLowerCase() === 'style'))
    out.push(`raw HTML <${tag}> with a style attribute: the site's Content-Security-Policy blocks inline styles, so it would be ignored; use Markdown, or a class from the site's stylesheet`);
  // An <img> with no alt at all: screen readers read out its file name. alt="" (a picture that is only decoration) is
  // a choice and stays allowed, as `![](…)` is (an adopter's trial, 3 December 2026: axe's image-alt, critical).
  if (tag === 'img' && !attrs.some((a) => a.toLowerCase() === 'alt'))
    out.push(
      'raw HTML <img> without an alt attribute: screen readers would read out the file name (WCAG 2.2, 1.1.1 Non-text Content); add alt="what the picture shows", or alt="" for a picture that is only decoration',
    );
  const handler = attrs.find((a) => /^on[a-z]+$/i.test(a));
  if (handler)
    out.push(`raw HTML <${tag}> with an event handler (${handler}): the site's Content-Security-Policy blocks inline scripts, so it would not run; remove it`);
  // A passage in another language is marked `<span lang="gd">` (WCAG 2.2 SC 3.1.2): a value that is not a language
  // tag marks nothing, and a screen reader reads on in the page's voice. lang="" (language unknown) is valid HTML.
  const langKey = attrs.find((a) => a.toLowerCase() === 'lang');
  const lang = langKey === undefined ? undefined : values[langKey];
  if (lang) {
    const read = readLanguageTag(lang);
    if ('problem' in read) out.push(`raw HTML <${tag}> with lang="${lang}": "${lang}" ${read.problem}`);
  }
  return out;
}

/**
 * Analyses a Markdown (`mdx: false`) or MDX body. `bodyLine` is the file line the body starts on, so every
 * position is a real `file:line:col`. Parses as the renderer does (./parse.ts for Markdown, remark-mdx for MDX), then
 * runs src/lib/markdown/pipeline.ts's remark steps
 * (SmartyPants first), so heading ids are exactly the rendered ones. An MDX body that does not parse as MDX is read as
 * Markdown (the build reports the MDX error itself). `checklist`: a checklist's body, whose items end with
 * `{#id required}` (src/lib/checklists/parse.ts), so attribute lists there are not another tool's (./foreign-syntax.ts).
 */
export function analyseMarkdown(body: string, opts: { bodyLine?: number; mdx?: boolean; checklist?: boolean } = {}): MarkdownAnalysis {
  const bodyLine = opts.bodyLine ?? 1;
  const mdx = !!opts.mdx;
  const checklist = !!opts.checklist;
  let stored: StoredAnalysis | undefined;
  if (store) {
    const key = bodyDigest(body, mdx, checklist);
    stored = store.get(key);
    if (!stored) store.set(key, (stored = toStored(analyseBody(body, mdx, checklist))));
    store.used.add(key);
  } else stored = toStored(analyseBody(body, mdx, checklist));
  return fromStored(stored, bodyLine);
}

/**
 * What an editor can do about an MDX syntax error, by the parser part that raised it (the message's `source`):
 * micromark-extension-mdx-jsx and mdast-util-mdx-jsx for tags, -mdx-expression for braces, -mdxjs-esm for
 * import/export lines (https://mdxjs.com/docs/troubleshooting-mdx/).
 */
function mdxFix(source: string, ruleId: string): string {
  if (ruleId === 'end-tag-mismatch') return 'close each tag where it opens (<br />, <Kpi … />) or give it its closing tag (</div>) in the same block';
  if (source.includes('mdx-jsx')) return 'in an .mdx page "<" starts a component or HTML tag: write &lt; for a less-than sign';
  if (source.includes('mdx-expression')) return 'in an .mdx page "{" starts a JavaScript expression: write &#123; and &#125; for braces, or finish the expression';
  if (source.includes('esm')) return 'in an .mdx page a paragraph starting with "import" or "export" is JavaScript: fix it, or reword the paragraph';
  return 'fix the MDX syntax, or rename the page to .md if it uses no components';
}

/**
 * An MDX syntax error (a `VFileMessage` from micromark or mdast-util-mdx-jsx) in `body` as a problem at body line and
 * column: where the editor must look (the "<" of a bad tag, the "{" never closed, the unclosed tag), else the
 * message's own place. The reason is the parser's, in editors' words ("acorn" is "JavaScript"); its own note (how
 * to write a comment or link in MDX) is the advice when it has one, else a hint for the kind of error follows it.
 */
function mdxSyntaxProblem(err: unknown, body: string): MarkdownProblem {
  const e = err as { reason?: string; message?: string; source?: string; ruleId?: string; line?: number; column?: number; place?: { offset?: number } };
  const reason = (e.reason ?? e.message ?? String(err)).trim();
  const at = positions(body);
  let where = e.line && e.column ? { line: e.line, column: e.column } : { line: 1, column: 1 };
  // "Expected a closing tag for `<br>` (1:7-1:11) before the end of `paragraph`" is placed at the paragraph; the tag's
  // own place is in the text.
  const inText = /^Expected a closing tag/.test(reason) ? /\((\d+):(\d+)[-)]/.exec(reason) : null;
  if (inText) where = { line: Number(inText[1]), column: Number(inText[2]) };
  // An expression error is placed where the paragraph ends (a brace never closed) or inside the expression (text that
  // is not JavaScript): point at its "{", the last one before that place that no "}" closes.
  else if ((e.source ?? '').includes('mdx-expression') && e.place?.offset !== undefined) {
    let depth = 0;
    for (let i = Math.min(e.place.offset, body.length) - 1; i >= 0; i--) {
      if (body[i] === '}') depth++;
      else if (body[i] === '{' && depth-- === 0) {
        where = at(i);
        break;
      }
    }
  }
  // A bad tag ("Unexpected character `5` … before name", "`/` … before local name" in <https://…>) is placed at the
  // character after which it went wrong: point at the "<" that started it, on the same line.
  else if ((e.source ?? '').includes('mdx-jsx') && e.ruleId === 'unexpected-character' && e.place?.offset !== undefined) {
    const lt = body.lastIndexOf('<', e.place.offset);
    if (lt >= 0 && !body.slice(lt, e.place.offset).includes('\n')) where = at(lt);
  }
  // The places the text gives are counted from the body, not the file; the problem's own line and column replace them.
  const text = reason.replace(/ \(\d+:\d+(-\d+:\d+)?\)/g, '').replace(/ with acorn\b/, ' as JavaScript').replace(/\.$/, '');
  // The parser's own note (how to write a comment or a link in MDX) is the advice; ours would contradict it.
  // Where the error points: the "{" of template code (or the inner one of `{{< … >}}`) gets advice of its own.
  const at0 = lineOffset(body, where.line) + where.column - 1;
  const template = TEMPLATE_CODE.test(body.slice(at0)) || (at0 > 0 && TEMPLATE_CODE.test(body.slice(at0 - 1)));
  const fix = /\(note: /.test(text) ? '' : template ? `; ${TEMPLATE_FIX}` : `; ${mdxFix(e.source ?? '', e.ruleId ?? '')}`;
  return { field: 'mdx', message: `${MDX_SYNTAX} ${text}${fix}`, ...where };
}

/** The offset in `text` where its 1-based `line` starts. */
function lineOffset(text: string, line: number): number {
  let at = 0;
  for (let l = 1; l < line && at >= 0; l++) at = text.indexOf('\n', at) + 1 || -1;
  return Math.max(0, at);
}

/**
 * Braces holding Liquid (`{% include … %}`, `{{ page.x }}`) or Hugo (`{{ .Site.Title }}`, `{{< … >}}`) template code.
 * The MDX advice for braces, "write &#123; and &#125;", published the template code as text (a migration trial,
 * 3 December 2026): what to write is what the template showed (./foreign-syntax.ts says how, by kind).
 */
const TEMPLATE_CODE = /^\{[{%]/;
const TEMPLATE_FIX =
  'the braces hold template code (Liquid, Hugo), which this handbook does not run; write what it showed (writing the braces as &#123; and &#125; would publish the template code as text)';

/** How an MDX syntax problem's message starts (see {@link isMdxSyntaxProblem}). */
const MDX_SYNTAX = 'the page is not valid MDX:';

/**
 * Whether a problem of {@link analyseMarkdown} is the body's MDX syntax error: the body was then read as Markdown, so
 * its imports and exports are not known, and checks that need them (which components it may use) hold back.
 */
export function isMdxSyntaxProblem(p: { field: string; message: string }): boolean {
  return p.field === 'mdx' && p.message.startsWith(MDX_SYNTAX);
}

/** One body's analysis with positions counted from the body's first line (line 1). */
function analyseBody(body: string, mdx: boolean, checklist: boolean): MarkdownAnalysis {
  const bodyLine = 1;
  let tree: Root;
  const file = { data: {} as Record<string, unknown> };
  const problems: MarkdownProblem[] = [];
  let readAsMdx = false;
  try {
    const p = processors[mdx ? 'mdx' : 'md'];
    tree = p.runSync(p.parse(body), file as never) as Root;
    readAsMdx = mdx;
  } catch (err) {
    // Only MDX can fail to parse (Markdown has no syntax errors). Astro's MDX compile would stop the build on it
    // after output had begun, so it is a check error here; the rest of the page is still read as Markdown so its
    // links and headings are checked too.
    if (mdx) problems.push(mdxSyntaxProblem(err, body));
    const p = processors.md;
    tree = p.runSync(p.parse(body), file as never) as Root;
  }
  const ids = file.data.headingIds as { headings: HeadingInfo[]; explicit: string[] };
  const at = positions(body);
  const pos = (offset: number) => {
    const p = at(offset);
    return { line: p.line + bodyLine - 1, column: p.column };
  };
  const nodeAt = (n: { position?: { start: { offset?: number } } }) => pos(n.position?.start.offset ?? 0);
  const names = readAsMdx ? mdxNamesRead(tree, body) : { undefinedNames: [], frontmatterReads: [], defined: [] };
  const frontmatterReads = names.frontmatterReads.map((r) => ({ key: r.key, source: r.source, ...pos(r.offset) }));
  for (const u of names.undefinedNames)
      problems.push({
        field: 'mdx',
        message:
          `${u.source} reads "${u.name}", which this page does not define, so the page would fail while it is built: ` +
          (u.inAttribute
            ? 'give the attribute a value the page has, e.g. a number {5} or text in quotes'
            : TEMPLATE_CODE.test(u.source)
              ? TEMPLATE_FIX
              : 'in an .mdx page "{" starts a JavaScript expression; write &#123; and &#125; for braces in text'),
        ...pos(u.offset),
      });

  const links: MarkdownLink[] = [];
  const imageRefs = new Set<string>();
  const code: [number, number][] = [];
  const headings: Nodes[] = [];
  eachNode<Nodes>(tree, (n) => {
    if (n.type === 'imageReference') imageRefs.add(n.identifier);
    if ((n.type === 'code' || n.type === 'inlineCode') && n.position?.start.offset !== undefined && n.position.end.offset !== undefined)
      code.push([n.position.start.offset, n.position.end.offset]);
    if (n.type === 'heading') headings.push(n);
  });
  const numberedList = confluenceNumberedLists(headings, body);
  for (const p of foreignSyntaxInBody(body, code, { mdx }))
    problems.push({ field: p.field, message: p.message, ...(p.severity === 'warning' ? { severity: 'warning' as const } : {}), ...pos(p.offset) });
  eachNode<Nodes>(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) {
        const parsed = inlineMarkup(node);
        for (const p of textLeftAsWritten(body, start, end, parsed)) problems.push({ field: p.field, message: p.message, severity: 'warning', ...pos(p.offset) });
        // Also when an .mdx page fell back to Markdown: template code is the commonest reason it did not parse.
        for (const p of foreignSyntax(body, start, end, parsed, { block: node.type, attributeLists: !mdx && !checklist }))
          problems.push({ field: p.field, message: p.message, ...(p.severity === 'warning' ? { severity: 'warning' as const } : {}), ...pos(p.offset) });
        const table = node.type === 'paragraph' ? brokenTableDelimiter(body.slice(start, end)) : undefined;
        if (table) problems.push({ field: 'table', message: table.message, severity: 'warning', ...pos(start + table.offset) });
      }
    } else if (node.type === 'blockquote') {
      const problem = alertMarkerProblem(node);
      if (problem) problems.push({ field: 'alert', message: problem, severity: 'warning', ...nodeAt(node) });
    } else if (node.type === 'table') {
      for (const p of extraCells(node, body)) problems.push({ field: 'table', message: p.message, severity: 'warning', ...pos(p.offset) });
    } else if (node.type === 'delete') {
      const message = subscriptStruckThrough(body, node.position?.start.offset, node.position?.end.offset);
      if (message) problems.push({ field: 'subscript', message, severity: 'warning', ...nodeAt(node) });
    }
    if (node.type === 'heading' && numberedList.has(node)) {
      problems.push({
        field: 'heading',
        message: `"${body.slice(node.position!.start.offset, node.position!.end.offset).trim()}" looks like an item of a Confluence numbered list ("#" and "##" lines one under another), which Markdown reads as a heading: write "1. " for an item (and "   1. " under it for a sub-item)`,
        ...nodeAt(node),
      });
    } else if (node.type === 'heading' && node.depth === 1) {
      problems.push({
        field: 'heading',
        message: 'a level-1 heading ("# …") in the page body: the page title is the page\'s only level-1 heading; use ## for a section',
        ...nodeAt(node),
      });
    } else if (node.type === 'link' || node.type === 'image') {
      const start = node.position?.start.offset ?? 0;
      const autolink = node.type === 'link' && body[start] !== '[';
      links.push({ url: node.url, kind: node.type, source: autolink ? 'autolink' : 'inline', ...nodeAt(node) });
      const vague = node.type === 'link' && !autolink ? vagueLinkText(toString(node), node.url) : undefined;
      if (vague) problems.push({ field: 'link', message: vague, severity: 'warning', ...nodeAt(node) });
      if (node.type === 'image') {
        const named = altIsFileName(node.alt ?? '', node.url);
        if (named) problems.push({ field: 'image', message: named, severity: 'warning', ...nodeAt(node) });
      }
    } else if (node.type === 'code' && /^\{=\w+\}$/.test(node.lang ?? '')) {
      problems.push({
        field: 'syntax',
        message: `"\`\`\`${node.lang}" is a pandoc raw block, which this handbook does not read: it shows as code, its ${node.lang!.slice(2, -1)} as typed; ${node.lang === '{=html}' ? 'write the HTML without the fence lines (HTML in a page is kept), or delete the block' : 'delete the block (it was for another output format)'}`,
        severity: 'warning',
        ...nodeAt(node),
      });
    } else if (node.type === 'definition') {
      links.push({ url: node.url, kind: imageRefs.has(node.identifier) ? 'image' : 'link', source: 'definition', ...nodeAt(node) });
    } else if (node.type === 'html') {
      const start = node.position?.start.offset ?? 0;
      const parser: Parser = new Parser(
        {
          onopentag(name, attrs) {
            const where = pos(start + parser.startIndex);
            for (const message of tagProblems(name, attrs)) problems.push({ field: 'html', message, ...where });
            if (name === 'a' && attrs.href !== undefined) links.push({ url: attrs.href, kind: 'link', source: 'html', ...where });
            if (name === 'img' && attrs.src !== undefined) links.push({ url: attrs.src, kind: 'image', source: 'html', ...where });
            const exported = confluenceExportTag(name, attrs);
            if (exported) problems.push({ field: 'syntax', message: exported, severity: 'warning', ...where });
            const named = name === 'img' && attrs.alt !== undefined && attrs.src !== undefined ? altIsFileName(attrs.alt, attrs.src) : undefined;
            if (named) problems.push({ field: 'image', message: named, severity: 'warning', ...where });
          },
        },
        { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
      );
      parser.write(node.value);
      parser.end();
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (!/^[a-z]/.test(name)) return; // Components (<Kpi />) are checked by src/lib/check/mdx.ts.
      const attrs = node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [a] : []));
      const where = nodeAt(node);
      // A string, or an expression that is only a string literal (`href={"/x"}`, `{'/x'}`, `` {`/x`} ``): the same
      // address, which went unchecked when written as an expression; so did `lang={'Gaelic'}` (a bilingual trial,
      // 3 December 2026).
      const value = (k: string) => {
        const v = attrs.find((a) => a.name === k)?.value;
        if (typeof v === 'string' || !v) return v;
        return /^\s*(["'`])((?:(?!\1)[^\\$])*)\1\s*$/.exec(v.value)?.[2];
      };
      for (const message of tagProblems(name, Object.fromEntries(attrs.map((a) => [a.name, value(a.name) ?? undefined])))) problems.push({ field: 'html', message, ...where });
      const href = value('href');
      const src = value('src');
      if (name === 'a' && typeof href === 'string') links.push({ url: href, kind: 'link', source: 'html', ...where });
      if (name === 'img' && typeof src === 'string') links.push({ url: src, kind: 'image', source: 'html', ...where });
    }
  });
  for (const l of links) {
    const hidden = hiddenInAddress(l.url);
    if (hidden) problems.push({ field: l.kind, message: hidden, line: l.line, column: l.column });
  }
  // Only custom ids can repeat (generated ones step around every id the page has): two headings with {#db-errors}
  // published two elements with one id, and a link to it landed on the first (a migration trial, 3 December 2026).
  const firstWithId = new Map<string, HeadingInfo>();
  for (const h of ids.headings) {
    const first = firstWithId.get(h.id);
    if (!first) firstWithId.set(h.id, h);
    else
      problems.push({
        field: 'heading',
        // Named by its text, not its line: a stored analysis is moved to where the body starts (fromStored).
        message: `the id "${h.id}" is given to the heading "${first.text}" too: an id names one place on a page, so a link to #${h.id} lands on the first; give this heading an id of its own ({#…})`,
        line: h.line + bodyLine - 1,
        column: h.column,
      });
  }
  const anchors = new Set([...ids.headings.map((h) => h.id), ...ids.explicit]);
  return { headings: ids.headings, anchors, links, problems, frontmatterReads, esmNames: names.defined };
}

/** Source ranges, as [start, end) offsets, of the links, images, references, code and expressions a block holds: markup that parsed. */
function inlineMarkup(block: Nodes): [number, number][] {
  const out: [number, number][] = [];
  eachNode<Nodes>(block, (n) => {
    if (n === block) return;
    // An MDX page's `{…}` is JavaScript, checked by ./mdx-names.ts (`{{ page.x }}` included), not text.
    if (['link', 'image', 'linkReference', 'imageReference', 'footnoteReference', 'inlineCode', 'html', 'mdxTextExpression'].includes(n.type)) {
      const a = n.position?.start.offset;
      const b = n.position?.end.offset;
      if (a !== undefined && b !== undefined) out.push([a, b]);
    }
    // A JSX tag's attributes are JavaScript (`style={{color: "red"}}`); its children are Markdown, read as text.
    else if (n.type === 'mdxJsxTextElement') {
      const a = n.position?.start.offset;
      const b = n.children[0]?.position?.start.offset ?? n.position?.end.offset;
      if (a !== undefined && b !== undefined) out.push([a, b]);
    }
  });
  return out;
}

/** Image file extensions, for telling alt text that is a file name ({@link altIsFileName}). */
const PICTURE_NAME = /\.(png|jpe?g|gif|svg|webp|avif|apng|tiff?|bmp|emf|wmf)$/i;

/**
 * The warning for a picture whose alt text is a file name (`![architecture.png](…)`, or the file's name without its
 * extension), which Confluence's exports and Word's write: a screen reader reads it out instead of what the picture
 * shows (WCAG 2.2, 1.1.1 Non-text Content; a migration trial, 3 December 2026). Undefined for any other alt text.
 */
export function altIsFileName(alt: string, src: string): string | undefined {
  const a = alt.trim();
  const base = decodeURIComponentSafe(src.replace(/[?#].*$/, '').replace(/^.*\//, ''));
  // The name without its extension counts only as written ("image1", "IMG_2041"): "Cluster diagram" for
  // Cluster%20Diagram.png was written as a description.
  if (!a || (!PICTURE_NAME.test(a) && a !== base.replace(/\.[^.]*$/, ''))) return undefined;
  return `the alt text "${a}" is the file name, which a screen reader reads out instead of what the picture shows (WCAG 2.2, 1.1.1 Non-text Content): describe the picture, ![what it shows](${src}), or write ![](${src}) for one that is only decoration`;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Characters Word leaves in pasted text that cannot be seen, by code point, with their Unicode names. */
const HIDDEN: Record<string, string> = {
  '\u200b': 'U+200B zero width space',
  '\u200c': 'U+200C zero width non-joiner',
  '\u200d': 'U+200D zero width joiner',
  '\u200e': 'U+200E left-to-right mark',
  '\u200f': 'U+200F right-to-left mark',
  '\u2060': 'U+2060 word joiner',
  '\ufeff': 'U+FEFF zero width no-break space (byte order mark)',
  '\u00ad': 'U+00AD soft hyphen',
  '\u00a0': 'U+00A0 no-break space',
  '\u201c': 'U+201C left curly quote “',
  '\u201d': 'U+201D right curly quote ”',
  '\u2018': "U+2018 left curly quote ‘",
  '\u2019': 'U+2019 right curly quote ’',
};
const HIDDEN_CHARS = new RegExp(`[${Object.keys(HIDDEN).join('')}]`, 'g');

/**
 * The error for a link or image address with a character Word left in it (a zero width space, a soft hyphen, a
 * curly quote, which an autolink swallows when the address is followed by one): the address is another, broken one,
 * and nothing on the page shows why (a migration trial, 3 December 2026). Undefined for an address without one.
 */
export function hiddenInAddress(url: string): string | undefined {
  // A curly quote can be part of a file's name ("team’s plan.pdf"); in a web or mail address, an #anchor, or at the
  // end (an autolink that swallowed the closing quote) it is Word's.
  const hash = url.indexOf('#');
  const found = [...url.matchAll(HIDDEN_CHARS)].filter(
    (m) => !/[\u2018\u2019\u201c\u201d]/.test(m[0]) || /^(https?|mailto|tel):/i.test(url) || (hash >= 0 && m.index > hash) || m.index === url.length - 1,
  );
  if (!found.length) return undefined;
  const first = found[0];
  const place = first.index === 0 ? 'at its start' : first.index === url.length - 1 ? 'at its end' : `after "${url.slice(Math.max(0, first.index - 30), first.index)}"`;
  const names = [...new Set(found.map((m) => HIDDEN[m[0]]))].join(', ');
  return `"${url}" has ${names} in its address (${found.length === 1 ? '' : 'the first '}${place}), pasted from Word, so the link goes to another address, which is broken: write "${url.replace(HIDDEN_CHARS, '')}"`;
}

/**
 * Runs of ATX headings of level 1 and 2 only on lines one under another: Confluence's wiki markup numbers a list
 * with "#" and "##" (a migration trial, 3 December 2026), which Markdown reads as headings; a manual's own headings
 * have text or a blank line between them, and a run that goes deeper ("#", "##", "###") is headings.
 */
function confluenceNumberedLists(headings: Nodes[], body: string): Set<Nodes> {
  const out = new Set<Nodes>();
  const atx = headings.filter((h) => h.type === 'heading' && body[h.position?.start.offset ?? 0] === '#');
  for (let i = 0; i < atx.length; ) {
    let j = i;
    while (j + 1 < atx.length && atx[j + 1].position!.start.line === atx[j].position!.end.line + 1 && atx[j + 1].position!.start.column === atx[i].position!.start.column) j++;
    const run = atx.slice(i, j + 1);
    if (run.length > 1 && run.every((h) => h.type === 'heading' && h.depth <= 2)) for (const h of run) out.add(h);
    i = j + 1;
  }
  return out;
}

/**
 * Markdown the parser left as text although the editor meant markup, in the block `body.slice(start, end)` (a
 * paragraph, heading or table cell): a link to a reference the page does not define (`[the rota][rota-link]`,
 * `[Backups][]`, its text spread over lines or with emphasis in it), a footnote reference without its note
 * (`claim[^2]`), and a link whose address has a space (`[x](/handbook/on call/)`). Each shows on the page as typed
 * (a new adopter's trial, 2 December 2026). The source is read, not the parsed text, so places are exact and what is
 * quoted is what was typed. Left alone: markup that parsed (`parsed`, ranges of links, references, code and HTML), code
 * inside inline HTML (`<code>a[0][1]</code>`), escaped brackets (`\\[x\\]`), and brackets right after a word or a
 * bracket (`rates[0][1]`, which is indexing, not a link). Offsets are into `body`.
 */
export function textLeftAsWritten(body: string, start: number, end: number, parsed: [number, number][] = []): { field: string; message: string; offset: number }[] {
  const source = body.slice(start, end);
  // Every rule below starts at a bracket; most paragraphs have none left after their links (a sixth of a 2,000-page
  // check went here before this test).
  if (!source.includes('[')) return [];
  const text = blankParsedMarkup(body, start, end, parsed);
  const out: { field: string; message: string; offset: number }[] = [];
  const typed = (m: RegExpMatchArray) => source.slice(m.index, m.index! + m[0].length).replace(/\s*\n\s*/g, ' ');
  for (const m of text.matchAll(/(?<![\w\])])\[([^[\]]+)\]\[([^[\]\n]*)\]/g)) {
    const label = (m[2] || m[1]).replace(/\s+/g, ' ').trim();
    // A definition written but not read as one: straight under a paragraph line, or with a space in its address.
    const written = new RegExp(`^ {0,3}\\[${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]:`, 'im').test(body);
    out.push({
      field: 'link',
      message: written
        ? `"${typed(m)}" links to the reference "${label}", whose line "[${label}]: …" is not read as a definition, so the link shows as text: put a blank line before that line, and write its address without spaces (or in <…>)`
        : `"${typed(m)}" links to the reference "${label}", which the page does not define, so it shows as text: add a line "[${label}]: /handbook/…" to the page, or write the link as [${m[1].replace(/\s+/g, ' ').trim()}](/handbook/…)`,
      offset: start + m.index,
    });
  }
  // Footnote labels are words or numbers; `[^A-Z]` in prose is a regular expression's class, not a footnote.
  // Written straight after a word (`claim[^2]`), unlike a link.
  for (const m of text.matchAll(/\[\^([A-Za-z0-9_-]+)\]/g))
    if (!/^[A-Za-z0-9]-[A-Za-z0-9]$/.test(m[1]))
      out.push({ field: 'footnote', message: `"${typed(m)}" refers to a footnote the page does not define, so it shows as text: add "[^${m[1]}]: …" to the page, or remove it`, offset: start + m.index });
  // The link's text may run over lines: pandoc wraps its output at 72 columns (a migration trial, 3 December 2026).
  for (const m of text.matchAll(/(?<![\w\])])(!?)\[([^[\]]+)\]\(([^()\s]*[ \t][^()\n]*)\)/g)) {
    // Template code as the address (`[APIs]({{< ref "apis.md" >}})`): writing it in <…> would publish the template
    // code as the address, and the next check would say the same again; the foreign-syntax rule says what to write
    // (a migration trial, 3 December 2026).
    if (/\{[{%]/.test(m[3])) continue;
    out.push({
      field: m[1] ? 'image' : 'link',
      message: `"${typed(m)}": ${m[1] ? "an image's" : "a link's"} address cannot have spaces, so it shows as text: write the address without them (a page's address uses hyphens), or as <${m[3]}> for a file whose name has them`,
      offset: start + m.index,
    });
  }
  return out;
}

/**
 * Why a blockquote that starts like a GitHub alert (`> [!WARN]`) is not one, or undefined: an unknown type (with the
 * nearest one), or a known marker with text after it on its line. Either way it renders as a plain quote showing the
 * marker (a new adopter's trial, 2 December 2026).
 */
function alertMarkerProblem(node: Blockquote): string | undefined {
  const first = node.children[0];
  const text = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : '';
  const m = /^\[!([A-Za-z]+)\]/.exec(text);
  if (!m) return undefined;
  const types = Object.keys(ALERT_TYPES).map((t) => t.toUpperCase());
  const kinds = `GitHub's alerts are ${types.map((t) => `[!${t}]`).join(', ')}`;
  if (!types.includes(m[1].toUpperCase())) {
    // A shortened type ([!WARN], [!IMPORT]) is the commonest slip, and too far from the full one for edit distance.
    const written = m[1].toUpperCase();
    const near = types.find((t) => t.startsWith(written) || written.startsWith(t)) ?? closest(written, types);
    return `"${m[0]}" is not an alert type, so the quote shows it as text: ${near ? `did you mean [!${near}]? ` : ''}${kinds}`;
  }
  return `"${m[0]}" starts an alert only alone on the quote's first line, so the quote shows it as text: put the alert's text on the next line ("> …")`;
}

/**
 * A table row's cells in its source line (GFM: outer pipes optional; only `\\|` is text: a pipe inside a code span
 * still separates cells, GFM spec 0.29 "Tables", example 200).
 */
function cellCount(line: string): number {
  const bare = line.trim().replace(/\\\|/g, 'x').replace(/^\|/, '').replace(/\|$/, '');
  return bare.split('|').length;
}

/**
 * A paragraph that was meant as a GFM table but is not one: a header row followed by a delimiter row (`|---|---|`)
 * with another number of cells, which GFM does not take for a table, so the page shows the pipes as text (a new
 * adopter's trial, 2 December 2026: the commonest table mistake passed the check). `source` is the paragraph as
 * written; the problem is at the delimiter row (its offset in `source`), or undefined.
 */
export function brokenTableDelimiter(source: string): { message: string; offset: number } | undefined {
  const lines = source.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i];
    const delim = lines[i + 1];
    if (!head.includes('|') || !/^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(delim) || !delim.includes('|')) continue;
    const header = cellCount(head);
    const delimiters = cellCount(delim);
    if (header === delimiters) continue;
    const offset = lines.slice(0, i + 1).reduce((n, l) => n + l.length + 1, 0);
    return {
      message:
        `this table's delimiter row has ${delimiters} ${delimiters === 1 ? 'cell' : 'cells'} and its header ${header}, so it is not read as a table and the page shows the pipes as text: ` +
        `give the delimiter row one |---| per header cell (${Array.from({ length: header }, () => '|---').join('')}|)`,
      offset,
    };
  }
  return undefined;
}

/**
 * Rows of a GFM table with more cells than its header: GFM drops the extra cells, so their text is lost from the
 * page (a new adopter's trial, 2 December 2026). `body` is the source the table's positions point into.
 */
function extraCells(node: Table, body: string): { message: string; offset: number }[] {
  const header = node.children[0]?.children.length ?? 0;
  const out: { message: string; offset: number }[] = [];
  for (const row of node.children.slice(1)) {
    const start = row.position?.start.offset;
    const end = row.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const cells = cellCount(body.slice(start, end));
    const codePipe = /`[^`\n]*(?<!\\)\|[^`\n]*`/.test(body.slice(start, end));
    if (cells > header)
      out.push({
        message:
          `this row has ${cells} cells and the table's header ${header}: the page drops the last ${cells - header === 1 ? 'cell' : `${cells - header} cells`}; ` +
          (codePipe ? 'a | inside `code` still separates cells in a table: write it \\|' : 'add a column to the header, or merge the cells'),
        offset: start,
      });
  }
  return out;
}

/** An analysis as JSON can hold it (anchors as a list), at body line 1. */
export interface StoredAnalysis {
  headings: HeadingInfo[];
  anchors: string[];
  links: MarkdownLink[];
  problems: MarkdownProblem[];
  frontmatterReads: FrontmatterField[];
  esmNames?: string[];
}

const toStored = (a: MarkdownAnalysis): StoredAnalysis => ({ ...a, anchors: [...a.anchors] });

/** A stored analysis moved to a body that starts on file line `bodyLine`, as fresh objects (callers may change them). */
function fromStored(a: StoredAnalysis, bodyLine: number): MarkdownAnalysis {
  const shift = bodyLine - 1;
  return {
    headings: a.headings.map((h) => ({ ...h, line: h.line + shift })),
    anchors: new Set(a.anchors),
    links: a.links.map((l) => ({ ...l, line: l.line + shift })),
    problems: a.problems.map((p) => ({ ...p, line: p.line + shift })),
    // Analyses stored before this field existed are dropped with the code change (see AnalysisStore).
    frontmatterReads: (a.frontmatterReads ?? []).map((r) => ({ ...r, line: r.line + shift })),
    esmNames: [...(a.esmNames ?? [])],
  };
}

/**
 * Analyses by body digest ({@link bodyDigest}), kept between check runs by src/lib/check/cache.ts (in
 * `.cache/check`), so a check after a one-page edit parses one page. Valid only for the code that made them: the
 * store is dropped whenever src/lib or the lock file changes. `used` collects the keys read or added this run, so the
 * saved store holds the current content only.
 */
export interface AnalysisStore {
  get(key: string): StoredAnalysis | undefined;
  set(key: string, value: StoredAnalysis): void;
  used: Set<string>;
}

let store: AnalysisStore | undefined;

/** SHA-256 (hex) of a body, whether it is read as MDX and whether it is a checklist's: the key of its analysis. */
export function bodyDigest(body: string, mdx: boolean, checklist = false): string {
  return crypto.createHash('sha256').update(mdx ? 'mdx\0' : 'md\0').update(checklist ? 'checklist\0' : '').update(body).digest('hex');
}

/**
 * Runs `fn` with `analyseMarkdown` reading and filling `s` (a body already analysed is not parsed again); the
 * previous store (normally none) is put back afterwards, also when `fn` throws.
 */
export function withAnalysisStore<T>(s: AnalysisStore, fn: () => T): T {
  const previous = store;
  store = s;
  try {
    return fn();
  } finally {
    store = previous;
  }
}

/**
 * Why a single-tilde strikethrough at [start, end) of `body` looks like a subscript, or undefined: `CO~2~`, `H~2~O`,
 * `x~i~`, one to three letters or digits struck through straight after a letter or digit. GitHub Markdown strikes
 * `~…~` through, while pandoc (converting Word) and Pandoc-style Markdown write a subscript that way, so "CO2" showed
 * as "CO" and a struck-through "2" (a migration trial, 3 December 2026). A warning, as the strikethrough may be meant.
 */
export function subscriptStruckThrough(body: string, start: number | undefined, end: number | undefined): string | undefined {
  if (start === undefined || end === undefined) return undefined;
  const typed = body.slice(start, end);
  const m = /^~([\p{L}\p{N}]{1,3})~$/u.exec(typed);
  if (!m || !/[\p{L}\p{N}]/u.test(body[start - 1] ?? '')) return undefined;
  const word = /[\p{L}\p{N}]+$/u.exec(body.slice(Math.max(0, start - 20), start))?.[0] ?? '';
  return `"${word}${typed}" strikes "${m[1]}" through (GitHub Markdown reads ~…~ as struck-through text), but it looks like a subscript, as pandoc writes one from Word: write ${word}<sub>${m[1]}</sub>, or ~~${m[1]}~~ if it is meant struck through`;
}
