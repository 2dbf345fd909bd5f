// Reads a built site (dist/ by default, or a fixture's output): every HTML file, its links, sources and element ids.
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';

export const DIST = path.resolve('dist');

export interface HtmlFacts {
  /** URL path of the page, e.g. `/handbook/strategy/`. */
  url: string;
  file: string;
  ids: Set<string>;
  refs: { attr: string; value: string }[];
  scripts: { src?: string; inline: string }[];
  metaCsp?: string;
}

export function walk(dir: string, out: string[] = []): string[] {
  for (const n of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, n);
    if (fs.statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** The URL path a file in a built site (`root`, default dist/) is served at. */
export function urlOfFile(file: string, root = DIST): string {
  const rel = '/' + path.relative(root, file).split(path.sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/**
 * The URL paths of the pages a reader reads in a built site (`root`): every HTML file but the search index's and the
 * redirect pages of moved pages, which leave at once (`<meta http-equiv="refresh">`): a sweep that opened one waited
 * on it until it timed out. tests/browser/redirects.test.ts follows those.
 */
export function readablePages(root = DIST): string[] {
  return walk(root)
    .filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`))
    .filter((f) => !fs.readFileSync(f, 'utf8').includes('http-equiv="refresh"'))
    .map((f) => urlOfFile(f, root));
}

/** Ids, links, scripts and the CSP of one HTML file of a built site (`root`, default dist/). */
export function readHtml(file: string, root = DIST): HtmlFacts {
  const facts: HtmlFacts = { url: urlOfFile(file, root), file, ids: new Set(), refs: [], scripts: [] };
  let inScript: { src?: string; inline: string } | undefined;
  const p = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id) facts.ids.add(attrs.id);
        if (name === 'a' && attrs.name) facts.ids.add(attrs.name);
        for (const a of ['href', 'src', 'action', 'poster']) if (attrs[a] !== undefined) facts.refs.push({ attr: a, value: attrs[a] });
        if (attrs.srcset) for (const part of attrs.srcset.split(',')) facts.refs.push({ attr: 'srcset', value: part.trim().split(/\s+/)[0] });
        if (name === 'script') inScript = { src: attrs.src, inline: '' };
        if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'content-security-policy') facts.metaCsp = attrs.content;
      },
      ontext(t) {
        if (inScript) inScript.inline += t;
      },
      onclosetag(name) {
        if (name === 'script' && inScript) {
          facts.scripts.push(inScript);
          inScript = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  p.write(fs.readFileSync(file, 'utf8'));
  p.end();
  return facts;
}

/** The file a site-absolute URL path resolves to in a built site (`root`, default dist/), as a static host would serve it. */
export function resolveUrlPath(urlPath: string, root = DIST): string | undefined {
  const clean = decodeURIComponent(urlPath.split('#')[0].split('?')[0]);
  const p = path.join(root, clean);
  if (!p.startsWith(root)) return undefined;
  if (fs.existsSync(p) && fs.statSync(p).isFile()) return p;
  if (fs.existsSync(path.join(p, 'index.html'))) return path.join(p, 'index.html');
  return undefined;
}
