import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarIcs, type IcsEvent } from '../../src/lib/reception/ics.ts';

const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'chu-tich-20261203',
  date: '2026-12-03',
  start: '07:30',
  end: '11:30',
  summary: 'Tiếp công dân định kỳ',
  description: 'Chủ tịch UBND phường tiếp công dân',
  location: 'Phòng tiếp công dân',
  url: 'https://example.org/lich-tiep-cong-dan/',
  cancelled: false,
  stamp: '2026-11-01',
  sequence: 0,
  ...over,
});

describe('iCalendar feeds', () => {
  const text = calendarIcs('Lịch tiếp công dân', 'example.org', [
    event(),
    event({ uid: 'chu-tich-20261210', date: '2026-12-10', cancelled: true, sequence: 1 }),
  ]);
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('parses with ical.js, with CRLF line ends', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(events).toHaveLength(2);
  });

  it('writes times in Asia/Ho_Chi_Minh with its time zone', () => {
    expect(text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20261203T073000');
    expect(cal.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
    const start = events[0]!.startDate;
    start.zone = new ICAL.Timezone({ component: cal.getFirstSubcomponent('vtimezone')! });
    expect(start.toUnixTime()).toBe(Date.parse('2026-12-03T00:30:00Z') / 1000);
  });

  it('keeps the given UIDs and marks cancellations', () => {
    expect(events.map((e) => e.uid)).toEqual(['chu-tich-20261203@example.org', 'chu-tich-20261210@example.org']);
    expect(cal.getAllSubcomponents('vevent')[1]!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
