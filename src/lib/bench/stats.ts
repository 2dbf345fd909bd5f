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
