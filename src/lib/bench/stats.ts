// Small statistics and table formatting for the benchmark report.

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

export function summary(values: number[]): { count: number; median: number; p95: number; max: number } {
  const s = [...values].sort((a, b) => a - b);
  return { count: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1] ?? NaN };
}

/** Which template a built page comes from, by its URL path. */
export function templateOf(url: string): string {
  if (url === '/') return 'home';
  if (/^\/handbook\//.test(url)) return 'handbook';
  if (/^\/releases\/[^/]+\/[^/]+\/$/.test(url) && !/^\/releases\/(status|stage|year)\//.test(url)) return 'release';
  if (/^\/releases\//.test(url)) return 'releases-index';
  if (/^\/radar\/blips\//.test(url)) return 'radar-blip';
  if (/^\/radar\/$/.test(url)) return 'radar';
  if (/^\/radar\//.test(url)) return 'radar-other';
  if (/^\/checklists\//.test(url)) return 'checklists';
  if (/^\/kpis\//.test(url)) return 'kpis';
  return 'other';
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Median and range of repeated measurements (e.g. build times in ms), with the runs themselves. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

/** The median (the middle run; the lower middle for an even count) and range of `values`. */
export function spread(values: number[]): Spread {
  const s = [...values].sort((a, b) => a - b);
  return { median: s[Math.floor((s.length - 1) / 2)] ?? NaN, min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN, runs: values };
}

/**
 * The order to run `runs` repetitions of `sides` measurements in, so that each repetition measures every side before
 * the next one starts and the side that goes first rotates: `[run, side]` pairs. Why: this host's speed drifts by
 * tens of percent over minutes (the same plain-Astro build took 6.7 s and 10.5 s in two benches, 1 December 2026), so
 * running one side three times and then the other compares two different machines. Interleaved, each run's pair saw
 * the same conditions, and rotating the order cancels any cost of going second (a disk still writing the last build).
 * Throws on a count that is not a positive whole number.
 */
export function interleavedOrder(runs: number, sides: number): [run: number, side: number][] {
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(sides) || sides < 1) throw new Error(`interleavedOrder: runs and sides must be whole numbers ≥ 1 (got ${runs}, ${sides})`);
  const order: [number, number][] = [];
  for (let r = 0; r < runs; r++) for (let k = 0; k < sides; k++) order.push([r, (r + k) % sides]);
  return order;
}

/**
 * Run-by-run ratios `a[i] / b[i]` of two sides measured in interleaved pairs ({@link interleavedOrder}), rounded to
 * two decimals, as a {@link Spread}: the spread of the ratio itself, which the ratio of two medians hides. Throws
 * when the lists differ in length or a `b` is not positive.
 */
export function pairedRatios(a: number[], b: number[]): Spread {
  if (a.length !== b.length) throw new Error(`pairedRatios: ${a.length} runs against ${b.length}`);
  if (b.some((x) => !(x > 0))) throw new Error('pairedRatios: every run of the second side must be positive');
  return spread(a.map((x, i) => Math.round((x / b[i]) * 100) / 100));
}
