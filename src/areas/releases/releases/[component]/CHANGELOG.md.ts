// /releases/<component>/CHANGELOG.md: the component's changelog as a Keep a Changelog 1.1 file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReleaseModel } from '../../../../data/releases';
import { toKeepAChangelog } from '../../../../lib/releases/index';
import { cacheKeysWanted, shellKey } from '../../../../data/cache-keys';
import { componentPagesKey } from '../../../../lib/releases/cache-key';

export const getStaticPaths: GetStaticPaths = async () => {
  const model = getReleaseModel();
  const shell = cacheKeysWanted ? await shellKey() : undefined;
  return model.components.map((c) => ({ params: { component: c.id }, cacheKey: shell ? componentPagesKey(model, c.id, [shell, 'changelog']) : undefined }));
};

export const GET: APIRoute = ({ params }) =>
  new Response(toKeepAChangelog(getReleaseModel(), params.component as string), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
