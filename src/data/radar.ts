// Astro-side access to the radar: the model and each edition's layout, built once per production build and fresh
// on every request in development; blip descriptions rendered by Astro from the `radar` collection.
import { getEntry, render } from 'astro:content';
import { loadRadarModel, pageLayout, type RadarLayout, type RadarModel } from '../lib/radar/index';
import { perBuild } from './per-build';
import { showDrafts } from '../lib/shared/preview';

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

/** The rendered description (Markdown body) of a blip. */
export async function renderBlipBody(id: string) {
  const entry = await getEntry('radar', id);
  if (!entry) throw new Error(`Radar blip "${id}" is in the radar model but not in the "radar" content collection`);
  return render(entry);
}
