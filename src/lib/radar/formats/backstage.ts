// Backstage tech-radar plugin data (TechRadarLoaderResponse): quadrants, rings, entries with timeline[] newest first.
import { issue, type ContentIssue } from '../../shared/errors';
import { locate } from '../../shared/source-lines';
import type { BlipRecord, RadarModel, TimelineEntry } from '../model';
import { isRetired } from '../model';
import { publishedDate, requirePublished } from '../drafts';
import { blipUrl, extraFields, importedDescription, parseEntriesJson, RING_COLOURS, type ExportOptions, type ImportRow, type ParsedImport } from './common';
import { absoluteLinks } from '../../markdown/absolute-links';
import type { BackstageEntry, BackstageRadar, BackstageSnapshot, RadarApiJson } from './api-schema';

/** Backstage's MovedState: -1 down (out), 0 no change, 1 up (in). It has no "new". */
const MOVED = { 'moved-out': -1, 'moved-in': 1, new: 0, unchanged: 0, retired: 0 } as const;

// The documents' types are read from their schemas, which /schemas/radar-api.schema.json publishes (./api-schema.ts).
export type { BackstageEntry, BackstageRadar, BackstageSnapshot, RadarApiJson } from './api-schema';

function snapshot(t: TimelineEntry, full: boolean, baseUrl?: string): BackstageSnapshot {
  return {
    date: publishedDate(t.editionInfo),
    ringId: t.ring,
    // A reason is inline Markdown like the description (src/lib/markdown/inline.ts): its site links made absolute too.
    description: baseUrl ? absoluteLinks(t.reason, baseUrl) : t.reason,
    moved: MOVED[t.movement],
    ...(full ? { edition: t.edition, approvedBy: t.approved_by, ...(t.adr ? { adr: t.adr } : {}) } : {}),
  };
}

function entryFor(
  blip: BlipRecord,
  upTo: number,
  model: RadarModel,
  options: ExportOptions,
  full: boolean,
  keepRetired = false,
): BackstageEntry {
  const index = new Map(model.editions.map((e, i) => [e.id, i]));
  // Backstage looks every snapshot's ring up in `rings`; "retired" is not one, so only the retired list keeps it.
  const timeline = blip.timeline
    .filter((t) => index.get(t.edition)! <= upTo && (keepRetired || t.ring !== 'retired'))
    .map((t) => snapshot(t, full, options.baseUrl))
    .reverse();
  return {
    key: blip.id,
    id: blip.id,
    quadrant: blip.quadrant,
    title: blip.title,
    url: blipUrl(options.baseUrl, blip.id) ?? '#',
    // Shown on another host (a Backstage app): links written from the site's root are made absolute.
    description: options.baseUrl ? absoluteLinks(blip.body.trim(), options.baseUrl) : blip.body.trim(),
    links: blip.links.map((l) => ({ url: l.url, title: l.title })),
    timeline,
    ...(full
      ? {
          tags: blip.tags,
          owner: blip.owner,
          ...(blip.review_by ? { reviewBy: blip.review_by } : {}),
          ...(blip.replaced_by ? { replacedBy: blip.replaced_by } : {}),
          // The blip page shows them and the BYOR export writes them as columns; the API left them out, so a client
          // of the API alone lost "usedBy: Lab results; GP practices" (a machine-formats trial, 3 December 2026).
          ...(Object.keys(blip.details).length ? { details: { ...blip.details } } : {}),
        }
      : {}),
  };
}

function frame(model: RadarModel): Pick<BackstageRadar, 'quadrants' | 'rings'> {
  return {
    quadrants: model.quadrants.map((q) => ({ id: q.id, name: q.name })),
    rings: model.rings.map((r) => ({ id: r.id, name: r.name, color: RING_COLOURS[r.id], description: r.description })),
  };
}

/**
 * The radar of one edition for Backstage: entries on the radar then, each with its timeline up to that edition,
 * newest first, "retired" snapshots left out (Backstage has no such ring).
 */
export function toBackstage(model: RadarModel, options: ExportOptions = {}): BackstageRadar {
  requirePublished(model, 'The Backstage export');
  const view = model.view(options.edition);
  const upTo = model.editions.findIndex((e) => e.id === view.edition.id);
  return { ...frame(model), entries: view.entries.map((e) => entryFor(e.blip, upTo, model, options, false)) };
}

export function toBackstageJson(model: RadarModel, options: ExportOptions = {}): string {
  return JSON.stringify(toBackstage(model, options), null, 2) + '\n';
}

/**
 * `/api/radar.json`: Backstage-compatible (quadrants, rings, entries with timeline newest first) for the current
 * edition, with the full history — every snapshot carries edition, approver and ADR — plus the editions and the
 * retired blips (whose timelines keep their "retired" snapshots). Fields Backstage does not know are ignored by
 * its parser.
 */
export function toApiJson(model: RadarModel, options: Omit<ExportOptions, 'edition'> = {}): RadarApiJson {
  requirePublished(model, '/api/radar.json');
  const last = model.editions.length - 1;
  const view = model.view();
  return {
    ...(model.title ? { title: model.title } : {}),
    edition: view.edition.id,
    editions: model.editions.map((e) => ({ id: e.id, date: publishedDate(e), title: e.title, summary: e.summary })),
    ...frame(model),
    entries: view.entries.map((e) => entryFor(e.blip, last, model, options, true)),
    retired: model.blips.filter(isRetired).map((b) => entryFor(b, last, model, options, true, true)),
  };
}

/**
 * Reads Backstage radar JSON. Each entry's current ring is its newest timeline snapshot (by date; the format puts it
 * first); that snapshot's description becomes the reason. Quadrant and ring ids are mapped, with the file's display
 * names tried as well.
 */
/** Entry keys the import maps; any other key is kept under `details:` or reported. */
const BACKSTAGE_ENTRY_KEYS = ['id', 'key', 'title', 'quadrant', 'description', 'url', 'links', 'timeline'];

export function parseBackstage(text: string, file: string): ParsedImport {
  const issues: ContentIssue[] = [];
  const parsed = parseEntriesJson(text, file, 'a Backstage radar has quadrants, rings and entries[]');
  if (!parsed.ok) return { rows: [], issues: parsed.issues };
  const d = parsed.data;
  const nameOf = (list: unknown, id: string): string | undefined =>
    Array.isArray(list)
      ? (list as Array<{ id?: unknown; name?: unknown }>).find((x) => x && x.id === id)?.name?.toString()
      : undefined;
  const rows: ImportRow[] = [];
  d.entries.forEach((raw, i) => {
    const field = `entries[${i}]`;
    const line = locate(text, ['entries', i])?.line;
    const e = raw as {
      id?: unknown;
      key?: unknown;
      title?: unknown;
      quadrant?: unknown;
      description?: unknown;
      url?: unknown;
      links?: unknown;
      timeline?: unknown;
    };
    if (!e || typeof e !== 'object') {
      issues.push(issue(file, field, 'is not an object: expected {id, title, quadrant, timeline[]}', { line }));
      return;
    }
    if (typeof e.title !== 'string' || !e.title.trim()) {
      issues.push(issue(file, `${field}.title`, 'is missing: every entry needs a title', { line }));
      return;
    }
    const timeline = Array.isArray(e.timeline)
      ? (e.timeline as Array<{ ringId?: unknown; date?: unknown; description?: unknown }>).filter((t) => t && typeof t === 'object')
      : [];
    if (timeline.length === 0) {
      issues.push(issue(file, `${field}.timeline`, 'is empty: the ring comes from the newest timeline snapshot', { line }));
      return;
    }
    // Newest by date; the format lists newest first, so on equal dates keep the earlier item.
    const newest = timeline.reduce((best, t) => (String(t.date ?? '') > String(best.date ?? '') ? t : best));
    const ringId = String(newest.ringId ?? '');
    const quadrant = String(e.quadrant ?? '');
    const links: Array<{ title: string; url: string }> = [];
    if (Array.isArray(e.links))
      for (const l of e.links as Array<{ url?: unknown; title?: unknown }>)
        if (l && typeof l.url === 'string') links.push({ url: l.url, title: typeof l.title === 'string' && l.title ? l.title : l.url });
    if (typeof e.url === 'string' && e.url && e.url !== '#') links.push({ url: e.url, title: `${e.title.trim()} — more information` });
    const id = typeof e.id === 'string' && e.id ? e.id : typeof e.key === 'string' && e.key ? e.key : undefined;
    const extra = extraFields(e as Record<string, unknown>, BACKSTAGE_ENTRY_KEYS);
    rows.push({
      at: { file, field, path: ['entries', i], line },
      name: e.title.trim(),
      id,
      ring: ringId,
      ringAliases: [nameOf(d.rings, ringId)].filter((x): x is string => !!x),
      quadrant,
      quadrantAliases: [nameOf(d.quadrants, quadrant)].filter((x): x is string => !!x),
      // Backstage renders Markdown, but real files often hold HTML: keep the text and links only.
      description: importedDescription(e.description, { file, field, path: ['entries', i], line }, issues),
      reason: importedDescription(newest.description, { file, field, path: ['entries', i], line }, issues, 'timeline.description'),
      links: links.length ? links : undefined,
      ...(extra ? { extra } : {}),
    });
  });
  return { rows, issues };
}
