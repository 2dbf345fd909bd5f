// The native parse must build the tree remark-parse + remark-gfm build — same nodes, same values, same positions —
// because every remark step, the check's link positions and the rendered HTML are written against that tree.
// Compared on the CommonMark specification's examples, GFM's extensions, every Markdown file in the repository and
// the benchmark's generated pages, and the constructs on which the two were found to disagree (./parse.ts sends those
// to micromark). Random soups of Markdown punctuation still differ in about 1 document in 75 (most often a bare URL
// run into a table row's first pipe, `http://e.com| a | b |`, then fences and delimiter runs beside autolink
// literals); 463 real-world READMEs and a new adopter's 64 pages do not.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { parseMarkdown, remarkNativeParse } from './parse';
import { handbookPages } from '../bench/corpus';
import { commonmarkExamples, repositoryMarkdownFiles, withoutFrontMatter } from './corpus.testing';

const micromark = unified().use(remarkParse).use(remarkGfm);

/** A tree as comparable JSON: keys sorted, empty `data` dropped, positions as [start offset, end offset, line, col]. */
function canonical(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(canonical);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node).sort(([a], [b]) => a.localeCompare(b))) {
    if (k === 'data' && v && typeof v === 'object' && Object.keys(v).length === 0) continue;
    if (k === 'position') {
      const p = v as Root['position'];
      out.position = p && [p.start.offset, p.end.offset, p.start.line, p.start.column, p.end.line, p.end.column];
    } else out[k] = canonical(v);
  }
  return out;
}

const expected = (md: string) => canonical(micromark.runSync(micromark.parse(md)));
const actual = (md: string) => canonical(parseMarkdown(md));

/**
 * Two known differences in positions (and see {@link joinTexts}):
 * - GFM autolink literals (`www.example.com`): micromark's remark-gfm adds them after parsing, without a position;
 *   the native parser gives their real position (and the text around them's). Anything the check says about such a link
 *   now names its line instead of the body's first; the comparison drops the position where micromark has none.
 * - In a GFM task list item, the two start the item's paragraph at different sides of the `[x] `
 *   marker. Nothing reads a paragraph's position, so the comparison moves that start to micromark's.
 */
function align(tree: unknown, reference: unknown): unknown {
  if (!tree || typeof tree !== 'object' || !reference || typeof reference !== 'object') return tree;
  const t = tree as Record<string, unknown>;
  const r = reference as Record<string, unknown>;
  if (r.position === undefined && t.type === r.type) delete t.position;
  if (t.type === 'listItem' && typeof t.checked === 'boolean' && Array.isArray(t.children) && Array.isArray(r.children)) {
    const [first] = t.children as Record<string, unknown>[];
    const [refFirst] = r.children as Record<string, unknown>[];
    if (first?.type === 'paragraph' && refFirst?.type === 'paragraph' && Array.isArray(first.position) && Array.isArray(refFirst.position)) {
      const pos = [...(first.position as number[])];
      const ref = refFirst.position as number[];
      [pos[0], pos[2], pos[3]] = [ref[0], ref[2], ref[3]];
      first.position = pos;
    }
  }
  for (const k of Object.keys(t)) {
    const v = t[k];
    if (Array.isArray(v) && Array.isArray(r[k])) v.forEach((c, i) => align(c, (r[k] as unknown[])[i]));
    else if (v && typeof v === 'object' && k !== 'position') align(v, r[k]);
  }
  return tree;
}

/**
 * Adjacent text nodes joined into one (with the first's start and the last's end, or no position if either lacks
 * one). After an autolink literal with trailing punctuation (`www.e.com.`) the native parser leaves the `.` and the
 * text after it as two text nodes where micromark has one; they render as the same HTML.
 */
function joinTexts(node: unknown): unknown {
  if (!node || typeof node !== 'object') return node;
  const n = node as { children?: Record<string, unknown>[] };
  if (Array.isArray(n.children)) {
    const out: Record<string, unknown>[] = [];
    for (const c of n.children.map((c) => joinTexts(c) as Record<string, unknown>)) {
      const last = out[out.length - 1];
      if (last?.type === 'text' && c.type === 'text') {
        const [a, b] = [last.position as number[] | undefined, c.position as number[] | undefined];
        out[out.length - 1] = { ...last, value: `${last.value}${c.value}`, position: a && b ? [a[0], b[1], a[2], a[3], b[4], b[5]] : undefined };
      } else out.push(c);
    }
    n.children = out;
  }
  return node;
}

function same(md: string) {
  const want = joinTexts(expected(md));
  expect(align(joinTexts(actual(md)), want), JSON.stringify(md)).toEqual(want);
}

describe('parseMarkdown', () => {
  it('builds remark-parse + remark-gfm\'s tree for every CommonMark 0.31.2 specification example', () => {
    const examples = commonmarkExamples();
    expect(examples.length).toBe(652);
    for (const t of examples) same(t.markdown);
  });

  it.each([
    '| a | b |\n|:--|--:|\n| 1 | 2 |\n| `x\\|y` | **z** |',
    '| a |\n| - |\n| b\n\nafter',
    'Text[^1] and[^note].\n\n[^1]: One.\n[^note]:\n    Indented *note*.\n\n    Second paragraph.',
    '[^unused]: never referenced\n\nBody.',
    '~one~ ~~two~~ ~~~three~~~ a~b~c',
    '- [ ] open\n- [x] done\n- [X] also done\n   - [ ] nested\n\n1. [x] ordered',
    '* [x]\n* [ ]not a task',
    'www.example.com, https://example.org/path?q=1. mail@example.scot and (https://x.y/a_(b)).',
    'Visit http://example.com/_under_score_ or <https://angle.example/>.',
    '---\ntitle: not front matter\n---\n\nBody',
    '> [!NOTE]\n> A GitHub alert.',
    '<details>\n<summary>More</summary>\n\nInner *text*\n\n</details>',
    '# Heading {#custom}\n\nSmart "quotes" -- and... dashes',
  ])('builds the same tree for GFM tables, footnotes, strikethrough, task lists and autolink literals: %j', same);

  it.each([
    'See [^a b]\n\n[^a b]: /x',
    'Para\n[^a b]: /url',
    'Para\n[^a b]: some text',
    '[see[^1]](https://x.gov.uk)\n\n[^1]: n',
    '*🎉*done',
    'a*🎉*',
    '**👍🏽**thanks',
    '~~🎉~~done',
    '- 04:20 – *🚨*P2 declared',
    'export*🙌*',
    '_mailto:a@b.gov.uk_',
    '(xmpp:user@example.org)',
    'a\u0000b',
  ])('builds micromark\'s tree where Sätteri reads a construct differently (footnote labels, emoji emphasis, mailto, NUL): %j', same);

  it('builds the same tree for every Markdown file in the repository', () => {
    const files = repositoryMarkdownFiles();
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      same(withoutFrontMatter(text));
    }
  });

  it('builds the same tree for the benchmark\'s generated handbook pages', () => {
    for (const page of handbookPages(300)) same(withoutFrontMatter(page.text));
  });
});

describe('remarkNativeParse', () => {
  it('replaces the parser of a unified processor, so the steps after it see the native tree', () => {
    const p = unified().use(remarkParse).use(remarkGfm).use(remarkNativeParse);
    const md = 'A | B\n--|--\n1 | 2\n\n- [x] done';
    expect(canonical(p.runSync(p.parse(md)))).toEqual(canonical(parseMarkdown(md)));
  });
});
