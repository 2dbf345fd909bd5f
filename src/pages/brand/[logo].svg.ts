// /brand/logo-<hash>.svg: the organisation's logo from the content directory, served as a file (why, not inline:
// src/lib/site/logo.ts). No logo in site.yaml, no file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLogo } from '../../data/site';

export const getStaticPaths: GetStaticPaths = () => {
  const logo = getLogo();
  return logo ? [{ params: { logo: logo.name } }] : [];
};

export const GET: APIRoute = () =>
  new Response(new Uint8Array(getLogo()!.bytes), { headers: { 'Content-Type': 'image/svg+xml' } });
