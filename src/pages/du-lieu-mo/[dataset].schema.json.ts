import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetBySlug, datasets } from '../../data/open-data.ts';
import { exportJsonSchema } from '../../lib/open-data.ts';

export const getStaticPaths: GetStaticPaths = () => datasets.map((d) => ({ params: { dataset: d.slug } }));

export const GET: APIRoute = ({ params }) => {
  const dataset = datasetBySlug(params['dataset']!);
  return new Response(JSON.stringify(exportJsonSchema(dataset.title, dataset.schema, dataset.internal), null, 2), {
    headers: { 'content-type': 'application/schema+json' },
  });
};
