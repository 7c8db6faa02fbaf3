/**
 * Public holidays in Viet Nam (Labour Code 2019, Article 112): 1 January; Tết Nguyên đán (5 days: the
 * last day of the lunar year and the first four of the new one); Giỗ Tổ Hùng Vương (10th day of the 3rd
 * lunar month); 30 April; 1 May; 2 September and one day next to it. A holiday falling on a weekly rest
 * day gives a day off on the next working day. Lunar dates come from lunar-javascript.
 *
 * Each year the government also announces the actual days off (bridging days, make-up working days):
 * those come from content (holidays collection) and take precedence over this statutory estimate.
 */
import lunar from 'lunar-javascript';
import { addDays, weekday } from './iso.ts';

const { Lunar } = lunar;

export interface Holiday {
  date: string;
  name: string;
}

function lunarToSolar(year: number, month: number, day: number): string {
  const s = Lunar.fromYmd(year, month, day).getSolar();
  return `${s.getYear()}-${String(s.getMonth()).padStart(2, '0')}-${String(s.getDay()).padStart(2, '0')}`;
}

/** Solar date of the first day of the lunar year that starts in `year`. */
export function tetDate(year: number): string {
  return lunarToSolar(year, 1, 1);
}

/** Solar date of Giỗ Tổ Hùng Vương (10/3 lunar) in `year`. */
export function hungKingsDate(year: number): string {
  return lunarToSolar(year, 3, 10);
}

/** The statutory holidays of a year (without compensatory days). */
export function statutoryHolidays(year: number): Holiday[] {
  const tet = tetDate(year);
  return [
    { date: `${year}-01-01`, name: 'Tết Dương lịch' },
    { date: addDays(tet, -1), name: 'Tết Nguyên đán' },
    ...[0, 1, 2, 3].map((i) => ({ date: addDays(tet, i), name: 'Tết Nguyên đán' })),
    { date: hungKingsDate(year), name: 'Giỗ Tổ Hùng Vương' },
    { date: `${year}-04-30`, name: 'Ngày Chiến thắng' },
    { date: `${year}-05-01`, name: 'Ngày Quốc tế lao động' },
    { date: `${year}-09-01`, name: 'Quốc khánh (ngày liền kề, dự kiến)' },
    { date: `${year}-09-02`, name: 'Quốc khánh' },
  ];
}

/** Statutory days off: holidays, plus a compensatory day for each holiday on a Saturday or Sunday. */
export function statutoryDaysOff(year: number): Holiday[] {
  const holidays = statutoryHolidays(year);
  const off = new Map(holidays.map((h) => [h.date, h]));
  const isRest = (d: string) => weekday(d) === 0 || weekday(d) === 6;
  for (const h of holidays) {
    if (!isRest(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isRest(d) || off.has(d)) d = addDays(d, 1);
    off.set(d, { date: d, name: `Nghỉ bù ${h.name}` });
  }
  return [...off.values()].sort((a, b) => a.date.localeCompare(b.date));
}
