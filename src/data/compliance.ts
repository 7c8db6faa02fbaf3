/** The compliance report over the site's collections, as of the build date. */
import { getCollection } from 'astro:content';
import { collectionDefs, type CollectionData, type CollectionName } from '../collections.ts';
import { complianceReport, type ContentLike, type Entry } from '../lib/compliance-report.ts';
import { buildDate } from '../lib/dates.ts';

let report: ReturnType<typeof complianceReport> | undefined;

async function entriesOf<Name extends CollectionName>(name: Name): Promise<Entry<Name>[]> {
  // Astro types each collection from the same schema (content.config.ts); TypeScript cannot follow a
  // generic name through both maps, so it is told once here.
  return (await getCollection(name)).map((e) => ({ id: e.id, data: e.data as CollectionData[Name] }));
}

export async function getComplianceReport() {
  if (!report) {
    const names = Object.keys(collectionDefs) as CollectionName[];
    const content: ContentLike = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await entriesOf(n)] as const)));
    report = complianceReport(content, buildDate());
  }
  return report;
}
