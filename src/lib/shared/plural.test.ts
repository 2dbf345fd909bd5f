import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

describe('countOf', () => {
  it('uses the singular for one and the plural otherwise, with a given irregular plural', () => {
    expect(countOf(1, 'release')).toBe('1 release');
    expect(countOf(0, 'release')).toBe('0 releases');
    expect(countOf(2, 'technology', 'technologies')).toBe('2 technologies');
    expect(countOf(1, 'technology', 'technologies')).toBe('1 technology');
  });
});
