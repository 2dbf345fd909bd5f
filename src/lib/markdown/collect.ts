// Astro's two collecting steps of the `.md` renderer (@astrojs/markdown-remark 7.3: remark-collect-images.js and
// rehype-collect-headings.js), walked with ./walk.ts instead of unist-util-visit.
//
// Why: in the profile of a clean 2,000-page build these two steps and the definition lookup one of them makes for
// every page were 0.57 s of the 3 s content sync, almost all of it unist-util-visit's per-node closures and ancestor
// lists (1 December 2026). Same results, in the same order: a test runs both versions over the CommonMark examples,
// every Markdown file in the repository and the benchmark's pages (collect.test.ts), and the sample builds byte for
// byte as before. MDX pages keep Astro's own steps (the MDX integration builds its own processor).
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Definition, Root as MdastRoot } from 'mdast';
import { isRemoteAllowed } from '@astrojs/internal-helpers/remote';
import GithubSlugger from 'github-slugger';
import type { VFile } from 'vfile';
import { eachNode } from './walk';

/** What Astro's image options allow to be fetched and optimised (astro.config `image.domains`/`remotePatterns`). */
interface ImageOptions {
  domains?: string[];
  remotePatterns?: Parameters<typeof isRemoteAllowed>[1]['remotePatterns'];
}

type AstroData = { localImagePaths?: string[]; remoteImagePaths?: string[]; headings?: { depth: number; slug: string; text: string }[] };
const astroData = (file: VFile): AstroData => ((file.data as { astro?: AstroData }).astro ??= {});

type MdNode = { type: string; url?: string; identifier?: string; children?: MdNode[] };

/**
 * Astro's `remarkCollectImages`: every image and image reference's URL, decoded (`decodeURI`, which throws for a
 * malformed escape as Astro's does), sorted into local paths (relative, not a URL and not starting with `/`) and
 * remote URLs Astro may fetch, into `file.data.astro.localImagePaths` / `remoteImagePaths` in document order without
 * repeats. A file without a path gets neither, as with Astro. Definitions (first one wins, identifiers compared
 * upper-cased, as mdast-util-definitions does) are looked up only on a page that has an image reference.
 */
export function remarkCollectImagesFast(opts?: ImageOptions) {
  const domains = opts?.domains ?? [];
  const remotePatterns = opts?.remotePatterns ?? [];
  return (tree: MdastRoot, file: VFile) => {
    if (typeof file?.path !== 'string') return;
    let defs: Map<string, Definition> | undefined;
    const definition = (identifier: string | undefined) => {
      if (!defs) {
        defs = new Map();
        eachNode(tree as unknown as MdNode, (n) => {
          if (n.type !== 'definition') return;
          const id = String(n.identifier || '').toUpperCase();
          if (id && !defs!.get(id)) defs!.set(id, n as unknown as Definition);
        });
      }
      return defs.get(String(identifier || '').toUpperCase());
    };
    const local = new Set<string>();
    const remote = new Set<string>();
    eachNode(tree as unknown as MdNode, (node) => {
      let url: string | undefined;
      if (node.type === 'image') url = decodeURI(node.url!);
      else if (node.type === 'imageReference') {
        const def = definition(node.identifier);
        if (def) url = decodeURI(def.url);
      }
      if (!url) return;
      if (URL.canParse(url)) {
        if (isRemoteAllowed(url, { domains, remotePatterns })) remote.add(url);
      } else if (!url.startsWith('/')) local.add(url);
    });
    const astro = astroData(file);
    astro.localImagePaths = [...local];
    astro.remoteImagePaths = [...remote];
  };
}

const RAW_TEXT = new Set(['text', 'raw', 'mdxTextExpression']);

/**
 * Astro's `rehypeHeadingIds` for `.md` pages: every `h1`–`h6` element (Astro's test: a tag name starting with `h`
 * that contains a digit 0–6) in document order gets an `id` if it has none (github-slugger over its text), and is
 * recorded in `file.data.astro.headings` as `{ depth, slug, text }`. The text is Astro's: text and raw descendants,
 * a raw node that is only a tag left out. One difference on purpose: Astro writes every `{` outside `<code>`/`<pre>`
 * as `${` (an escaping for its own templates that its heading list never undoes), and the Contents list of a page
 * with "## The {region} parameter" showed "The ${region} parameter" (a migration trial, 3 December 2026); the id is
 * the same either way, as the slugger drops both characters. MDX pages (expressions, front-matter variables) are not
 * handled here: they keep Astro's step, which does not escape.
 */
export function rehypeCollectHeadings() {
  return (tree: HastRoot, file: VFile) => {
    const headings: NonNullable<AstroData['headings']> = [];
    const slugger = new GithubSlugger();
    eachNode(tree as HastRoot | HastContent, (node) => {
      if (node.type !== 'element') return;
      const { tagName } = node;
      if (tagName[0] !== 'h') return;
      const [, level] = /h([0-6])/.exec(tagName) ?? [];
      if (!level) return;
      let text = '';
      eachNode(node as Element | ElementContent, (child, parent) => {
        if (child.type === 'element' || parent === undefined) return;
        if (child.type === 'raw' && /^\n?<.*>\n?$/.test(child.value)) return;
        if (RAW_TEXT.has(child.type) && 'value' in child) {
          text += child.value;
        }
      });
      node.properties ??= {};
      if (typeof node.properties.id !== 'string') node.properties.id = slugger.slug(text);
      headings.push({ depth: Number.parseInt(level), slug: node.properties.id as string, text });
    });
    astroData(file).headings = headings;
  };
}
