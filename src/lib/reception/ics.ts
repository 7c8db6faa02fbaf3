/**
 * iCalendar (RFC 5545) feeds of reception sessions, built with ical.js: times in Asia/Ho_Chi_Minh with
 * its VTIMEZONE, UIDs stable from build to build, cancellations as STATUS:CANCELLED.
 */
import ICAL from 'ical.js';

export const TZID = 'Asia/Ho_Chi_Minh';

export interface IcsEvent {
  uid: string;
  date: string;
  start: string;
  end: string;
  summary: string;
  description: string;
  location: string;
  url: string;
  cancelled: boolean;
  /** Day the event was last announced: its DTSTAMP, so the feed only changes when the event does. */
  stamp: string;
  sequence: number;
}

function localTime(date: string, time: string): ICAL.Time {
  return ICAL.Time.fromDateTimeString(`${date}T${time}:00`);
}

function timezone(): ICAL.Component {
  // Viet Nam has kept UTC+7 without daylight saving since 1975.
  const tz = new ICAL.Component('vtimezone');
  tz.addPropertyWithValue('tzid', TZID);
  const std = new ICAL.Component('standard');
  std.addPropertyWithValue('dtstart', ICAL.Time.fromDateTimeString('1970-01-01T00:00:00'));
  std.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromString('+07:00'));
  std.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromString('+07:00'));
  std.addPropertyWithValue('tzname', '+07');
  tz.addSubcomponent(std);
  return tz;
}

/** `description`: what the calendar is (X-WR-CALDESC), e.g. that its events are sample data. */
export function calendarIcs(name: string, host: string, events: IcsEvent[], description?: string): string {
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.addPropertyWithValue('prodid', '-//Cong thong tin minh bach//Lich tiep cong dan//VI');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  cal.addPropertyWithValue('x-wr-calname', name);
  if (description) cal.addPropertyWithValue('x-wr-caldesc', description);
  cal.addPropertyWithValue('x-wr-timezone', TZID);
  cal.addSubcomponent(timezone());
  for (const e of events) {
    const ev = new ICAL.Component('vevent');
    ev.addPropertyWithValue('uid', `${e.uid}@${host}`);
    ev.addPropertyWithValue('dtstamp', ICAL.Time.fromDateTimeString(`${e.stamp}T00:00:00Z`));
    for (const [prop, time] of [
      ['dtstart', e.start],
      ['dtend', e.end],
    ] as const) {
      const p = new ICAL.Property(prop);
      p.setParameter('tzid', TZID);
      p.setValue(localTime(e.date, time));
      ev.addProperty(p);
    }
    ev.addPropertyWithValue('summary', e.summary);
    ev.addPropertyWithValue('description', e.description);
    ev.addPropertyWithValue('location', e.location);
    ev.addPropertyWithValue('url', e.url);
    ev.addPropertyWithValue('status', e.cancelled ? 'CANCELLED' : 'CONFIRMED');
    ev.addPropertyWithValue('sequence', e.sequence);
    cal.addSubcomponent(ev);
  }
  return cal.toString().replace(/\r?\n/g, '\r\n') + '\r\n';
}
