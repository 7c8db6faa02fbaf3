/** iCalendar feeds of reception sessions: all units, one unit, or one session ("Thêm vào lịch"). */
import { getLocality } from './site.ts';
import { routes } from '../lib/routes.ts';
import { unitNames } from './names.ts';
import { feedWindow, getSchedules, sessionsIn, type SessionView } from './reception.ts';
import { calendarIcs } from '../lib/reception/ics.ts';
import { eventKinds } from '../schemas/reception.ts';
import { formatDate } from '../lib/dates.ts';
import { vi } from '../i18n/index.ts';

export async function sessionsIcs(name: string, sessions: SessionView[]): Promise<Response> {
  const locality = await getLocality();
  const host = new URL(locality.siteUrl).host;
  const units = await unitNames();
  const t = vi.reception;
  const events = sessions.map((s) => {
    const d = s.schedule.data;
    const status =
      s.status === 'cancelled'
        ? `${t.cancelled}: ${s.reason}. `
        : s.status === 'postponed'
          ? `${t.postponed(s.newDate ? formatDate(s.newDate) : '')}: ${s.reason}. `
          : '';
    return {
      uid: s.uid,
      date: s.date,
      start: s.start,
      end: s.end,
      summary: `${d.sample ? `[${vi.site.sampleData}] ` : ''}${eventKinds[d.kind]}: ${units.get(d.unit) ?? d.unit}`,
      description: `${d.sample ? `${vi.site.sampleData}. ` : ''}${status}${t.receiver}: ${d.official.name}, ${d.official.title}.${s.topics.length ? ` ${t.topics}: ${s.topics.join('; ')}.` : ''}`,
      location: s.place,
      url: new URL(routes.receptionUnit(d.unit), locality.siteUrl).href,
      cancelled: s.status !== 'scheduled',
      stamp:
        s.status === 'scheduled' && !s.replaces
          ? s.announcedOn
          : (d.changes.find((c) => c.date === s.date || c.newDate === s.date)?.announcedOn ?? s.announcedOn),
      sequence: s.status === 'scheduled' && !s.replaces ? 0 : 1,
    };
  });
  // A calendar with any sample session says so in its own description, read by calendar apps on subscribing.
  const description = sessions.some((s) => s.schedule.data.sample) ? vi.site.sampleCalendar : undefined;
  return new Response(calendarIcs(name, host, events, description), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}

export async function feedSessions(unit?: string): Promise<SessionView[]> {
  const window = feedWindow();
  const schedules = (await getSchedules()).filter((s) => !unit || s.data.unit === unit);
  return sessionsIn(window.from, window.to, schedules);
}
