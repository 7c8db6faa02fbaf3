/** The editing UI's translations (Vietnamese among them), at the address the rewritten bundle asks for. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cmsLocale, cmsLocales, cmsVersion } from '../../../../data/cms-files.ts';

export const getStaticPaths: GetStaticPaths = () => cmsLocales().map((lang) => ({ params: { cms: `cms@${cmsVersion()}`, lang } }));

export const GET: APIRoute = ({ params }) =>
  new Response(new Uint8Array(cmsLocale(params['lang']!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
