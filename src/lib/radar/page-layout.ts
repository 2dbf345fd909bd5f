// The layout options the radar pages draw with: larger blips than the library's defaults, so numbers stay legible
// when the picture shares the page with its lists, and a wider band on the axes for the ring names.
import { layoutEdition, shapePath, type BlipShape, type LayoutOptions, type PlacedBlip, type RadarLayout } from './layout';
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

/** The outline of a placed blip as the pages draw it. */
export function drawnPath(b: Pick<PlacedBlip, 'shape' | 'x' | 'y'>): string {
  return shapePath(b.shape, b.x, b.y, DRAW_RADIUS[b.shape]);
}

/**
 * Where the number goes: a triangle's centroid is a third of the way from its base, where the triangle is
 * narrowest for text, so the number moves towards the base (a quarter of the drawn radius).
 */
export function drawnLabel(b: Pick<PlacedBlip, 'shape' | 'x' | 'y'>): { x: number; y: number } {
  const shift = DRAW_RADIUS[b.shape] / 4;
  const dy = b.shape === 'triangle-up' ? shift : b.shape === 'triangle-down' ? -shift : 0;
  return { x: b.x, y: Math.round((b.y + dy) * 100) / 100 };
}

/** The radar geometry of an edition as the pages draw it. */
export function pageLayout(model: RadarModel, editionId?: string): RadarLayout {
  return layoutEdition(model, editionId, PAGE_LAYOUT);
}
