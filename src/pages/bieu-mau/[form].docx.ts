import type { APIRoute, GetStaticPaths } from 'astro';
import { getForms } from '../../data/procedures.ts';
import { formFiles } from '../../data/form-files.ts';

export const getStaticPaths: GetStaticPaths = async () => (await getForms()).map((f) => ({ params: { form: f.id } }));

export const GET: APIRoute = async ({ params }) => {
  const { docx } = await formFiles(params['form']!);
  return new Response(new Uint8Array(docx.bytes), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
};
