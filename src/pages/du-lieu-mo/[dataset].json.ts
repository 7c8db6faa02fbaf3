import type { APIRoute, GetStaticPaths } from 'astro';
import { routes } from '../../lib/routes.ts';
import { datasetBySlug, datasets } from '../../data/open-data.ts';
import { toJsonExport } from '../../lib/open-data.ts';
import { buildDate } from '../../lib/dates.ts';

export const getStaticPaths: GetStaticPaths = () => datasets.map((d) => ({ params: { dataset: d.slug } }));

export const GET: APIRoute = async ({ params }) => {
  const dataset = datasetBySlug(params['dataset']!);
  const json = toJsonExport(
    { dataset: dataset.slug, title: dataset.title, generatedOn: buildDate(), schemaUrl: routes.openDataSchema(dataset.slug) },
    await dataset.load(),
  );
  return new Response(json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
