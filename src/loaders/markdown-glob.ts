// Astro's glob loader for Markdown and MDX pages, with the page body handed on exactly as the editor wrote it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { markdownBody } from '../lib/shared/frontmatter';
import { buildCheckPassed } from '../lib/check/build-gate';

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
 * check reads, so what the check sees and what the page renders start at the same line. With `renderLater`, the
 * `.md` type's render step is {@link renderOnlyImages}.
 */
function exactBodies(entryTypes: Map<string, EntryType>, lenient?: StartupLeniency, renderLater = false): Map<string, EntryType> {
  const out = new Map(entryTypes);
  for (const ext of ['.md', '.mdx']) {
    const type = entryTypes.get(ext);
    if (!type) continue;
    out.set(ext, {
      ...type,
      ...(ext === '.md' && renderLater && typeof type.getRenderFunction === 'function' ? { getRenderFunction: renderOnlyImages(type.getRenderFunction.bind(type)) } : {}),
      async getEntryInfo(params) {
        let info: Awaited<ReturnType<EntryType['getEntryInfo']>>;
        try {
          info = await type.getEntryInfo(params);
        } catch (err) {
          if (!lenient) throw err;
          if (lenient.active) return lenient.standIn(params.fileUrl, 'its front matter is not valid YAML');
          throw new Error(reloadRefused(params.fileUrl));
        }
        if (lenient && !lenient.accepts(info.data)) {
          if (lenient.active) return lenient.standIn(params.fileUrl, 'its front matter does not pass the checks');
          // Astro would print the schema's own report (Markdown asterisks, no line) after "Failed to reload …".
          throw new Error(reloadRefused(params.fileUrl));
        }
        if (lenient) LOADED.add(params.fileUrl.href);
        // Astro has parsed the YAML (and thrown for invalid YAML, which the content check has already reported):
        // only the split is needed here, not a second parse.
        const body = markdownBody(params.contents);
        return body === undefined ? info : { ...info, body };
      },
    });
  }
  return out;
}

type RenderFunction = (entry: { body?: string; [key: string]: unknown }) => Promise<unknown>;

/**
 * A build's `.md` render step for the content sync that renders only bodies with Markdown images (`![`), which
 * Astro's image pipeline must see at sync time, and stores every other body unrendered (`rendered` undefined); the
 * handbook page and the blip page render those from their files while the page is generated
 * (src/data/page-body.ts), with the same renderer. Astro's renderer is made only if some body needs it.
 *
 * Why: rendered, the bodies were most of Astro's content store (11.6 MB of a 12.6 MB page bundle at 2,000 pages), which
 * is serialised after the sync, bundled by Vite as one module and loaded again to generate the pages.
 */
export function renderOnlyImages(getRenderFunction: (config: unknown) => Promise<RenderFunction>): (config: unknown) => Promise<RenderFunction> {
  return async (config) => {
    let render: Promise<RenderFunction> | undefined;
    return async (entry) => {
      if (!entry.body?.includes('![')) return undefined;
      render ??= getRenderFunction(config);
      return (await render)(entry);
    };
  };
}

/**
 * For `astro dev` only: how to keep a page whose front matter Astro cannot take from stopping the server's start.
 * Astro's glob loader stops the whole content sync on the first page whose YAML does not parse or whose data the
 * collection schema refuses, and `astro dev` then exits — with a YAML message placed at column 0. Once the server
 * runs, the same mistake only fails that page's reload and the last good entry is kept; the reason Astro prints is
 * then one plain sentence pointing to the check rather than the schema's report.
 */
export interface DevStartLeniency {
  /** Whether the collection's schema accepts a page's parsed front matter. */
  accepts(data: unknown): boolean;
  /** Front matter the schema accepts, stored for such a page while the server starts (`entry`: its path in `base`). */
  standIn(entry: string): Record<string, unknown>;
}

/** Files `astro dev` has stored an entry for in this process (the leniency is dev-only; keyed by file URL). */
const LOADED = new Set<string>();

/**
 * Why a page's reload was refused. Astro prints it as "Failed to reload <file>: …" and keeps the page's last good
 * entry, if it has one: a page that has not parsed since the server started has none, so it is said to be left out
 * (a new adopter was told the preview kept a version that never existed, 1 December 2026).
 */
export function reloadRefused(fileUrl: URL): string {
  const what = 'its front matter has a mistake, which the content check names with its line';
  return LOADED.has(fileUrl.href) ? `${what}; the preview keeps the last good version until it is fixed` : `${what}; the page is left out of the preview until it is fixed`;
}

interface StartupLeniency {
  active: boolean;
  accepts(data: unknown): boolean;
  standIn(fileUrl: URL, why: string): { data: Record<string, unknown>; body: string };
}

/**
 * `glob(options)` from `astro/loaders`, except that Markdown and MDX bodies are not trimmed (see `exactBodies`); with
 * `renderInPages: true` a build stores `.md` bodies without images unrendered, for the page to render from the file
 * (see `renderOnlyImages`: the collection's page must then use src/data/page-body.ts); and
 * with `optional: true` a missing `base` folder gives an empty collection without a warning. With `devStart`, while
 * `astro dev` loads the collection at start-up a page Astro cannot take is stored as `devStart.standIn(…)` with an
 * empty body and a warning naming it, so the server starts: the content check beside the server names the line, the
 * handbook model (read from the files in dev) leaves the page out, and saving the fixed file replaces the stand-in.
 * Builds never use it (a build's check reports a broken page before Astro's error: see load()). Throws at load time if Astro stops
 * passing its entry types to loaders, rather than quietly trimming again.
 */
export function markdownGlob(options: GlobOptions & { optional?: boolean; devStart?: DevStartLeniency; renderInPages?: boolean }): Loader {
  const { optional, devStart, renderInPages, ...globOptions } = options;
  const inner = glob(globOptions);
  return {
    ...inner,
    name: 'markdown-glob',
    async load(context: LoaderContext) {
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
      // Only `astro dev` passes a watcher; only its first load (and a full reload after a config change) is lenient.
      const lenient: StartupLeniency | undefined =
        devStart && ctx.watcher
          ? {
              active: true,
              accepts: devStart.accepts,
              standIn(fileUrl, why) {
                const file = fileURLToPath(fileUrl);
                const entry = path.relative(String(options.base), file).split(path.sep).join('/');
                const shown = path.relative(process.cwd(), file).split(path.sep).join('/');
                ctx.logger.warn(`${shown}: left out of the preview because ${why}; the content check names the line, and saving the fixed file brings it back`);
                return { data: devStart.standIn(entry), body: '' };
              },
            }
          : undefined;
      // With `renderInPages`, a build leaves most .md bodies to be rendered while the pages are generated
      // (renderOnlyImages); `astro dev` (which passes a watcher) keeps every body rendered in the store, as its
      // fallback while a page's file is mid-edit.
      const loading = inner.load({ ...ctx, entryTypes: exactBodies(ctx.entryTypes, lenient, Boolean(renderInPages) && !ctx.watcher) } as LoaderContext);
      return loading
        .catch(async (err: unknown) => {
          // A build's content check runs beside the content sync (src/integrations/content-check.ts). When Astro's own
          // parser fails on a page, the check's report (every mistake, by file, line and field) comes first: it ends
          // the build when it finds the mistake, and Astro's error is passed on only if the check passed.
          await buildCheckPassed();
          throw err;
        })
        .finally(() => {
          if (lenient) lenient.active = false;
        });
    },
  };
}
