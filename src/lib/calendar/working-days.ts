/**
 * Working days of public offices: Monday to Friday, minus the year's days off, plus the make-up working
 * days the government announces. Years announced in content use their official days; other years use the
 * statutory estimate (lib/calendar/holidays.ts).
 */
import { statutoryDaysOff, type Holiday } from './holidays.ts';
import { addDays, daysBetween, weekday } from './iso.ts';

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

  /**
   * Working days strictly after `from` up to and including `to` (0 when to ≤ from). Counted, not walked:
   * weekdays in the range, less the days off that fall on weekdays, plus the weekend days worked.
   */
  workingDaysBetween(from: string, to: string): number {
    if (to <= from) return 0;
    const start = addDays(from, 1);
    for (let y = Number(start.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) this.ensure(y);
    const days = daysBetween(from, to);
    const first = weekday(start);
    let n = Math.floor(days / 7) * 5;
    for (let i = 0; i < days % 7; i++) {
      const wd = (first + i) % 7;
      if (wd !== 0 && wd !== 6) n++;
    }
    const weekend = (d: string) => [0, 6].includes(weekday(d));
    for (const d of this.off.keys()) if (d >= start && d <= to && !weekend(d) && !this.worked.has(d)) n--;
    for (const d of this.worked.keys()) if (d >= start && d <= to && weekend(d)) n++;
    return n;
  }
}
