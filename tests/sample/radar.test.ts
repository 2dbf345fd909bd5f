import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/shared/errors';
import { layoutEdition } from '../../src/lib/radar/layout';
import { loadRadar } from '../../src/lib/radar/load';
import { buildRadarModel, overdueReviews } from '../../src/lib/radar/model';
import { IS_SAMPLE } from './is-sample';

// The radar content shipped in content/radar: it must load cleanly and be drawable in every edition.
const root = path.resolve(__dirname, '../..');

describe.skipIf(!IS_SAMPLE)('content/radar', () => {
  // Vitest collects a skipped block too: loaded only for the sample, so another handbook's content/ is never read here.
  const res = IS_SAMPLE ? loadRadar(root) : ({ issues: [] } as unknown as ReturnType<typeof loadRadar>);

  it('loads with no errors or warnings', () => {
    expect(formatIssues(res.issues)).toBe('');
    expect(res.ok).toBe(true);
  });

  it('has every edition laid out without overlap, with movements in both directions and retirements', () => {
    if (!res.ok) return;
    const model = buildRadarModel(res.content);
    expect(model.blips.length).toBeGreaterThanOrEqual(40);
    expect(model.editions.length).toBeGreaterThanOrEqual(3);
    const movements = new Set(model.editions.flatMap((e) => model.view(e.id).changes.map((c) => c.movement)));
    for (const m of ['new', 'moved-in', 'moved-out', 'retired']) expect(movements).toContain(m);
    for (const e of model.editions) {
      const l = layoutEdition(model, e.id);
      expect(l.blips.length).toBe(model.view(e.id).entries.length);
      for (let i = 0; i < l.blips.length; i++)
        for (let j = i + 1; j < l.blips.length; j++)
          expect(Math.hypot(l.blips[i].x - l.blips[j].x, l.blips[i].y - l.blips[j].y)).toBeGreaterThanOrEqual(26);
    }
    expect(overdueReviews(model, '2026-11-27').length).toBeGreaterThan(0);
  });
});
