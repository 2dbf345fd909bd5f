// /releases/<component>.ics: one component's releases and code freezes as an iCalendar feed, and
// /releases/schedule.ics ("schedule" is a reserved component id, src/lib/releases/paths.ts): every component's. Each
// is written only when it holds an event (RFC 5545 §3.6 has no empty calendar; src/lib/releases/ics.ts hasCalendar).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReleaseModel, siteUrl } from '../../../data/releases';
import { getBranding, getSite } from '../../../data/site';
import { hasCalendar, toIcs } from '../../../lib/releases/index';
import { cacheKeysWanted, shellKey } from '../../../data/cache-keys';
import { componentPagesKey } from '../../../lib/releases/cache-key';
import { buildInstant } from '../../../lib/shared/dates';

/** The path segment of the calendar of every component. */
const EVERY = 'schedule';

// DTSTAMP is the build's instant (src/lib/releases/ics.ts), so the key has it: a calendar is reused only by builds
// that pin the instant with SOURCE_DATE_EPOCH. The calendar of every component has no key: it shows every release.
export const getStaticPaths: GetStaticPaths = async () => {
  const model = getReleaseModel();
  const shell = cacheKeysWanted ? await shellKey() : undefined;
  return [
    ...(hasCalendar(model) ? [{ params: { component: EVERY } }] : []),
    ...model.components
      .filter((c) => hasCalendar(model, c.id))
      .map((c) => ({ params: { component: c.id }, cacheKey: shell ? componentPagesKey(model, c.id, [shell, 'ics', buildInstant()]) : undefined })),
  ];
};

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const brand = getBranding();
  const componentId = params.component === EVERY ? undefined : (params.component as string);
  return new Response(
    toIcs(getReleaseModel(), { siteUrl: siteUrl(), siteTitle: site.title, organisation: site.organisation.name, prodId: brand.calendarProdId, shortName: brand.shortName, componentId }),
    { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
  );
};
