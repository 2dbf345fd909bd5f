// The fast SmartyPants step must give byte for byte what remark-smartypants gives: compared on the CommonMark and
// GFM examples, every Markdown file in the repository, and generated punctuation-heavy text.
import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkSmartypants from 'remark-smartypants';
import { retext } from 'retext';
import { remarkSmartypantsFast } from './smartypants';
import { SMARTYPANTS } from './pipeline';
import { prng } from '../bench/corpus';
import { commonmarkExamples, repositoryMarkdownFiles } from './corpus.testing';


function tree(markdown: string, plugin: 'library' | 'fast', options: object, mdx = false): string {
  const p = unified().use(remarkParse);
  if (mdx) p.use(remarkMdx);
  p.use(remarkGfm);
  if (plugin === 'library') p.use(remarkSmartypants, options);
  else p.use(remarkSmartypantsFast, options);
  return JSON.stringify(p.runSync(p.parse(markdown)));
}

/** Text built from the characters SmartyPants reacts to, mixed with words, spaces, code, emphasis and links. */
function punctuationSoup(seed: number): string {
  const r = prng(seed);
  const bits = ['"', "'", '`', '``', "''", '-', '--', '---', '—', '–', '.', '..', '...', '. . .', ' ', ' ', '\n', '\n\n', 'word', "don't", '80s', '*em*', '**strong**', '`code`', '[link](/a/)', '# ', '| a | b |\n|---|---|\n| "x" | \'y\' |\n', '> ', '1. ', '- ', 'é', '“', '\t', '\u00a0', '!', '?', '(', ')', ',', ';', ':', '<b>', '</b>'];
  let s = '';
  const n = 10 + Math.floor(r() * 60);
  for (let i = 0; i < n; i++) s += bits[Math.floor(r() * bits.length)];
  return s;
}

describe('remarkSmartypantsFast', () => {
  it('returns exactly the text retext parsed when nothing can change (the fact the fast path rests on)', () => {
    const p = retext();
    for (let seed = 1; seed <= 300; seed++) {
      const s = punctuationSoup(seed).replace(/["'`.\-—–]/g, 'x') + ' \r\n\u2028 \u00ad ~ \u{1F600}';
      expect(p.processSync(s).toString()).toBe(s);
    }
  });

  it('matches remark-smartypants on the CommonMark and GFM specification examples', () => {
    for (const { markdown: md } of commonmarkExamples()) {
      expect(tree(md, 'fast', SMARTYPANTS), md).toBe(tree(md, 'library', SMARTYPANTS));
    }
  });

  it('matches remark-smartypants on every Markdown and MDX file in the repository', () => {
    const files = repositoryMarkdownFiles({ mdx: true });
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) {
      const md = fs.readFileSync(f, 'utf8');
      const mdx = f.endsWith('.mdx');
      let expected: string;
      try {
        expected = tree(md, 'library', SMARTYPANTS, mdx);
      } catch {
        continue; // Not valid MDX: the build reports it; nothing to compare.
      }
      expect(tree(md, 'fast', SMARTYPANTS, mdx), f).toBe(expected);
    }
  });

  it('matches remark-smartypants on generated punctuation-heavy text, with default and other options', () => {
    // retext-smartypants 6.2.0 logs every node its dashes rules drop; that is not this test's output.
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const optionSets = [SMARTYPANTS, {}, { dashes: 'oldschool' as const }, { dashes: 'inverted' as const, ellipses: 'spaced' as const }, { quotes: false }];
    for (let seed = 1; seed <= 250; seed++) {
      const md = punctuationSoup(seed);
      for (const o of optionSets) expect(tree(md, 'fast', o), `${JSON.stringify(o)}: ${md}`).toBe(tree(md, 'library', o));
    }
    log.mockRestore();
  });

  it('still changes what SmartyPants changes', () => {
    const p = unified().use(remarkParse).use(remarkSmartypantsFast, SMARTYPANTS);
    const text = JSON.stringify(p.runSync(p.parse(`"Quoted" -- don't... 'single'`)));
    expect(text).toContain('“Quoted” — don’t… ‘single’');
  });
});
