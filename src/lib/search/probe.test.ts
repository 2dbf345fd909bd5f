import { describe, expect, it } from 'vitest';
import { searchProbeWord } from './probe';

describe('searchProbeWord', () => {
  it("takes the title's longest word, lower-cased", () => {
    expect(searchProbeWord('Western Isles Technical Handbook')).toBe('technical');
    expect(searchProbeWord('Comhairle nan Eilean Siar: Làmh-leabhar')).toBe('comhairle');
  });
  it('keeps the first of equally long words, and gives nothing for a title with no word', () => {
    expect(searchProbeWord('Fife Docs')).toBe('fife');
    expect(searchProbeWord('– ·')).toBe('');
  });
});
