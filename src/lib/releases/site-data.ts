// The one entry point for pages and scripts: load, validate and build the release model, or stop with every error.
import { ContentError } from '../shared/errors';
import { loadReleaseData } from './load';
import { buildReleaseModel, type ReleaseModel } from './model';

const cache = new Map<string, ReleaseModel>();

/**
 * The release model for the project at `rootDir`. Throws a ContentError listing every error
 * (warnings do not stop the build). Built once per root and reused, because every release page
 * asks for it; pass `{ fresh: true }` where content may have changed (dev server, tests).
 */
export function loadReleaseModel(rootDir: string, opts: { fresh?: boolean } = {}): ReleaseModel {
  const hit = opts.fresh ? undefined : cache.get(rootDir);
  if (hit) return hit;
  const data = loadReleaseData(rootDir);
  if (data.issues.some((i) => i.severity === 'error')) throw new ContentError(data.issues);
  const model = buildReleaseModel(data);
  cache.set(rootDir, model);
  return model;
}
