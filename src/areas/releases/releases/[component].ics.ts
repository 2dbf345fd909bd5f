// /releases/<component>.ics: one component's releases and code freezes as an iCalendar feed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReleaseModel, siteUrl } from '../../../data/releases';
import { getBranding, getSite } from '../../../data/site';
import { toIcs } from '../../../lib/releases/index';
import { cacheKeysWanted, shellKey } from '../../../data/cache-keys';
import { componentPagesKey } from '../../../lib/releases/cache-key';
import { buildInstant } from '../../../lib/shared/dates';

// DTSTAMP is the build's instant (src/lib/releases/ics.ts), so the key has it: a calendar is reused only by builds
// that pin the instant with SOURCE_DATE_EPOCH.
export const getStaticPaths: GetStaticPaths = async () => {
  const model = getReleaseModel();
  const shell = cacheKeysWanted ? await shellKey() : undefined;
  return model.components.map((c) => ({ params: { component: c.id }, cacheKey: shell ? componentPagesKey(model, c.id, [shell, 'ics', buildInstant()]) : undefined }));
};

export const GET: APIRoute = ({ params }) =>
  new Response(toIcs(getReleaseModel(), { siteUrl: siteUrl(), siteTitle: getSite().title, organisation: getSite().organisation.name, prodId: getBranding().calendarProdId, shortName: getBranding().shortName, componentId: params.component as string }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
