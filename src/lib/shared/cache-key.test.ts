// Cache keys: equal values give equal keys whatever order they were built in; any difference changes the key.
import { describe, expect, it } from 'vitest';
import { cacheKey, stableJson } from './cache-key';

describe('cacheKey', () => {
  it('ignores key order and undefined fields, and sorts Maps and Sets', () => {
    expect(stableJson({ b: 1, a: [new Map([['y', 2], ['x', 1]])], c: undefined, d: new Set(['q', 'p']) })).toBe(
      '{"a":[[["x",1],["y",2]]],"b":1,"d":["\\"p\\"","\\"q\\""]}',
    );
    expect(cacheKey({ a: 1, b: 2 }, 'x')).toBe(cacheKey({ b: 2, a: 1 }, 'x'));
  });
  it('changes with any value, and with how values are split between parts', () => {
    const k = cacheKey({ title: 'On call' });
    expect(cacheKey({ title: 'On-call' })).not.toBe(k);
    expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
    expect(k).toMatch(/^[0-9a-f]{32}$/);
  });
});
