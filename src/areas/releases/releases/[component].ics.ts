// /releases/<component>.ics: one component's releases and code freezes as an iCalendar feed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReleaseModel, siteUrl } from '../../../data/releases';
import { getBranding, getSite } from '../../../data/site';
import { toIcs } from '../../../lib/releases/index';

export const getStaticPaths: GetStaticPaths = () =>
  getReleaseModel().components.map((c) => ({ params: { component: c.id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(toIcs(getReleaseModel(), { siteUrl: siteUrl(), siteTitle: getSite().title, organisation: getSite().organisation.name, prodId: getBranding().calendarProdId, componentId: params.component as string }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
