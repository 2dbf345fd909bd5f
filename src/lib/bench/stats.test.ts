import { describe, expect, it } from 'vitest';
import { summary, table, templateOf } from './stats';

describe('bench stats', () => {
  it('takes nearest-rank median, p95 and max', () => {
    const v = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(summary(v)).toEqual({ count: 20, median: 10, p95: 19, max: 20 });
    expect(summary([3])).toEqual({ count: 1, median: 3, p95: 3, max: 3 });
  });
  it('classifies pages by template', () => {
    expect(templateOf('/handbook/a/b/')).toBe('handbook');
    expect(templateOf('/releases/payments/3.7.0/')).toBe('release');
    expect(templateOf('/releases/status/released/')).toBe('releases-index');
    expect(templateOf('/releases/payments/')).toBe('releases-index');
    expect(templateOf('/radar/')).toBe('radar');
    expect(templateOf('/radar/blips/x/')).toBe('radar-blip');
  });
  it('lays out a table in aligned columns', () => {
    expect(table(['phase', 'ms'], [['build', 12], ['check', 3]])).toBe('phase  ms\n-----  --\nbuild  12\ncheck  3');
  });
});
