// The layout options the radar pages draw with: larger blips than the library's defaults, so numbers stay legible
// when the picture shares the page with its lists, and a wider band on the axes for the ring names.
import { LayoutError, layoutEdition, layoutInputFor, layoutRadar, shapePath, type BlipShape, type LayoutOptions, type PlacedBlip, type RadarLayout } from './layout';
import type { RadarModel } from './model';

export const PAGE_LAYOUT: Readonly<LayoutOptions> = { size: 1000, blipRadius: 13, gap: 3, axisBand: 14 };

/** Font size (viewBox units) of the ring names written on the horizontal axis: must fit in the axis band. */
export const RING_LABEL_SIZE = 14;

/**
 * Radius each shape is drawn at. A triangle inscribed in the same circle as a disc looks far smaller, so triangles
 * and diamonds are drawn larger — but never beyond blipRadius + gap / 2, the clear circle the layout keeps around
 * every blip, so shapes still cannot overlap.
 */
export const DRAW_RADIUS: Readonly<Record<BlipShape, number>> = {
  circle: 12,
  'triangle-up': 14.5,
  'triangle-down': 14.5,
  diamond: 14,
};

/** DRAW_RADIUS is for PAGE_LAYOUT's blipRadius; a layout with larger blips draws every shape in proportion. */
const drawRadius = (shape: BlipShape, blipRadius: number): number => (DRAW_RADIUS[shape] * blipRadius) / (PAGE_LAYOUT.blipRadius ?? 13);

/** The outline of a placed blip as the pages draw it, for a layout of `blipRadius` (default: the radar page's). */
export function drawnPath(b: Pick<PlacedBlip, 'shape' | 'x' | 'y'>, blipRadius = PAGE_LAYOUT.blipRadius ?? 13): string {
  return shapePath(b.shape, b.x, b.y, drawRadius(b.shape, blipRadius));
}

/**
 * Font size (viewBox units) of a blip's number: 12 for one or two digits and 10 for 100 and over at the radar page's
 * blipRadius of 13, in proportion for larger blips, so a three-digit number still fits its shape (see the test).
 */
export function numberSize(n: number, blipRadius = PAGE_LAYOUT.blipRadius ?? 13): number {
  return Math.round((blipRadius * (n >= 100 ? 10 : 12) * 10) / 13) / 10;
}

/**
 * Where the number goes: a triangle's centroid is a third of the way from its base, where the triangle is
 * narrowest for text, so the number moves towards the base (a quarter of the drawn radius).
 */
export function drawnLabel(b: Pick<PlacedBlip, 'shape' | 'x' | 'y'>, blipRadius = PAGE_LAYOUT.blipRadius ?? 13): { x: number; y: number } {
  const shift = drawRadius(b.shape, blipRadius) / 4;
  const dy = b.shape === 'triangle-up' ? shift : b.shape === 'triangle-down' ? -shift : 0;
  return { x: b.x, y: Math.round((b.y + dy) * 100) / 100 };
}

/** The radar geometry of an edition as the pages draw it. */
export function pageLayout(model: RadarModel, editionId?: string): RadarLayout {
  return layoutEdition(model, editionId, PAGE_LAYOUT);
}

/** Font size (viewBox units) of the ring names on a quadrant picture: 12.8 CSS px when the picture is 358 px wide. */
export const QUADRANT_RING_LABEL_SIZE = 18;
/**
 * Blip radii a quadrant picture tries, largest first. The cropped picture is 502 units wide, so on a 390 px phone
 * (358 px of picture) one unit is 0.71 CSS px: at 24 numbers are 15.8 CSS px (13.2 from 100 on), at 22 14.5 (12.1),
 * at 20 13.2 (11). A quadrant too full for large blips falls back to smaller ones (and smaller numbers) rather than
 * failing the build.
 */
export const QUADRANT_BLIP_RADII = [24, 22, 20, 16, 13] as const;

/** One quadrant's picture: its own layout with larger blips, and the viewBox that shows only that quadrant. */
export interface QuadrantPicture {
  layout: RadarLayout;
  /** "x y width height" around the quadrant, its ring names and a small margin. */
  viewBox: string;
  /** Index of the quadrant in the layout (0 top-left, clockwise). */
  index: number;
}

/**
 * Lays out one quadrant of an edition on its own, with blips as large as fit (QUADRANT_BLIP_RADII), for a quadrant
 * page that shows the picture large. Positions differ from the full radar's; numbers are the same.
 * Throws LayoutError when even the radar page's blip size does not fit (the full radar would fail too).
 */
export function quadrantPicture(model: RadarModel, quadrantId: string, editionId?: string): QuadrantPicture {
  const index = model.quadrants.findIndex((q) => q.id === quadrantId);
  if (index < 0) throw new LayoutError(`No quadrant "${quadrantId}" in the radar`);
  const input = layoutInputFor(model, model.view(editionId)).filter((b) => b.quadrant === index);
  let lastError: unknown;
  for (const blipRadius of QUADRANT_BLIP_RADII) {
    try {
      const layout = layoutRadar(input, { ...PAGE_LAYOUT, blipRadius, axisBand: QUADRANT_RING_LABEL_SIZE + 2 });
      const { x: cx, y: cy } = layout.centre;
      const right = index === 1 || index === 2;
      const bottom = index === 2 || index === 3;
      const pad = QUADRANT_RING_LABEL_SIZE;
      const w = layout.radius + pad + 4;
      const x0 = right ? cx - pad : cx - layout.radius - 4;
      const y0 = bottom ? cy - pad : cy - layout.radius - 4;
      return { layout, viewBox: `${x0} ${y0} ${w} ${w}`, index };
    } catch (e) {
      if (!(e instanceof LayoutError)) throw e;
      lastError = e;
    }
  }
  throw lastError;
}
