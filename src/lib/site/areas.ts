// Which optional areas (releases, KPIs, radar, checklists) a handbook has: they follow from its content, and
// site.yaml can switch one off. Routes, navigation, home blocks, search filters, the check and MDX all ask here.
import fs from 'node:fs';
import path from 'node:path';
import { publishedEditionsOf } from '../radar/published-editions';
import { contentPaths } from '../shared/content-dir';
import { readContent } from '../shared/read';

/** The optional areas, in navigation order. The handbook itself is always there. */
export const AREAS = ['releases', 'radar', 'checklists', 'kpis'] as const;
export type Area = (typeof AREAS)[number];
export type Areas = Record<Area, boolean>;

/** What names an area to editors and readers (navigation, home blocks, search filters, messages). */
export const AREA_TITLES: Record<Area, string> = {
  releases: 'Releases',
  radar: 'Technology radar',
  checklists: 'Checklists',
  kpis: 'KPIs',
};

/** The site path each area's pages live under. */
export const AREA_BASES: Record<Area, string> = {
  releases: '/releases/',
  radar: '/radar/',
  checklists: '/checklists/',
  kpis: '/kpis/',
};

const hasFiles = (dir: string, ext: RegExp): boolean => {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return false;
  return fs.readdirSync(dir, { withFileTypes: true }).some((e) =>
    e.isDirectory() ? hasFiles(path.join(dir, e.name), ext) : ext.test(e.name) && !e.name.startsWith('.'),
  );
};

/**
 * Whether the radar under `root` has a published edition: false only when `radar/radar.yaml` reads as YAML with an
 * `editions` list none of whose entries is published (`state: published`, or no `state`, which defaults to it). A
 * missing, unreadable or malformed radar.yaml counts as published, so the area is built and the content check
 * reports the file. Why: the radar pages show the latest published edition, so a radar still being written (no
 * editions yet, or drafts only) has no pages, in previews too; the check says so (src/lib/check/index.ts).
 */
export function radarPublished(root: string): boolean {
  const file = contentPaths(root).radarConfig;
  let text: string;
  try {
    text = readContent(path.join(root, file), file);
  } catch {
    return true;
  }
  const published = publishedEditionsOf(text);
  return published === undefined || published.size > 0;
}

/**
 * Which areas have content in the content directory under `root` (the project root):
 * - releases: `components.yaml` or any `releases/**\/*.json`;
 * - radar: `radar/radar.yaml` or any blip in `radar/blips/`, once an edition is published ({@link radarPublished});
 * - checklists: any `checklists/*.md`;
 * - kpis: releases plus `kpis/dora-bands.yaml` (the KPI pages judge figures against those bands).
 * `switches` (site.yaml `areas:`) turns an area off with `false`; KPIs go with releases, as they are computed from
 * them. Switching on an area that has no content does not create it.
 */
export function detectAreas(root: string, switches: Partial<Record<Area, boolean>> = {}): Areas {
  const found = areaContent(root);
  const on = (a: Area) => found[a] && switches[a] !== false && (a !== 'radar' || radarPublished(root));
  return { releases: on('releases'), radar: on('radar'), checklists: on('checklists'), kpis: on('releases') && on('kpis') };
}

/** Which areas have content files at all (see {@link detectAreas}), published or not, switched on or off. */
export function areaContent(root: string): Areas {
  const p = contentPaths(root);
  const at = (rel: string) => path.join(root, rel);
  return {
    releases: fs.existsSync(at(p.components)) || hasFiles(at(p.releases), /\.json$/),
    radar: fs.existsSync(at(p.radarConfig)) || hasFiles(at(p.blips), /\.mdx?$/),
    checklists: hasFiles(at(p.checklists), /\.md$/),
    kpis: fs.existsSync(at(p.doraBands)),
  };
}

/** The area a site path belongs to (`/radar/blips/x/` → `radar`), or undefined for the handbook and the rest. */
export function areaOfPath(urlPath: string): Area | undefined {
  const api = /^\/api\/(releases|radar|kpis)\.json$/.exec(urlPath);
  if (api) return api[1] as Area;
  if (urlPath.startsWith('/schemas/release.schema.json')) return 'releases';
  return AREAS.find((a) => urlPath === AREA_BASES[a].slice(0, -1) || urlPath.startsWith(AREA_BASES[a]));
}
