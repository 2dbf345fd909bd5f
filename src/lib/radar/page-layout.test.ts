import { describe, expect, it } from 'vitest';
import { layoutFrame, layoutRadar, syntheticLayoutInput } from './layout';
import { DRAW_RADIUS, PAGE_LAYOUT, QUADRANT_BLIP_RADII, QUADRANT_RING_LABEL_SIZE, RING_LABEL_SIZE, drawnLabel, drawnPath, numberSize, pageLayout, quadrantPicture } from './page-layout';
import { shapePath, type BlipShape } from './layout';
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

/** Is (x, y) inside the polygon or circle `shape` drawn at radius r around the origin, allowing `slack` units? */
function inside(shape: BlipShape, r: number, x: number, y: number, slack: number): boolean {
  const h = (r * Math.sqrt(3)) / 2;
  switch (shape) {
    case 'circle':
      return Math.hypot(x, y) <= r + slack;
    case 'diamond':
      return Math.abs(x) + Math.abs(y) <= r + slack * Math.SQRT2;
    case 'triangle-up':
    case 'triangle-down': {
      const yy = shape === 'triangle-up' ? y : -y;
      // Apex at (0, −r), base at y = r/2 from −h to h.
      if (yy > r / 2 + slack) return false;
      return Math.abs(x) <= ((yy + r) / (1.5 * r)) * h + slack;
    }
  }
}

describe('blip numbers', () => {
  // A bold digit is at most 0.56 em wide in the system fonts the site uses (Arial, Helvetica, Roboto, Segoe UI: 0.55–0.56)
  // and its figures are 0.72 em tall. The 3-unit halo in the shape's colour lets a glyph's corner reach 1.5 units past
  // the outline and still read as inside the shape.
  const box = (n: number, size: number) => ({ w: String(n).length * 0.56 * size, h: 0.72 * size });
  it.each([13, ...QUADRANT_BLIP_RADII])('fit every shape, 100 and over included, at blip radius %i', (blipRadius) => {
    const scale = blipRadius / 13;
    for (const n of [9, 99, 100, 199]) {
      const { w, h } = box(n, numberSize(n, blipRadius));
      for (const shape of ['circle', 'diamond', 'triangle-up', 'triangle-down'] as BlipShape[]) {
        const c = drawnLabel({ shape, x: 0, y: 0 }, blipRadius);
        const corners = [[-w / 2, -h / 2], [w / 2, -h / 2], [-w / 2, h / 2], [w / 2, h / 2]].map(([x, y]) => [c.x + x, c.y + y]);
        for (const [x, y] of corners) expect(inside(shape, DRAW_RADIUS[shape] * scale, x, y, 1.5), `${n} in ${shape} at ${blipRadius}`).toBe(true);
      }
    }
  });
  it('are 12 and 10 units on the radar page, and grow with larger blips', () => {
    expect([numberSize(99), numberSize(100)]).toEqual([12, 10]);
    expect([numberSize(99, 24), numberSize(100, 24)]).toEqual([22.2, 18.5]);
  });
  it('draws the path the shape function gives at the scaled radius', () => {
    expect(drawnPath({ shape: 'circle', x: 0, y: 0 }, 26)).toBe(shapePath('circle', 0, 0, 24));
  });
});

describe('quadrantPicture', () => {
  const blips = Array.from({ length: 12 }, (_, i) => blipSource(`b${i}`, { quadrant: 'tools', history: [['2025-10', (['adopt', 'trial', 'assess', 'hold'] as const)[i % 4]]] }));
  const m = modelFrom(sources(blips));
  it("lays out only that quadrant's blips, with the largest blips that fit, in a viewBox around that quadrant", () => {
    const p = quadrantPicture(m, 'tools');
    expect(p.index).toBe(1);
    expect(p.layout.blipRadius).toBe(QUADRANT_BLIP_RADII[0]);
    expect(p.layout.blips).toHaveLength(12);
    const [x0, y0, w, h] = p.viewBox.split(' ').map(Number);
    expect(w).toBe(h);
    // Top-right quadrant: from just left of the centre (room for the ring names) to the right edge, above the centre.
    expect(x0).toBe(500 - QUADRANT_RING_LABEL_SIZE);
    for (const b of p.layout.blips) {
      expect(b.x - 26).toBeGreaterThanOrEqual(x0);
      expect(b.x + 26).toBeLessThanOrEqual(x0 + w);
      expect(b.y - 26).toBeGreaterThanOrEqual(y0);
      expect(b.y + 26).toBeLessThanOrEqual(y0 + h);
    }
  });
  it('renders numbers of at least 12 CSS px on a 390 px phone (358 px of picture) at the largest blip size', () => {
    const p = quadrantPicture(m, 'tools');
    const scale = 358 / Number(p.viewBox.split(' ')[2]);
    expect(numberSize(100, p.layout.blipRadius) * scale).toBeGreaterThanOrEqual(12);
    expect(QUADRANT_RING_LABEL_SIZE * scale).toBeGreaterThanOrEqual(12);
  });
  it('falls back to smaller blips when a quadrant is too full for the largest', () => {
    const many = Array.from({ length: 90 }, (_, i) => blipSource(`c${i}`, { quadrant: 'tools', history: [['2025-10', (['adopt', 'trial', 'assess', 'hold'] as const)[i % 4]]] }));
    const p = quadrantPicture(modelFrom(sources(many)), 'tools');
    expect(p.layout.blips).toHaveLength(90);
    expect(p.layout.blipRadius).toBeLessThan(QUADRANT_BLIP_RADII[0]);
  });
});
