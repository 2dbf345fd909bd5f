// /releases/feed.xml: Atom feed of releases as they reach live, with their notes.
import type { APIRoute } from 'astro';
import { getReleaseModel, RELEASES_FEED, releasesFeedTitle, siteUrl } from '../../../data/releases';
import { getSite } from '../../../data/site';
import { toFeed } from '../../../lib/releases/index';

export const GET: APIRoute = () => {
  const site = getSite();
  return new Response(
    toFeed(getReleaseModel(), {
      siteUrl: siteUrl(),
      title: releasesFeedTitle(site.title),
      feedPath: RELEASES_FEED,
      author: { name: site.organisation.name, uri: site.organisation.url },
      rights: site.licence?.name,
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
};
