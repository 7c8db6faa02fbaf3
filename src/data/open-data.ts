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
  /** Fields left out of the files: editors' notes (src/collections.ts) and names of people (below). */
  internal: readonly string[];
  load: () => Promise<ExportItem[]>;
}

type RowLoader = () => Promise<ExportItem[]>;

/**
 * Fields that name people: shown on the record's own page during its posting period, never in open data
 * (Law on Personal Data Protection 91/2025/QH15). A poverty review keeps its counts per area and category.
 */
const namesOfPeople: Partial<Record<CollectionName, readonly string[]>> = { povertyReviews: ['households'] };

const withoutNames = (kind: DisclosureKind, data: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(data).filter(([key]) => !(namesOfPeople[kind] ?? []).includes(key)));

const disclosureRows = Object.fromEntries(
  kindKeys.map((kind): [DisclosureKind, RowLoader] => [
    kind,
    async () => (await getDisclosures(kind)).map((d) => ({ id: d.id, url: d.url, data: withoutNames(kind, d.data) })),
  ]),
) as Record<DisclosureKind, RowLoader>;

/** Every entry of a collection as one row, linked to its page (the manifest's pages.entry). */
const wholeEntries =
  (name: 'procedures' | 'units' | 'areas'): RowLoader =>
  async () => {
    const pages = collectionDefs[name].pages;
    if (!pages) throw new Error(`Bộ dữ liệu mở "${name}": thiếu pages trong src/collections.ts`);
    return (await getCollection(name)).map((e) => ({ id: e.id, url: pages.entry(e.id, e.data), data: e.data }));
  };

const rows: Partial<Record<CollectionName, RowLoader>> = {
  ...disclosureRows,
  procedures: wholeEntries('procedures'),
  plans: async () =>
    (await getCollection('plans')).flatMap((plan) =>
      plan.data.annex.tasks.map((t) => ({ id: `${plan.id}/${t.id}`, url: routes.planTask(plan.id, t.id), data: t })),
    ),
  units: wholeEntries('units'),
  areas: wholeEntries('areas'),
};

export const datasets: Dataset[] = (Object.keys(rows) as CollectionName[]).map((name) => {
  const def = collectionDefs[name];
  const load = rows[name];
  if (!def.openData || !load) throw new Error(`Bộ dữ liệu mở "${name}": thiếu openData trong src/collections.ts hoặc cách đọc ở đây`);
  // Rows of their own (a plan's tasks) are not the collection's records: its internal paths do not apply to them.
  const internal = [...(def.openData.rowSchema ? [] : def.internal), ...(namesOfPeople[name] ?? [])];
  return { slug: def.openData.slug, title: def.openData.title ?? def.plural, schema: def.openData.rowSchema ?? def.schema, internal, load };
});

// A collection the manifest publishes as open data but nothing here reads would silently be missing from the page.
const unread = (Object.keys(collectionDefs) as CollectionName[]).filter((n) => collectionDefs[n].openData && !rows[n]);
if (unread.length) throw new Error(`Bộ dữ liệu mở chưa có cách đọc trong src/data/open-data.ts: ${unread.join(', ')}`);

export function datasetBySlug(slug: string): Dataset {
  const found = datasets.find((d) => d.slug === slug);
  if (!found) throw new Error(`Không có bộ dữ liệu "${slug}"`);
  return found;
}
