/**
 * The datasets of the open-data page: every collection the manifest (src/collections.ts) publishes as open
 * data, each with its CSV, JSON and JSON Schema at stable addresses under /du-lieu-mo/. Slug, title and
 * schema come from the manifest; here is only how each one's rows are read, in the order of the page.
 */
import { getCollection } from 'astro:content';
import { routes } from '../lib/routes.ts';
import type { z } from 'astro/zod';
import { getDisclosures, kindKeys } from './disclosures.ts';
import { collectionDefs, type CollectionName } from '../collections.ts';
import type { DisclosureKind } from '../schemas/disclosures.ts';
import type { ExportItem } from '../lib/open-data.ts';

export interface Dataset {
  slug: string;
  title: string;
  schema: z.ZodObject;
  load: () => Promise<ExportItem[]>;
}

type RowLoader = () => Promise<ExportItem[]>;

const disclosureRows = Object.fromEntries(
  kindKeys.map((kind): [DisclosureKind, RowLoader] => [kind, async () => (await getDisclosures(kind)).map((d) => ({ id: d.id, url: d.url, data: d.data }))]),
) as Record<DisclosureKind, RowLoader>;

const rows: Partial<Record<CollectionName, RowLoader>> = {
  ...disclosureRows,
  procedures: async () => (await getCollection('procedures')).map((p) => ({ id: p.id, url: routes.procedure(p.id), data: p.data })),
  plans: async () =>
    (await getCollection('plans')).flatMap((plan) =>
      plan.data.annex.tasks.map((t) => ({ id: `${plan.id}/${t.id}`, url: routes.planTask(plan.id, t.id), data: t })),
    ),
  units: async () => (await getCollection('units')).map((u) => ({ id: u.id, url: routes.unit(u.id), data: u.data })),
  areas: async () => (await getCollection('areas')).map((a) => ({ id: a.id, url: routes.area(a.id), data: a.data })),
};

export const datasets: Dataset[] = (Object.keys(rows) as CollectionName[]).map((name) => {
  const def = collectionDefs[name];
  const load = rows[name];
  if (!def.openData || !load) throw new Error(`Bộ dữ liệu mở "${name}": thiếu openData trong src/collections.ts hoặc cách đọc ở đây`);
  return { slug: def.openData.slug, title: def.openData.title ?? def.plural, schema: def.openData.rowSchema ?? def.schema, load };
});

// A collection the manifest publishes as open data but nothing here reads would silently be missing from the page.
const unread = (Object.keys(collectionDefs) as CollectionName[]).filter((n) => collectionDefs[n].openData && !rows[n]);
if (unread.length) throw new Error(`Bộ dữ liệu mở chưa có cách đọc trong src/data/open-data.ts: ${unread.join(', ')}`);

export function datasetBySlug(slug: string): Dataset {
  const found = datasets.find((d) => d.slug === slug);
  if (!found) throw new Error(`Không có bộ dữ liệu "${slug}"`);
  return found;
}
