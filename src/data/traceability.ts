// The traceability page's model, built once per build from traceability.yaml, the handbook and its page bodies.
import { getCollection } from 'astro:content';
import { loadTraceability, traceabilityView, traceTargets, type TraceabilityView } from '../lib/traceability/index';
import { getHandbook } from './site';
import { perBuild } from './per-build';
import { entryBody } from './entry-body';

const root = process.cwd();

/** Whether this handbook has a traceability map (and so the page and links to it). */
export const hasTraceability = perBuild((): boolean => loadTraceability(root) !== undefined);

/**
 * The page's view, or undefined when the handbook has no map. The content check has already reported any problem
 * in the file with its line, so an invalid map here stops the build with that check's message.
 */
export const getTraceability = perBuild(async (): Promise<TraceabilityView | undefined> => {
  const loaded = loadTraceability(root);
  if (!loaded) return undefined;
  if (!loaded.map) throw new Error(`${loaded.file} is not valid: run npm run check for the details`);
  const hb = await getHandbook();
  const entries = await getCollection('handbook');
  const sources = entries.map((e) => ({ id: e.id, file: e.filePath, body: e.filePath ? entryBody(e.filePath) : undefined, bodyLine: 1 }));
  return traceabilityView(loaded.map, traceTargets(hb, sources, []));
});
