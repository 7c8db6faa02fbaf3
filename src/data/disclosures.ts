/**
 * Public disclosures of every kind, as every output must see them: only what may be published on the
 * build date (names of people dropped after their posting period, see lib/disclosures/personal-data.ts).
 * Pages, feeds, exports, the sitemap and the search index all read disclosures through here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { disclosureKinds, type DisclosureKind } from '../schemas/disclosures.ts';
import { buildDate } from '../lib/dates.ts';
import { routes } from '../lib/routes.ts';
import { publicView } from '../lib/disclosures/personal-data.ts';

export type DisclosureEntry = CollectionEntry<DisclosureKind>;

export interface DisclosureItem<K extends DisclosureKind = DisclosureKind> {
  kind: K;
  id: string;
  /** Page address: /cong-khai/<kind path>/<id>/ */
  url: string;
  data: CollectionEntry<K>['data'];
  entry: CollectionEntry<K>;
  personalDataRemoved: boolean;
  namesUntil: string | undefined;
}

export const kindKeys = Object.keys(disclosureKinds) as DisclosureKind[];

export function kindByPath(path: string): DisclosureKind | undefined {
  return kindKeys.find((k) => disclosureKinds[k].path === path);
}

const cache = new Map<DisclosureKind, Promise<DisclosureItem[]>>();

async function load<K extends DisclosureKind>(kind: K): Promise<DisclosureItem<K>[]> {
  const today = buildDate();
  const entries = (await getCollection(kind)) as CollectionEntry<K>[];
  return entries
    .map((entry) => {
      const view = publicView(entry.data as CollectionEntry<K>['data'] & { attachments: unknown[] }, today);
      return {
        kind,
        id: entry.id,
        url: routes.disclosure(kind, entry.id),
        data: view.data,
        entry,
        personalDataRemoved: view.personalDataRemoved,
        namesUntil: view.namesUntil,
      };
    })
    .sort((a, b) => b.data.publishedOn.localeCompare(a.data.publishedOn) || a.id.localeCompare(b.id));
}

/** Disclosures of one kind, or of all kinds, newest first. */
export async function getDisclosures(kind?: DisclosureKind): Promise<DisclosureItem[]> {
  if (kind) {
    let items = cache.get(kind);
    if (!items) cache.set(kind, (items = load<DisclosureKind>(kind)));
    return items;
  }
  const all = (await Promise.all(kindKeys.map((k) => getDisclosures(k)))).flat();
  return all.sort((a, b) => b.data.publishedOn.localeCompare(a.data.publishedOn) || a.id.localeCompare(b.id));
}

export function yearOf(item: DisclosureItem): number {
  return Number(item.data.issuedOn.slice(0, 4));
}
