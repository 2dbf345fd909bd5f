import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  insideSegment,
  layoutEdition,
  layoutFrame,
  layoutRadar,
  LayoutError,
  seededRandom,
  SHAPE_FOR,
  syntheticLayoutInput,
  type LayoutBlip,
  type PlacedMovement,
  type RadarLayout,
} from './layout';
import { loadRadarFromSources } from './load';
import { buildRadarModel } from './model';
import { blipSource, sources } from './testing/fixtures';

const MOVES: PlacedMovement[] = ['new', 'moved-in', 'moved-out', 'unchanged'];
const MAX_PER_SEGMENT = 25;
const frame = layoutFrame();
const MIN_DIST = 2 * 11 + 4;

/** Random radars of up to 200 blips, one segment made dense (up to 25 blips), the rest spread. */
const radarArb = fc
  .tuple(
    fc.integer({ min: 0, max: 15 }),
    fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 10 }),
        seg: fc.integer({ min: 0, max: 15 }),
        dense: fc.boolean(),
        seniority: fc.integer({ min: 0, max: 3 }),
        movement: fc.constantFrom(...MOVES),
      }),
      { selector: (b) => b.id, maxLength: 200, size: 'max' },
    ),
  )
  .map(([denseSeg, raw]) => {
    const perSeg = new Map<number, number>();
    const out: LayoutBlip[] = [];
    for (const b of raw) {
      const seg = b.dense ? denseSeg : b.seg;
      const n = perSeg.get(seg) ?? 0;
      if (n >= MAX_PER_SEGMENT) continue;
      perSeg.set(seg, n + 1);
      out.push({ id: b.id, quadrant: seg >> 2, ring: seg & 3, seniority: b.seniority, movement: b.movement, number: out.length + 1 });
    }
    return out;
  });

function positions(l: RadarLayout): Map<string, string> {
  return new Map(l.blips.map((b) => [b.id, `${b.x},${b.y}`]));
}

function assertValid(input: LayoutBlip[], l: RadarLayout): void {
  expect(l.blips).toHaveLength(input.length);
  for (const b of l.blips) expect(insideSegment(frame, b.quadrant, b.ring, b.x, b.y)).toBe(true);
  for (let i = 0; i < l.blips.length; i++)
    for (let j = i + 1; j < l.blips.length; j++) {
      const a = l.blips[i];
      const b = l.blips[j];
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(MIN_DIST);
    }
}

describe('layoutRadar', () => {
  it('property: blips never overlap and stay inside their segment, for up to 200 blips (25 in one segment)', () => {
    fc.assert(
      fc.property(radarArb, (input) => {
        const l = layoutRadar(input);
        assertValid(input, l);
        // Each blip keeps its own quadrant and ring.
        const byId = new Map(input.map((b) => [b.id, b]));
        for (const b of l.blips) {
          expect(b.quadrant).toBe(byId.get(b.id)!.quadrant);
          expect(b.ring).toBe(byId.get(b.id)!.ring);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property: the same blips in any order give the identical layout', () => {
    fc.assert(
      fc.property(radarArb, fc.integer(), (input, seed) => {
        const rnd = seededRandom(String(seed));
        const shuffled = [...input].sort(() => rnd() - 0.5);
        expect(layoutRadar(shuffled)).toEqual(layoutRadar(input));
      }),
      { numRuns: 30 },
    );
  });

  it('property: adding a blip that arrives last in its ring (new or moved in this edition) moves no other blip', () => {
    fc.assert(
      fc.property(radarArb, fc.integer({ min: 0, max: 15 }), fc.constantFrom(...MOVES), (input, seg, movement) => {
        const count = input.filter((b) => b.quadrant === seg >> 2 && b.ring === (seg & 3)).length;
        fc.pre(count < MAX_PER_SEGMENT);
        const before = positions(layoutRadar(input));
        const added: LayoutBlip = { id: '\u0000added', quadrant: seg >> 2, ring: seg & 3, seniority: 4, movement, number: 999 };
        const after = positions(layoutRadar([...input, added]));
        after.delete(added.id);
        expect(after).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('property: adding any blip moves nothing in other segments, nor blips placed before it in its own', () => {
    fc.assert(
      fc.property(
        radarArb,
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 3 }),
        fc.string({ minLength: 1, maxLength: 10 }),
        (input, seg, seniority, id) => {
          fc.pre(!input.some((b) => b.id === id));
          const q = seg >> 2;
          const ring = seg & 3;
          fc.pre(input.filter((b) => b.quadrant === q && b.ring === ring).length < MAX_PER_SEGMENT);
          const before = layoutRadar(input);
          const added: LayoutBlip = { id, quadrant: q, ring, seniority, movement: 'new', number: 999 };
          const after = positions(layoutRadar([...input, added]));
          const placedBefore = (b: LayoutBlip) => b.seniority < seniority || (b.seniority === seniority && b.id < id);
          for (const b of input) {
            if (b.quadrant === q && b.ring === ring && !placedBefore(b)) continue; // may move, only if it collided
            expect(after.get(b.id)).toBe(positions(before).get(b.id));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('places a lone blip at its first id-seeded candidate, the same on every run', () => {
    const one = (id: string) => layoutRadar([{ id, quadrant: 2, ring: 1, seniority: 0, movement: 'new', number: 1 }]).blips[0];
    expect(one('argo-cd')).toEqual(one('argo-cd'));
    expect(one('argo-cd')).not.toEqual(one('flux'));
    // Bottom-right quadrant: right of and below the centre.
    expect(one('argo-cd').x).toBeGreaterThan(500);
    expect(one('argo-cd').y).toBeGreaterThan(500);
  });

  it('handles a realistic 200-blip radar', () => {
    const input = syntheticLayoutInput(200);
    const perSeg = new Map<string, number>();
    for (const b of input) perSeg.set(`${b.quadrant}/${b.ring}`, (perSeg.get(`${b.quadrant}/${b.ring}`) ?? 0) + 1);
    expect(Math.max(...perSeg.values())).toBeGreaterThanOrEqual(20);
    assertValid(input, layoutRadar(input));
  });

  it('draws each movement as its own shape inside the blip radius', () => {
    const l = layoutRadar(
      MOVES.map((movement, i) => ({ id: `b${i}`, quadrant: i, ring: 2, seniority: 0, movement, number: i + 1 })),
    );
    for (const b of l.blips) {
      expect(b.shape).toBe(SHAPE_FOR[b.movement]);
      const nums = b.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      // Every vertex/arc end point lies within the radius (arc commands carry radius/flags we skip).
      const pts: Array<[number, number]> = [];
      const cmds = b.path.split(/(?=[MLAZ])/);
      for (const c of cmds) {
        const n = c.slice(1).trim().split(/\s+/).map(Number);
        if (c[0] === 'M' || c[0] === 'L') pts.push([n[0], n[1]]);
        if (c[0] === 'A') pts.push([n[5], n[6]]);
      }
      expect(nums.length).toBeGreaterThan(0);
      for (const [x, y] of pts) expect(Math.hypot(x - b.x, y - b.y)).toBeLessThanOrEqual(11.01);
    }
    expect(l.blips.map((b) => b.shape)).toEqual(['diamond', 'triangle-up', 'triangle-down', 'circle']);
  });

  it('gives the geometry for drawing: viewBox, rings adopt innermost, quadrant and segment paths', () => {
    const l = layoutRadar([]);
    expect(l.viewBox).toBe('0 0 1000 1000');
    expect(l.centre).toEqual({ x: 500, y: 500 });
    expect(l.rings.map((r) => [r.id, r.innerRadius, r.radius])).toEqual([
      ['adopt', 0, 240],
      ['trial', 240, 336],
      ['assess', 336, 412.8],
      ['hold', 412.8, 480],
    ]);
    expect(l.quadrants[1].path).toBe('M500 500L500 20A480 480 0 0 1 980 500Z');
    expect(l.segments).toHaveLength(16);
    expect(l.segments[1]).toEqual({ quadrant: 0, ring: 1, path: 'M164 500A336 336 0 0 1 500 164L500 260A240 240 0 0 0 260 500Z' });
  });

  it('says clearly when a segment is too full', () => {
    const input: LayoutBlip[] = Array.from({ length: 150 }, (_, i) => ({
      id: `b${String(i).padStart(3, '0')}`,
      quadrant: 0,
      ring: 0,
      seniority: 0,
      movement: 'unchanged',
      number: i + 1,
    }));
    expect(() => layoutRadar(input)).toThrow(LayoutError);
    expect(() => layoutRadar(input)).toThrow(/^No room for blip "b\d{3}" in ring adopt of quadrant 0: 150 blips do not fit without overlapping/);
  });

  it('rejects duplicate ids and out-of-range positions', () => {
    const b: LayoutBlip = { id: 'a', quadrant: 0, ring: 0, seniority: 0, movement: 'new', number: 1 };
    expect(() => layoutRadar([b, b])).toThrow('Blip id "a" appears twice in the layout input');
    expect(() => layoutRadar([{ ...b, ring: 4 }])).toThrow('Blip "a" has quadrant 0 and ring 4: both must be 0–3');
  });
});

describe('layoutEdition', () => {
  type Spec = { quadrant: string; history: Array<[string, string]> };
  const specs: Record<string, Spec> = {
    'argo-cd': { quadrant: 'tools', history: [['2025-10', 'assess'], ['2026-04', 'trial']] },
    jenkins: { quadrant: 'tools', history: [['2025-10', 'trial'], ['2026-04', 'hold']] },
    terraform: { quadrant: 'tools', history: [['2025-10', 'trial']] },
    flyway: { quadrant: 'tools', history: [['2025-10', 'trial']] },
  };
  const build = (extra: Record<string, Spec> = {}) => {
    const all = { ...specs, ...extra };
    const r = loadRadarFromSources(sources(Object.entries(all).map(([id, s]) => blipSource(id, s))));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return buildRadarModel(r.content);
  };

  it('lays out an edition with numbers, shapes and quadrants from the model', () => {
    const l = layoutEdition(build(), '2026-04');
    expect(l.blips.map((b) => `${b.number}:${b.id}:${b.shape}:q${b.quadrant}r${b.ring}`)).toEqual([
      '1:argo-cd:triangle-up:q1r1',
      '2:flyway:circle:q1r1',
      '3:terraform:circle:q1r1',
      '4:jenkins:triangle-down:q1r3',
    ]);
    // In the current edition nothing moved, so every blip is a circle.
    expect(layoutEdition(build()).blips.map((b) => b.shape)).toEqual(['circle', 'circle', 'circle', 'circle']);
  });

  it('does not move existing blips when a blip is added in the latest edition', () => {
    const before = positions(layoutEdition(build(), '2026-04'));
    // Added straight into the crowded trial ring of the same quadrant, and another elsewhere.
    const after = positions(
      layoutEdition(
        build({
          renovate: { quadrant: 'tools', history: [['2026-04', 'trial']] },
          playwright: { quadrant: 'tools', history: [['2026-04', 'adopt']] },
        }),
        '2026-04',
      ),
    );
    for (const [id, p] of before) expect(after.get(id)).toBe(p);
    expect(after.size).toBe(before.size + 2);
  });
});
