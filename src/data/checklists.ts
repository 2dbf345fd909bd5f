// Astro-side access to the checklists and the releases that record results against them: built once per build, fresh in dev.
import { byDisplayOrder, loadChecklists } from '../lib/checklists/load';
import type { Checklist } from '../lib/checklists/parse';
import { releaseReadiness, type ChecklistReadiness, type ReleaseReadinessInput } from '../lib/checklists/readiness';
import { buildReleaseModel, loadReleaseModel, releaseFilePath, type ReleaseEntry, type ReleaseModel } from '../lib/releases/index';
import { getAreas } from './site';
import { ContentError } from '../lib/shared/errors';
import { perBuild } from './per-build';

export interface ChecklistsData {
  /** Every checklist in display order (the index's order, and the order on release pages). */
  checklists: Checklist[];
  byId: Map<string, Checklist>;
  /** The release model, for names, dates and links of the releases that used a checklist. */
  model: ReleaseModel;
  /** Every release as the readiness functions take it, in the model's order. */
  inputs: ReleaseReadinessInput[];
}

const root = process.cwd();

/** A release as the readiness functions take it; the file is only used in messages. */
export function readinessInput(release: ReleaseEntry): ReleaseReadinessInput {
  return { ...release, file: release.file ?? releaseFilePath(release.component, release.version) };
}

async function make(): Promise<ChecklistsData> {
  const { checklists, issues } = await loadChecklists(root);
  // The build's pre-flight reports these first; this guards the dev server and anything that skips it.
  if (issues.some((i) => i.severity === 'error')) throw new ContentError(issues);
  // Checklists are an area of their own: without the releases area (no components.yaml, no release files) no release
  // has recorded results, as the content check assumes too. Loading the release model anyway threw "components.yaml
  // is missing" while pages were being written (a new adopter's trial, 1 December 2026).
  const model = getAreas().releases ? loadReleaseModel(root, { fresh: import.meta.env.DEV }) : buildReleaseModel({ components: [], releases: [] });
  const sorted = [...checklists].sort(byDisplayOrder);
  return { checklists: sorted, byId: new Map(sorted.map((c) => [c.id, c])), model, inputs: model.releases.map(readinessInput) };
}

export const getChecklists = perBuild(make);

/** A release's readiness per checklist, in display order, for its release page. */
export async function getReleaseReadiness(release: ReleaseEntry): Promise<ChecklistReadiness[]> {
  const { checklists } = await getChecklists();
  return releaseReadiness(checklists, readinessInput(release));
}
