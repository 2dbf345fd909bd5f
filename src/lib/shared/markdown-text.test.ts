import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../markdown/parse';
import { escapeMarkdown } from './markdown-text';

/** The cells of a one-row GFM table as the handbook's own Markdown parser reads them back, as plain text. */
function cells(row: string): string[] {
  const tree = parseMarkdown(`| a | b |\n| --- | --- |\n${row}\n`);
  const table = tree.children[0];
  if (table.type !== 'table') throw new Error('not a table');
  return table.children[1].children.map((c) => toString(c));
}

/** The text of the first item of a one-item list, when the item holds a paragraph only (else what it holds). */
function cellsOfList(md: string): string {
  const list = parseMarkdown(md).children[0];
  if (list.type !== 'list') throw new Error('not a list');
  const item = list.children[0];
  return item.children.length === 1 && item.children[0].type === 'paragraph' ? toString(item) : `not a paragraph: ${item.children.map((c) => c.type).join(',')}`;
}

describe('escapeMarkdown', () => {
  it('keeps a table row whole and reads back as the text it was given, whatever the text holds', () => {
    const titles = [
      'Payments | refunds',
      'Line one\nline two',
      'A ~~struck~~ *bold* `code` [link](x) <b>html</b> &amp; #1',
      'back\\slash',
      '> 5 users & a < b, <https://example.org> <!-- c --> </i> &#169; &copy; &#x27;',
      'Uist & Lewis: 3 > 2',
      '1. Intro',
      '- draft',
      '+ more',
    ];
    for (const t of titles) {
      const [first, second] = cells(`| ${escapeMarkdown(t)} | owner |`);
      expect(second).toBe('owner');
      expect(first).toBe(t.replace(/\s+/g, ' '));
    }
  });

  it('writes "&", "<" and ">" as they are where Markdown reads them as text, so a plain-text reader sees them so', () => {
    expect(escapeMarkdown('Uist & Lewis, a < b, 3 > 2')).toBe('Uist & Lewis, a < b, 3 > 2');
    expect(escapeMarkdown('> quoted &copy; <b>')).toBe('\\> quoted \\&copy; \\<b>');
    // In a list item too: "- 1. Intro" made a list inside the item.
    expect(cellsOfList(`- ${escapeMarkdown('1. Intro')}`)).toBe('1. Intro');
  });

  it('leaves an underscore inside a word as it is, and escapes one that could start emphasis', () => {
    expect(escapeMarkdown('FEATURE_FLAG_X and _em_')).toBe('FEATURE_FLAG_X and \\_em\\_');
  });
});
