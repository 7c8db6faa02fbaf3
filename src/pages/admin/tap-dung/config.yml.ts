/** The practice editor's configuration: the same collections, kept in the browser only (nothing is saved). */
import type { APIRoute } from 'astro';
import { cmsConfigYaml } from '../../../data/cms.ts';

export const GET: APIRoute = async () =>
  new Response(await cmsConfigYaml('practice'), { headers: { 'content-type': 'application/yaml; charset=utf-8' } });
