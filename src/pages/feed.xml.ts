// /feed.xml: Atom feed of handbook changes.
import type { APIRoute } from 'astro';
import { getHandbook, getSite } from '../data/site';
import { handbookAtom } from '../lib/handbook/feed';

export const GET: APIRoute = async () =>
  new Response(handbookAtom(await getHandbook(), getSite()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
