/** The subset fonts the in-browser filler uses to draw a filled PDF (the same ones build-time PDFs embed). */
import type { APIRoute } from 'astro';
import { formFonts } from '../../../data/form-files.ts';

export const getStaticPaths = () => [{ params: { weight: 'thuong' } }, { params: { weight: 'dam' } }];

export const GET: APIRoute = async ({ params }) => {
  const fonts = await formFonts();
  return new Response(new Uint8Array(params['weight'] === 'dam' ? fonts.bold : fonts.regular), { headers: { 'content-type': 'font/ttf' } });
};
