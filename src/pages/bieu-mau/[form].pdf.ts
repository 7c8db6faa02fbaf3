import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { formFiles } from '../../data/form-files.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getCollection('forms')).map((f) => ({ params: { form: f.id } }));

export const GET: APIRoute = async ({ params }) => {
  const { pdf } = await formFiles(params['form']!);
  return new Response(new Uint8Array(pdf.bytes), { headers: { 'content-type': 'application/pdf' } });
};
