// Builds a model from in-memory sources for tests, failing loudly if the fixture is invalid.
import { loadRadarFromSources, type RadarSources } from '../load';
import { buildRadarModel, type RadarModel } from '../model';

export function modelFrom(src: RadarSources): RadarModel {
  const r = loadRadarFromSources(src);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.file} ${i.field} ${i.message}`).join('\n'));
  return buildRadarModel(r.content);
}
