// The organisation's logo and favicon (site.yaml `logo:`, `favicon:`): checks each SVG file in the content directory
// and names the file the site serves it as. One function each serves `npm run check`, the build's pre-flight and the
// route that writes the file.
//
// Why a file and not inline SVG: the page's CSP is `style-src 'self'` and logos exported from drawing tools are full
// of `style="…"` attributes, which the CSP would block inline (and stripping them breaks the drawing). An SVG shown
// through <img> is an image document: browsers run no script in it and load nothing it links to, and the page's CSP
// does not apply to its internal styles, so the logo looks exactly as drawn. The file is cached once for every page
// instead of adding its bytes to each page's HTML (budget: 8 KB gz per page). Because the same file could still be
// opened on its own, where a script in it would run on the site's origin, the check refuses scripts, event
// handlers, embedded documents and links to other files.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { issue, type ContentIssue } from '../shared/errors';
import { lineOf } from '../shared/validate';
import { contentPaths } from '../shared/content-dir';
import type { SiteConfig } from './schema';

/** The logo as the site serves it. */
export interface LogoAsset extends SvgAsset {
  /** Text alternative (site.yaml `logo.alt`). */
  alt: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Elements that run script or embed another document: never in a logo. */
const ACTIVE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
/** Links inside the file may only point into it (`#id`) or hold an embedded picture. */
const SAFE_REF = /^\s*(#|data:image\/(png|jpeg|gif|webp);)/i;

const elements = (nodes: readonly unknown[]): Element[] =>
  nodes.flatMap((n) => ((n as Element).type === 'tag' || (n as Element).type === 'script' || (n as Element).type === 'style' ? [n as Element, ...elements((n as Element).children)] : []));

/** What is unsafe in an SVG document, in words ("<script>", "onload attribute", "a link to https://…"), first few only. */
function unsafeParts(all: Element[]): string[] {
  const found = new Set<string>();
  for (const el of all) {
    const name = el.name.toLowerCase().replace(/^svg:/, '');
    if (ACTIVE_ELEMENTS.has(name)) found.add(`<${el.name}>`);
    for (const [attr, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(attr)) found.add(`an ${attr} attribute`);
      else if (/^(xlink:)?href$/i.test(attr) && !SAFE_REF.test(value)) found.add(`a link to "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`);
    }
  }
  return [...found].slice(0, 3);
}

/** Width and height from the root's attributes (plain numbers or px) or its viewBox. */
function sizeOf(svg: Element): { width?: number; height?: number } {
  const num = (v: string | undefined) => (v !== undefined && /^\s*\d+(\.\d+)?(px)?\s*$/.test(v) ? Number.parseFloat(v) : undefined);
  const w = num(svg.attribs.width);
  const h = num(svg.attribs.height);
  if (w && h) return { width: w, height: h };
  const box = svg.attribs.viewBox?.trim().split(/[\s,]+/).map(Number);
  if (box?.length === 4 && box.every(Number.isFinite) && box[2] > 0 && box[3] > 0) return { width: box[2], height: box[3] };
  return {};
}

/** An SVG file site.yaml names, as the site serves it (the favicon; the logo adds its alt text). */
export interface SvgAsset {
  /**
   * Site path of the served file, named by its content so a changed picture is never served from a cache:
   * `/brand/logo-1a2b3c4d.svg`, `/brand/favicon-5e6f7a8b.svg`.
   */
  url: string;
  /** The route parameter that makes `url` (src/pages/brand/[asset].svg.ts): `logo-1a2b3c4d`. */
  name: string;
  /** The file's bytes, served unchanged. */
  bytes: Buffer;
  /** Intrinsic size in SVG user units from the root's width/height or viewBox (the <img>'s width and height, so nothing shifts as it loads); undefined when the file gives none. */
  width?: number;
  height?: number;
}

/**
 * Reads and checks one SVG file named in site.yaml at `field` (e.g. `['logo', 'file']`), a path inside the content
 * directory under `root`. `what` names it in messages ("logo"), `absent` says what the site does without it.
 */
function readSvg(
  root: string,
  file: string,
  field: string[],
  what: string,
  absent: string,
  siteFile: string,
  siteText?: string,
): { asset?: SvgAsset; issues: ContentIssue[] } {
  const at = siteText ? lineOf({ file: siteFile, text: siteText }, field) : {};
  const fail = (message: string) => ({ issues: [issue(siteFile, field.join('.'), message, at)] });
  const dir = contentPaths(root).dir;
  const shown = `${dir}/${file}`;
  const abs = path.resolve(root, dir, file);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile())
    return fail(`"${file}" does not exist: expected an SVG file at ${shown} — add the file or correct the path (or leave ${field[0]} out ${absent})`);
  const notSvg = (why: string) =>
    fail(`"${file}" is not an SVG file (${why}): the ${what} must be an SVG picture whose root element is <svg xmlns="${SVG_NS}"> — export it from your drawing tool as SVG`);
  if (path.extname(file).toLowerCase() !== '.svg') return notSvg(`its name ends in "${path.extname(file) || 'no extension'}", not ".svg"`);
  const bytes = fs.readFileSync(abs);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const doc = parseDocument(text, { xmlMode: true });
  const root0 = doc.children.find((n): n is Element => n.type === 'tag');
  if (!root0 || root0.name !== 'svg') return notSvg(root0 ? `its root element is <${root0.name}>` : 'it holds no XML element');
  if (root0.attribs.xmlns !== SVG_NS) return notSvg('its <svg> element has no xmlns, so browsers do not show it as a picture');
  const unsafe = unsafeParts(elements([root0]));
  if (unsafe.length)
    return fail(`"${file}" contains ${unsafe.join(', ')}: a ${what} must be a plain picture, without scripts, event handlers, embedded documents or links to other files — remove them`);
  const name = `${field[0]}-${crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 8)}`;
  return { asset: { url: `/brand/${name}.svg`, name, bytes, ...sizeOf(root0) }, issues: [] };
}

/**
 * Reads and checks site.yaml's `logo.file` (a path inside the content directory under `root`, the project root).
 * Errors, each at `logo.file`'s line in `siteFile` when `siteText` is given: the file does not exist; it is not an
 * SVG (not `.svg`, or its root element is not `<svg xmlns="http://www.w3.org/2000/svg">`); it holds a script, an
 * event handler, an embedded document or a link to another file. Never throws.
 *
 * @returns the asset to serve (undefined when there is no logo or it has an error) and the issues
 */
export function readLogo(
  root: string,
  site: Pick<SiteConfig, 'logo'>,
  siteFile: string = contentPaths(root).site,
  siteText?: string,
): { logo?: LogoAsset; issues: ContentIssue[] } {
  if (!site.logo) return { issues: [] };
  const { asset, issues } = readSvg(root, site.logo.file, ['logo', 'file'], 'logo', 'to show the title alone', siteFile, siteText);
  return asset ? { logo: { ...asset, alt: site.logo.alt }, issues } : { issues };
}

/**
 * Reads and checks site.yaml's `favicon` (an SVG file in the content directory) by the same rules as the logo, at
 * `favicon`'s line. Without it the site uses the engine's neutral `/favicon.svg` (public/). Never throws.
 */
export function readFavicon(
  root: string,
  site: Pick<SiteConfig, 'favicon'>,
  siteFile: string = contentPaths(root).site,
  siteText?: string,
): { favicon?: SvgAsset; issues: ContentIssue[] } {
  if (!site.favicon) return { issues: [] };
  const { asset, issues } = readSvg(root, site.favicon, ['favicon'], 'favicon', "to use the engine's plain icon", siteFile, siteText);
  return { favicon: asset, issues };
}
