// A handbook page's Markdown body rendered from its file, while the page is rendered, instead of read back from
// Astro's content store: in `astro dev` for every `.md` page, and in a build for every `.md` page the content sync
// left unrendered (a body without images: src/loaders/markdown-glob.ts).
//
// Why, in `astro dev`: after a save, Astro re-renders the entry, writes its whole data store (about 11 MB at 2,000
// pages, after a 500 ms debounce) and the server reloads it as one module before the page can show the edit: 1.7–2.2 s
// at 2,000 pages, where the issue asks for 1 s (bench, 1 December 2026). Rendering the one body from its file takes
// tens of milliseconds. Why, in a build: rendered bodies were most of the store, which Astro serialises, Vite bundles
// as one module and the page generation loads again (the README's performance section has the figures).
//
// The renderer is the one Astro's content layer calls for `.md` entries (src/lib/markdown/processor.ts), given the
// same body (the loader's front-matter split), so the HTML is the same; tests/build/dev-render.test.ts compares
// every page of the Markdown fixture served by `astro dev` with the built page, and the reproducibility and
// incremental tests compare builds with each other.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MarkdownHeading } from 'astro';
import type { MarkdownRenderer } from '@astrojs/internal-helpers/markdown';
import { createHandbookRenderer } from '../lib/markdown/processor';
import { readHeadingParts, type HeadingPartsById } from '../lib/markdown/heading-parts';
import { markdownBody, parseMarkdown } from '../lib/shared/frontmatter';
import { readContent } from '../lib/shared/read';

export interface FileBody {
  /** The body as HTML, as `render(entry)` would give it. */
  html: string;
  headings: MarkdownHeading[];
  /** Code blocks on the page (src/lib/markdown/rehype-content.ts), which decides whether the copy script loads. */
  codeBlocks: number;
  /** Headings that mark words in another language, by id: their runs (src/lib/markdown/heading-parts.ts). */
  headingParts: HeadingPartsById;
}

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * The body of the `.md` page at `file` (project-relative, as the handbook model records it) rendered from disk, or
 * undefined when the page should come from Astro's store as a build does: for `.mdx` pages (their
 * components are compiled by Astro), for a body with images Astro processes (the store resolves them), and for a
 * file that is gone, has no front matter or front matter that does not parse (the store keeps the page's last good
 * version; the check reports the mistake).
 * Throws the renderer's error (file path, then the step's message) for Markdown it cannot render.
 */
export async function bodyFromFile(file: string, lang?: string): Promise<FileBody | undefined> {
  if (!file.endsWith('.md')) return undefined;
  const abs = path.resolve(process.cwd(), file);
  // Deleted or renamed since Astro last synced: the store still has the page until it catches up.
  if (!fs.existsSync(abs)) return undefined;
  // No front matter, or front matter broken mid-edit: the store keeps the page's last good version, as the
  // navigation does (./dev-handbook.ts); the check beside the server names the file and line. The body is the
  // split the loader makes (gray-matter's content, as markdownBody).
  if (!parseMarkdown(file, readContent(abs, file)).ok) return undefined;
  const body = loaderBody(abs);
  return body === undefined ? undefined : renderBody(abs, body, lang);
}

/**
 * The body of the file at `abs` exactly as the content loader hands it to the renderer: the file read as Astro
 * reads it (UTF-8, line endings kept) and split by `markdownBody`. Not `readContent`, which turns CRLF into LF for
 * the check: a soft line break then rendered as `\n` instead of the `\r\n` the store kept, and a page saved with
 * Windows line endings changed its HTML (a new adopter's trial, 1 December 2026). Undefined when the file cannot be
 * read or has no front matter.
 */
function loaderBody(abs: string): string | undefined {
  try {
    return markdownBody(fs.readFileSync(abs, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * `body` (of the file at `abs`) rendered, or undefined when it has images Astro must process. `lang`, the page's
 * language when it is not the site's, is handed to the steps as the store's render hands them its front matter: the
 * site's own words inside the text (a heading's "Link to the section") are marked with the site's language
 * (src/lib/markdown/rehype-content.ts). Without it, a page rendered from its file had them read in the page's
 * language, while the same page rendered by the store did not (a bilingual trial, 3 December 2026).
 */
async function renderBody(abs: string, body: string, lang?: string): Promise<FileBody | undefined> {
  renderer ??= createHandbookRenderer();
  const out = await (await renderer).render(body, { fileURL: pathToFileURL(abs), ...(lang ? { frontmatter: { lang } } : {}) });
  if (out.metadata.localImagePaths.length > 0 || out.metadata.remoteImagePaths.length > 0) return undefined;
  return {
    html: out.code,
    headings: out.metadata.headings,
    codeBlocks: Number(out.metadata.frontmatter.codeBlocks ?? 0),
    headingParts: readHeadingParts(out.metadata.frontmatter.headingParts),
  };
}

/**
 * A build's page body: the file's text after its front matter, split as the loader splits it ({@link loaderBody}),
 * without parsing the YAML again (Astro's loader has, and the check stopped the build on any mistake in it).
 */
async function builtBody(file: string, lang?: string): Promise<FileBody | undefined> {
  if (!file.endsWith('.md')) return undefined;
  const abs = path.resolve(process.cwd(), file);
  const body = loaderBody(abs);
  return body === undefined ? undefined : renderBody(abs, body, lang);
}

/** What a page needs to know of its entry in Astro's store: whether the content sync rendered its body. */
interface StoredEntry {
  rendered?: unknown;
  deferredRender?: boolean;
}

/**
 * Where the handbook page at `file` gets its body: `{ body }` rendered from its file (see {@link bodyFromFile}), or
 * `{ entry }`, its entry in Astro's store (from `stored`), to render with `render(entry)`; `lang` is the page's language
 * when it is not the site's (HandbookPage.lang), handed to the renderer as the store hands it the front matter. In `astro dev` (`dev`),
 * every `.md` page it can render comes from its file, and the store is not asked at all (while Astro reloads it after
 * a save, asking waits for the reload). In a build, exactly the pages whose stored entry the content sync left
 * unrendered come from their files. Throws when a build's unrendered page cannot be rendered from its file: the
 * content check stops a build before that can happen, so it would be a fault in the engine, not in the page.
 */
export async function pageBody<E extends StoredEntry>(
  file: string,
  dev: boolean,
  stored: () => Promise<E | undefined>,
  lang?: string,
): Promise<{ body?: FileBody; entry?: E }> {
  if (dev) {
    const body = await bodyFromFile(file, lang);
    return body ? { body } : { entry: await stored() };
  }
  const entry = await stored();
  if (!entry || entry.rendered !== undefined || entry.deferredRender) return { entry };
  const body = await builtBody(file, lang);
  if (!body) throw new Error(`${file}: the content sync left this page's body to be rendered from its file, and it could not be`);
  return { body };
}
