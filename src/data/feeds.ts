import { getDisclosures } from './disclosures.ts';
import { getLocality, getUnit } from './site.ts';
import { disclosureKinds, type DisclosureKind } from '../schemas/disclosures.ts';
import { atomFeed } from '../lib/disclosures/feed.ts';
import { buildDate } from '../lib/dates.ts';
import { vi } from '../i18n/index.ts';

export async function disclosureFeed(kind: DisclosureKind | undefined, selfPath: string): Promise<Response> {
  const locality = await getLocality();
  const items = (await getDisclosures(kind)).slice(0, 50);
  const label = kind ? disclosureKinds[kind].label : vi.disclosure.feedAll;
  const xml = atomFeed({
    title: `${label} – ${locality.name}`,
    author: (await getUnit(locality.operator)).data.name,
    siteUrl: locality.siteUrl,
    selfPath,
    updated: items[0]?.data.publishedOn ?? buildDate(),
    entries: items.map((i) => ({
      // Feed readers show an entry away from its page and its sample notice: the entry says it itself.
      title: i.data.sample ? `[${vi.site.sampleData}] ${i.data.title}` : i.data.title,
      url: i.url,
      summary: i.data.sample ? `${vi.site.sampleData}. ${i.data.summary}` : i.data.summary,
      published: i.data.publishedOn,
      category: disclosureKinds[i.kind].label,
    })),
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
