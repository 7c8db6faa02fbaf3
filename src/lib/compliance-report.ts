/**
 * The compliance report from content: which items fulfil each obligation (by kind or by declaring it),
 * per area, and how each stands on a given day. Pure, so the site's pages and `npm run audit` share it.
 */
import { disclosureKinds, type DisclosureKind } from '../schemas/disclosures.ts';
import { collectionDefs, type CollectionData, type CollectionName } from '../collections.ts';
import { portalPages, type FulfillingCollection } from '../schemas/obligation.ts';
import { routes } from './routes.ts';
import { assess, type ComplianceRow, type PublishedItem } from './compliance.ts';
import { calendarFromHolidays } from './calendar/from-content.ts';
import { addDays } from './calendar/iso.ts';
import { publishedOnly } from './publication.ts';
import { sessionsBetween } from './reception/occurrences.ts';

/** An entry as the report reads it: its id and its data as its collection's schema outputs it. */
export interface Entry<Name extends CollectionName = CollectionName> {
  id: string;
  data: CollectionData[Name];
}

/** The collections the report reads; the site passes what getCollection gives, `npm run audit` what the checker gives. */
export type ContentLike = { [Name in CollectionName]?: Entry<Name>[] };

export interface ObligationReport {
  id: string;
  data: CollectionData['obligations'];
  rows: ComplianceRow[];
}

function unitArea(content: ContentLike, unitId: string): string | undefined {
  return content.units?.find((u) => u.id === unitId)?.data.area;
}

/** An entry as the report shows it: title, page, date and area, as its collection's manifest entry says; none if not published yet. */
function toItem(collection: FulfillingCollection, e: Entry, content: ContentLike): PublishedItem | undefined {
  const { compliance, pages } = collectionDefs[collection];
  if (!compliance || !pages)
    throw new Error(`"${collection}" chưa có compliance và pages trong src/collections.ts: không tính được vào báo cáo tuân thủ`);
  const publishedOn = compliance.publishedOn(e.data);
  if (!publishedOn) return undefined;
  const area = compliance.area?.(e.data, (unit) => unitArea(content, unit));
  const sample = 'sample' in e.data && e.data.sample === true;
  return { id: e.id, url: pages.entry(e.id, e.data), title: compliance.title(e.data), publishedOn, area, sample };
}

/** A field of an entry's data by name, as text, for an obligation's conditions ("budgetKind"). */
function fieldText(data: object, field: string): string {
  return String(Object.entries(data).find(([key]) => key === field)?.[1]);
}

/** Where each page of the portal that fulfils a duty lives. */
export const portalPageUrl: Record<keyof typeof portalPages, string> = {
  units: routes.units(),
  search: routes.search(),
  englishOrganisation: routes.englishOrganisation(),
  catalogue: routes.obligationCatalogue(),
};

/**
 * Items that fulfil an obligation: those of its collection that match its conditions, and any item declaring it.
 * A duty a page of the portal fulfils (structure, search, English, this catalogue) is met by that page, which every
 * build publishes as of its date.
 */
export function itemsFor(obligation: Entry<'obligations'>, content: ContentLike, today?: string): PublishedItem[] {
  const page = obligation.data.portalPage;
  if (!obligation.data.fulfilledBy && page && today)
    return [{ id: `portal:${page}`, url: portalPageUrl[page], title: portalPages[page], publishedOn: today, area: undefined }];
  if (!obligation.data.fulfilledBy) return [];
  const { collection, where } = obligation.data.fulfilledBy;
  const byKind = itemsOf(collection, content).filter(
    (e) => !where || Object.entries(where).every(([field, values]) => values.includes(fieldText(e.data, field))),
  );
  const declared = (Object.keys(disclosureKinds) as DisclosureKind[]).flatMap((k) =>
    itemsOf(k, content)
      .filter((e) => e.data.obligations.includes(obligation.id))
      .map((e) => toItem(k, e, content)),
  );
  const items = [...byKind.map((e) => toItem(collection, e, content)), ...declared].filter((i): i is PublishedItem => Boolean(i));
  return [...new Map(items.map((i) => [i.url, i])).values()];
}

function itemsOf<Name extends CollectionName>(collection: Name, content: ContentLike): Entry<Name>[] {
  const entries: Entry<Name>[] | undefined = content[collection];
  return entries ?? [];
}

/** Current wards and communes (not dissolved on `today`). */
export function currentAreas(content: ContentLike, today: string): string[] {
  return (content.areas ?? []).filter((a) => !a.data.dissolvedOn || a.data.dissolvedOn > today).map((a) => a.id);
}

/** Sessions announced late, per area, over the last 90 days and the coming 8 weeks. */
export function lateSessionsByArea(content: ContentLike, today: string): Record<string, number> {
  const calendar = calendarFromHolidays((content.holidays ?? []).map((h) => h.data));
  const late: Record<string, number> = {};
  // A sample schedule's sessions are not real announcements: they make nothing late.
  for (const s of (content.receptions ?? []).filter((r) => !r.data.sample)) {
    const count = sessionsBetween({ id: s.id, ...s.data }, calendar, addDays(today, -90), addDays(today, 55)).filter(
      (x) => x.late && x.status === 'scheduled',
    ).length;
    const area = unitArea(content, s.data.unit);
    if (area && count) late[area] = (late[area] ?? 0) + count;
  }
  return late;
}

export function complianceReport(allContent: ContentLike, today: string): ObligationReport[] {
  // Drafts and records scheduled for later are not published yet, so they fulfil nothing.
  const content = publishedOnly(allContent, today);
  const areas = currentAreas(content, today);
  const late = lateSessionsByArea(content, today);
  const areaSince = Object.fromEntries((content.areas ?? []).flatMap((a) => (a.data.establishedOn ? [[a.id, a.data.establishedOn]] : [])));
  return [...(content.obligations ?? [])]
    .sort((a, b) => (a.data.order ?? 100) - (b.data.order ?? 100) || a.id.localeCompare(b.id))
    .map((o) => ({
      id: o.id,
      data: o.data,
      rows: assess(
        {
          id: o.id,
          cadence: o.data.cadence,
          dueDates: o.data.dueDates,
          scope: o.data.scope,
          ruleKind: o.data.ruleKind,
          validFrom: o.data.validFrom,
          validTo: o.data.validTo,
          noContentType: o.data.fulfilledBy === null && !o.data.portalPage,
        },
        itemsFor(o, content, today),
        areas,
        today,
        late,
        areaSince,
      ),
    }));
}

/** Law and house rules apart: the report shows them in separate sections, and only law can be a violation. */
export function byRuleKind(report: ObligationReport[]): { law: ObligationReport[]; house: ObligationReport[] } {
  return { law: report.filter((o) => o.data.ruleKind !== 'house'), house: report.filter((o) => o.data.ruleKind === 'house') };
}

/** Where the items of a fulfilling collection are listed on the site. */
export function collectionListUrl(collection: FulfillingCollection): string {
  const url = collectionDefs[collection].pages?.list?.();
  if (!url) throw new Error(`Chưa có trang danh sách cho loại nội dung "${collection}" (pages.list trong src/collections.ts)`);
  return url;
}
