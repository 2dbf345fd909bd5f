// /releases/<component>.ics: one component's releases and code freezes as an iCalendar feed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReleaseModel, siteUrl } from '../../../data/releases';
import { getBranding, getSite } from '../../../data/site';
import { toIcs } from '../../../lib/releases/index';
import { dataPageKey } from '../../../data/cache-keys';
import { buildInstant } from '../../../lib/shared/dates';

// DTSTAMP is the build's instant (src/lib/releases/ics.ts), so the key has it: a calendar is reused only by builds
// that pin the instant with SOURCE_DATE_EPOCH.
export const getStaticPaths: GetStaticPaths = () =>
  Promise.all(getReleaseModel().components.map(async (c) => ({ params: { component: c.id }, cacheKey: await dataPageKey(['releases'], 'ics', c.id, buildInstant()) })));

export const GET: APIRoute = ({ params }) =>
  new Response(toIcs(getReleaseModel(), { siteUrl: siteUrl(), siteTitle: getSite().title, organisation: getSite().organisation.name, prodId: getBranding().calendarProdId, componentId: params.component as string }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
