// Geometry of the roadmap SVG: months as columns, one lane per component, a marker per release, in SVG units.
import type { ReleaseStatus } from './enums';
import type { Roadmap } from './roadmap';

/** How a release is drawn: the shape carries the status, so the chart does not rely on colour. */
export type MarkerKind = 'released' | 'withdrawn' | 'in-progress' | 'planned' | 'cancelled';

export const MARKER_KINDS: Record<ReleaseStatus, MarkerKind> = {
  released: 'released',
  'rolled-back': 'withdrawn',
  yanked: 'withdrawn',
  'in-progress': 'in-progress',
  planned: 'planned',
  cancelled: 'cancelled',
};

/** The legend, in the order it is shown: what each shape means, in words. */
export const MARKER_LEGEND: { kind: MarkerKind; text: string }[] = [
  { kind: 'released', text: 'Filled circle: released' },
  { kind: 'withdrawn', text: 'Cross: rolled back or withdrawn (yanked)' },
  { kind: 'in-progress', text: 'Filled diamond: in progress' },
  { kind: 'planned', text: 'Hollow diamond: planned' },
  { kind: 'cancelled', text: 'Hollow square: cancelled' },
];

export interface LayoutOptions {
  /** Total width of the drawing; 960 by default. */
  width?: number;
  /** Width of the component-name column on the left; 150 by default. */
  labelWidth?: number;
  /** Space kept free on the right so the last label fits; 12 by default. */
  padRight?: number;
  /** Height of the month header; 28 by default. */
  headerHeight?: number;
  /** Height of each lane; 48 by default. */
  laneHeight?: number;
  /** Rough width of one character of a version label, for collision checks; 6.5 by default (11px text). */
  charWidth?: number;
}

export interface LaidOutMarker {
  key: string;
  version: string;
  kind: MarkerKind;
  x: number;
  y: number;
  /** Where the version label goes; absent when it would overlap its neighbours (the table has every version). */
  label?: { x: number; y: number };
  /** The code freeze, drawn as a tick joined to the release marker. */
  freezeX?: number;
}

export interface LaidOutLane {
  id: string;
  name: string;
  /** Top edge and vertical centre (where markers sit). */
  top: number;
  y: number;
  markers: LaidOutMarker[];
}

export interface RoadmapLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  headerHeight: number;
  laneHeight: number;
  months: { month: string; label: string; shortLabel: string; x: number; width: number }[];
  lanes: LaidOutLane[];
  /** Today's line, when today is inside the window. */
  todayX?: number;
  /** The rough width of one label character the layout assumed (LayoutOptions.charWidth). */
  charWidth: number;
}

/** One decimal place: enough for a screen, and the same text on every machine. */
function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export function roadmapLayout(roadmap: Roadmap, opts: LayoutOptions = {}): RoadmapLayout {
  const width = opts.width ?? 960;
  const plotLeft = opts.labelWidth ?? 150;
  const plotRight = width - (opts.padRight ?? 12);
  const headerHeight = opts.headerHeight ?? 28;
  const laneHeight = opts.laneHeight ?? 48;
  const charWidth = opts.charWidth ?? 6.5;
  const total = Math.max(1, roadmap.totalDays);
  const xOf = (day: number) => round(plotLeft + ((plotRight - plotLeft) * day) / total);

  const months = roadmap.months.map((m) => {
    const x = xOf(m.startDay);
    return { month: m.month, label: m.label, shortLabel: m.shortLabel, x, width: round(xOf(m.startDay + m.days) - x) };
  });

  const lanes = roadmap.lanes.map((lane, i): LaidOutLane => {
    const top = headerHeight + i * laneHeight;
    const y = round(top + laneHeight / 2);
    // Labels go above the marker; if that would overlap the previous label, below; if that too, nowhere.
    const lastEnd = [-Infinity, -Infinity];
    const markers = lane.markers.map((m): LaidOutMarker => {
      const x = xOf(m.day);
      const half = (m.release.version.length * charWidth) / 2;
      const lx = round(Math.min(Math.max(x, plotLeft + half), width - half));
      const tier = [0, 1].find((t) => lx - half >= lastEnd[t] + 4);
      if (tier !== undefined) lastEnd[tier] = lx + half;
      return {
        key: m.release.key,
        version: m.release.version,
        kind: MARKER_KINDS[m.release.status],
        x,
        y,
        label: tier === undefined ? undefined : { x: lx, y: round(tier === 0 ? y - 10 : y + 18) },
        freezeX: m.codeFreeze ? xOf(m.codeFreeze.day) : undefined,
      };
    });
    return { id: lane.component.id, name: lane.component.name, top, y, markers };
  });

  const todayIn = roadmap.today.day >= 0 && roadmap.today.day <= total;
  return {
    width,
    height: headerHeight + roadmap.lanes.length * laneHeight,
    plotLeft,
    plotRight,
    headerHeight,
    laneHeight,
    months,
    lanes,
    todayX: todayIn ? xOf(roadmap.today.day) : undefined,
    charWidth,
  };
}

/**
 * The "today" line from y1 to y2 as vertical segments, with a gap wherever it would cross a version label, so the
 * line never runs through text. A label is taken to be `fontSize` tall above its baseline (and 3 below it) and
 * charWidth × its length wide, plus 2 on each side. Returns [] when today is outside the window.
 */
export function todaySegments(l: RoadmapLayout, y1: number, y2: number, fontSize = 12): { y1: number; y2: number }[] {
  if (l.todayX === undefined) return [];
  const x = l.todayX;
  const gaps = l.lanes
    .flatMap((lane) => lane.markers)
    .filter((m) => m.label && Math.abs(m.label.x - x) <= (m.version.length * l.charWidth) / 2 + 2)
    .map((m) => [round(m.label!.y - fontSize - 1), round(m.label!.y + 4)] as const)
    .sort((a, b) => a[0] - b[0]);
  const out: { y1: number; y2: number }[] = [];
  let from = y1;
  for (const [top, bottom] of gaps) {
    if (top > from) out.push({ y1: from, y2: Math.min(top, y2) });
    from = Math.max(from, bottom);
  }
  if (from < y2) out.push({ y1: from, y2 });
  return out;
}
