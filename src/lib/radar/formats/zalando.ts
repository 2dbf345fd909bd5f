// Zalando tech-radar (radar_visualization config): entries[] {label, quadrant, ring, moved, link, active} plus quadrants/rings.
import { issue, type ContentIssue } from '../../shared/errors';
import { locate } from '../../shared/source-lines';
import type { Movement, RadarModel } from '../model';
import { requirePublished } from '../drafts';
import { RING_IDS } from '../schema';
import { blipUrl, extraFields, parseEntriesJson, RING_COLOURS, type ExportOptions, type ClaimedMovement, type ImportRow, type ParsedImport } from './common';

/** Zalando's `moved`: -1 moved out (triangle down), 0 no change (circle), 1 moved in (triangle up), 2 new (star). */
export const ZALANDO_MOVED: Record<Exclude<Movement, 'retired'>, -1 | 0 | 1 | 2> = {
  'moved-out': -1,
  unchanged: 0,
  'moved-in': 1,
  new: 2,
};

/**
 * Zalando numbers quadrants clockwise from the bottom right (0 bottom-right, 1 bottom-left, 2 top-left,
 * 3 top-right); our layout numbers positions clockwise from the top left. Converting keeps each quadrant in
 * the same corner in both renderings.
 */
export const zalandoIndexOfPosition = (position: number): number => (position + 2) % 4;
export const positionOfZalandoIndex = (index: number): number => (index + 2) % 4;

export interface ZalandoEntry {
  label: string;
  quadrant: number;
  ring: number;
  moved: -1 | 0 | 1 | 2;
  link?: string;
  active: boolean;
}

export interface ZalandoConfig {
  title: string;
  date: string;
  quadrants: Array<{ name: string }>;
  rings: Array<{ name: string; color: string }>;
  entries: ZalandoEntry[];
}

export function toZalando(model: RadarModel, options: ExportOptions = {}): ZalandoConfig {
  requirePublished(model, 'The Zalando export');
  const view = model.view(options.edition);
  const position = new Map(model.quadrants.map((q, i) => [q.id, i]));
  const quadrants = [0, 1, 2, 3].map((z) => ({ name: model.quadrants[positionOfZalandoIndex(z)].name }));
  return {
    title: `${model.title ?? 'Technology radar'} — ${view.edition.title}`,
    date: view.edition.id,
    quadrants,
    rings: model.rings.map((r) => ({ name: r.name, color: RING_COLOURS[r.id] })),
    entries: view.entries.map((e) => {
      const link = blipUrl(options.baseUrl, e.blip.id);
      return {
        label: e.blip.title,
        quadrant: zalandoIndexOfPosition(position.get(e.quadrant.id)!),
        ring: RING_IDS.indexOf(e.ring),
        moved: ZALANDO_MOVED[e.movement],
        ...(link ? { link } : {}),
        active: true,
      };
    }),
  };
}

export function toZalandoJson(model: RadarModel, options: ExportOptions = {}): string {
  return JSON.stringify(toZalando(model, options), null, 2) + '\n';
}

/**
 * Reads a Zalando config (the object passed to radar_visualization, as JSON). Quadrant and ring indexes are
 * resolved through the file's own `quadrants`/`rings` names. Without ring names, ring 0…3 is adopt…hold (the format
 * counts from the inside); without quadrant names the index itself ("0"…"3") is the value to map, e.g.
 * --map-quadrant "0=platforms".
 */
/**
 * Entry keys the import maps, plus `active` (radar.js draws the entry as a link or not: presentation, not data); any
 * other key is kept under `details:` or reported.
 */
const ZALANDO_ENTRY_KEYS = ['label', 'quadrant', 'ring', 'moved', 'link', 'active'];

/** Zalando's `moved` read back (the inverse of ZALANDO_MOVED), compared with the blip's history like BYOR's `status`. */
const MOVED_CLAIM: Readonly<Record<string, ClaimedMovement>> = Object.fromEntries(
  Object.entries(ZALANDO_MOVED).map(([movement, n]) => [String(n), movement as ClaimedMovement]),
);

export function parseZalando(text: string, file: string): ParsedImport {
  const issues: ContentIssue[] = [];
  const parsed = parseEntriesJson(text, file, 'a Zalando radar file has entries[] of {label, quadrant, ring, moved}');
  if (!parsed.ok) return { rows: [], issues: parsed.issues };
  const cfg = parsed.data;
  const names = (list: unknown): string[] | undefined =>
    Array.isArray(list) ? list.map((x) => String((x as { name?: unknown })?.name ?? '')) : undefined;
  const quadrantNames = names(cfg.quadrants);
  const ringNames = names(cfg.rings);
  const rows: ImportRow[] = [];
  cfg.entries.forEach((raw, i) => {
    const field = `entries[${i}]`;
    const line = locate(text, ['entries', i])?.line;
    const e = raw as { label?: unknown; quadrant?: unknown; ring?: unknown; link?: unknown; moved?: unknown };
    if (!e || typeof e !== 'object' || typeof e.label !== 'string' || e.label.trim() === '') {
      issues.push(issue(file, `${field}.label`, 'is missing: every entry needs a label', { line }));
      return;
    }
    const byIndex = (v: unknown, list: string[] | undefined): { value: string; aliases: string[] } => {
      const idx = typeof v === 'number' ? v : Number.NaN;
      const name = list && Number.isInteger(idx) ? list[idx] : undefined;
      return name ? { value: name, aliases: [String(v)] } : { value: String(v ?? ''), aliases: [] };
    };
    const q = byIndex(e.quadrant, quadrantNames);
    // Zalando defines ring 0 as the innermost, so without ring names the index still says which ring it is.
    const r = byIndex(e.ring, ringNames ?? [...RING_IDS]);
    const link = typeof e.link === 'string' && e.link.trim() ? e.link.trim() : undefined;
    const extra = extraFields(e as Record<string, unknown>, ZALANDO_ENTRY_KEYS);
    rows.push({
      at: { file, field, path: ['entries', i], line },
      name: e.label.trim(),
      ring: r.value,
      ringAliases: r.aliases,
      quadrant: q.value,
      quadrantAliases: q.aliases,
      links: link ? [{ title: `${e.label.trim()} — more information`, url: link }] : undefined,
      ...claimedFrom(e.moved),
      ...(extra ? { extra } : {}),
    });
  });
  return { rows, issues };
}

function claimedFrom(moved: unknown): Pick<ImportRow, 'claimed'> {
  if (moved === undefined || moved === null || moved === '') return {};
  const movement = MOVED_CLAIM[String(moved).trim()];
  return movement ? { claimed: { movement, column: 'moved', value: String(moved) } } : {};
}
