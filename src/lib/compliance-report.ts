/**
 * The compliance report from content: which items fulfil each obligation (by kind or by declaring it),
 * per area, and how each stands on a given day. Pure, so the site's pages and `npm run audit` share it.
 */
import { disclosureKinds, type DisclosureKind } from '../schemas/disclosures.ts';
import { routes } from './routes.ts';
import { assess, type ComplianceRow, type PublishedItem } from './compliance.ts';
import { calendarFromHolidays, type HolidayYearData } from './calendar/from-content.ts';
import { addDays } from './calendar/iso.ts';
import { publishedOnly } from './publication.ts';
import { sessionsBetween, type ScheduleInput } from './reception/occurrences.ts';

export interface Entry {
  id: string;
  data: Record<string, any>;
}

export type ContentLike = Record<string, Entry[] | undefined>;

export interface ObligationReport {
  id: string;
  data: Record<string, any>;
  rows: ComplianceRow[];
}

const isDisclosure = (c: string): c is DisclosureKind => c in disclosureKinds;

function unitArea(content: ContentLike, unitId: string): string | undefined {
  return content['units']?.find((u) => u.id === unitId)?.data['area'];
}

function toItem(collection: string, e: Entry, content: ContentLike): PublishedItem | undefined {
  const d = e.data;
  if (isDisclosure(collection)) {
    return { id: e.id, url: routes.disclosure(collection, e.id), title: d['title'], publishedOn: d['publishedOn'], area: d['area'] };
  }
  switch (collection) {
    case 'procedures':
      return { id: e.id, url: routes.procedure(e.id), title: d['name'], publishedOn: d['lastCheckedOn'], area: undefined };
    case 'plans':
      return { id: e.id, url: routes.plan(e.id), title: `${d['number']}: ${d['title']}`, publishedOn: d['issuedOn'], area: undefined };
    case 'receptions':
      return { id: e.id, url: routes.receptionUnit(d['unit']), title: d['title'], publishedOn: d['publishedOn'], area: unitArea(content, d['unit']) };
    case 'questions':
      return d['answeredOn'] ? { id: e.id, url: routes.question(e.id), title: d['title'], publishedOn: d['answeredOn'], area: unitArea(content, d['unit']) } : undefined;
    default:
      return undefined;
  }
}

/** Items that fulfil an obligation: those of its collection that match its conditions, and any item declaring it. */
export function itemsFor(obligation: Entry, content: ContentLike): PublishedItem[] {
  const { collection, where } = obligation.data['fulfilledBy'] as { collection: string; where?: Record<string, string[]> };
  const byKind = (content[collection] ?? []).filter((e) => !where || Object.entries(where).every(([field, values]) => values.includes(String(e.data[field]))));
  const declared = Object.keys(disclosureKinds).flatMap((k) =>
    (content[k] ?? []).filter((e) => (e.data['obligations'] as string[] | undefined)?.includes(obligation.id)).map((e) => ({ k, e })),
  );
  const items = [...byKind.map((e) => toItem(collection, e, content)), ...declared.map(({ k, e }) => toItem(k, e, content))].filter((i): i is PublishedItem => Boolean(i));
  return [...new Map(items.map((i) => [i.url, i])).values()];
}

/** Current wards and communes (not dissolved on `today`). */
export function currentAreas(content: ContentLike, today: string): string[] {
  return (content['areas'] ?? []).filter((a) => !a.data['dissolvedOn'] || a.data['dissolvedOn'] > today).map((a) => a.id);
}

/** Sessions announced late, per area, over the last 90 days and the coming 8 weeks. */
export function lateSessionsByArea(content: ContentLike, today: string): Record<string, number> {
  const calendar = calendarFromHolidays((content['holidays'] ?? []).map((h) => h.data as HolidayYearData));
  const late: Record<string, number> = {};
  for (const s of content['receptions'] ?? []) {
    const d = s.data;
    const input: ScheduleInput = { id: s.id, start: d['start'], end: d['end'], place: d['place'], topics: d['topics'] ?? [], recurrence: d['recurrence'], sessions: d['sessions'] ?? [], changes: d['changes'] ?? [], publishedOn: d['publishedOn'] };
    const count = sessionsBetween(input, calendar, addDays(today, -90), addDays(today, 55)).filter((x) => x.late && x.status === 'scheduled').length;
    const area = unitArea(content, d['unit']);
    if (area && count) late[area] = (late[area] ?? 0) + count;
  }
  return late;
}

export function complianceReport(allContent: ContentLike, today: string): ObligationReport[] {
  // Drafts and records scheduled for later are not published yet, so they fulfil nothing.
  const content = publishedOnly(allContent, today);
  const areas = currentAreas(content, today);
  const late = lateSessionsByArea(content, today);
  return [...(content['obligations'] ?? [])]
    .sort((a, b) => (a.data['order'] ?? 100) - (b.data['order'] ?? 100) || a.id.localeCompare(b.id))
    .map((o) => ({
      id: o.id,
      data: o.data,
      rows: assess({ id: o.id, cadence: o.data['cadence'], dueDates: o.data['dueDates'] ?? [], scope: o.data['scope'] }, itemsFor(o, content), areas, today, late),
    }));
}

/** Where the items of a fulfilling collection are listed on the site. */
export function collectionListUrl(collection: string): string {
  if (isDisclosure(collection)) return routes.disclosureKind(collection);
  const urls: Record<string, string> = {
    procedures: routes.procedures(),
    receptions: routes.reception(),
    plans: routes.plans(),
    questions: routes.questions(),
  };
  const url = urls[collection];
  if (!url) throw new Error(`Chưa có trang danh sách cho loại nội dung "${collection}"`);
  return url;
}
