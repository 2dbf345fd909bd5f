// Astro's `markdown.processor` for the handbook. Its own module so the content check, which reads ./pipeline.ts,
// does not load Astro's renderer just to analyse bodies.
import { unified } from '@astrojs/markdown-remark';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AstroMarkdownOptions, MarkdownRenderer, RehypePlugins, RemarkPlugins } from '@astrojs/internal-helpers/markdown';
import type { Element, Properties, Root as HastRoot } from 'hast';
import { find, html, svg, type Schema } from 'property-information';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified as unifiedProcessor } from 'unified';
import { VFile } from 'vfile';
import { remarkPlugins, rehypePlugins, remarkRehype as remarkRehypeOptions } from './pipeline';
import { remarkNativeParse } from './parse';
import { rehypeCollectHeadings, remarkCollectImagesFast } from './collect';

/**
 * Astro's `markdown.processor`: Astro's unified processor with ./pipeline.ts's steps. Its `.md` renderer
 * ({@link createHandbookRenderer}) is Astro's unified renderer with two changes that leave the HTML as it was:
 * bodies are parsed natively (./parse.ts) and raw HTML is re-parsed only on pages that have some. `.mdx` pages keep
 * Astro's MDX renderer (remark-mdx) unchanged: the MDX integration reads `options` and `createMdxRenderer`, which are
 * left as `unified()` made them.
 */
export function handbookProcessor() {
  // The lists are unified PluggableLists (presets allowed); ours hold only [plugin, options] pairs and plugins.
  const processor = unified({ remarkPlugins: remarkPlugins as RemarkPlugins, rehypePlugins: rehypePlugins as RehypePlugins, remarkRehype: remarkRehypeOptions, smartypants: false });
  processor.createRenderer = async (shared) => createHandbookRenderer(shared);
  return processor;
}

/**
 * The `.md` renderer: the steps of `createMarkdownProcessor` in @astrojs/markdown-remark 7.3 (parse, GFM, the remark
 * steps, Astro's image collection, remark-rehype, the rehype steps, Astro's image marking and heading collection,
 * raw HTML, stringify), in that order, with the same result shape; the two collecting steps are Astro's walked
 * without unist-util-visit (./collect.ts) (`code`, and `metadata` with `headings`,
 * `localImagePaths`, `remoteImagePaths`, `frontmatter`). Astro's highlighting and SmartyPants are not added: ours run
 * as steps of ./pipeline.ts (astro.config.mjs sets `syntaxHighlight: false`). Errors are Astro's: the file's path,
 * then the step's message.
 */
export async function createHandbookRenderer(shared: AstroMarkdownOptions = {}): Promise<MarkdownRenderer> {
  const rehypeImages = astroRehypeImages();
  const parser = unifiedProcessor()
    .use(remarkParse)
    .use(remarkNativeParse)
    .use(remarkPlugins)
    .use(remarkCollectImagesFast, shared.image)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [], ...remarkRehypeOptions })
    .use(rehypePlugins)
    .use(rehypeImages)
    .use(rehypeCollectHeadings)
    .use(rehypeRawWhereNeeded)
    .use(rehypeStringify, { allowDangerousHtml: true });
  return {
    async render(content, opts) {
      const file = new VFile({ value: content, path: opts?.fileURL, data: { astro: { frontmatter: opts?.frontmatter ?? {} } } });
      const result = await parser.process(file).catch((err: Error) => {
        err.message = `Failed to parse Markdown file "${file.path}":\n${err.message}`;
        throw err;
      });
      const astro = (result.data as { astro?: Record<string, never> }).astro;
      return {
        code: String(result.value),
        metadata: {
          headings: astro?.headings ?? [],
          localImagePaths: astro?.localImagePaths ?? [],
          remoteImagePaths: astro?.remoteImagePaths ?? [],
          frontmatter: astro?.frontmatter ?? {},
        },
      };
    },
  };
}

/**
 * Astro's rehype-images step (local and remote Markdown images → Astro's image placeholders), which
 * @astrojs/markdown-remark uses but does not export: loaded from the installed package, so the placeholder format
 * stays the installed Astro's. Loaded with Node's require (an ES module without top-level await): the renderer is
 * made while pages render, after Vite's config loader, which cannot import any more, has closed. Throws, naming the
 * file, if an Astro update moves it.
 */
function astroRehypeImages(): () => (tree: HastRoot, file: VFile) => void {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve('@astrojs/markdown-remark')), 'rehype-images.js');
  let mod: { rehypeImages?: () => (tree: HastRoot, file: VFile) => void } = {};
  try {
    mod = require(file);
  } catch {
    // Reported below.
  }
  if (!mod.rehypeImages) throw new Error(`${file} has no rehypeImages: @astrojs/markdown-remark changed; update src/lib/markdown/processor.ts to match its createMarkdownProcessor`);
  return mod.rehypeImages;
}

/**
 * rehype-raw, run only where it can change more than property names: on a tree that holds raw HTML, or a link
 * inside a link (a footnote call in link text), which parse5 splits as browsers do. rehype-raw re-parses the whole
 * page through parse5; it was a third of the render's time (CPU profile, 2,000 pages), and most pages need neither.
 * On those pages the one thing the round trip changed is property names: a step that writes HTML attribute names
 * (Shiki's `class`, `tabindex`) beside hast's (`className`, `tabIndex`) had them merged into one attribute — in the
 * first one's place, with the last one's value. {@link canonicalProperties} does just that without parse5; the
 * sample and the fixture handbooks build byte for byte as with Astro's renderer.
 */
function rehypeRawWhereNeeded() {
  const raw = rehypeRaw();
  return (tree: HastRoot, file: VFile) => {
    if (needsParse5(tree, false)) return raw(tree, file);
    canonicalProperties(tree, html);
    return tree;
  };
}

/** Whether the tree holds a `raw` node or an `<a>` inside an `<a>`. */
function needsParse5(node: HastRoot | Element, inLink: boolean): boolean {
  for (const c of node.children) {
    if (c.type === 'raw') return true;
    if (c.type !== 'element') continue;
    const link = c.tagName === 'a';
    if (link && inLink) return true;
    if (needsParse5(c, inLink || link)) return true;
  }
  return false;
}

const isBoolean = (info: ReturnType<typeof find>) => info.boolean || info.overloadedBoolean;

/**
 * What parse5's round trip did to a tree without raw HTML: every element's properties renamed to hast's names
 * (property-information: `class` → `className`, `tabindex` → `tabIndex`), each kept where it first appeared with its
 * last value, and `true` on an attribute that is not boolean (`dataPagefindIgnore: true`) made the empty string, so it
 * is written `data-pagefind-ignore=""`. HTML schema, and under `<svg>` the SVG one.
 */
export function canonicalProperties(node: HastRoot | Element, schema: Schema): void {
  if (node.type === 'element') {
    if (node.tagName === 'svg') schema = svg;
    const props = node.properties;
    const keys = Object.keys(props);
    if (keys.some((k) => find(schema, k).property !== k || (props[k] === true && !isBoolean(find(schema, k))))) {
      const out: Properties = {};
      for (const k of keys) {
        const info = find(schema, k);
        out[info.property] = props[k] === true && !isBoolean(info) ? '' : props[k];
      }
      node.properties = out;
    }
  }
  for (const c of node.children) if (c.type === 'element') canonicalProperties(c, schema);
}
