import { describe, expect, it } from 'vitest';
import { devMemo } from './per-build';

describe('devMemo', () => {
  it('makes the value again only when the key changes, and passes the input it was given', () => {
    let made = 0;
    const make = (n: number) => {
      made++;
      return { n };
    };
    const a = devMemo('test-memo', 'k1', 1, make);
    expect(devMemo('test-memo', 'k1', 2, make)).toBe(a);
    expect(made).toBe(1);
    expect(devMemo('test-memo', 'k2', 3, make)).toEqual({ n: 3 });
    expect(made).toBe(2);
    // Going back to an earlier key is a change too: only the last key is kept.
    expect(devMemo('test-memo', 'k1', 4, make)).toEqual({ n: 4 });
    expect(made).toBe(3);
  });

  it('keeps one memo per name, and survives the module being evaluated again (it lives on globalThis)', async () => {
    devMemo('test-a', 'same', 'a', (x) => x);
    devMemo('test-b', 'same', 'b', (x) => x);
    expect(devMemo('test-a', 'same', 'other', (x) => x)).toBe('a');
    const fresh = await import('./per-build?again' as string) as typeof import('./per-build');
    expect(fresh.devMemo('test-b', 'same', 'other', (x: string) => x)).toBe('b');
  });

  it('does not keep a value whose making threw', () => {
    expect(() => devMemo('test-throw', 'k', 0, () => { throw new Error('bad content'); })).toThrow('bad content');
    expect(devMemo('test-throw', 'k', 0, () => 'fixed')).toBe('fixed');
  });
});
