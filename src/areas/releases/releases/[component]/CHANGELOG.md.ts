// /releases/<component>/CHANGELOG.md: the component's changelog as a Keep a Changelog 1.1 file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReleaseModel } from '../../../../data/releases';
import { toKeepAChangelog } from '../../../../lib/releases/index';
import { dataPageKey } from '../../../../data/cache-keys';

export const getStaticPaths: GetStaticPaths = () =>
  Promise.all(getReleaseModel().components.map(async (c) => ({ params: { component: c.id }, cacheKey: await dataPageKey(['releases'], 'changelog', c.id) })));

export const GET: APIRoute = ({ params }) =>
  new Response(toKeepAChangelog(getReleaseModel(), params.component as string), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
