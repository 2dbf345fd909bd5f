// Cache keys for Astro's incremental builds: a digest of everything a page shows, so an unchanged key proves the
// page would render the same bytes (see the incremental-build correctness test, tests/build/incremental.test.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isLocalPath, isOptimisable } from '../markdown/local-images';
import { importedFiles } from './mdx-imports';
import { skippedFolder } from './walk';

/**
 * JSON with object keys sorted, so two equal values always give the same text whatever order they were built in.
 * Maps become sorted entry lists, Sets sorted lists, Dates ISO strings, undefined is left out (as JSON.stringify does).
 */
export function stableJson(value: unknown): string {
  const norm = (v: unknown): unknown => {
    if (v instanceof Map)
      return [...v.entries()].map(([k, x]): [string, unknown] => [String(k), norm(x)]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    if (v instanceof Set) return [...v].map(norm).map((x) => JSON.stringify(x)).sort();
    if (v instanceof Date) return v.toISOString();
    if (Array.isArray(v)) return v.map(norm);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined && typeof x !== 'function') out[k] = norm(x);
      }
      return out;
    }
    return v;
  };
  return JSON.stringify(norm(value));
}

/** SHA-256 (hex, first 32 characters) of the parts' stable JSON: the `cacheKey` Astro compares between builds. */
export function cacheKey(...parts: unknown[]): string {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(stableJson(p)).update('\0');
  return h.digest('hex').slice(0, 32);
}

/** SHA-256 of files' contents and paths (project-relative, sorted), for data read from disk outside Astro's graph. */
export function filesDigest(root: string, files: string[]): string {
  const h = crypto.createHash('sha256');
  for (const f of [...files].sort()) {
    const abs = path.resolve(root, f);
    h.update(f).update('\0');
    if (fs.existsSync(abs)) h.update(fs.readFileSync(abs));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 32);
}

/**
 * Every file under `dir` (project-relative paths, forward slashes, sorted); [] when it does not exist. A symbolic link
 * to a folder is walked like a folder (each real folder once, so a link back up cannot loop) and one to a file is a
 * file: a linked folder was read as a file and the check stopped with EISDIR (a new adopter's trial, 2 December
 * 2026). A broken link is left out. The folders {@link skippedFolder} names are not entered.
 */
export function filesUnder(root: string, dir: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (d: string) => {
    const abs = path.join(root, d);
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
      const rel = `${d}/${e.name}`;
      const stat = e.isSymbolicLink() ? fs.statSync(path.join(abs, e.name), { throwIfNoEntry: false }) : e;
      if (!stat) continue;
      if (stat.isDirectory()) {
        if (!skippedFolder(root, path.join(abs, e.name))) walk(rel);
      } else out.push(rel);
    }
  };
  walk(dir.replace(/\/+$/, ''));
  return out.sort();
}

/**
 * The engine's code as one digest: `src/` (templates, models, styles), the Astro config and the lock file. Astro
 * already hashes each route's module graph; this also covers what is read outside it (compiled styles, integrations),
 * so a page is never reused across a change of engine. Computed once per build (~150 small files).
 */
export function engineDigest(root: string): string {
  const files = [...filesUnder(root, 'src').filter((f) => !f.includes('/generated/') || f.endsWith('.css')), 'astro.config.mjs', 'package-lock.json'];
  return filesDigest(root, files);
}

/** The part of a content entry (from `getCollection`) that says which local images its rendered body shows. */
export interface EntryWithImages {
  /** The entry's file, relative to the project root (Astro's glob loader). */
  filePath?: string;
  /** Set for bodies rendered during the content sync: Astro's Markdown renderer lists the local images it imported. */
  rendered?: { metadata?: { localImagePaths?: unknown } };
}

/** `%20` and the like in a Markdown image path, as the file's name on disk; the path as written if it is not valid. */
function decodedPath(p: string): string {
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
}


/**
 * Image files under `dir` (project-relative, e.g. the content directory) grouped by their bytes: each file → every
 * file under `dir` with the same bytes, itself included, sorted. Why: Astro stores identical picture bytes once, under
 * one file's name, so a page's picture is named after another file when the two are byte copies: the one
 * src/integrations/image-twins.ts resolves every import of them to, chosen by name among the group (see
 * {@link localImagesDigest}).
 */
export function imageTwins(root: string, dir: string): Map<string, string[]> {
  const byBytes = new Map<string, string[]>();
  for (const f of filesUnder(root, dir).filter(isOptimisable)) {
    const h = crypto.createHash('sha256').update(fs.readFileSync(path.resolve(root, f))).digest('hex');
    const group = byBytes.get(h) ?? [];
    group.push(f);
    byBytes.set(h, group);
  }
  const out = new Map<string, string[]>();
  for (const group of byBytes.values()) for (const f of group) out.set(f, group);
  return out;
}

/** What {@link localImagesDigest} needs beyond the entry: the build's picture groups and the handbook's text. */
export interface ImageContext {
  /** {@link imageTwins} of the content directory. */
  twins: Map<string, string[]>;
  /** A digest of every Markdown and MDX file that can show a picture; asked for only when a picture has a twin. */
  pagesText: () => string;
  /**
   * A digest of which content files import which stylesheets ({@link stylesheetImports}); asked for only when the
   * page imports one.
   */
  stylesheets?: () => string;
}

/** Files Vite bundles as stylesheets. */
const STYLESHEET = /\.(css|scss|sass|less|styl|stylus|pcss|postcss)$/i;

/**
 * Every MDX file among `files` (project-relative) that imports a stylesheet, directly or through what it imports,
 * with those stylesheets: `[[page, [sheets…]], …]`, sorted. Vite names a stylesheet's output after its one importer,
 * or after the stylesheet once two pages share it, so a page's `<link>` depends on which other pages import the same
 * file: a second page's import renamed the first page's stylesheet in a clean build, while an incremental build kept
 * the first page and its link to a file no longer written (a new adopter's trial, 2 December 2026).
 */
export function stylesheetImports(root: string, files: string[]): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const f of [...files].filter((x) => x.endsWith('.mdx')).sort()) {
    const sheets = importedFiles(root, f).filter((g) => STYLESHEET.test(g));
    if (sheets.length) out.push([f, sheets]);
  }
  return out;
}

/**
 * Local picture files an `.mdx` file refers to (imports, Markdown images, JSX `src`), project-relative: every path
 * relative to the file that ends in an image extension and exists, however it is written: after `(`, a quote, `<`
 * (`![A crew](<crew photo.png>)`), or white space or `:` (a reference definition, `[board]: board.png`). And the same
 * for every Markdown or MDX file it imports, through any depth of imports (a partial's `![Badge](./badge.png)`, which
 * the page shows). A word taken for a path that is not a file is ignored, so reading too much only costs a look-up.
 * MDX bodies are compiled by Astro, which lists no images for them; this reads the text instead. Until 2 December 2026
 * it read only paths after `(` or a quote and without spaces, and not the partials: replacing such a picture's bytes
 * left the page showing the old one in an incremental build (a new adopter's trial).
 */
function mdxImageFiles(root: string, file: string): string[] {
  const out = new Set<string>();
  for (const f of [file, ...importedFiles(root, file).filter((g) => /\.mdx?$/.test(g))]) {
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(root, f), 'utf8');
    } catch {
      continue;
    }
    const dir = path.dirname(f);
    for (const m of text.matchAll(/(?:^|[\s"'(<\[:=])([^"'()<>\[\]\n]*?\.[A-Za-z0-9]+)(?=$|[\s"')>\]#?])/gm)) {
      const written = m[1].trim();
      if (!written || !isLocalPath(written) || !isOptimisable(written)) continue; // a URL, a site path, or not a picture
      const rel = path.join(dir, decodedPath(written)).split(path.sep).join('/');
      if (fs.existsSync(path.resolve(root, rel))) out.add(rel);
    }
  }
  return [...out].sort();
}

/**
 * The local files a page (`file`, project-relative; `.md` or `.mdx`) shows besides its own: the pictures it and its
 * partials show ({@link mdxImageFiles}) and, for an `.mdx` page, every file it imports ({@link importedFiles}),
 * project-relative and sorted. The rule the cache keys follow for an `.mdx` page, so `npm run pr-summary` names the
 * pages a change to a partial or a picture changes by the same reading (a pull-request trial, 3 December 2026: they
 * were listed only as "other content files").
 */
export function filesShownBy(root: string, file: string): string[] {
  return [...new Set([...mdxImageFiles(root, file), ...(file.endsWith('.mdx') ? importedFiles(root, file) : [])])].sort();
}

/**
 * The digest of the local images an entry's body shows (Markdown `![…](diagram.png)`) and, for an `.mdx` page, of the
 * local files it imports ({@link importedFiles}), or null when there are none;
 * files are read under `root`, the project (entries' paths are relative to it).
 * Why: Astro's image pipeline names and sizes each optimised picture by the image file's bytes, so replacing
 * `diagram.png` and leaving the Markdown alone changes the page's HTML (`src="/_astro/diagram.<hash>.webp"`,
 * `width`, `height`) while the entry's own digest, which covers only its file, stays the same. Without this a rebuild
 * kept serving the old picture (a new adopter's trial, 1 December 2026). Paths are Astro's own list
 * (`rendered.metadata.localImagePaths`, relative to the entry's file); for `.mdx` pages, whose images Astro follows
 * as imports, the file's text is read ({@link mdxImageFiles}). A listed file that is missing digests as missing (the
 * content check reports it).
 * With `images`: Astro stores identical bytes once, under the first file's name, so a page's HTML also depends on
 * which other files share its pictures' bytes and which pages show them (a new adopter's trial, 2 December 2026: a
 * byte copy shown on another page renamed this page's picture in a clean build, while an incremental build kept the
 * old name). The digest covers each picture's group of byte-identical files and, when any group has more than one,
 * the text of every page ({@link ImageContext.pagesText}), so any change to who shows a twin renders the page again.
 * Likewise a page that imports a stylesheet is keyed on who imports which stylesheet ({@link stylesheetImports}).
 */
export function localImagesDigest(root: string, entry: EntryWithImages | undefined, images?: ImageContext): string | null {
  if (!entry?.filePath) return null;
  const paths = entry.rendered?.metadata?.localImagePaths;
  const dir = path.dirname(entry.filePath);
  const mdx = entry.filePath.endsWith('.mdx');
  const files = Array.isArray(paths)
    ? [...new Set(paths.filter((p): p is string => typeof p === 'string').map((p) => path.join(dir, decodedPath(p.replace(/[?#].*$/, ''))).split(path.sep).join('/')))]
    : mdx && images
      ? mdxImageFiles(root, entry.filePath)
      : [];
  // An .mdx page also shows what it imports (`import team from './team.json'` → `{team.lead}`): a change to that file
  // alone left the page as it was in an incremental build (a new adopter's trial, 2 December 2026).
  const imported = mdx ? importedFiles(root, entry.filePath).filter((f) => !files.includes(f)) : [];
  if (files.length === 0 && imported.length === 0) return null;
  const own = imported.length ? cacheKey(filesDigest(root, files), filesDigest(root, imported)) : filesDigest(root, files);
  if (!images) return own;
  const groups = files.map((f) => images.twins.get(f) ?? [f]);
  const sheets = images.stylesheets && imported.some((f) => STYLESHEET.test(f)) ? images.stylesheets() : null;
  return cacheKey(own, groups, groups.some((g) => g.length > 1) ? images.pagesText() : null, sheets);
}
