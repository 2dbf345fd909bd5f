// Entry point for radar import/export: one function to export any format, one to read any format's file(s).
import type { RadarModel } from '../model';
import { parseAoeJson, parseAoeMarkdown, toAoeFiles } from './aoe';
import { parseBackstage, toBackstageJson } from './backstage';
import { parseByorCsv, parseByorJson, toByorCsv, toByorJson } from './byor';
import type { ExportFile, ExportOptions, FormatId, ParsedImport } from './common';
import { parseZalando, toZalandoJson } from './zalando';

export * from './common';
export { toApiJson, toBackstage, type RadarApiJson, type BackstageRadar } from './backstage';
export { radarApiSchema, radarApiJsonSchemaText } from './api-schema';
export { toByorRows, toByorCsv, toByorJson, BYOR_STATUS } from './byor';
export { toZalando } from './zalando';
export { toAoeFiles } from './aoe';
export { planImport, appendHistoryEntry, summariseActions, type ImportPlan, type ImportOptions } from './import';

/** The default file name of each single-file export. */
export const EXPORT_FILE_NAMES: Record<Exclude<FormatId, 'aoe'>, string> = {
  'byor-csv': 'radar.csv',
  'byor-json': 'radar.json',
  zalando: 'zalando-radar.json',
  backstage: 'backstage-radar.json',
};

/** Exports an edition in a format: one file, except AOE, which is a folder of Markdown files. */
export function exportRadar(model: RadarModel, format: FormatId, options: ExportOptions = {}): ExportFile[] {
  switch (format) {
    case 'byor-csv':
      return [{ path: EXPORT_FILE_NAMES[format], content: toByorCsv(model, options) }];
    case 'byor-json':
      return [{ path: EXPORT_FILE_NAMES[format], content: toByorJson(model, options) }];
    case 'zalando':
      return [{ path: EXPORT_FILE_NAMES[format], content: toZalandoJson(model, options) }];
    case 'backstage':
      return [{ path: EXPORT_FILE_NAMES[format], content: toBackstageJson(model, options) }];
    case 'aoe':
      return toAoeFiles(model, options);
  }
}

/**
 * Reads the rows of an import. `files` is the one file for most formats; for AOE it is either one data.json or
 * every Markdown file of a radar folder (paths as given, used in messages).
 */
export function parseImport(format: FormatId, files: ReadonlyArray<{ path: string; text: string }>): ParsedImport {
  const [first] = files;
  switch (format) {
    case 'byor-csv':
      return parseByorCsv(first.text, first.path);
    case 'byor-json':
      return parseByorJson(first.text, first.path);
    case 'zalando':
      return parseZalando(first.text, first.path);
    case 'backstage':
      return parseBackstage(first.text, first.path);
    case 'aoe':
      return files.length === 1 && first.path.endsWith('.json') ? parseAoeJson(first.text, first.path) : parseAoeMarkdown(files);
  }
}
