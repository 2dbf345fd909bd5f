// What pages, components and scripts use from the radar: load once, build the model, lay out, export.
import { loadRadarOrThrow } from './load';
import { buildRadarModel, type RadarModel, type RadarModelOptions } from './model';

export * from './schema';
export * from './model';
export {
  loadRadar,
  loadRadarFromSources,
  loadRadarOrThrow,
  readRadarSources,
  editionOrder,
  blipsDirOf,
  type Blip,
  type RadarContent,
  type RadarSources,
  type LoadResult,
} from './load';
export {
  layoutRadar,
  layoutEdition,
  layoutInputFor,
  syntheticLayoutInput,
  SHAPE_FOR,
  shapePath,
  LayoutError,
  type RadarLayout,
  type PlacedBlip,
  type LayoutBlip,
  type LayoutOptions,
  type BlipShape,
} from './layout';
export {
  exportRadar,
  toApiJson,
  toBackstage,
  toByorCsv,
  toByorJson,
  toByorRows,
  toZalando,
  toAoeFiles,
  EXPORT_FILE_NAMES,
  FORMATS,
  type FormatId,
  type RadarApiJson,
  radarApiSchema,
  radarApiJsonSchemaText,
} from './formats/index';
export { markdownToHtml } from './formats/html';

/**
 * Loads the radar content under `root` and builds the model; throws a ContentError listing every problem.
 * Draft editions are included only when `options.includeDrafts` (dev and preview builds).
 */
export function loadRadarModel(root: string, options: RadarModelOptions = {}): RadarModel {
  return buildRadarModel(loadRadarOrThrow(root), options);
}
export { publishedContent } from './drafts';
export { movementSentence, changeGroups, tagKey, tagKeys, editionTags, adrLink, detailLabel, LINK_TYPE_LABELS, type ChangeGroups } from './describe';
export { radarAtom, type RadarFeedOptions } from './feed';
export { PAGE_LAYOUT, RING_LABEL_SIZE, pageLayout } from './page-layout';
export { blipPageSections } from './blip-page';
export { DRAW_RADIUS, drawnLabel, drawnPath, numberSize, quadrantPicture, QUADRANT_BLIP_RADII, QUADRANT_RING_LABEL_SIZE, type QuadrantPicture } from './page-layout';
