/**
 * The sessions a reception schedule produces between two dates: its recurring rule (expanded with rrule),
 * moved off holidays by its shifting rule, plus one-off sessions, with postponements and cancellations
 * applied. Each session knows whether it was announced at least 5 working days ahead.
 */
import rrulePkg from 'rrule';
import type { z } from 'astro/zod';
import type { receptionSchema } from '../../schemas/reception.ts';
import type { WorkingCalendar } from '../calendar/working-days.ts';

type Reception = z.output<typeof receptionSchema>;

const { rrulestr } = rrulePkg;

/** What the expansion reads of a reception schedule: its fields as the schema outputs them, and its id. */
export type ScheduleInput = { id: string } & Pick<
  Reception,
  'start' | 'end' | 'place' | 'topics' | 'recurrence' | 'sessions' | 'changes' | 'publishedOn'
>;

export type SessionStatus = 'scheduled' | 'cancelled' | 'postponed';

export interface Session {
  /** Stable across builds: schedule id and the date the session was planned for. */
  uid: string;
  scheduleId: string;
  date: string;
  start: string;
  end: string;
  place: string;
  topics: string[];
  status: SessionStatus;
  /** Date given by the rule before moving off a holiday. */
  ruleDate?: string | undefined;
  /** For postponed sessions: the new date; for sessions held on a new date: the date they replace. */
  newDate?: string | undefined;
  replaces?: string | undefined;
  reason?: string | undefined;
  announcedOn: string;
  /** Fewer than 5 working days between announcement and session. */
  late: boolean;
}

export const NOTICE_WORKING_DAYS = 5;

function ruleDates(rule: string, from: string, until: string | undefined, windowFrom: string, windowTo: string): string[] {
  const start = from > windowFrom ? from : windowFrom;
  const end = until && until < windowTo ? until : windowTo;
  if (start > end) return [];
  const set = rrulestr(`DTSTART:${from.replace(/-/g, '')}T000000Z\nRRULE:${rule}`);
  // Look a little beyond the window: a date just before it may move into it, and one inside may move out.
  const pad = 10 * 86_400_000;
  return set
    .between(new Date(Date.parse(`${start}T00:00:00Z`) - pad), new Date(Date.parse(`${end}T00:00:00Z`) + pad), true)
    .map((d) => d.toISOString().slice(0, 10))
    .filter((d) => d >= from && (!until || d <= until));
}

export function sessionsBetween(schedule: ScheduleInput, calendar: WorkingCalendar, from: string, to: string): Session[] {
  const sessions: Session[] = [];
  const make = (date: string, extra: Partial<Session>, announcedOn: string): Session => ({
    uid: `${schedule.id}-${(extra.ruleDate ?? date).replace(/-/g, '')}`,
    scheduleId: schedule.id,
    date,
    start: schedule.start,
    end: schedule.end,
    place: schedule.place,
    topics: schedule.topics,
    status: 'scheduled',
    announcedOn,
    late: calendar.workingDaysBetween(announcedOn, date) < NOTICE_WORKING_DAYS,
    ...extra,
  });

  const r = schedule.recurrence;
  if (r) {
    for (const ruleDate of ruleDates(r.rule, r.from, r.until, from, to)) {
      let date = ruleDate;
      if (!calendar.isWorkingDay(ruleDate)) {
        if (r.shift === 'skip') continue;
        date = r.shift === 'next-working-day' ? calendar.nextWorkingDay(ruleDate) : calendar.previousWorkingDay(ruleDate);
      }
      sessions.push(make(date, date === ruleDate ? {} : { ruleDate }, schedule.publishedOn));
    }
  }
  for (const s of schedule.sessions) {
    sessions.push(
      make(
        s.date,
        {
          start: s.start ?? schedule.start,
          end: s.end ?? schedule.end,
          place: s.place ?? schedule.place,
          topics: s.topics.length ? s.topics : schedule.topics,
        },
        s.announcedOn,
      ),
    );
  }

  for (const change of schedule.changes) {
    const session = sessions.find((s) => s.date === change.date);
    if (!session) continue;
    session.reason = change.reason;
    if (change.status === 'huy') {
      session.status = 'cancelled';
    } else {
      session.status = 'postponed';
      session.newDate = change.newDate;
      if (change.newDate) {
        sessions.push({
          ...session,
          uid: `${session.uid}-moi`,
          date: change.newDate,
          status: 'scheduled',
          newDate: undefined,
          replaces: change.date,
          announcedOn: change.announcedOn,
          late: calendar.workingDaysBetween(change.announcedOn, change.newDate) < NOTICE_WORKING_DAYS,
        });
      }
    }
  }

  return sessions
    .filter((s) => s.date >= from && s.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));
}
