/** The editing UI's icon font, self-hosted. */
import type { APIRoute } from 'astro';
import { iconFont } from '../../../data/cms-files.ts';

export const GET: APIRoute = () => new Response(new Uint8Array(iconFont()), { headers: { 'content-type': 'font/woff2' } });
