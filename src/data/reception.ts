/**
 * Reception schedules and the sessions they produce around the build date, computed with the working-day
 * calendar from content/holidays. Pages, feeds and the printable notice all read sessions through here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { WorkingCalendar } from '../lib/calendar/working-days.ts';
import { calendarFromHolidays } from '../lib/calendar/from-content.ts';
import { addDays } from '../lib/calendar/iso.ts';
import { sessionsBetween, type Session } from '../lib/reception/occurrences.ts';
import { buildDate } from '../lib/dates.ts';

export type Schedule = CollectionEntry<'receptions'>;

export interface SessionView extends Session {
  schedule: Schedule;
}

/** The upcoming window: the build date and the 8 weeks after it. */
export const UPCOMING_DAYS = 8 * 7;

let calendarPromise: Promise<WorkingCalendar> | undefined;
export function workingCalendar(): Promise<WorkingCalendar> {
  calendarPromise ??= (async () => calendarFromHolidays((await getCollection('holidays')).map((y) => y.data)))();
  return calendarPromise;
}

export async function getSchedules(): Promise<Schedule[]> {
  return (await getCollection('receptions')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'vi'));
}

const allSessions = new Map<string, Promise<SessionView[]>>();

/** Sessions between two dates, of the given schedules or (computed once per window) of all of them. */
export function sessionsIn(from: string, to: string, schedules?: Schedule[]): Promise<SessionView[]> {
  if (schedules) return computeSessions(from, to, schedules);
  const key = `${from}/${to}`;
  if (!allSessions.has(key)) allSessions.set(key, (async () => computeSessions(from, to, await getSchedules()))());
  return allSessions.get(key)!;
}

async function computeSessions(from: string, to: string, schedules: Schedule[]): Promise<SessionView[]> {
  const calendar = await workingCalendar();
  const all = schedules.flatMap((schedule) =>
    sessionsBetween({ id: schedule.id, ...schedule.data }, calendar, from, to).map((s) => ({ ...s, schedule })),
  );
  return all.sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
}

export function upcomingWindow(): { from: string; to: string } {
  const from = buildDate();
  return { from, to: addDays(from, UPCOMING_DAYS - 1) };
}

/** Feeds cover the schedules' recent past (changes stay visible) and the coming year. */
export function feedWindow(): { from: string; to: string } {
  const today = buildDate();
  return { from: addDays(today, -90), to: addDays(today, 365) };
}

/** The units that receive citizens, each with its own schedules: one set of pages per unit. */
export async function schedulesByUnit(): Promise<{ unit: string; schedules: Schedule[] }[]> {
  const schedules = await getSchedules();
  return [...new Set(schedules.map((s) => s.data.unit))].map((unit) => ({
    unit,
    schedules: schedules.filter((s) => s.data.unit === unit),
  }));
}

export async function unitsWithSchedules(): Promise<string[]> {
  return (await schedulesByUnit()).map((u) => u.unit);
}
