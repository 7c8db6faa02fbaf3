/** Code the editing UI loads on demand, beside its bundle. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cmsChunk, cmsChunks } from '../../../data/cms-files.ts';

export const getStaticPaths: GetStaticPaths = () => cmsChunks().map((file) => ({ params: { file } }));

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(cmsChunk(params['file']!)), { headers: { 'content-type': 'application/javascript; charset=utf-8' } });
