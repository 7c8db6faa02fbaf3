import { describe, expect, it } from 'vitest';
import { hungKingsDate, statutoryDaysOff, tetDate } from '../../src/lib/calendar/holidays.ts';
import { WorkingCalendar } from '../../src/lib/calendar/working-days.ts';

describe('Vietnamese public holidays', () => {
  it('finds Tết and Giỗ Tổ from the lunar calendar', () => {
    expect(tetDate(2023)).toBe('2023-01-22');
    expect(tetDate(2025)).toBe('2025-01-29');
    expect(tetDate(2026)).toBe('2026-02-17');
    expect(hungKingsDate(2025)).toBe('2025-04-07');
    expect(hungKingsDate(2026)).toBe('2026-04-26');
  });

  it('gives a compensatory day off for a holiday on a weekend', () => {
    // Giỗ Tổ 2026 is a Sunday: Monday 27/04 is off.
    expect(statutoryDaysOff(2026).map((h) => h.date)).toContain('2026-04-27');
  });
});

describe('working days', () => {
  const calendar = new WorkingCalendar([
    {
      year: 2025,
      daysOff: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((date) => ({ date, name: 'Tết Nguyên đán' })),
      workingDays: [{ date: '2025-04-26', name: 'Làm bù cho ngày 02/05' }],
    },
  ]);

  it('skips weekends and announced days off, and counts make-up Saturdays', () => {
    expect(calendar.isWorkingDay('2025-01-30')).toBe(false);
    expect(calendar.isWorkingDay('2025-02-01')).toBe(false);
    expect(calendar.isWorkingDay('2025-02-03')).toBe(true);
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.nextWorkingDay('2025-01-30')).toBe('2025-02-03');
    expect(calendar.previousWorkingDay('2025-01-30')).toBe('2025-01-24');
  });

  it('uses the statutory estimate for a year not announced', () => {
    expect(calendar.isOfficial('2026-02-18')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-18')).toBe(false);
    expect(calendar.holiday('2026-02-16')?.name).toBe('Tết Nguyên đán');
  });

  it('counts working days between two dates', () => {
    // Thu 22/01/2025 → Mon 03/02/2025: Fri 24 and Mon 03 (Tết between).
    expect(calendar.workingDaysBetween('2025-01-23', '2025-02-03')).toBe(2);
  });
});

describe('counting working days over long ranges', () => {
  it('agrees with walking day by day, across years, holidays and make-up days', async () => {
    const { WorkingCalendar: Calendar } = await import('../../src/lib/calendar/working-days.ts');
    const { addDays: plus } = await import('../../src/lib/calendar/iso.ts');
    const calendar = new Calendar([
      {
        year: 2025,
        daysOff: [
          { date: '2025-04-30', name: 'Giải phóng' },
          { date: '2025-05-01', name: 'Lao động' },
          { date: '2025-05-02', name: 'Nghỉ bù' },
        ],
        workingDays: [{ date: '2025-04-26', name: 'Làm bù' }],
      },
    ]);
    const walk = (from: string, to: string) => {
      let n = 0;
      for (let d = plus(from, 1); d <= to; d = plus(d, 1)) if (calendar.isWorkingDay(d)) n++;
      return n;
    };
    const starts = ['2024-12-28', '2025-04-20', '2025-04-25', '2025-04-26', '2025-05-01', '2026-02-10'];
    const lengths = [0, 1, 2, 5, 6, 7, 13, 40, 400, 800];
    for (const from of starts)
      for (const len of lengths)
        expect(calendar.workingDaysBetween(from, plus(from, len)), `${from} +${len}`).toBe(walk(from, plus(from, len)));
    expect(calendar.workingDaysBetween('2025-05-10', '2025-05-01')).toBe(0);
  });
});
