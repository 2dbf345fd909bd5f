// The product's deliberate differences from the CommonMark and GFM specifications' HTML, each a named, documented
// normalisation applied before comparing a rendered page body with a spec example (never a skipped example).
import fs from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { parseFragment, serialize } from 'parse5';
import { serialiseNormalised, textOf, tokenize, type Token } from './html-tokens';
import type { Suite } from './fixture';

export interface CompareContext {
  /** Which specification the expected HTML follows: GFM's extensions are differences only against CommonMark. */
  suite: Suite;
  /** The example's Markdown (some differences are recognised from the source, e.g. literal autolinks). */
  markdown: string;
  /** The built site, to check that an optimised image's file really exists. */
  dist: string;
}

export interface Difference {
  id: string;
  /** What the product does differently and why, for the README and the test report. */
  what: string;
  /** Which side of the comparison it rewrites. */
  side: 'expected' | 'actual' | 'both';
  /** The suites whose expected HTML does not already show this behaviour. */
  suites: Suite[];
  /** Rewrites the HTML text, before it is split into tokens. */
  html?(html: string, ctx: CompareContext): string;
  /** Rewrites the tokens. */
  apply?(tokens: Token[], ctx: CompareContext): Token[];
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const VERBATIM = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

/** Applies `fix` to text tokens outside code, pre and other verbatim elements. */
function mapProse(tokens: Token[], fix: (s: string) => string): Token[] {
  let depth = 0;
  return tokens.map((t) => {
    if (t.type === 'start' && VERBATIM.has(t.tag) && !t.selfClosing) depth++;
    else if (t.type === 'end' && VERBATIM.has(t.tag)) depth = Math.max(0, depth - 1);
    else if (t.type === 'text' && depth === 0) return { ...t, text: fix(t.text) };
    return t;
  });
}

type Start = Extract<Token, { type: 'start' }>;
const attr = (t: Start, name: string) => t.attrs.find(([k]) => k === name)?.[1];
const hasClass = (t: Token, c: string): t is Start => t.type === 'start' && (attr(t, 'class') ?? '').split(/\s+/).includes(c);

/** Index of the end tag that closes the element opened at `tokens[open]` (same tag name, nesting counted). */
function closing(tokens: Token[], open: number): number {
  const tag = (tokens[open] as Start).tag;
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'start' && t.tag === tag && !t.selfClosing) depth++;
    else if (t.type === 'end' && t.tag === tag && --depth === 0) return i;
  }
  return tokens.length;
}

/**
 * A code block as `<pre><code class="language-x">text</code></pre>` with the final newline dropped, from either
 * CommonMark's shape or the product's highlighted one (`<div class="mh_code"><pre data-language="x" …><code><span
 * class="line">…`): what is compared is the block's text and language.
 */
function codeBlock(lang: string | undefined, inner: Token[], finalNewline: boolean): Token[] {
  return [
    { type: 'start', tag: 'pre', attrs: [], selfClosing: false },
    { type: 'start', tag: 'code', attrs: lang ? [['class', `language-${lang}`]] : [], selfClosing: false },
    { type: 'text', text: finalNewline ? textOf(inner).replace(/\n$/, '') : textOf(inner) },
    { type: 'end', tag: 'code' },
    { type: 'end', tag: 'pre' },
  ];
}

/** Tags the GFM tag filter escapes (GFM spec 0.29, section 6.11 "Disallowed Raw HTML"). */
export const GFM_DISALLOWED_TAGS = ['title', 'textarea', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'script', 'plaintext'];

// GFM spec 0.29, 6.11: "<" then a disallowed name, then whitespace, "/" or ">", with any letter case.
const TAG_FILTER = new RegExp(`<(/?(?:${GFM_DISALLOWED_TAGS.join('|')})(?=[\\t\\n\\f\\r />]))`, 'gi');

/** Links the GFM literal-autolink extension makes from bare `www.`, `http(s)://` and e-mail text in `markdown`. */
function literalAutolinks(markdown: string): { href: string; text: string }[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const out: { href: string; text: string }[] = [];
  visit(tree, 'link', (node) => {
    // Links found in text after parsing (e.g. after a backslash escape) carry no position: they are literal too.
    const start = node.position?.start.offset;
    const first = start === undefined ? '' : markdown[start];
    if (first !== '<' && first !== '[') out.push({ href: node.url, text: toString(node) });
  });
  return out;
}

/**
 * The documented list. Order matters only where noted: the tag filter runs on the expected HTML as GFM's own
 * spec runs it, before anything else reads it.
 */
export const DIFFERENCES: Difference[] = [
  {
    id: 'gfm-tagfilter',
    what:
      'Raw HTML that the GFM tag filter disallows (<title>, <textarea>, <style>, <xmp>, <iframe>, <noembed>, <noframes>, ' +
      '<script>, <plaintext>) is shown as text, its "<" escaped, as GitHub does: it could hide or take over the rest of the page.',
    side: 'expected',
    suites: ['commonmark'],
    html: (html) => html.replace(TAG_FILTER, '&lt;$1'),
  },
  {
    id: 'comments-dropped',
    what:
      'HTML comments (<!-- … -->) are left out of the page: in a handbook they are notes to its editors, and were ' +
      'published for anyone to read (an adopter\'s trial, 3 December 2026; src/lib/markdown/rehype-content.ts).',
    side: 'expected',
    suites: ['commonmark', 'gfm', 'editor'],
    // Comments as written (`<!-->` and `<!--->` included), before the HTML5 parse below: a processing instruction or
    // CDATA that the parse turns into a comment is not an editor's note, and stays as the parse makes it.
    html: (html) => html.replace(/<!--(?:-?>|[\s\S]*?-->)/g, ''),
  },
  {
    id: 'html-reparsed',
    what:
      'Raw HTML is parsed as a browser parses it (HTML5 tree construction, rehype-raw) and written back well-formed, so it ' +
      'cannot break the page around it: unclosed elements are closed where a browser would close them, <tbody> is ' +
      'added to tables, processing instructions and CDATA become the comments a browser makes of them. Both sides are ' +
      'compared after the same parse, so what a reader gets (the document tree) must be identical.',
    side: 'both',
    suites: ['commonmark', 'gfm', 'editor'],
    html: (html) => serialize(parseFragment(html)).trim(),
    // A class attribute is a set of words: the tree keeps the words, not the whitespace between them.
    apply: (tokens) =>
      tokens.map((t) =>
        t.type === 'start' && attr(t, 'class') !== undefined
          ? { ...t, attrs: t.attrs.map(([k, v]): [string, string | undefined] => [k, k === 'class' ? v!.trim().split(/[ \t\n\r\f]+/).join(' ') : v]) }
          : t,
      ),
  },
  {
    id: 'heading-ids',
    what:
      'Every heading gets an id (GitHub\'s slug rules, from src/lib/markdown/headings.ts) so it can be linked to; h2–h6 ' +
      'also get a "link to this section" link beside them, both inside <div class="mh_heading">.',
    side: 'actual',
    suites: ['commonmark', 'gfm', 'editor'],
    apply: (tokens) => {
      const out: Token[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.type === 'start' && t.tag === 'div' && hasClass(t, 'mh_heading')) {
          const end = closing(tokens, i);
          const inner = tokens.slice(i + 1, end);
          const link = inner.findIndex((x) => hasClass(x, 'mh_heading__link'));
          out.push(...(link >= 0 ? inner.slice(0, link) : inner));
          i = end;
          continue;
        }
        out.push(t);
      }
      // The footnotes heading's id is GitHub's (footnote-label), not a heading id: it stays.
      return out.map((t) =>
        t.type === 'start' && HEADINGS.has(t.tag) && attr(t, 'id') !== 'footnote-label' ? { ...t, attrs: t.attrs.filter(([k]) => k !== 'id') } : t,
      );
    },
  },
  {
    id: 'code-highlighting',
    what:
      'Code blocks are highlighted at build time (Shiki, class-based) inside <div class="mh_code">, the <pre> being a ' +
      'labelled, focusable scroll box (role="group", tabindex="0", aria-label="Code example N…"); the language is kept ' +
      'as data-language. A block is compared by its text and language; its final newline is not kept.',
    side: 'both',
    suites: ['commonmark', 'gfm', 'editor'],
    apply: (tokens) => {
      const out: Token[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.type === 'start' && t.tag === 'div' && hasClass(t, 'mh_code')) {
          const end = closing(tokens, i);
          const pre = tokens.findIndex((x, k) => k > i && x.type === 'start' && x.tag === 'pre');
          if (pre > i && pre < end) {
            const preEnd = closing(tokens, pre);
            const lang = attr(tokens[pre] as Start, 'data-language');
            // The highlighter has already dropped the final newline.
            out.push(...codeBlock(lang === 'plaintext' ? undefined : lang, tokens.slice(pre + 1, preEnd), false));
            i = end;
            continue;
          }
        }
        const next = tokens[i + 1];
        if (t.type === 'start' && t.tag === 'pre' && next?.type === 'start' && next.tag === 'code') {
          const end = closing(tokens, i);
          const lang = /(?:^|\s)language-(\S+)/.exec(attr(next, 'class') ?? '')?.[1];
          out.push(...codeBlock(lang, tokens.slice(i + 1, end), true));
          i = end;
          continue;
        }
        out.push(t);
      }
      return out;
    },
  },
  {
    id: 'smart-punctuation',
    what:
      'Straight quotes become curly quotes, -- an em dash and ... an ellipsis, outside code (remark-smartypants, as ' +
      'configured in src/lib/markdown/pipeline.ts). Both sides read curly quotes as straight ones and dashes as --.',
    side: 'both',
    suites: ['commonmark', 'gfm', 'editor'],
    apply: (tokens) =>
      mapProse(tokens, (s) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[—–]/g, '--').replace(/…/g, '...')),
  },
  {
    id: 'image-optimisation',
    what:
      'A local image (a path relative to the page) is optimised at build time: its src becomes a file under /_astro/ ' +
      'named after the original, with width, height, loading="lazy" and decoding="async". It is compared by the ' +
      "original file's name, and only if the optimised file exists in the built site.",
    side: 'both',
    suites: ['commonmark', 'gfm', 'editor'],
    apply: (tokens, ctx) =>
      tokens.map((t) => {
        if (t.type !== 'start' || t.tag !== 'img') return t;
        const src = attr(t, 'src');
        if (src === undefined) return t;
        const file = decodeURI(src);
        const built = /^\/_astro\/([^/]+?)\.[A-Za-z0-9_-]+\.[a-z0-9]+$/.exec(file);
        if (built) {
          if (!fs.existsSync(path.join(ctx.dist, file))) return t;
          return {
            ...t,
            attrs: t.attrs
              .filter(([k]) => !['width', 'height', 'loading', 'decoding'].includes(k))
              .map(([k, v]): [string, string | undefined] => [k, k === 'src' ? `local:${built[1]}` : v]),
          };
        }
        if (src && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(src)) {
          const name = decodeURI(src).replace(/[?#].*$/, '').split('/').pop()!.replace(/\.[^.]*$/, '');
          return { ...t, attrs: t.attrs.map(([k, v]): [string, string | undefined] => [k, k === 'src' ? `local:${name}` : v]) };
        }
        return t;
      }),
  },
  {
    id: 'gfm-autolink-literal',
    what: 'Bare web and e-mail addresses (www.…, https://…, name@example.org) become links, as GFM specifies.',
    side: 'actual',
    suites: ['commonmark'],
    apply: (tokens, ctx) => {
      const links = literalAutolinks(ctx.markdown);
      if (!links.length) return tokens;
      const out: Token[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const text = tokens[i + 1];
        const end = tokens[i + 2];
        if (t.type === 'start' && t.tag === 'a' && text?.type === 'text' && end?.type === 'end' && end.tag === 'a') {
          const k = links.findIndex((l) => l.text === text.text && attr(t, 'href') === encodeURI(l.href).replace(/%25([0-9A-F]{2})/g, '%$1'));
          if (k >= 0) {
            links.splice(k, 1);
            out.push(text);
            i += 2;
            continue;
          }
        }
        out.push(t);
      }
      return out;
    },
  },
  {
    id: 'table-scroll-box',
    what:
      'A table sits in a labelled, focusable scroll box (<div class="mh_scroll" role="group" tabindex="0" ' +
      'aria-label="Table N…">) so a wide one scrolls inside the page at 320 px; column alignment is a class ' +
      '(mh_align-left|center|right) instead of the obsolete align attribute, which the CSP-safe stylesheet styles.',
    side: 'actual',
    suites: ['commonmark', 'gfm', 'editor'],
    apply: (tokens) => {
      const out: Token[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.type === 'start' && t.tag === 'div' && hasClass(t, 'mh_scroll')) {
          const end = closing(tokens, i);
          tokens = [...tokens.slice(0, end), ...tokens.slice(end + 1)];
          continue;
        }
        if (t.type === 'start' && (t.tag === 'th' || t.tag === 'td')) {
          const align = /(?:^|\s)mh_align-(left|center|right)(?:\s|$)/.exec(attr(t, 'class') ?? '')?.[1];
          if (align) {
            out.push({ ...dropClasses(t, [`mh_align-${align}`]), attrs: [...dropClasses(t, [`mh_align-${align}`]).attrs, ['align', align]] });
            continue;
          }
        }
        out.push(t);
      }
      return out;
    },
  },
  {
    id: 'task-list-as-text',
    what:
      'A task list item\'s box is drawn as text, not as a disabled checkbox a reader might try to tick: ' +
      '<span class="mh_task mh_task--done|todo"> with "Done: " / "Not done: " for screen readers. The list and item ' +
      'carry GitHub\'s classes contains-task-list and task-list-item.',
    side: 'actual',
    suites: ['commonmark', 'gfm', 'editor'],
    apply: (tokens) => {
      const out: Token[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.type === 'start' && t.tag === 'span' && hasClass(t, 'mh_task')) {
          const done = hasClass(t, 'mh_task--done');
          out.push({ type: 'start', tag: 'input', attrs: [['type', 'checkbox'], ['disabled', ''], ...(done ? ([['checked', '']] as [string, string][]) : [])], selfClosing: false });
          i = closing(tokens, i);
          continue;
        }
        out.push(t.type === 'start' && (hasClass(t, 'task-list-item') || hasClass(t, 'contains-task-list')) ? dropClasses(t, ['task-list-item', 'contains-task-list']) : t);
      }
      return out;
    },
  },
  {
    id: 'no-ftp-autolinks',
    what:
      'A bare ftp:// address is not made a link: remark-gfm links only http://, https://, www. and e-mail literals ' +
      '(the GFM spec 0.29 also lists ftp://).',
    side: 'expected',
    suites: ['gfm'],
    apply: (tokens) => {
      const out: Token[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        const text = tokens[i + 1];
        if (t.type === 'start' && t.tag === 'a' && attr(t, 'href')?.startsWith('ftp://') && text?.type === 'text' && text.text === attr(t, 'href') && tokens[i + 2]?.type === 'end') {
          out.push(text);
          i += 2;
          continue;
        }
        out.push(t);
      }
      return out;
    },
  },
  {
    id: 'footnote-label',
    what: 'The hidden "Footnotes" heading uses the design system\'s visually-hidden class instead of GitHub\'s sr-only.',
    side: 'expected',
    suites: ['gfm'],
    apply: (tokens) =>
      tokens.map((t) => (t.type === 'start' && attr(t, 'id') === 'footnote-label' && hasClass(t, 'sr-only') ? { ...dropClasses(t, ['sr-only']), attrs: [...dropClasses(t, ['sr-only']).attrs, ['class', 'visually-hidden']] } : t)),
  },
];

/** Removes `names` from a start tag's class list (and the attribute when it becomes empty). */
function dropClasses(t: Start, names: string[]): Start {
  const rest = (attr(t, 'class') ?? '').split(/\s+/).filter((c) => c && !names.includes(c));
  return { ...t, attrs: t.attrs.filter(([k]) => k !== 'class').concat(rest.length ? [['class', rest.join(' ')]] : []) };
}

/**
 * A page body or a spec example's HTML, ready to compare: the deliberate differences for `side` applied, then the
 * spec's normalisation. Leading and trailing whitespace (the page shell's) is dropped first.
 */
export function normaliseForComparison(html: string, side: 'expected' | 'actual', ctx: CompareContext): string {
  const mine = DIFFERENCES.filter((d) => (d.side === side || d.side === 'both') && d.suites.includes(ctx.suite));
  let text = html.trim();
  for (const d of mine) if (d.html) text = d.html(text, ctx);
  let tokens = tokenize(text);
  for (const d of mine) if (d.apply) tokens = d.apply(tokens, ctx);
  return serialiseNormalised(tokens);
}

export interface CaseResult {
  pass: boolean;
  expected: string;
  actual: string;
}

/** Compares one built case: its page body in `dist` against the spec's HTML, both normalised for its suite. */
export function compareCase(c: { suite: Suite; markdown: string; html: string; url: string }, dist: string, body: string): CaseResult {
  const ctx: CompareContext = { suite: c.suite, markdown: c.markdown, dist };
  const expected = normaliseForComparison(c.html, 'expected', ctx);
  const actual = normaliseForComparison(body, 'actual', ctx);
  return { pass: expected === actual, expected, actual };
}
