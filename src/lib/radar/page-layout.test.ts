import { describe, expect, it } from 'vitest';
import { layoutFrame, layoutRadar, syntheticLayoutInput } from './layout';
import { DRAW_RADIUS, PAGE_LAYOUT, RING_LABEL_SIZE, drawnLabel, drawnPath, pageLayout } from './page-layout';
import { blipSource, sources } from './testing/fixtures';
import { modelFrom } from './testing/model';

describe('PAGE_LAYOUT', () => {
  it('places 200 blips without overlap for many different radars', () => {
    // 13 + 13 + 3: centres closer than this would make two blips touch or leave less than the 3-unit gap.
    const minDist = 29;
    for (let s = 0; s < 20; s++) {
      const layout = layoutRadar(syntheticLayoutInput(200, `page-${s}`), PAGE_LAYOUT);
      expect(layout.blips).toHaveLength(200);
      let closest = Infinity;
      for (let i = 0; i < layout.blips.length; i++)
        for (let j = i + 1; j < layout.blips.length; j++)
          closest = Math.min(closest, Math.hypot(layout.blips[i].x - layout.blips[j].x, layout.blips[i].y - layout.blips[j].y));
      expect(closest).toBeGreaterThanOrEqual(minDist - 0.02); // coordinates are rounded to 0.01
    }
  });
  it('keeps every blip clear of the ring names written on the axes', () => {
    const f = layoutFrame(PAGE_LAYOUT);
    // A blip's edge is axisMargin − blipRadius from the axis; the names reach half their size either side of it.
    expect(f.axisMargin - 13).toBeGreaterThan(RING_LABEL_SIZE / 2);
    const layout = layoutRadar(syntheticLayoutInput(200, 'labels'), PAGE_LAYOUT);
    for (const b of layout.blips) expect(Math.abs(b.y - 500) - 13).toBeGreaterThan(RING_LABEL_SIZE / 2);
  });
  it('draws every shape inside the clear circle the layout keeps around a blip', () => {
    // blipRadius 13 + gap 3 / 2: two blips are at least 29 apart, so shapes within 14.5 of their centres never overlap.
    for (const r of Object.values(DRAW_RADIUS)) expect(r).toBeLessThanOrEqual(14.5);
    expect(drawnPath({ shape: 'triangle-up', x: 100, y: 100 })).toBe('M100 85.5L112.56 107.25L87.44 107.25Z');
    expect(drawnPath({ shape: 'diamond', x: 0, y: 0 })).toBe('M0 -14L14 0L0 14L-14 0Z');
  });
  it("moves a triangle's number towards its base, where there is room for it", () => {
    expect(drawnLabel({ shape: 'triangle-up', x: 10, y: 100 })).toEqual({ x: 10, y: 103.63 });
    expect(drawnLabel({ shape: 'triangle-down', x: 10, y: 100 })).toEqual({ x: 10, y: 96.38 });
    expect(drawnLabel({ shape: 'circle', x: 10, y: 100 })).toEqual({ x: 10, y: 100 });
    expect(drawnLabel({ shape: 'diamond', x: 10, y: 100 })).toEqual({ x: 10, y: 100 });
  });
  it('lays out an edition of a model with the page options', () => {
    const m = modelFrom(sources([blipSource('alpha', { quadrant: 'tools', history: [['2025-10', 'adopt']] })]));
    const l = pageLayout(m);
    expect(l.blipRadius).toBe(13);
    expect(l.gap).toBe(3);
    expect(l.blips.map((b) => [b.id, b.quadrant, b.ring])).toEqual([['alpha', 1, 0]]);
  });
});
