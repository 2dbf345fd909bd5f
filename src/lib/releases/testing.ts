// Test helper: a release model from in-memory release objects, failing loudly if the fixtures are invalid.
import { ContentError } from '../shared/errors';
import { componentsFile, releaseFile } from './fixtures';
import { parseReleaseData } from './load';
import { buildReleaseModel, type ReleaseModel } from './model';
import type { ReleaseInput } from './schema';

export function fixtureModel(releases: ReleaseInput[], componentsYaml?: string): ReleaseModel {
  const data = parseReleaseData([componentsFile(componentsYaml), ...releases.map((r) => releaseFile(r))]);
  if (data.issues.length > 0) throw new ContentError(data.issues);
  return buildReleaseModel(data);
}
