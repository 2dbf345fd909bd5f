// Counts and lists in running text: "1 release", "2 releases", "a, b and c" — one rule each, so no page says
// "1 releases" and no message lists things its own way.

/**
 * `n` and the noun in the number it needs: `countOf(1, 'release')` → "1 release", `countOf(3, 'release')` →
 * "3 releases", `countOf(2, 'technology', 'technologies')` → "2 technologies". English: only 1 takes the singular.
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `a`, `a and b`, `a, b and c` (or with `or`). */
export function listText(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/** `s` with its first letter in capitals: "nothing is" → "Nothing is" at the start of a sentence. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
