// Counts in running text: "1 release", "2 releases" — one rule, so no page says "1 releases".

/**
 * `n` and the noun in the number it needs: `countOf(1, 'release')` → "1 release", `countOf(3, 'release')` →
 * "3 releases", `countOf(2, 'technology', 'technologies')` → "2 technologies". English: only 1 takes the singular.
 */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
