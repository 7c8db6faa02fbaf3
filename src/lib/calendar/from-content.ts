/** The working-day calendar built from content/holidays records (ranges of days off, make-up days). */
import type { z } from 'astro/zod';
import type { holidayYearSchema } from '../../schemas/reception.ts';
import { dateRange } from './iso.ts';
import { WorkingCalendar } from './working-days.ts';

/** What the calendar reads of a holidays record, as its schema outputs it. */
export type HolidayYearData = Pick<z.output<typeof holidayYearSchema>, 'year' | 'daysOff' | 'workingDays'>;

export function calendarFromHolidays(years: HolidayYearData[]): WorkingCalendar {
  return new WorkingCalendar(
    years.map((y) => ({
      year: y.year,
      daysOff: y.daysOff.flatMap((r) => [...dateRange(r.from, r.to)].map((date) => ({ date, name: r.name }))),
      workingDays: y.workingDays,
    })),
  );
}
