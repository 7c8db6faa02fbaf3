/** The compliance report over the site's collections, as of the build date. */
import { getCollection } from 'astro:content';
import { collectionDefs, type CollectionName } from '../collections.ts';
import { complianceReport, type ContentLike } from '../lib/compliance-report.ts';
import { buildDate } from '../lib/dates.ts';

let report: ReturnType<typeof complianceReport> | undefined;

export async function getComplianceReport() {
  if (!report) {
    const names = Object.keys(collectionDefs) as CollectionName[];
    const content: ContentLike = Object.fromEntries(
      await Promise.all(names.map(async (n) => [n, (await getCollection(n)).map((e) => ({ id: e.id, data: e.data as Record<string, any> }))] as const)),
    );
    report = complianceReport(content, buildDate());
  }
  return report;
}
