/** Serves the attachments of published disclosures (and only those: files of expired personal lists are not built). */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDisclosures } from '../../data/disclosures.ts';
import { attachmentFile, attachmentPath } from '../../data/attachments.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const files = new Set((await getDisclosures()).flatMap((d) => d.data.attachments.map((a) => a.file)));
  return [...files].map((file) => ({ params: { file } }));
};

export const GET: APIRoute = ({ params }) => {
  const file = params['file']!;
  return new Response(readFileSync(attachmentPath(file)), { headers: { 'content-type': attachmentFile(file).contentType } });
};
