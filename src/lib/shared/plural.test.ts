import { describe, expect, it } from 'vitest';
import { capitalise, countOf, listText } from './plural';

describe('countOf', () => {
  it('uses the singular for one and the plural otherwise, with a given irregular plural', () => {
    expect(countOf(1, 'release')).toBe('1 release');
    expect(countOf(0, 'release')).toBe('0 releases');
    expect(countOf(2, 'technology', 'technologies')).toBe('2 technologies');
    expect(countOf(1, 'technology', 'technologies')).toBe('1 technology');
  });
});

describe('listText', () => {
  it('joins words the way a sentence does', () => {
    expect(listText([])).toBe('');
    expect(listText(['major'])).toBe('major');
    expect(listText(['major', 'minor'])).toBe('major and minor');
    expect(listText(['alpha', 'beta', 'release candidate'], 'or')).toBe('alpha, beta or release candidate');
  });
});

describe('capitalise', () => {
  it('puts the first letter in capitals and leaves the rest', () => {
    expect(capitalise('nothing is')).toBe('Nothing is');
    expect(capitalise('2 pages are')).toBe('2 pages are');
    expect(capitalise('')).toBe('');
  });
});
