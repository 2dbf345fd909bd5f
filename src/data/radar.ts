// Astro-side access to the radar: the model and each edition's layout, built once per production build and fresh
// on every request in development; blip descriptions rendered by Astro from the `radar` collection.
import { getEntry, render } from 'astro:content';
import { loadRadarModel, pageLayout, type RadarLayout, type RadarModel } from '../lib/radar/index';
import { getSite } from './site';

export { today } from './site';

let model: RadarModel | undefined;
const layouts = new Map<string, RadarLayout>();

/** The one radar model every page, endpoint and MDX component reads, so they cannot disagree. */
export function getRadarModel(): RadarModel {
  // Development rebuilds on every request so editors see an edited blip at once.
  if (model && !import.meta.env.DEV) return model;
  model = loadRadarModel(process.cwd());
  layouts.clear();
  return model;
}

/** The radar geometry of an edition (the current one by default); placement runs once per edition. */
export function getRadarLayout(editionId?: string): RadarLayout {
  const m = getRadarModel();
  const id = editionId ?? m.currentEdition.id;
  let layout = layouts.get(id);
  if (!layout) {
    layout = pageLayout(m, id);
    layouts.set(id, layout);
  }
  return layout;
}

/** The rendered description (Markdown body) of a blip. */
export async function renderBlipBody(id: string) {
  const entry = await getEntry('radar', id);
  if (!entry) throw new Error(`Radar blip "${id}" is in the radar model but not in the "radar" content collection`);
  return render(entry);
}

/** The published site URL, for feeds and the API's links back to blip pages. */
export function siteUrl(): string {
  return getSite().url;
}
