import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetBySlug, datasets } from '../../data/open-data.ts';
import { columnsOf, toCsv } from '../../lib/open-data.ts';

export const getStaticPaths: GetStaticPaths = () => datasets.map((d) => ({ params: { dataset: d.slug } }));

export const GET: APIRoute = async ({ params }) => {
  const dataset = datasetBySlug(params['dataset']!);
  const rows = (await dataset.load()).map((item) => ({ ...item.data, id: item.id, url: item.url }));
  return new Response(toCsv(rows, columnsOf(dataset.schema, dataset.internal)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
