/**
 * Is each required disclosure published, and on time? For every obligation and every area it applies to, one
 * state, from the worst to the best (COMPLIANCE_STATES):
 *   missing      a due date in force has passed and nothing was ever published — worse than anything late;
 *   overdue      something was published once, but the edition due on the latest passed due date is not out;
 *   late         the latest edition is out, but after its due date (or, before an event, announced too late);
 *   due-soon     the next due date is within 14 days and this cycle's edition is not out yet;
 *   published    the latest edition came out by its due date;
 *   not-due      no due date in force has passed yet (before the first one, or before the duty applies);
 *   unsupported  the portal has no content type for this duty yet: listed, never hidden, counted apart.
 * A due date outside [validFrom, validTo) generates no duty, and nor does one before the area was established.
 * "On change" and "before event" duties have no dates: published or missing once in force ("before event" is
 * late when a session was announced fewer than 5 working days ahead; the caller counts those).
 * Sample records never count as published. Whether a state is a breach of law depends on the rule's kind: a
 * house rule (the locality's own practice) is never a violation (isViolation).
 */
import type { Obligation } from '../schemas/obligation.ts';

export type Cadence = Obligation['cadence'];
export type RuleKind = Obligation['ruleKind'];

/** Every state, worst first: the order of the report's columns and of "the worst state of an obligation". */
export const COMPLIANCE_STATES = ['missing', 'overdue', 'late', 'due-soon', 'published', 'not-due', 'unsupported'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATES)[number];

export const DUE_SOON_DAYS = 14;

/** What the assessment reads of an obligation: its id, its schedule, its kind and when it applies. */
export type ObligationRule = { id: string } & Pick<Obligation, 'cadence' | 'dueDates' | 'scope'> &
  Partial<Pick<Obligation, 'ruleKind' | 'validFrom' | 'validTo'>> & {
    /** The registry's `fulfilledBy` is null: the portal has no content type that could fulfil it. */
    noContentType?: boolean | undefined;
  };

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
  ruleKind: RuleKind;
  status: ComplianceStatus;
  items: PublishedItem[];
  latest: PublishedItem | undefined;
  /** Sample records that would fulfil the obligation, newest first: they do not count. */
  sampleItems: PublishedItem[];
  /** The first due date in force for this area (undefined when the duty has applied since before the report looks back). */
  firstDue: string | undefined;
  lastDue: string | undefined;
  nextDue: string | undefined;
  lateSessions: number;
}

/** A law breached: only law, never a house rule, and only when nothing or not the latest edition is out. */
export function isViolation(row: Pick<ComplianceRow, 'ruleKind' | 'status'>): boolean {
  return row.ruleKind === 'law' && (row.status === 'missing' || row.status === 'overdue');
}

/** The dates during which a duty applies, for one area: [from, to), either end open. */
export interface Validity {
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The due dates in force around `today`: the last one before `today` (a due date is met until its day ends), the
 * one before it, the next one, and the first one if the duty starts within the years looked at.
 */
export function dueWindow(
  dueDates: string[],
  today: string,
  validity: Validity = {},
): { first: string | undefined; previous: string | undefined; last: string | undefined; next: string | undefined } {
  const year = Number(today.slice(0, 4));
  const fromYear = validity.from ? Math.min(Number(validity.from.slice(0, 4)), year + 1) : year - 2;
  const years = Array.from({ length: year + 2 - fromYear }, (_, i) => fromYear + i);
  const all = years
    .flatMap((y) => dueDates.map((md) => `${y}-${md}`))
    .filter((d) => (!validity.from || d >= validity.from) && (!validity.to || d < validity.to))
    .sort();
  const lastIndex = all.reduce((found, d, i) => (d < today ? i : found), -1);
  return {
    first: validity.from ? all[0] : undefined,
    previous: lastIndex >= 1 ? all[lastIndex - 1] : undefined,
    last: lastIndex >= 0 ? all[lastIndex] : undefined,
    next: all[lastIndex + 1],
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The later of two optional start dates. */
function laterStart(a: string | undefined, b: string | undefined): string | undefined {
  return a && b ? (a > b ? a : b) : (a ?? b);
}

export function assessOne(
  rule: ObligationRule,
  items: PublishedItem[],
  today: string,
  lateSessions = 0,
  areaSince?: string,
): Omit<ComplianceRow, 'obligation' | 'area'> {
  const all = items.filter((i) => i.publishedOn <= today).sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
  // Sample records only show how the portal works: they never make an obligation published.
  const published = all.filter((i) => !i.sample);
  const latest = published[0];
  const validity = { from: laterStart(rule.validFrom, areaSince), to: rule.validTo };
  const base = {
    ruleKind: rule.ruleKind ?? 'law',
    items: published,
    latest,
    sampleItems: all.filter((i) => i.sample),
    firstDue: undefined as string | undefined,
    lastDue: undefined as string | undefined,
    nextDue: undefined as string | undefined,
    lateSessions,
  };
  if (rule.noContentType) return { ...base, status: 'unsupported' };
  if (rule.cadence === 'on-change' || rule.cadence === 'before-event') {
    // Without dates, the duty is due from the day it applies.
    if (!latest) return { ...base, status: !validity.from || validity.from <= today ? 'missing' : 'not-due' };
    return { ...base, status: rule.cadence === 'before-event' && lateSessions > 0 ? 'late' : 'published' };
  }
  const { first, previous, last, next } = dueWindow(rule.dueDates, today, validity);
  const dates = { ...base, firstDue: first, lastDue: last, nextDue: next };
  const dueSoon = next !== undefined && daysBetween(today, next) <= DUE_SOON_DAYS;
  if (!last) return { ...dates, status: latest ? 'published' : dueSoon ? 'due-soon' : 'not-due' };
  if (!latest) return { ...dates, status: 'missing' };
  // The latest edition: anything published after the due date before the last one.
  const edition = published.filter((i) => !previous || i.publishedOn > previous);
  if (!edition.length) return { ...dates, status: 'overdue' };
  if (!edition.some((i) => i.publishedOn <= last)) return { ...dates, status: 'late' };
  const nextOut = published.some((i) => i.publishedOn > last);
  return { ...dates, status: !nextOut && dueSoon ? 'due-soon' : 'published' };
}

/**
 * Rows for one obligation: one per area for "each-area" obligations, one for the locality otherwise.
 * `areaSince` gives the day an area was established: no due date before it is the area's.
 */
export function assess(
  rule: ObligationRule,
  items: PublishedItem[],
  areas: string[],
  today: string,
  lateSessionsByArea: Record<string, number> = {},
  areaSince: Record<string, string> = {},
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
      areaSince[area],
    ),
  }));
}

export function summarize(rows: Pick<ComplianceRow, 'status'>[]): Record<ComplianceStatus, number> {
  const counts = Object.fromEntries(COMPLIANCE_STATES.map((s) => [s, 0])) as Record<ComplianceStatus, number>;
  for (const r of rows) counts[r.status]++;
  return counts;
}

/** The worst state among rows (COMPLIANCE_STATES order); undefined for none. */
export function worstStatus(rows: Pick<ComplianceRow, 'status'>[]): ComplianceStatus | undefined {
  return COMPLIANCE_STATES.find((s) => rows.some((r) => r.status === s));
}
