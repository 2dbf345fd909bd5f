// Writes Markdown conformance cases (the CommonMark spec's examples, our GFM cases) as a handbook content directory,
// one page per case, and reads each page's rendered body back out of a build of it.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

/** Which specification a case comes from: CommonMark 0.31.2, GFM 0.29-gfm (+ footnotes), or issue 16's editor cases. */
export type Suite = 'commonmark' | 'gfm' | 'editor';

export const SUITE_NAMES: Record<Suite, string> = { commonmark: 'CommonMark', gfm: 'GFM', editor: 'Editor' };

export interface SpecCase {
  suite: Suite;
  /** Page file name without extension, unique in the suite, e.g. `cm-042`. */
  id: string;
  /** The example's number in its specification. */
  number: number;
  /** The specification's section heading, e.g. `Fenced code blocks`. */
  section: string;
  /** The page body, exactly as an editor would write it after the front matter. */
  markdown: string;
  /** The HTML the specification expects for that body. */
  html: string;
  /** `.md` unless the case is about MDX. */
  ext?: '.md' | '.mdx';
}

/**
 * The 652 examples of the CommonMark 0.31.2 specification from the `commonmark-spec` package, with the spec's
 * `→` tab notation turned back into tabs (as the spec's own test runner does).
 */
export function commonmarkCases(): SpecCase[] {
  const require = createRequire(import.meta.url);
  const spec = require('commonmark-spec') as { tests: { markdown: string; html: string; section: string; number: number }[] };
  return spec.tests.map((t) => ({
    suite: 'commonmark' as const,
    id: `cm-${String(t.number).padStart(3, '0')}`,
    number: t.number,
    section: t.section,
    markdown: t.markdown.replace(/→/g, '\t'),
    html: t.html.replace(/→/g, '\t'),
  }));
}

/** URL-safe folder name for a spec section. */
export function sectionSlug(section: string): string {
  return section.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

// Tiny real images (2×2 px) for the examples' local image paths: the image pipeline reads them like any photo.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAD0lEQVQImWNgiNsBQhAKABuWBFn5k/nuAAAAAElFTkSuQmCC';
const JPEG =
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCdAKMAv//Z';

/**
 * A tiny image whose bytes carry its own name (a JPEG comment or a PNG text chunk), so two examples' images are
 * different files and the build cannot merge them into one.
 */
export function imageBytes(name: string): Buffer {
  const label = Buffer.from(name, 'utf8');
  if (/\.jpe?g$/i.test(name)) {
    const jpeg = Buffer.from(JPEG, 'base64');
    const len = Buffer.alloc(2);
    len.writeUInt16BE(label.length + 2);
    return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), len, label, jpeg.subarray(2)]);
  }
  const png = Buffer.from(PNG, 'base64');
  const body = Buffer.concat([Buffer.from('tEXt'), Buffer.from('Title\0'), label]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length - 4);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  // After the 8-byte signature and the 25-byte IHDR chunk.
  return Buffer.concat([png.subarray(0, 33), len, body, crc, png.subarray(33)]);
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Relative image paths a Markdown body uses, inline or through a reference definition. */
export function localImages(markdown: string): string[] {
  const tree = parser.parse(markdown) as Root;
  const defs = new Map<string, string>();
  const refs = new Set<string>();
  const urls = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'definition') defs.set(node.identifier, node.url);
    else if (node.type === 'imageReference') refs.add(node.identifier);
    else if (node.type === 'image') urls.add(node.url);
  });
  for (const r of refs) if (defs.has(r)) urls.add(defs.get(r)!);
  return [...urls].filter((u) => u && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(u)).map((u) => decodeURI(u.replace(/[?#].*$/, '')));
}

const FRONT = (c: SpecCase) =>
  [
    '---',
    `title: ${SUITE_NAMES[c.suite]} example ${c.number}`,
    `description: ${JSON.stringify(`${SUITE_NAMES[c.suite]} example ${c.number}, from the section ${c.section}.`)}`,
    'owner: Conformance suite',
    'last_reviewed: 2026-11-01',
    'review_in: 1 year',
    `order: ${c.number}`,
    '---',
    '',
  ].join('\n');

export interface WrittenCase extends SpecCase {
  /** The page's file, relative to the content directory. */
  file: string;
  /** The page's address on the built site, e.g. `/handbook/tabs/cm-001/`. */
  url: string;
}

/**
 * Writes `cases` into `dir` as a content directory: a site.yaml, one handbook section per suite and spec section
 * (with a landing page), one page per case whose body is exactly the case's Markdown, and the local images it shows.
 * Returns where each case was written.
 */
export function writeSpecHandbook(dir: string, cases: SpecCase[]): WrittenCase[] {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'handbook'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'site.yaml'),
    [
      'title: Markdown conformance',
      'description: Every example of the CommonMark and GFM specifications, each built as a handbook page.',
      'url: https://conformance.example.org',
      'repository: https://github.com/example/conformance',
      'phase: alpha',
      'feedback: mailto:conformance@example.org',
      'organisation:',
      '  name: Example',
      '  url: https://www.example.org/',
      'licence:',
      '  name: Open Government Licence v3.0',
      '  url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      'contacts:',
      '  - name: Conformance',
      '    url: mailto:conformance@example.org',
      '',
    ].join('\n'),
  );
  const written: WrittenCase[] = [];
  const key = (c: SpecCase) => `${c.suite} ${c.section}`;
  const sections = [...new Set(cases.map(key))];
  sections.forEach((sectionKey, i) => {
    const first = cases.find((c) => key(c) === sectionKey)!;
    const section = `${SUITE_NAMES[first.suite]}: ${first.section}`;
    const slug = sectionSlug(sectionKey);
    const sdir = path.join(dir, 'handbook', slug);
    fs.mkdirSync(sdir, { recursive: true });
    fs.writeFileSync(
      path.join(sdir, 'index.md'),
      ['---', `title: ${JSON.stringify(section)}`, `description: ${JSON.stringify(`The examples of ${section}.`)}`, 'owner: Conformance suite',
        'last_reviewed: 2026-11-01', 'review_in: 1 year', `order: ${i + 1}`, '---', '', 'The examples of this section.', ''].join('\n'),
    );
    for (const c of cases.filter((x) => key(x) === sectionKey)) {
      const ext = c.ext ?? '.md';
      const file = `handbook/${slug}/${c.id}${ext}`;
      fs.writeFileSync(path.join(dir, file), FRONT(c) + c.markdown);
      if (ext === '.md')
        for (const img of localImages(c.markdown)) {
          const p = path.join(sdir, img);
          fs.mkdirSync(path.dirname(p), { recursive: true });
          fs.writeFileSync(p, imageBytes(img));
        }
      written.push({ ...c, file, url: `/handbook/${slug}/${c.id}/` });
    }
  });
  return written;
}

// The page shell around a handbook page's body: everything between these is what the Markdown rendered to.
const BODY_START = '<div class="mh_prose">';
const BODY_END = /<\/div>\s*(?:<section aria-labelledby="in-this-section"[^>]*>[\s\S]*?<\/section>\s*)?<\/div>\s*<div class="mh_docs__footer"/;

/**
 * The rendered body of one built handbook page (`dist` + `url`): the HTML between the page shell's prose wrapper
 * and its footer, found by position rather than by parsing, so a body with unbalanced raw HTML comes out intact.
 * Throws if the page or the shell's markers are missing.
 */
export function renderedBody(dist: string, url: string): string {
  const file = path.join(dist, url, 'index.html');
  const html = fs.readFileSync(file, 'utf8');
  const start = html.indexOf(BODY_START);
  if (start < 0) throw new Error(`${file}: no ${BODY_START} in the page`);
  const rest = html.slice(start + BODY_START.length);
  let end = -1;
  for (const m of rest.matchAll(new RegExp(BODY_END.source, 'g'))) end = m.index;
  if (end < 0) throw new Error(`${file}: the page shell's end after the body was not found`);
  return rest.slice(0, end);
}
