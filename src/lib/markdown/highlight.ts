// Shiki's highlighted code as classes, never inline styles: the site's CSP is `style-src 'self'`.
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import {
  bundledLanguages,
  createCssVariablesTheme,
  createHighlighter,
  type BundledLanguage,
  type BundledTheme,
  type HighlighterGeneric,
  type ShikiTransformer,
} from 'shiki';

// Shiki's CSS-variables theme colours every token with `var(--astro-code-token-<kind>)`, a small fixed set of kinds
// (keyword, string, comment, constant, function, parameter, punctuation, link, string-expression), which
// `styleToClasses` turns into `mh_tok-<kind>` classes that src/styles/_markdown.scss colours with design-system colours.

const DECLARATION_CLASSES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^color:\s*var\(--astro-code-(?:token-)?([a-z-]+)\)$/, (m) => `mh_tok-${m[1]}`],
  [/^font-style:\s*italic$/, () => 'mh_tok-italic'],
  [/^font-weight:\s*(?:bold|[6-9]00)$/, () => 'mh_tok-bold'],
  [/^text-decoration:\s*underline$/, () => 'mh_tok-underline'],
  [/^user-select:\s*none$/, () => 'mh_tok-nosel'],
];

/** Classes for one `style` attribute value; declarations with no class (background, overflow) are dropped. */
export function styleToClasses(style: string): string[] {
  const out: string[] = [];
  for (const decl of style.split(';').map((d) => d.trim().toLowerCase()).filter(Boolean)) {
    for (const [re, cls] of DECLARATION_CLASSES) {
      const m = re.exec(decl);
      if (m) {
        const c = cls(m);
        if (!out.includes(c) && c !== 'mh_tok-foreground' && c !== 'mh_tok-background') out.push(c);
        break;
      }
    }
  }
  return out;
}

function moveStyle(node: Element): void {
  const style = node.properties?.style;
  if (style === undefined) return;
  delete node.properties.style;
  const add = styleToClasses(String(style));
  if (!add.length) return;
  const cls = node.properties.className;
  const list = Array.isArray(cls) ? cls.map(String) : typeof cls === 'string' ? (cls as string).split(/\s+/) : [];
  node.properties.className = [...list, ...add];
}

function walk(node: Element | ElementContent): void {
  if (node.type !== 'element') return;
  moveStyle(node);
  for (const c of node.children) walk(c);
}

/** Shiki transformer: every `style` in the highlighted block becomes classes. */
export const classHighlighting: ShikiTransformer = {
  name: 'handbook:style-to-class',
  pre(node) {
    walk(node);
  },
};

/** Languages that are not code to highlight (they stay plain `<pre><code>`). */
const NOT_HIGHLIGHTED = new Set(['math']);
const LANGUAGE = /^language-(\S+)$/;

let highlighter: Promise<HighlighterGeneric<BundledLanguage, BundledTheme>> | undefined;
const theme = createCssVariablesTheme({ name: 'mh-css-variables', variablePrefix: '--astro-code-' });

/**
 * The language of a `<code class="language-x">`, lower-cased. pandoc writes a fence's language as a class in an
 * attribute list, ```` ``` {.powershell} ```` or ```` ```{.python .numberLines} ````, whose first word became the
 * "language" `{.powershell}` or `{.python`, so the code was not highlighted and was labelled so (a migration trial,
 * 3 December 2026): the first class is the language.
 */
function languageOf(code: Element): string | undefined {
  const cls = code.properties.className;
  for (const c of Array.isArray(cls) ? cls : []) {
    const m = LANGUAGE.exec(String(c));
    if (m) return (/^\{\.([^\s.}]+)/.exec(m[1])?.[1] ?? m[1]).toLowerCase();
  }
  return undefined;
}

/**
 * rehype plugin: highlights every `<pre><code class="language-x">` with Shiki (plain text when there is no language
 * or Shiki does not know it), as classes. We run Shiki ourselves rather than through Astro so that the tokenizer has
 * no time limit: Shiki stops colouring a line after 500 ms by default, so a busy build machine would produce
 * different HTML for the same commit (builds must be byte-identical).
 */
export function rehypeHighlight() {
  return async (tree: Root) => {
    const blocks: { pre: Element; code: Element; parent: Root | Element; index: number; lang: string }[] = [];
    const walkTree = (parent: Root | Element) => {
      parent.children.forEach((node, index) => {
        if (node.type !== 'element') return;
        const code = node.children[0];
        if (node.tagName === 'pre' && node.children.length === 1 && code?.type === 'element' && code.tagName === 'code') {
          const lang = languageOf(code) ?? 'plaintext';
          if (!NOT_HIGHLIGHTED.has(lang)) blocks.push({ pre: node, code, parent, index, lang });
          return;
        }
        walkTree(node);
      });
    };
    walkTree(tree);
    if (!blocks.length) return;
    highlighter ??= createHighlighter({ themes: [theme], langs: [] });
    const hl = await highlighter;
    for (const b of blocks) {
      let lang = b.lang;
      if (lang !== 'plaintext' && lang !== 'text' && !hl.getLoadedLanguages().includes(lang)) {
        if (lang in bundledLanguages) await hl.loadLanguage(lang as BundledLanguage);
        else lang = 'plaintext';
      }
      const source = toText(b.code, { whitespace: 'pre' }).replace(/\n$/, '');
      const out = hl.codeToHast(source, {
        lang,
        theme: theme.name!,
        tokenizeTimeLimit: 0,
        transformers: [
          {
            pre(node) {
              node.properties.dataLanguage = b.lang;
            },
          },
          classHighlighting,
        ],
      });
      const pre = out.children[0];
      if (pre?.type === 'element') b.parent.children[b.index] = pre;
    }
  };
}
