// Astro-side access to the radar: the model and each edition's layout, built once per production build and fresh
// on every request in development; blip descriptions rendered by Astro from the `radar` collection.
import { getEntry, render } from 'astro:content';
import { loadRadarModel, pageLayout, quadrantPicture, type QuadrantPicture, type RadarLayout, type RadarModel } from '../lib/radar/index';
import { perBuild } from './per-build';
import { showDrafts } from '../lib/shared/preview';
import { getBranding } from './site';

export { today, siteUrl } from './site';

/**
 * The one radar model every page and MDX component reads, so they cannot disagree. It includes draft editions in
 * `astro dev` and in a preview build (HANDBOOK_PREVIEW=1), never in a published build.
 */
export const getRadarModel = perBuild((): RadarModel => loadRadarModel(process.cwd(), { includeDrafts: showDrafts(import.meta.env.DEV) }));

/** The published radar only, whatever the build: what feeds, exports and the API are made from. */
export const getPublishedRadarModel = perBuild((): RadarModel => {
  const m = getRadarModel();
  return m.includesDrafts ? loadRadarModel(process.cwd()) : m;
});

/**
 * The radar's name in its pages' titles, headings, breadcrumbs and descriptions: radar.yaml `title`, else site.yaml
 * `radar_name`, else "<short name> technology radar" (src/lib/site/branding.ts). Every radar page said "Technology
 * radar" whatever either file set (a new adopter's trial, 2 December 2026).
 */
export function radarTitle(): string {
  return getRadarModel().title ?? getBranding().radarName;
}

// Layouts belong to the model they were placed from, so a rebuilt model (in development) never reuses stale ones.
const layouts = new WeakMap<RadarModel, Map<string, RadarLayout>>();

/** The radar geometry of an edition (the current one by default); placement runs once per edition. */
export function getRadarLayout(editionId?: string): RadarLayout {
  const m = getRadarModel();
  const id = editionId ?? m.currentEdition.id;
  let byEdition = layouts.get(m);
  if (!byEdition) layouts.set(m, (byEdition = new Map()));
  let layout = byEdition.get(id);
  if (!layout) byEdition.set(id, (layout = pageLayout(m, id)));
  return layout;
}

const pictures = new WeakMap<RadarModel, Map<string, QuadrantPicture>>();

/** One quadrant of the current edition laid out on its own with large blips (quadrant pages); placed once per build. */
export function getQuadrantPicture(quadrantId: string): QuadrantPicture {
  const m = getRadarModel();
  let byQuadrant = pictures.get(m);
  if (!byQuadrant) pictures.set(m, (byQuadrant = new Map()));
  let picture = byQuadrant.get(quadrantId);
  if (!picture) byQuadrant.set(quadrantId, (picture = quadrantPicture(m, quadrantId)));
  return picture;
}

/** The rendered description (Markdown body) of a blip. */
export async function renderBlipBody(id: string) {
  const entry = await getEntry('radar', id);
  if (!entry) throw new Error(`Radar blip "${id}" is in the radar model but not in the "radar" content collection`);
  return render(entry);
}
