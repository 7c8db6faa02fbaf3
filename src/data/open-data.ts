/**
 * The datasets of the open-data page: every collection residents may want as a table, each with its CSV,
 * JSON and JSON Schema at stable addresses under /du-lieu-mo/.
 */
import { getCollection } from 'astro:content';
import { routes } from '../lib/routes.ts';
import type { z } from 'astro/zod';
import { getDisclosures, kindKeys } from './disclosures.ts';
import { disclosureKinds } from '../schemas/disclosures.ts';
import { procedureSchema } from '../schemas/procedure.ts';
import { unitSchema } from '../schemas/unit.ts';
import { areaSchema } from '../schemas/area.ts';
import { planTaskSchema } from '../schemas/plan.ts';
import type { ExportItem } from '../lib/open-data.ts';

export interface Dataset {
  slug: string;
  title: string;
  schema: z.ZodObject;
  load: () => Promise<ExportItem[]>;
}

const disclosureDatasets: Dataset[] = kindKeys.map((kind) => ({
  slug: disclosureKinds[kind].path,
  title: disclosureKinds[kind].label,
  schema: disclosureKinds[kind].schema as unknown as z.ZodObject,
  load: async () => (await getDisclosures(kind)).map((d) => ({ id: d.id, url: d.url, data: d.data as Record<string, unknown> })),
}));

export const datasets: Dataset[] = [
  ...disclosureDatasets,
  {
    slug: 'thu-tuc-hanh-chinh',
    title: 'Thủ tục hành chính',
    schema: procedureSchema,
    load: async () => (await getCollection('procedures')).map((p) => ({ id: p.id, url: routes.procedure(p.id), data: p.data })),
  },
  {
    slug: 'nhiem-vu-ke-hoach',
    title: 'Nhiệm vụ trong các kế hoạch',
    schema: planTaskSchema,
    load: async () =>
      (await getCollection('plans')).flatMap((plan) =>
        plan.data.annex.tasks.map((t) => ({ id: `${plan.id}/${t.id}`, url: routes.planTask(plan.id, t.id), data: t as Record<string, unknown> })),
      ),
  },
  {
    slug: 'co-quan-don-vi',
    title: 'Cơ quan, đơn vị',
    schema: unitSchema,
    load: async () => (await getCollection('units')).map((u) => ({ id: u.id, url: routes.unit(u.id), data: u.data })),
  },
  {
    slug: 'dia-ban',
    title: 'Địa bàn phường, xã',
    schema: areaSchema,
    load: async () => (await getCollection('areas')).map((a) => ({ id: a.id, url: routes.area(a.id), data: a.data })),
  },
];

export function datasetBySlug(slug: string): Dataset {
  const found = datasets.find((d) => d.slug === slug);
  if (!found) throw new Error(`Không có bộ dữ liệu "${slug}"`);
  return found;
}
