// The radar data model, derived once from validated content: rings and movements per edition, changes, numbering.
import type { Blip, RadarContent } from './load';
import { byCodePoint } from '../shared/sort';
import { compareEditions, isDraft, RING_IDS, type Edition, type HistoryEntry, type Quadrant, type Ring, type RingId } from './schema';
import { publishedContent } from './drafts';

export type Movement = 'new' | 'moved-in' | 'moved-out' | 'unchanged' | 'retired';

/** Words for each movement: used in lists, accessible names and exports, so shape is never the only cue. */
export const MOVEMENT_LABELS: Record<Movement, string> = {
  new: 'New',
  'moved-in': 'Moved in',
  'moved-out': 'Moved out',
  unchanged: 'No change',
  retired: 'Retired',
};

/** A history entry together with the edition it belongs to and the movement it made. */
export interface TimelineEntry extends HistoryEntry {
  editionInfo: Edition;
  movement: Movement;
  /** The ring before this entry, when there was one (undefined for a first appearance). */
  previousRing?: RingId;
}

export interface BlipRecord extends Blip {
  /** History with editions and movements, oldest first (as written). */
  timeline: TimelineEntry[];
}

/** A blip as it stands in one edition. */
export interface EditionEntry {
  blip: BlipRecord;
  ring: RingId;
  quadrant: Quadrant;
  movement: Exclude<Movement, 'retired'>;
  /** The history entry in force (the latest at or before the edition). */
  entry: TimelineEntry;
  /** Index in model.editions of the edition in which the blip entered its current ring. */
  since: number;
  /** 1-based number shown on the radar and in the lists of this edition. */
  number: number;
}

/** A history entry made in a given edition: what the changes page lists. */
export interface EditionChange {
  blip: BlipRecord;
  movement: Movement;
  ring: RingId | 'retired';
  previousRing?: RingId;
  entry: TimelineEntry;
}

export interface EditionView {
  edition: Edition;
  previous?: Edition;
  /** Blips on the radar in this edition, in number order. */
  entries: EditionEntry[];
  /** Every history entry made in this edition (new, moved, re-affirmed, retired), in quadrant, ring, title order. */
  changes: EditionChange[];
  /** Blips taken off the radar in this edition, sorted by title. */
  retired: EditionChange[];
  /** quadrant id → ring id → entries sorted by title. */
  byQuadrant: Record<string, Record<RingId, EditionEntry[]>>;
  /** ring id → entries sorted by title. */
  byRing: Record<RingId, EditionEntry[]>;
  numberOf: Map<string, number>;
}

export interface RadarModel {
  title?: string;
  quadrants: Quadrant[];
  /** From the centre outwards: adopt, trial, assess, hold. */
  rings: Ring[];
  /** Oldest first (compareEditions): published editions by date, then drafts when the model includes them. */
  editions: Edition[];
  /** The latest published edition: what /radar/ shows, in previews too. */
  currentEdition: Edition;
  /** Whether this model includes draft editions (dev and preview builds only). */
  includesDrafts: boolean;
  /** Sorted by id. */
  blips: BlipRecord[];
  blip(id: string): BlipRecord | undefined;
  quadrant(id: string): Quadrant;
  ring(id: RingId): Ring;
  edition(id: string): Edition | undefined;
  /** The frozen view of one edition; throws for an unknown edition id. */
  view(editionId?: string): EditionView;
}

const ringIndex = (r: RingId): number => RING_IDS.indexOf(r);

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
export const byTitle = (a: { title: string; id: string }, b: { title: string; id: string }): number =>
  collator.compare(a.title, b.title) || byCodePoint(a.id, b.id);

/** Movement of an entry relative to the ring before it (undefined when the blip was not on the radar). */
export function movementOf(ring: RingId | 'retired', previous: RingId | undefined): Movement {
  if (ring === 'retired') return 'retired';
  if (previous === undefined) return 'new';
  const d = ringIndex(ring) - ringIndex(previous);
  return d < 0 ? 'moved-in' : d > 0 ? 'moved-out' : 'unchanged';
}

function buildTimeline(blip: Blip, editionById: Map<string, Edition>): TimelineEntry[] {
  let prev: RingId | undefined;
  return blip.history.map((h) => {
    const movement = movementOf(h.ring, prev);
    const t: TimelineEntry = { ...h, editionInfo: editionById.get(h.edition)!, movement, previousRing: prev };
    prev = h.ring === 'retired' ? undefined : h.ring;
    return t;
  });
}

/**
 * Builds the model once from validated content (see load.ts). Pure and deterministic. Draft editions are left out
 * unless `options.includeDrafts` (see publishedContent).
 *
 * Numbering: within each edition, blips on the radar are numbered 1…n in quadrant order (as in radar.yaml),
 * then ring (adopt → hold), then title. A frozen edition view therefore keeps its numbers for ever, and the
 * numbers read in order down each quadrant's list; a number can differ between editions when blips arrive or move.
 */
export interface RadarModelOptions {
  /**
   * Include draft editions and the history entries made in them: true only for `astro dev` and preview builds
   * (src/lib/shared/preview.ts). Default false: the published radar, which feeds, exports and APIs always use.
   */
  includeDrafts?: boolean;
}

export function buildRadarModel(all: RadarContent, options: RadarModelOptions = {}): RadarModel {
  const includesDrafts = options.includeDrafts === true;
  const content = includesDrafts ? all : publishedContent(all);
  const { config } = content;
  const editions = [...config.editions].sort(compareEditions);
  const editionIndex = new Map(editions.map((e, i) => [e.id, i]));
  const editionById = new Map(editions.map((e) => [e.id, e]));
  const rings = RING_IDS.map((id) => config.rings.find((r) => r.id === id)!);
  const quadrantById = new Map(config.quadrants.map((q) => [q.id, q]));
  const quadrantIndex = new Map(config.quadrants.map((q, i) => [q.id, i]));

  const blips: BlipRecord[] = [...content.blips]
    .sort((a, b) => byCodePoint(a.id, b.id))
    .map((b) => ({ ...b, timeline: buildTimeline(b, editionById) }));
  const blipById = new Map(blips.map((b) => [b.id, b]));

  const order = (a: { quadrant: Quadrant; ring: RingId; blip: BlipRecord }, b: typeof a) =>
    quadrantIndex.get(a.quadrant.id)! - quadrantIndex.get(b.quadrant.id)! ||
    ringIndex(a.ring) - ringIndex(b.ring) ||
    byTitle(a.blip, b.blip);

  const views = new Map<string, EditionView>();
  editions.forEach((edition, ei) => {
    const entries: EditionEntry[] = [];
    const changes: EditionChange[] = [];
    for (const blip of blips) {
      // The latest entry at or before this edition is in force.
      let k = -1;
      blip.timeline.forEach((t, i) => {
        if (editionIndex.get(t.edition)! <= ei) k = i;
      });
      if (k < 0) continue;
      const t = blip.timeline[k];
      if (t.edition === edition.id)
        changes.push({ blip, movement: t.movement, ring: t.ring, previousRing: t.previousRing, entry: t });
      if (t.ring === 'retired') continue;
      // When did it enter this ring? Walk back over entries that kept the same ring.
      let s = k;
      while (s > 0 && blip.timeline[s - 1].ring === t.ring) s--;
      entries.push({
        blip,
        ring: t.ring,
        quadrant: quadrantById.get(blip.quadrant)!,
        movement: t.edition === edition.id ? (t.movement as EditionEntry['movement']) : 'unchanged',
        entry: t,
        since: editionIndex.get(blip.timeline[s].edition)!,
        number: 0,
      });
    }
    entries.sort(order);
    entries.forEach((e, i) => (e.number = i + 1));
    changes.sort(
      (a, b) =>
        quadrantIndex.get(a.blip.quadrant)! - quadrantIndex.get(b.blip.quadrant)! ||
        (a.ring === 'retired' ? 4 : ringIndex(a.ring)) - (b.ring === 'retired' ? 4 : ringIndex(b.ring)) ||
        byTitle(a.blip, b.blip),
    );
    const byQuadrant: EditionView['byQuadrant'] = {};
    for (const q of config.quadrants) byQuadrant[q.id] = emptyRings();
    const byRing = emptyRings();
    for (const e of entries) {
      byQuadrant[e.quadrant.id][e.ring].push(e);
      byRing[e.ring].push(e);
    }
    for (const q of Object.values(byQuadrant)) for (const r of RING_IDS) q[r].sort((a, b) => byTitle(a.blip, b.blip));
    for (const r of RING_IDS) byRing[r].sort((a, b) => byTitle(a.blip, b.blip));
    views.set(edition.id, {
      edition,
      previous: editions[ei - 1],
      entries,
      changes,
      retired: changes.filter((c) => c.ring === 'retired').sort((a, b) => byTitle(a.blip, b.blip)),
      byQuadrant,
      byRing,
      numberOf: new Map(entries.map((e) => [e.blip.id, e.number])),
    });
  });

  // The schema guarantees a published edition; drafts sort after every published one.
  const currentEdition = [...editions].reverse().find((e) => !isDraft(e))!;
  return {
    includesDrafts,
    title: config.title,
    quadrants: config.quadrants,
    rings,
    editions,
    currentEdition,
    blips,
    blip: (id) => blipById.get(id),
    quadrant: (id) => {
      const q = quadrantById.get(id);
      if (!q) throw new Error(`Unknown quadrant "${id}"`);
      return q;
    },
    ring: (id) => rings[ringIndex(id)],
    edition: (id) => editionById.get(id),
    view: (editionId = currentEdition.id) => {
      const v = views.get(editionId);
      if (!v) throw new Error(`Unknown radar edition "${editionId}": expected one of ${editions.map((e) => e.id).join('|')}`);
      return v;
    },
  };
}

function emptyRings(): Record<RingId, EditionEntry[]> {
  return { adopt: [], trial: [], assess: [], hold: [] };
}

/** The ring a blip is in for an edition (undefined before its first entry and once retired). */
export function ringIn(blip: BlipRecord, model: RadarModel, editionId: string): RingId | undefined {
  return model.view(editionId).entries.find((e) => e.blip.id === blip.id)?.ring;
}

/** The latest history entry of a blip: its current state. */
export function currentEntry(blip: BlipRecord): TimelineEntry {
  return blip.timeline[blip.timeline.length - 1];
}

/** True when a blip is off the radar in the current edition (its latest entry is "retired"). */
export function isRetired(blip: BlipRecord): boolean {
  return currentEntry(blip).ring === 'retired';
}

/** Review is overdue when the review_by date is before `today` (YYYY-MM-DD) and the blip is still on the radar. */
export function isReviewOverdue(blip: BlipRecord, today: string): boolean {
  return blip.review_by !== undefined && blip.review_by < today && !isRetired(blip);
}

/** Blips whose review is overdue on `today`, oldest review date first. */
export function overdueReviews(model: RadarModel, today: string): BlipRecord[] {
  return model.blips
    .filter((b) => isReviewOverdue(b, today))
    .sort((a, b) => byCodePoint(a.review_by!, b.review_by!) || byTitle(a, b));
}

/** Blips that name `id` as their replacement (e.g. GitFlow → trunk-based development). */
export function replacing(model: RadarModel, id: string): BlipRecord[] {
  return model.blips.filter((b) => b.replaced_by === id).sort(byTitle);
}

/** Blips carrying a tag, sorted by title; tags compare case-insensitively. */
export function tagged(model: RadarModel, tag: string): BlipRecord[] {
  const t = tag.toLowerCase();
  return model.blips.filter((b) => b.tags.some((x) => x.toLowerCase() === t)).sort(byTitle);
}

/** Every tag used, sorted, with the number of blips carrying it. */
export function allTags(model: RadarModel): Array<{ tag: string; count: number }> {
  const counts = new Map<string, number>();
  for (const b of model.blips) for (const t of new Set(b.tags)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => collator.compare(a.tag, b.tag));
}

/**
 * Accessible name for a blip on the radar: name, ring, quadrant and movement in words,
 * e.g. "12. GitHub Actions — Adopt ring, Tools quadrant, moved in".
 */
export function accessibleName(e: EditionEntry, model: RadarModel): string {
  const ring = model.ring(e.ring).name;
  return `${e.number}. ${e.blip.title} — ${ring} ring, ${e.quadrant.name} quadrant, ${MOVEMENT_LABELS[e.movement].toLowerCase()}`;
}
