/** Sveltia CMS, pinned in package-lock.json and served by the site with its CDN addresses pointed home (src/lib/cms/self-host.ts). */
import type { APIRoute } from 'astro';
import { cmsBundle } from '../../data/cms-files.ts';

export const GET: APIRoute = () => new Response(cmsBundle(), { headers: { 'content-type': 'application/javascript; charset=utf-8' } });
