// The content check's traceability step: validates the optional map against the handbook and routes the build makes.
import type { ContentIssue } from '../shared/errors';
import type { Handbook, PageSource } from '../handbook/model';
import { checkTraceability, loadTraceability, traceTargets, TRACEABILITY_PATH } from '../traceability/index';
import type { Ctx } from './domains';

/**
 * Issues of `traceability.yaml` (none, and no route, when the handbook has no such file) and the route of its page.
 * `routes` are the other pages the build makes, which `features[].path` may name.
 */
export function checkTraceabilityFile(
  ctx: Pick<Ctx, 'root'>,
  handbook: { handbook: Pick<Handbook, 'byId'>; sources: readonly Pick<PageSource, 'id' | 'file' | 'body' | 'bodyLine'>[] },
  routes: Iterable<string>,
): { issues: ContentIssue[]; routes: string[] } {
  const loaded = loadTraceability(ctx.root);
  if (!loaded) return { issues: [], routes: [] };
  if (!loaded.map) return { issues: loaded.issues, routes: [TRACEABILITY_PATH] };
  const targets = traceTargets(handbook.handbook, handbook.sources, [...routes, TRACEABILITY_PATH]);
  return { issues: checkTraceability(loaded.map, loaded, targets), routes: [TRACEABILITY_PATH] };
}
