/**
 * Working days of public offices: Monday to Friday, minus the year's days off, plus the make-up working
 * days the government announces. Years announced in content use their official days; other years use the
 * statutory estimate (lib/calendar/holidays.ts).
 */
import { statutoryDaysOff, type Holiday } from './holidays.ts';
import { addDays, weekday } from './iso.ts';

export interface OfficialYear {
  year: number;
  /** Days off as announced (each listed day). */
  daysOff: Holiday[];
  /** Saturdays or Sundays worked to make up a bridging day. */
  workingDays: Holiday[];
}

export class WorkingCalendar {
  private readonly off = new Map<string, Holiday>();
  private readonly worked = new Map<string, Holiday>();
  private readonly years = new Set<number>();
  private readonly official: OfficialYear[];

  constructor(official: OfficialYear[]) {
    this.official = official;
    for (const y of official) {
      this.years.add(y.year);
      for (const h of y.daysOff) this.off.set(h.date, h);
      for (const w of y.workingDays) this.worked.set(w.date, w);
    }
  }

  private ensure(year: number): void {
    if (this.years.has(year)) return;
    this.years.add(year);
    for (const h of statutoryDaysOff(year)) this.off.set(h.date, h);
  }

  /** The holiday (or compensatory day) on this date, if any. */
  holiday(date: string): Holiday | undefined {
    this.ensure(Number(date.slice(0, 4)));
    return this.off.get(date);
  }

  /** True when the date's year comes from an official announcement, false when it is the statutory estimate. */
  isOfficial(date: string): boolean {
    return this.official.some((y) => y.year === Number(date.slice(0, 4)));
  }

  isWorkingDay(date: string): boolean {
    this.ensure(Number(date.slice(0, 4)));
    if (this.worked.has(date)) return true;
    const wd = weekday(date);
    if (wd === 0 || wd === 6) return false;
    return !this.off.has(date);
  }

  nextWorkingDay(date: string): string {
    let d = date;
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }

  previousWorkingDay(date: string): string {
    let d = date;
    while (!this.isWorkingDay(d)) d = addDays(d, -1);
    return d;
  }

  /** Working days strictly after `from` up to and including `to` (0 when to ≤ from). */
  workingDaysBetween(from: string, to: string): number {
    let n = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkingDay(d)) n++;
    return n;
  }
}
