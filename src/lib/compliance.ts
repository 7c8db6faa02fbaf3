/**
 * Is each required disclosure published, and on time? For every obligation and every area it applies to:
 *   missing   nothing was ever published;
 *   overdue   the latest due date has passed and nothing was published since the one before it;
 *   due-soon  the next due date is within 14 days and this cycle's edition is not out yet;
 *   published otherwise.
 * "On change" obligations can only be published or missing. "Before event" obligations are overdue when
 * a session was announced fewer than 5 working days ahead (the caller counts those with the working-day
 * calendar).
 */
import type { Obligation } from '../schemas/obligation.ts';

export type Cadence = Obligation['cadence'];
export type ComplianceStatus = 'published' | 'due-soon' | 'overdue' | 'missing';

export const DUE_SOON_DAYS = 14;

/** What the assessment reads of an obligation: its id and its schedule. */
export type ObligationRule = { id: string } & Pick<Obligation, 'cadence' | 'dueDates' | 'scope'>;

export interface PublishedItem {
  id: string;
  url: string;
  title: string;
  publishedOn: string;
  /** Area id, or undefined for the whole locality. */
  area: string | undefined;
  /** A sample record (demo content): shown, labelled, but it publishes nothing. */
  sample?: boolean | undefined;
}

export interface ComplianceRow {
  obligation: string;
  area: string | undefined;
  status: ComplianceStatus;
  items: PublishedItem[];
  latest: PublishedItem | undefined;
  /** Sample records that would fulfil the obligation, newest first: they do not count. */
  sampleItems: PublishedItem[];
  lastDue: string | undefined;
  nextDue: string | undefined;
  lateSessions: number;
}

/** The last due date before `today` (a due date is met until its day ends), the one before it, and the next. */
export function dueWindow(dueDates: string[], today: string): { previous: string; last: string; next: string } {
  const year = Number(today.slice(0, 4));
  const all = [year - 2, year - 1, year, year + 1].flatMap((y) => dueDates.map((md) => `${y}-${md}`)).sort();
  const lastIndex = all.reduce((found, d, i) => (d < today ? i : found), -1);
  return { previous: all[lastIndex - 1]!, last: all[lastIndex]!, next: all[lastIndex + 1]! };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function assessOne(
  rule: ObligationRule,
  items: PublishedItem[],
  today: string,
  lateSessions = 0,
): Omit<ComplianceRow, 'obligation' | 'area'> {
  const all = items.filter((i) => i.publishedOn <= today).sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
  // Sample records only show how the portal works: they never make an obligation published.
  const published = all.filter((i) => !i.sample);
  const latest = published[0];
  const base = {
    items: published,
    latest,
    sampleItems: all.filter((i) => i.sample),
    lastDue: undefined as string | undefined,
    nextDue: undefined as string | undefined,
    lateSessions,
  };
  if (!latest) return { ...base, status: 'missing' };
  if (rule.cadence === 'on-change') return { ...base, status: 'published' };
  if (rule.cadence === 'before-event') return { ...base, status: lateSessions > 0 ? 'overdue' : 'published' };
  const { previous, last, next } = dueWindow(rule.dueDates, today);
  const since = (d: string) => published.some((i) => i.publishedOn > d);
  const status: ComplianceStatus = !since(previous)
    ? 'overdue'
    : !since(last) && daysBetween(today, next) <= DUE_SOON_DAYS
      ? 'due-soon'
      : 'published';
  return { ...base, status, lastDue: last, nextDue: next };
}

/** Rows for one obligation: one per area for "each-area" obligations, one for the locality otherwise. */
export function assess(
  rule: ObligationRule,
  items: PublishedItem[],
  areas: string[],
  today: string,
  lateSessionsByArea: Record<string, number> = {},
): ComplianceRow[] {
  if (rule.scope === 'locality') {
    const late = rule.cadence === 'before-event' ? Object.values(lateSessionsByArea).reduce((a, b) => a + b, 0) : 0;
    return [{ obligation: rule.id, area: undefined, ...assessOne(rule, items, today, late) }];
  }
  return areas.map((area) => ({
    obligation: rule.id,
    area,
    ...assessOne(
      rule,
      items.filter((i) => i.area === area),
      today,
      rule.cadence === 'before-event' ? (lateSessionsByArea[area] ?? 0) : 0,
    ),
  }));
}

export function summarize(rows: ComplianceRow[]): Record<ComplianceStatus, number> {
  const counts: Record<ComplianceStatus, number> = { published: 0, 'due-soon': 0, overdue: 0, missing: 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}
