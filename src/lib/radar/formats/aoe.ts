// AOE technology radar: Markdown items in release folders (radar/<YYYY-MM-DD>/<id>.md) and its generated data.json.
import { parseJsonText } from '../../shared/parse';
import { byCodePoint } from '../../shared/sort';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { issue, type ContentIssue } from '../../shared/errors';
import { locate } from '../../shared/source-lines';
import type { RadarModel } from '../model';
import { publishedDate, requirePublished } from '../drafts';
import { extraFields, importedDescription, type ExportFile, type ExportOptions, type ImportRow, type ParsedImport } from './common';

/*
 * What AOE's generator reads (checked against AOEpeople/aoe_technology_radar, scripts/buildData.ts and README):
 * - one folder per release, named by its date, holding the items that are new or changed in that release;
 * - item front matter: title, ring (adopt|trial|assess|hold), quadrant (an id from its config.json), optional
 *   tags and featured (false hides the item from the chart but keeps it in lists); older radars use `segment`
 *   instead of `quadrant`;
 * - the file name is the item id; a later release's file overrides the earlier one and adds a revision.
 * Its data.json has { releases, tags, items: [{ id, title, ring, quadrant, body (HTML), featured, tags, ... }] }.
 */

const q = (s: string): string => JSON.stringify(s);

function itemFile(fields: { title: string; ring: string; quadrant: string; tags: string[]; featured?: boolean }, body: string): string {
  const lines = ['---', `title: ${q(fields.title)}`, `ring: ${fields.ring}`, `quadrant: ${fields.quadrant}`];
  if (fields.tags.length) lines.push(`tags: [${fields.tags.map(q).join(', ')}]`);
  if (fields.featured === false) lines.push('featured: false');
  lines.push('---', '', body.trim(), '');
  return lines.join('\n');
}

/**
 * The radar up to an edition as an AOE `radar/` folder: for each edition (folder named by its date) a file per blip
 * with a history entry in it. The first file carries the description, later ones the reason for the move, which
 * AOE shows as the revision text. A retirement is written as `featured: false` in the ring the blip left, since
 * AOE has no retired state. Quadrant ids are ours: list them in AOE's config.json.
 */
export function toAoeFiles(model: RadarModel, options: ExportOptions = {}): ExportFile[] {
  requirePublished(model, 'The AOE export');
  const upTo = model.editions.findIndex((e) => e.id === model.view(options.edition).edition.id);
  const files: ExportFile[] = [];
  model.editions.slice(0, upTo + 1).forEach((edition) => {
    for (const blip of model.blips) {
      const k = blip.timeline.findIndex((t) => t.edition === edition.id);
      if (k < 0) continue;
      const t = blip.timeline[k];
      const retired = t.ring === 'retired';
      const ring = retired ? t.previousRing! : t.ring;
      const body = k === 0 ? blip.body : `${t.reason}${t.adr ? ` (${t.adr})` : ''}`;
      files.push({
        path: `radar/${publishedDate(edition)}/${blip.id}.md`,
        content: itemFile({ title: blip.title, ring, quadrant: blip.quadrant, tags: blip.tags, featured: retired ? false : undefined }, body),
      });
    }
  });
  return files.sort((a, b) => byCodePoint(a.path, b.path));
}

/** Front-matter keys of an AOE item file that the import maps to blip fields. */
const AOE_MARKDOWN_KEYS = ['title', 'ring', 'quadrant', 'segment', 'featured'];
/**
 * Keys of an AOE data.json item that the import maps, and those AOE derives from the item's own history when it
 * builds (flag, revisions, release) — those are not an editor's data, so they are neither kept nor reported.
 */
const AOE_JSON_KEYS = ['id', 'title', 'ring', 'quadrant', 'body', 'featured', 'flag', 'revisions', 'release'];

/** `{ [key]: value }` when value is defined, else `{}` — so absent optional fields stay absent, not `undefined`. */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function mergeExtra(a?: Record<string, string>, b?: Record<string, string>): Record<string, string> | undefined {
  return a || b ? { ...a, ...b } : undefined;
}

/**
 * Reads AOE items from Markdown files (a whole `radar/` folder or one release folder). Files are applied in release
 * (folder name) order, later ones overriding earlier ones as AOE does; each item's final state is one row.
 */
export function parseAoeMarkdown(files: ReadonlyArray<{ path: string; text: string }>): ParsedImport {
  const issues: ContentIssue[] = [];
  type Acc = { row: ImportRow; firstBody?: string; featured: boolean };
  const items = new Map<string, Acc>();
  const sorted = [...files].filter((f) => f.path.endsWith('.md')).sort((a, b) => {
    const ra = a.path.split('/').slice(-2, -1)[0] ?? '';
    const rb = b.path.split('/').slice(-2, -1)[0] ?? '';
    return byCodePoint(ra, rb) || byCodePoint(a.path, b.path);
  });
  for (const f of sorted) {
    const id = f.path.split('/').pop()!.replace(/\.md$/, '');
    let data: Record<string, unknown>;
    let content: string;
    try {
      const parsed = matter(f.text, { engines: { yaml: (s: string) => (parseYaml(s) ?? {}) as object } });
      data = parsed.data as Record<string, unknown>;
      content = parsed.content;
    } catch (err) {
      issues.push(issue(f.path, '', `is not valid front matter: ${(err as Error).message.split('\n')[0]}`, { line: 1 }));
      continue;
    }
    const prev = items.get(id);
    const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    const title = str(data.title) ?? prev?.row.name ?? id;
    const ring = str(data.ring) ?? prev?.row.ring ?? '';
    const quadrant = str(data.quadrant) ?? str(data.segment) ?? prev?.row.quadrant ?? '';
    const body = content.trim();
    const line = (key: string) => {
      const fm = f.text.split(/\r?\n---/)[0].replace(/^---\r?\n/, '');
      const pos = locate(fm, [key], 1);
      return pos?.line;
    };
    items.set(id, {
      row: {
        at: { file: f.path, field: '', line: line(data.ring ? 'ring' : 'title') },
        name: title,
        id,
        ring,
        quadrant,
        reason: prev ? body || undefined : undefined,
        // Front-matter keys AOE's own renderer does not use for placing the item (e.g. tags) are kept, not dropped;
        // a later release's value wins, as AOE applies releases in order.
        extra: mergeExtra(prev?.row.extra, extraFields(data, AOE_MARKDOWN_KEYS)),
      },
      firstBody: prev ? prev.firstBody : body,
      featured: data.featured === false ? false : data.featured === true ? true : (prev?.featured ?? true),
    });
  }
  const rows = [...items.values()].map(({ row: { extra, ...row }, ...a }) => ({
    ...row,
    ...(extra ? { extra } : {}),
    description: a.firstBody || undefined,
    ...(a.featured ? {} : { retired: true }),
  }));
  return { rows, issues };
}

/** Reads AOE's generated data.json ({ items: [{ id, title, ring, quadrant, body }] }); bodies are HTML. */
export function parseAoeJson(text: string, file: string): ParsedImport {
  const issues: ContentIssue[] = [];
  const parsed = parseJsonText(text, file);
  if (!parsed.ok) return { rows: [], issues: parsed.issues };
  const data: unknown = parsed.data;
  const items = (data as { items?: unknown })?.items;
  if (!Array.isArray(items)) {
    issues.push(issue(file, 'items', 'is missing: an AOE data.json has items[] of {id, title, ring, quadrant, body}', { line: 1 }));
    return { rows: [], issues };
  }
  const rows: ImportRow[] = [];
  items.forEach((raw, i) => {
    const field = `items[${i}]`;
    const line = locate(text, ['items', i])?.line;
    const it = raw as { id?: unknown; title?: unknown; ring?: unknown; quadrant?: unknown; body?: unknown; featured?: unknown };
    if (!it || typeof it !== 'object' || typeof it.title !== 'string' || !it.title.trim()) {
      issues.push(issue(file, `${field}.title`, 'is missing: every item needs a title', { line }));
      return;
    }
    rows.push({
      at: { file, field, path: ['items', i], line },
      name: it.title.trim(),
      id: typeof it.id === 'string' && it.id ? it.id : undefined,
      ring: String(it.ring ?? ''),
      quadrant: String(it.quadrant ?? ''),
      description: importedDescription(it.body, { file, field, path: ['items', i], line }, issues),
      ...(it.featured === false ? { retired: true } : {}),
      ...optional('extra', extraFields(it as Record<string, unknown>, AOE_JSON_KEYS)),
    });
  });
  return { rows, issues };
}
