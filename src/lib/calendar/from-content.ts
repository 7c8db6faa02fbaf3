/** The working-day calendar built from content/holidays records (ranges of days off, make-up days). */
import { dateRange } from './iso.ts';
import { WorkingCalendar } from './working-days.ts';

export interface HolidayYearData {
  year: number;
  daysOff: { from: string; to: string; name: string }[];
  workingDays?: { date: string; name: string }[];
}

export function calendarFromHolidays(years: HolidayYearData[]): WorkingCalendar {
  return new WorkingCalendar(
    years.map((y) => ({
      year: y.year,
      daysOff: y.daysOff.flatMap((r) => [...dateRange(r.from, r.to)].map((date) => ({ date, name: r.name }))),
      workingDays: y.workingDays ?? [],
    })),
  );
}
