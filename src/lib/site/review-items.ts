// The radar blips and checklists due for review, as items of the reviews report (../handbook/reviews-report.ts):
// each shows its review date on its own page, and a blip that is overdue says its owner "has been asked".
import type { Checklist } from '../checklists/parse';
import type { RadarModel } from '../radar/model';
import { isRetired } from '../radar/model';
import { reviewStateOn } from '../handbook/review';
import type { ReviewItem } from '../handbook/reviews-report';
import type { IsoDate } from '../shared/dates';
import { detectAreas } from './areas';
import { loadRadar } from '../radar/load';
import { buildRadarModel } from '../radar/model';
import { loadChecklistsFromFiles } from '../checklists/load';
import { listFiles } from '../handbook/load';
import { contentPaths } from '../shared/content-dir';
import type { SiteConfig } from './schema';

/**
 * The blips of `model` (the published radar) with a `review_by` date, still on the radar (a retired blip needs no
 * review), as report items reviewed on `today` (YYYY-MM-DD), at `/radar/blips/<id>/`. In-date ones are included
 * with state `ok`: the report leaves them out.
 */
export function blipReviewItems(model: Pick<RadarModel, 'blips'>, today: IsoDate): ReviewItem[] {
  return model.blips
    .filter((b) => b.review_by !== undefined && !isRetired(b))
    .map((b) => ({ what: 'Radar blip', file: b.file, title: b.title, url: `/radar/blips/${b.id}/`, owner: b.owner, review: reviewStateOn(b.review_by!, today) }));
}

/** Every checklist (its `review_by` is required) as a report item reviewed on `today`, at `/checklists/<id>/`. */
export function checklistReviewItems(checklists: Checklist[], today: IsoDate): ReviewItem[] {
  return checklists.map((c) => ({ what: 'Checklist', file: c.file, title: c.title, url: `/checklists/${c.id}/`, owner: c.owner, review: reviewStateOn(c.reviewBy, today) }));
}

/** The review items {@link loadReviewItems} found, and what kept others out. */
export interface LoadedReviewItems {
  items: ReviewItem[];
  /** Files with errors whose items are not in `items` (project-relative, sorted). */
  unreadable: string[];
  /** The radar has errors, so none of its blips is in `items` (the radar loads whole or not at all). */
  radarLeftOut: boolean;
}

/**
 * The review items of the radar's published blips and of the checklists of the handbook under `root`, for the areas
 * it has (site.yaml `areas` switches them off), reviewed on `today`: what `npm run reviews` and the pull-request
 * summary list beside the pages. An area whose files have errors gives what it can, and names those files: one
 * blip's mistake left every blip out of the review issue without a word (a new adopter's trial, 2 December 2026).
 */
export function loadReviewItems(root: string, site: Pick<SiteConfig, 'areas'>, today: IsoDate): LoadedReviewItems {
  const areas = detectAreas(root, site.areas);
  const items: ReviewItem[] = [];
  const unreadable = new Set<string>();
  let radarLeftOut = false;
  if (areas.radar) {
    const radar = loadRadar(root);
    if (radar.ok) items.push(...blipReviewItems(buildRadarModel(radar.content, { includeDrafts: false }), today));
    else {
      radarLeftOut = true;
      for (const i of radar.issues) if (i.severity === 'error' && i.file) unreadable.add(i.file);
    }
  }
  if (areas.checklists) {
    const loaded = loadChecklistsFromFiles(listFiles(root, contentPaths(root).checklists, ['.md']));
    items.push(...checklistReviewItems(loaded.checklists, today));
    for (const i of loaded.issues) if (i.severity === 'error' && i.file) unreadable.add(i.file);
  }
  return { items, unreadable: [...unreadable].sort(), radarLeftOut };
}
