// /releases/feed.xml: Atom feed of releases as they reach live, with their notes.
import type { APIRoute } from 'astro';
import { getReleaseModel, siteUrl } from '../../../data/releases';
import { getSite } from '../../../data/site';
import { toFeed } from '../../../lib/releases/index';

export const GET: APIRoute = () =>
  new Response(toFeed(getReleaseModel(), { siteUrl: siteUrl(), title: `${getSite().title}: releases` }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
