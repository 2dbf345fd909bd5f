// Astro's glob loader for Markdown and MDX pages, with the page body handed on exactly as the editor wrote it.
import fs from 'node:fs';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { markdownBody } from '../lib/shared/frontmatter';

type GlobOptions = Parameters<typeof glob>[0];

/** The part of Astro's (internal) content entry type that the glob loader calls to split a file. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ body?: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

/**
 * Astro's own Markdown and MDX entry types return `content.trim()` as the body: that strips the indentation of the
 * body's first line, so a page that opens with an indented code block or list continuation renders as a paragraph.
 * This keeps Astro's data (its YAML parse, used for the collection schema) and replaces the body with the one our
 * front-matter reader returns (everything after the line that closes the front matter), the same split the content
 * check reads, so what the check sees and what the page renders start at the same line.
 */
function exactBodies(entryTypes: Map<string, EntryType>): Map<string, EntryType> {
  const out = new Map(entryTypes);
  for (const ext of ['.md', '.mdx']) {
    const type = entryTypes.get(ext);
    if (!type) continue;
    out.set(ext, {
      ...type,
      async getEntryInfo(params) {
        const info = await type.getEntryInfo(params);
        // Astro has parsed the YAML (and thrown for invalid YAML, which the content check has already reported):
        // only the split is needed here, not a second parse.
        const body = markdownBody(params.contents);
        return body === undefined ? info : { ...info, body };
      },
    });
  }
  return out;
}

/**
 * `glob(options)` from `astro/loaders`, except that Markdown and MDX bodies are not trimmed (see `exactBodies`), and
 * with `optional: true` a missing `base` folder gives an empty collection without a warning.
 * Throws at load time if Astro stops passing its entry types to loaders, rather than quietly trimming again.
 */
export function markdownGlob(options: GlobOptions & { optional?: boolean }): Loader {
  const { optional, ...globOptions } = options;
  const inner = glob(globOptions);
  return {
    ...inner,
    name: 'markdown-glob',
    load(context: LoaderContext) {
      const ctx = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
      if (!(ctx.entryTypes instanceof Map))
        throw new Error('markdown-glob: Astro no longer passes entryTypes to content loaders; src/loaders/markdown-glob.ts needs updating');
      // An optional area's folder (radar/blips/ in a handbook without a radar) may be absent: an empty collection,
      // not the glob loader's warning, which an editor can do nothing about. Areas are detected at start-up, so a
      // folder added later is picked up on the next start.
      if (optional && typeof options.base === 'string' && !fs.existsSync(options.base)) {
        ctx.store.clear();
        return Promise.resolve();
      }
      return inner.load({ ...ctx, entryTypes: exactBodies(ctx.entryTypes) } as LoaderContext);
    },
  };
}
