import { describe, expect, it } from 'vitest';
import { locate } from './source-lines';

describe('locate', () => {
  const yaml = 'title: Hello\nstatus: bogus\nlinks:\n  - url: a\n  - url: javascript:x\n';
  it('finds a top-level key', () => {
    expect(locate(yaml, ['status'])).toEqual({ line: 2, column: 1 });
  });
  it('finds a nested key in a list', () => {
    expect(locate(yaml, ['links', 1, 'url'])?.line).toBe(5);
  });
  it('falls back to the parent when a key is missing', () => {
    expect(locate(yaml, ['links', 0, 'title'])?.line).toBe(4);
  });
  it('works on JSON and shifts by an offset', () => {
    const json = '{\n  "a": 1,\n  "changes": [\n    { "category": "bugfix" }\n  ]\n}';
    expect(locate(json, ['changes', 0, 'category'])?.line).toBe(4);
    expect(locate(json, ['a'], 1)?.line).toBe(3);
  });
});
