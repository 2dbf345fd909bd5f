// /brand/<logo|favicon>-<hash>.svg: the organisation's logo and favicon from the content directory, served as files
// (why, not inline: src/lib/site/logo.ts). What site.yaml does not name is not written.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFavicon, getLogo } from '../../data/site';

export const getStaticPaths: GetStaticPaths = () =>
  [getLogo(), getFavicon()].filter((a) => a !== undefined).map((a) => ({ params: { asset: a.name }, props: { bytes: a.bytes } }));

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array((props as { bytes: Buffer }).bytes), { headers: { 'Content-Type': 'image/svg+xml' } });
