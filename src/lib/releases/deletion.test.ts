import { describe, expect, it } from 'vitest';
import { checkDeletedReleases } from './deletion';

const release = (version: string, status: string) => JSON.stringify({ component: 'payments', version, status });

describe('checkDeletedReleases', () => {
  it('is an error for each shipped status, a warning for planned and in-progress, nothing for cancelled', () => {
    const deleted = new Map([
      ['content/releases/payments/1.0.0.json', release('1.0.0', 'released')],
      ['content/releases/payments/1.0.1.json', release('1.0.1', 'rolled-back')],
      ['content/releases/payments/1.0.2.json', release('1.0.2', 'yanked')],
      ['content/releases/payments/1.1.0.json', release('1.1.0', 'planned')],
      ['content/releases/payments/1.2.0.json', release('1.2.0', 'in-progress')],
      ['content/releases/payments/1.3.0.json', release('1.3.0', 'cancelled')],
    ]);
    const found = checkDeletedReleases(deleted, 'origin/main').map((i) => [i.file.split('/').pop(), i.severity, i.field]);
    expect(found).toEqual([
      ['1.0.0.json', 'error', 'status'],
      ['1.0.1.json', 'error', 'status'],
      ['1.0.2.json', 'error', 'status'],
      ['1.1.0.json', 'warning', 'status'],
      ['1.2.0.json', 'warning', 'status'],
    ]);
  });

  it('skips files that were not releases: broken JSON, no component or version, not JSON', () => {
    const deleted = new Map([
      ['content/releases/payments/1.0.0.json', '{ "component": '],
      ['content/releases/payments/1.0.1.json', JSON.stringify({ version: '1.0.1', status: 'released' })],
      ['content/releases/payments/README.md', '# Notes'],
    ]);
    expect(checkDeletedReleases(deleted, 'HEAD')).toEqual([]);
  });
});
