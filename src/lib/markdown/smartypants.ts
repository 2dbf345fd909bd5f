// SmartyPants for remark with remark-smartypants' exact output, minus the work that cannot change a character.
import { retext } from 'retext';
import smartypants, { type Options } from 'retext-smartypants';
import type { Node, Parent, Root } from 'mdast';
import { eachNode } from './walk';

// Why this exists: profiling `astro build` of the 2,000-page benchmark corpus (issue 14) put SmartyPants at about
// 45% of all Markdown time, paid twice per page (the content check and the render). remark-smartypants 3.0.3 runs
// retext (parse-latin: a node per word, space and mark) over all of a page's text once for quotes, then again over
// every single text node for dashes and ellipses. Most text has nothing those rules touch, and retext-stringify
// gives back exactly the text parse-latin was given, so a text with no trigger character comes back unchanged.
// This plugin is remark-smartypants' algorithm (same nodes, same two passes, same retext-smartypants options) that
// skips a pass when its input has no trigger; smartypants.test.ts compares it with remark-smartypants itself.

/** mdast nodes whose text SmartyPants reads (remark-smartypants 3.0.3's VISITED_NODES). */
const VISITED_NODES = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
/** Blocks whose text starts fresh: each adds a space to the joined text, so a quote at their start opens. */
const BLOCK_NODES = new Set(['paragraph', 'heading', 'tableCell']);
/** Raw HTML elements in MDX whose text is never touched. */
const IGNORED_HTML_ELEMENTS = new Set(['style', 'script']);

type Literal = Node & { value: string };
const isLiteral = (node: Node): node is Literal => 'value' in node && typeof (node as Literal).value === 'string';

function visited(node: Node, parent: Parent | undefined): boolean {
  if (!parent) return false;
  if (parent.type === 'mdxJsxTextElement') {
    const name = (parent as Parent & { name?: unknown }).name;
    if (typeof name !== 'string' || IGNORED_HTML_ELEMENTS.has(name)) return false;
  }
  return VISITED_NODES.has(node.type) && (isLiteral(node) || BLOCK_NODES.has(node.type));
}

/**
 * Whether the quotes pass can change `text`: retext-smartypants' quote rule only rewrites `"` and `'` marks.
 * With `quotes: false` the pass rewrites nothing.
 */
function quotesMayChange(options: Options, text: string): boolean {
  return options.quotes !== false && (text.includes('"') || text.includes("'"));
}

/**
 * Whether the dashes/ellipses/backticks pass can change `text`. Conservative: dashes act on runs of `-` and on `—`
 * or `–` next to one; ellipses on three or more dots with at most white space between; backticks on `` ` `` and `''`.
 */
const SECOND_PASS_TRIGGER = /--|[—–]|`|''|\.[^\p{L}\p{N}]*\./u;

/**
 * remark plugin: smart quotes, dashes and ellipses with retext-smartypants, giving exactly what
 * `remark-smartypants` (3.0.3) gives for the same options. Options are retext-smartypants' (e.g.
 * `{ backticks: false }`, see ./pipeline.ts `SMARTYPANTS`). Replaces Astro's own SmartyPants step
 * (`smartypants: false` in astro.config.mjs, this plugin first in `remarkPlugins`), so it runs at the same place.
 */
export function remarkSmartypantsFast(options: Options = {}) {
  // Pass 1: quotes only, over the whole page's text at once (quotes pair across links and emphasis). Ellipses and
  // dashes change the text's length, which would break the slicing below, so they wait for pass 2.
  const quotes = retext().use(smartypants, { ...options, ellipses: false, dashes: false, backticks: false });
  // Pass 2: everything but quotes, one text node at a time.
  const rest = retext().use(smartypants, { ...options, quotes: false });
  return (tree: Root) => {
    let allText = '';
    const nodes: Node[] = [];
    eachNode<Node & { children?: Node[] }>(tree, (node, parent) => {
      if (!visited(node, parent as Parent | undefined)) return;
      // Inline code takes up room (so positions line up) but is never changed; a block adds a space so a quote
      // at its start is read as opening.
      if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else allText += ' ';
      nodes.push(node);
    });
    if (quotesMayChange(options, allText)) allText = quotes.processSync(allText).toString();
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = allText.slice(start, end);
        node.value = SECOND_PASS_TRIGGER.test(text) ? rest.processSync(text).toString() : text;
      }
      start = end;
    }
  };
}
