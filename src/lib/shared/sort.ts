// Ordering that is the same on every machine: code points for ids, paths and ISO dates; en-GB for people's text.

/** Code-point order: independent of the machine's locale (LANG), for ids, file paths and ISO dates. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const titleCollator = new Intl.Collator('en-GB');

/** Order for titles shown to people, with an explicit locale so it does not follow LANG. */
export function byTitleText(a: string, b: string): number {
  return titleCollator.compare(a, b);
}
