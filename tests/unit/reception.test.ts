import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../src/lib/calendar/working-days.ts';
import { sessionsBetween, type ScheduleInput } from '../../src/lib/reception/occurrences.ts';

// Tết Ất Tỵ 2025 as announced: Saturday 25/01 to Sunday 02/02.
const calendar = new WorkingCalendar([
  {
    year: 2025,
    daysOff: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((date) => ({ date, name: 'Tết Nguyên đán' })),
    workingDays: [],
  },
]);

const monthly = (day: number, shift: 'next-working-day' | 'previous-working-day' | 'skip' = 'next-working-day'): ScheduleInput => ({
  id: 'chu-tich',
  start: '07:30',
  end: '11:30',
  place: 'Trụ sở',
  topics: [],
  recurrence: { description: `ngày ${day} hằng tháng`, rule: `FREQ=MONTHLY;BYMONTHDAY=${day}`, from: '2024-01-01', shift },
  sessions: [],
  changes: [],
  publishedOn: '2024-12-01',
});

describe('recurring reception sessions', () => {
  it('moves a monthly session off Tết to the next working day', () => {
    const s = sessionsBetween(monthly(30), calendar, '2025-01-01', '2025-02-28');
    expect(s.map((x) => [x.date, x.ruleDate])).toEqual([['2025-02-03', '2025-01-30']]);
  });

  it('moves a session on a Saturday to the previous working day when that is the rule', () => {
    // 15/02/2025 is a Saturday.
    const s = sessionsBetween(monthly(15, 'previous-working-day'), calendar, '2025-02-01', '2025-02-28');
    expect(s[0]!.date).toBe('2025-02-14');
  });

  it('skips a session on a holiday when that is the rule', () => {
    expect(sessionsBetween(monthly(30, 'skip'), calendar, '2025-01-01', '2025-01-31')).toEqual([]);
  });

  it('holds a weekly session every Thursday that is a working day, and moves the Tết one', () => {
    const weekly: ScheduleInput = {
      ...monthly(1),
      recurrence: { description: 'thứ Năm hằng tuần', rule: 'FREQ=WEEKLY;BYDAY=TH', from: '2025-01-01', shift: 'next-working-day' },
    };
    const s = sessionsBetween(weekly, calendar, '2025-01-20', '2025-02-10');
    expect(s.map((x) => x.date)).toEqual(['2025-01-23', '2025-02-03', '2025-02-06']);
  });

  it('uses the statutory calendar where no year is announced: Tết 2026 moves the 15th', () => {
    // 15/02/2026 is a Sunday inside Tết Bính Ngọ; the next working day is Monday 23/02.
    const s = sessionsBetween(monthly(15), new WorkingCalendar([]), '2026-02-01', '2026-02-28');
    expect(s.map((x) => x.date)).toEqual(['2026-02-23']);
  });

  it('keeps UIDs stable: schedule and rule date, not the shifted date', () => {
    const s = sessionsBetween(monthly(30), calendar, '2025-01-01', '2025-02-28');
    expect(s[0]!.uid).toBe('chu-tich-20250130');
  });
});

describe('changes and notice', () => {
  const base: ScheduleInput = {
    ...monthly(1),
    recurrence: { description: 'thứ Năm hằng tuần', rule: 'FREQ=WEEKLY;BYDAY=TH', from: '2025-03-01', shift: 'next-working-day' },
    changes: [
      { date: '2025-03-06', status: 'huy', reason: 'Chủ tịch họp đột xuất với tỉnh', announcedOn: '2025-03-04' },
      { date: '2025-03-13', status: 'hoan', reason: 'Trùng lịch tiếp xúc cử tri', newDate: '2025-03-14', announcedOn: '2025-03-12' },
    ],
    sessions: [{ date: '2025-03-25', topics: ['Giải phóng mặt bằng'], announcedOn: '2025-03-21' }],
  };
  const s = sessionsBetween(base, calendar, '2025-03-01', '2025-03-31');

  it('marks cancellations and postponements, with the new date as a session of its own', () => {
    expect(s.find((x) => x.date === '2025-03-06')).toMatchObject({ status: 'cancelled', reason: 'Chủ tịch họp đột xuất với tỉnh' });
    expect(s.find((x) => x.date === '2025-03-13')).toMatchObject({ status: 'postponed', newDate: '2025-03-14' });
    expect(s.find((x) => x.date === '2025-03-14')).toMatchObject({
      status: 'scheduled',
      replaces: '2025-03-13',
      uid: 'chu-tich-20250313-moi',
    });
  });

  it('flags sessions announced fewer than 5 working days ahead', () => {
    expect(s.find((x) => x.date === '2025-03-20')!.late).toBe(false);
    expect(s.find((x) => x.date === '2025-03-25')!.late).toBe(true);
    expect(s.find((x) => x.date === '2025-03-14')!.late).toBe(true);
  });
});
