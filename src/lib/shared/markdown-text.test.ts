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

describe('escapeMarkdown', () => {
  it('keeps a table row whole and reads back as the text it was given, whatever the text holds', () => {
    const titles = ['Payments | refunds', 'Line one\nline two', 'A ~~struck~~ *bold* `code` [link](x) <b>html</b> &amp; #1', 'back\\slash'];
    for (const t of titles) {
      const [first, second] = cells(`| ${escapeMarkdown(t)} | owner |`);
      expect(second).toBe('owner');
      expect(first).toBe(t.replace(/\s+/g, ' '));
    }
  });

  it('leaves an underscore inside a word as it is, and escapes one that could start emphasis', () => {
    expect(escapeMarkdown('FEATURE_FLAG_X and _em_')).toBe('FEATURE_FLAG_X and \\_em\\_');
  });
});
