// Deterministic, collision-free placement of radar blips as pure SVG geometry (no DOM, no randomness from the clock).
import type { EditionView, Movement, RadarModel } from './model';
import { RING_IDS } from './schema';

export type BlipShape = 'circle' | 'triangle-up' | 'triangle-down' | 'diamond';
export type PlacedMovement = Exclude<Movement, 'retired'>;

/** Shape by movement; the movement is always also given in words (accessible name, legend, lists). */
export const SHAPE_FOR: Record<PlacedMovement, BlipShape> = {
  unchanged: 'circle',
  'moved-in': 'triangle-up',
  'moved-out': 'triangle-down',
  new: 'diamond',
};

/** What the layout needs to know about a blip — nothing else can influence where it goes. */
export interface LayoutBlip {
  id: string;
  /** Position on the radar: 0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left (clockwise). */
  quadrant: number;
  /** 0 = adopt (innermost) … 3 = hold. */
  ring: number;
  number: number;
  movement: PlacedMovement;
  /**
   * Placement priority inside its segment: lower goes first. The model passes the index of the edition in which
   * the blip entered its current ring, so blips that arrive later never push existing ones away.
   */
  seniority: number;
}

export interface LayoutOptions {
  /** Side of the square viewBox. */
  size?: number;
  /** Space between the outer ring and the edge of the viewBox. */
  padding?: number;
  /** Radius of the circle every blip shape fits inside. */
  blipRadius?: number;
  /** Minimum clear space between two blips. */
  gap?: number;
  /** Extra clear band either side of the axes, where ring names are written. */
  axisBand?: number;
  /** Outer radius of each ring as a fraction of the radar radius, adopt first. */
  ringFractions?: readonly [number, number, number, number];
  /** Random candidates tried per blip before the exhaustive grid scan. */
  candidates?: number;
}

export interface PlacedBlip {
  id: string;
  number: number;
  quadrant: number;
  ring: number;
  movement: PlacedMovement;
  x: number;
  y: number;
  shape: BlipShape;
  /** Outline of the shape, in viewBox coordinates, inside a circle of blipRadius around (x, y). */
  path: string;
  /** Where to centre the number so it sits visually inside the shape. */
  label: { x: number; y: number };
}

export interface RingGeometry {
  index: number;
  id: (typeof RING_IDS)[number];
  innerRadius: number;
  radius: number;
  /** Positions for the ring name on the horizontal axis, left and right of the centre. */
  labels: Array<{ x: number; y: number }>;
}

export interface QuadrantGeometry {
  index: number;
  /** Quarter-disc outline. */
  path: string;
  /** SVG angles in degrees, clockwise from the positive x axis. */
  startAngle: number;
  endAngle: number;
  /** Corner position for the quadrant name, with the text anchor that keeps it inside the viewBox. */
  label: { x: number; y: number; anchor: 'start' | 'end' };
}

export interface SegmentGeometry {
  quadrant: number;
  ring: number;
  path: string;
}

export interface RadarLayout {
  viewBox: string;
  size: number;
  centre: { x: number; y: number };
  radius: number;
  blipRadius: number;
  gap: number;
  rings: RingGeometry[];
  quadrants: QuadrantGeometry[];
  segments: SegmentGeometry[];
  /** In number order. */
  blips: PlacedBlip[];
}

export class LayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LayoutError';
  }
}

const DEFAULTS: Required<LayoutOptions> = {
  size: 1000,
  padding: 20,
  blipRadius: 11,
  gap: 4,
  axisBand: 8,
  // Close to equal areas (√¼, √½, √¾, 1), so each ring has similar room for blips.
  ringFractions: [0.5, 0.7, 0.86, 1],
  candidates: 400,
};

/** Quadrant index → SVG start angle (degrees) and the signs of x and y inside it. */
const QUADRANT_FRAME = [
  { start: 180, sx: -1, sy: -1 }, // top-left
  { start: 270, sx: 1, sy: -1 }, // top-right
  { start: 0, sx: 1, sy: 1 }, // bottom-right
  { start: 90, sx: -1, sy: 1 }, // bottom-left
] as const;

const round = (v: number): number => Math.round(v * 100) / 100;
const fmt = (v: number): string => String(round(v));

/** cyrb53-style string hash → two 32-bit seeds: deterministic across machines and Node versions. */
function hashSeeds(s: string): [number, number, number, number] {
  let h1 = 0xdeadbeef ^ s.length;
  let h2 = 0x41c6ce57 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0, (h1 ^ h2) >>> 0, (h1 + h2) >>> 0];
}

/** sfc32: a small, fast PRNG with a 128-bit state; returns floats in [0, 1). */
export function seededRandom(seed: string): () => number {
  let [a, b, c, d] = hashSeeds(seed);
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

interface Frame {
  cx: number;
  cy: number;
  R: number;
  radii: number[];
  /** Clearance from ring boundaries: blip radius + half the gap. */
  margin: number;
  /** Clearance from the axes: margin + half the axis band. */
  axisMargin: number;
  minDist: number;
}

function frameFor(o: Required<LayoutOptions>): Frame {
  const c = o.size / 2;
  const R = c - o.padding;
  const margin = o.blipRadius + o.gap / 2;
  return {
    cx: c,
    cy: c,
    R,
    radii: o.ringFractions.map((f) => f * R),
    margin,
    axisMargin: margin + o.axisBand / 2,
    minDist: 2 * o.blipRadius + o.gap,
  };
}

/** Local quadrant coordinates (a, b ≥ 0, measured away from the axes) → viewBox coordinates. */
function toView(f: Frame, q: number, a: number, b: number): { x: number; y: number } {
  const { sx, sy } = QUADRANT_FRAME[q];
  return { x: round(f.cx + sx * a), y: round(f.cy + sy * b) };
}

/**
 * True when (x, y) lies inside the segment with the clearances that keep blips of different segments apart:
 * |dx|, |dy| ≥ axisMargin (two points either side of an axis are then ≥ 2·margin apart) and
 * innerRadius + margin ≤ distance ≤ outerRadius − margin (likewise across a ring boundary).
 */
export function insideSegment(f: Frame, q: number, ring: number, x: number, y: number): boolean {
  const { sx, sy } = QUADRANT_FRAME[q];
  const a = sx * (x - f.cx);
  const b = sy * (y - f.cy);
  const d = Math.hypot(a, b);
  const inner = ring === 0 ? 0 : f.radii[ring - 1];
  return a >= f.axisMargin && b >= f.axisMargin && d >= inner + f.margin && d <= f.radii[ring] - f.margin;
}

function rhoRange(f: Frame, ring: number): [number, number] {
  const inner = ring === 0 ? 0 : f.radii[ring - 1];
  // Below axisMargin·√2 no angle satisfies both axis clearances.
  return [Math.max(inner + f.margin, f.axisMargin * Math.SQRT2 + 1e-6), f.radii[ring] - f.margin];
}

/** The id-seeded candidate positions of one blip, uniform by area over its segment. */
function* candidatesFor(f: Frame, b: LayoutBlip, count: number): Generator<{ x: number; y: number }> {
  const rnd = seededRandom(`${b.id}|${b.quadrant}|${b.ring}`);
  const [r0, r1] = rhoRange(f, b.ring);
  if (r1 < r0) return;
  for (let i = 0; i < count; i++) {
    const rho = Math.sqrt(r0 * r0 + rnd() * (r1 * r1 - r0 * r0));
    const lo = Math.asin(Math.min(1, f.axisMargin / rho));
    const hi = Math.acos(Math.min(1, f.axisMargin / rho));
    const theta = lo + rnd() * Math.max(0, hi - lo);
    yield toView(f, b.quadrant, rho * Math.cos(theta), rho * Math.sin(theta));
  }
}

/**
 * Fallback when the random candidates are used up: every point of a fine grid over the segment, nearest to the
 * blip's own first candidate first. Still depends only on the blip's id and the blips placed before it.
 */
function gridFor(f: Frame, b: LayoutBlip, near: { x: number; y: number }): Array<{ x: number; y: number }> {
  const step = f.minDist / 5;
  const [, r1] = rhoRange(f, b.ring);
  const pts: Array<{ x: number; y: number; d: number }> = [];
  for (let a = f.axisMargin; a <= r1; a += step)
    for (let c = f.axisMargin; c <= r1; c += step) {
      const p = toView(f, b.quadrant, a, c);
      if (insideSegment(f, b.quadrant, b.ring, p.x, p.y)) pts.push({ ...p, d: Math.hypot(p.x - near.x, p.y - near.y) });
    }
  return pts.sort((p, q) => p.d - q.d || p.x - q.x || p.y - q.y);
}

function collides(p: { x: number; y: number }, placed: PlacedBlip[], minDist: number): boolean {
  for (const o of placed) if (Math.hypot(p.x - o.x, p.y - o.y) < minDist) return true;
  return false;
}

/** The outline of a blip shape of radius r centred on (x, y), as SVG path data (also used by the legend). */
export function shapePath(shape: BlipShape, x: number, y: number, r: number): string {
  const p = (dx: number, dy: number) => `${fmt(x + dx)} ${fmt(y + dy)}`;
  const h = (r * Math.sqrt(3)) / 2;
  switch (shape) {
    case 'circle':
      return `M${p(-r, 0)}A${fmt(r)} ${fmt(r)} 0 1 0 ${p(r, 0)}A${fmt(r)} ${fmt(r)} 0 1 0 ${p(-r, 0)}Z`;
    case 'triangle-up':
      return `M${p(0, -r)}L${p(h, r / 2)}L${p(-h, r / 2)}Z`;
    case 'triangle-down':
      return `M${p(0, r)}L${p(h, -r / 2)}L${p(-h, -r / 2)}Z`;
    case 'diamond':
      return `M${p(0, -r)}L${p(r, 0)}L${p(0, r)}L${p(-r, 0)}Z`;
  }
}

function labelPosition(shape: BlipShape, x: number, y: number, r: number): { x: number; y: number } {
  // A triangle's widest part is away from its point: nudge the number there.
  const dy = shape === 'triangle-up' ? r * 0.2 : shape === 'triangle-down' ? -r * 0.2 : 0;
  return { x, y: round(y + dy) };
}

function arcSector(f: Frame, start: number, inner: number, outer: number): string {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const pt = (r: number, deg: number) => `${fmt(f.cx + r * Math.cos(rad(deg)))} ${fmt(f.cy + r * Math.sin(rad(deg)))}`;
  const end = start + 90;
  const outerArc = `A${fmt(outer)} ${fmt(outer)} 0 0 1 ${pt(outer, end)}`;
  if (inner === 0) return `M${fmt(f.cx)} ${fmt(f.cy)}L${pt(outer, start)}${outerArc}Z`;
  return `M${pt(outer, start)}${outerArc}L${pt(inner, end)}A${fmt(inner)} ${fmt(inner)} 0 0 0 ${pt(inner, start)}Z`;
}

/**
 * Places blips. Guarantees, for any input (and so tested with generated inputs):
 * - identical output for identical input, whatever the input order;
 * - every blip inside its own quadrant/ring segment, clear of the ring boundaries and axes by blipRadius + gap/2;
 * - no two blips closer than 2·blipRadius + gap (centre to centre);
 * - a blip's position depends only on its own id, quadrant and ring, and on the blips placed before it in its
 *   own segment (segments are independent). Within a segment blips are placed in (seniority, id) order, each
 *   taking the first of its id-seeded candidates that collides with nothing placed so far. So adding a blip
 *   moves no blip in another segment, and none in its own segment placed before it. With the model's seniority
 *   (edition of entering the ring) a blip added in the latest edition therefore moves none of the blips that were
 *   already in its ring in earlier editions; only blips that entered the same ring in the same edition and sort
 *   after it by id can shift, and only if their spot collided with it. Removing a blip can likewise let later
 *   blips of its segment take an earlier (freed) candidate.
 * Throws LayoutError when a segment is too full to place a blip without overlap.
 */
export function layoutRadar(input: readonly LayoutBlip[], options: LayoutOptions = {}): RadarLayout {
  const o = { ...DEFAULTS, ...options };
  const f = frameFor(o);
  const r = o.blipRadius;

  const seen = new Set<string>();
  for (const b of input) {
    if (seen.has(b.id)) throw new LayoutError(`Blip id "${b.id}" appears twice in the layout input`);
    seen.add(b.id);
    if (![0, 1, 2, 3].includes(b.quadrant) || ![0, 1, 2, 3].includes(b.ring))
      throw new LayoutError(`Blip "${b.id}" has quadrant ${b.quadrant} and ring ${b.ring}: both must be 0–3`);
  }

  const placed: PlacedBlip[] = [];
  for (let q = 0; q < 4; q++)
    for (let ring = 0; ring < 4; ring++) {
      const inSegment = input
        .filter((b) => b.quadrant === q && b.ring === ring)
        .sort((a, b) => a.seniority - b.seniority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const here: PlacedBlip[] = [];
      for (const b of inSegment) {
        let spot: { x: number; y: number } | undefined;
        let first: { x: number; y: number } | undefined;
        for (const c of candidatesFor(f, b, o.candidates)) {
          first ??= c;
          if (insideSegment(f, q, ring, c.x, c.y) && !collides(c, here, f.minDist)) {
            spot = c;
            break;
          }
        }
        if (!spot && first) spot = gridFor(f, b, first).find((c) => !collides(c, here, f.minDist));
        if (!spot)
          throw new LayoutError(
            `No room for blip "${b.id}" in ring ${RING_IDS[ring]} of quadrant ${q}: ${inSegment.length} blips do not fit ` +
              `without overlapping. Move some to another ring or quadrant, or enlarge the radar (size ${o.size}).`,
          );
        const shape = SHAPE_FOR[b.movement];
        const pb: PlacedBlip = {
          id: b.id,
          number: b.number,
          quadrant: q,
          ring,
          movement: b.movement,
          x: spot.x,
          y: spot.y,
          shape,
          path: shapePath(shape, spot.x, spot.y, r),
          label: labelPosition(shape, spot.x, spot.y, r),
        };
        here.push(pb);
        placed.push(pb);
      }
    }
  placed.sort((a, b) => a.number - b.number || (a.id < b.id ? -1 : 1));

  const rings: RingGeometry[] = RING_IDS.map((id, i) => {
    const inner = i === 0 ? 0 : f.radii[i - 1];
    const mid = round((inner + f.radii[i]) / 2);
    return {
      index: i,
      id,
      innerRadius: round(inner),
      radius: round(f.radii[i]),
      labels: [
        { x: round(f.cx - mid), y: f.cy },
        { x: round(f.cx + mid), y: f.cy },
      ],
    };
  });
  const quadrants: QuadrantGeometry[] = QUADRANT_FRAME.map((qf, i) => ({
    index: i,
    path: arcSector(f, qf.start, 0, f.R),
    startAngle: qf.start,
    endAngle: qf.start + 90,
    label: {
      x: qf.sx < 0 ? 0 : o.size,
      y: qf.sy < 0 ? o.padding : o.size - o.padding / 4,
      anchor: qf.sx < 0 ? 'start' : 'end',
    },
  }));
  const segments: SegmentGeometry[] = [];
  QUADRANT_FRAME.forEach((qf, q) =>
    RING_IDS.forEach((_, ring) =>
      segments.push({ quadrant: q, ring, path: arcSector(f, qf.start, ring === 0 ? 0 : f.radii[ring - 1], f.radii[ring]) }),
    ),
  );

  return {
    viewBox: `0 0 ${o.size} ${o.size}`,
    size: o.size,
    centre: { x: f.cx, y: f.cy },
    radius: round(f.R),
    blipRadius: r,
    gap: o.gap,
    rings,
    quadrants,
    segments,
    blips: placed,
  };
}

/** Exposed for tests: the clearances the layout promises. */
export function layoutFrame(options: LayoutOptions = {}): Frame {
  return frameFor({ ...DEFAULTS, ...options });
}

/**
 * Layout input for one edition of the model: quadrant position follows the order in radar.yaml,
 * seniority is the edition in which each blip entered its current ring.
 */
export function layoutInputFor(model: RadarModel, view: EditionView): LayoutBlip[] {
  const qIndex = new Map(model.quadrants.map((q, i) => [q.id, i]));
  return view.entries.map((e) => ({
    id: e.blip.id,
    quadrant: qIndex.get(e.quadrant.id)!,
    ring: RING_IDS.indexOf(e.ring),
    number: e.number,
    movement: e.movement,
    seniority: e.since,
  }));
}

/** The radar geometry for an edition (default: the current one). */
export function layoutEdition(model: RadarModel, editionId?: string, options?: LayoutOptions): RadarLayout {
  return layoutRadar(layoutInputFor(model, model.view(editionId)), options);
}

/**
 * A realistic synthetic radar for benchmarks and capacity tests: `count` blips spread over the 16 segments with
 * uneven weights (the busiest segment, trial in the first quadrant, gets about 11% of them), movements mixed, seniority over four editions.
 */
export function syntheticLayoutInput(count: number, seed = 'bench'): LayoutBlip[] {
  const rnd = seededRandom(seed);
  // Relative weights per ring (adopt … hold) and quadrant: trial and assess are usually the busiest.
  const ringW = [0.8, 1.6, 1.3, 0.7];
  const quadW = [1.2, 1.1, 0.9, 0.8];
  const cells: Array<{ q: number; r: number; w: number }> = [];
  for (let q = 0; q < 4; q++) for (let r = 0; r < 4; r++) cells.push({ q, r, w: ringW[r] * quadW[q] });
  const total = cells.reduce((s, c) => s + c.w, 0);
  const counts = cells.map((c) => Math.floor((c.w / total) * count));
  for (let i = 0; counts.reduce((s, n) => s + n, 0) < count; i++) counts[i % 16]++;
  const moves: PlacedMovement[] = ['unchanged', 'unchanged', 'unchanged', 'moved-in', 'moved-out', 'new'];
  const out: LayoutBlip[] = [];
  cells.forEach((c, ci) => {
    for (let k = 0; k < counts[ci]; k++)
      out.push({
        id: `blip-${c.q}-${c.r}-${k}`,
        quadrant: c.q,
        ring: c.r,
        number: out.length + 1,
        movement: moves[Math.floor(rnd() * moves.length)],
        seniority: Math.floor(rnd() * 4),
      });
  });
  return out;
}
