// Everything with a review date, for the /reviews/ page and the home page's counts: the handbook's pages, the
// published radar's blips and the checklists, reviewed on the build's today — the items `npm run reviews` reports.
import { reviewItems, type ReviewItem } from '../lib/handbook/reviews-report';
import { blipReviewItems, checklistReviewItems } from '../lib/site/review-items';
import { getChecklists } from './checklists';
import { perBuild } from './per-build';
import { getPublishedRadarModel } from './radar';
import { getAreas, getHandbook } from './site';

/** Every review item of the handbook's areas in review order (earliest due first), in date or not. */
export const getReviewItems = perBuild(async (): Promise<ReviewItem[]> => {
  const hb = await getHandbook();
  const areas = getAreas();
  const others = [
    ...(areas.radar ? blipReviewItems(getPublishedRadarModel(), hb.today) : []),
    ...(areas.checklists ? checklistReviewItems((await getChecklists()).checklists, hb.today) : []),
  ];
  return reviewItems(hb, others);
});
