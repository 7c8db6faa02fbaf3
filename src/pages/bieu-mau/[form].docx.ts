import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { formFiles } from '../../data/form-files.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getCollection('forms')).map((f) => ({ params: { form: f.id } }));

export const GET: APIRoute = async ({ params }) => {
  const { docx } = await formFiles(params['form']!);
  return new Response(new Uint8Array(docx.bytes), { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
