// /releases/schedule.ics: every component's releases and code freezes as one iCalendar feed.
import type { APIRoute } from 'astro';
import { getReleaseModel, siteUrl } from '../../../data/releases';
import { getBranding, getSite } from '../../../data/site';
import { toIcs } from '../../../lib/releases/index';

export const GET: APIRoute = () =>
  new Response(toIcs(getReleaseModel(), { siteUrl: siteUrl(), siteTitle: getSite().title, organisation: getSite().organisation.name, prodId: getBranding().calendarProdId, shortName: getBranding().shortName }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
