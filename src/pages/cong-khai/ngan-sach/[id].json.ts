import type { APIRoute, GetStaticPaths } from 'astro';
import { routes } from '../../../lib/routes.ts';
import { getDisclosures } from '../../../data/disclosures.ts';
import { toJsonExport } from '../../../lib/open-data.ts';
import { buildDate } from '../../../lib/dates.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getDisclosures('budgets')).map((b) => ({ params: { id: b.id }, props: { item: b } }));

export const GET: APIRoute = ({ props }) => {
  const item = props['item'] as { id: string; url: string; data: Record<string, unknown> };
  const json = toJsonExport(
    { dataset: 'ngan-sach', title: String(item.data['title']), generatedOn: buildDate(), schemaUrl: routes.openDataSchema('ngan-sach') },
    [{ id: item.id, url: item.url, data: item.data }],
  );
  return new Response(json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
