/** The editing UI's configuration, generated from the schemas at build (see src/lib/cms/config.ts). */
import type { APIRoute } from 'astro';
import { cmsConfigYaml } from '../../data/cms.ts';

export const GET: APIRoute = async () =>
  new Response(await cmsConfigYaml('repository'), { headers: { 'content-type': 'application/yaml; charset=utf-8' } });
