// /radar/feed.xml: Atom feed of radar editions, each with its changes and their reasons.
import type { APIRoute } from 'astro';
import { getPublishedRadarModel, radarTitle, siteUrl } from '../../../data/radar';
import { getSite } from '../../../data/site';
import { radarAtom } from '../../../lib/radar/index';

export const GET: APIRoute = () => {
  const site = getSite();
  return new Response(
    radarAtom(getPublishedRadarModel(), {
      siteUrl: siteUrl(),
      title: radarTitle(),
      author: { name: site.organisation.name, uri: site.organisation.url },
      copyright: site.licence?.name,
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
};
