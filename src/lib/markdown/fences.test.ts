import { describe, expect, it } from 'vitest';
import { fencedLines } from './fences';

describe('fencedLines', () => {
  it('marks fenced code with its fence lines, closed only by a fence of the same character at least as long', () => {
    const lines = ['a', '````md', '```', '~~~', '````', 'b', '   ~~~', 'c', '~~~~', 'd'];
    expect(fencedLines(lines)).toEqual([false, true, true, true, true, false, true, true, true, false]);
  });
  it('runs a fence left open to the end, and does not take four-space indented backticks for one', () => {
    expect(fencedLines(['    ```', 'a', '```', 'b'])).toEqual([false, false, true, true]);
  });
});
