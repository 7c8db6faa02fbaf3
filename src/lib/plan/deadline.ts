/**
 * Reads the "Thời gian thực hiện" of a plan's task as written and says when it is due, if it says so.
 * Only stated deadlines count: "Thường xuyên" has none, so it can never be overdue.
 */
import type { PlanTask } from '../../schemas/plan.ts';

/** A task's deadline, as the plan's schema records it. */
export type Deadline = PlanTask['deadline'];
export type Cadence = NonNullable<Deadline['cadence']>[number];

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

function lastDayOfMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return d.toISOString().slice(0, 10);
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function iso(day: number, month: number, year: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const dmy = (s: string) => s.split('-').reverse().join('/');

/**
 * @param text the timeline as written in the plan
 * @param planYear the year the plan is for, used when the text says "hàng năm" without a year
 */
export function parseDeadline(text: string, planYear: number): Deadline {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/[.;]$/, '');
  const lower = t.toLocaleLowerCase('vi');
  if (!t) return { kind: 'unstated', label: 'không ghi thời hạn' };

  // "trước ngày 05/6/2023": the day before the stated day is the last one.
  const before = /trước ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(lower);
  if (before) {
    const by = dayBefore(iso(Number(before[1]), Number(before[2]), Number(before[3])));
    return { kind: 'by-date', by, label: `hạn cuối ${dmy(by)}` };
  }

  // "Quý II, III năm 2023": the end of the last quarter named.
  const quarters = /quý ((?:I{1,3}|IV)(?:\s*(?:,|và|-)\s*(?:I{1,3}|IV))*) năm (\d{4})/i.exec(t);
  if (quarters) {
    const names = quarters[1]!.split(/\s*(?:,|và|-)\s*/).map((q) => ROMAN[q.toUpperCase()] ?? 0);
    const last = Math.max(...names);
    const by = `${quarters[2]}-${QUARTER_END[last - 1]}`;
    return { kind: 'by-date', by, label: `hạn cuối ${dmy(by)}` };
  }

  // "Hoàn thành trước tháng 10 hàng năm": each year, by the end of the month before.
  const beforeMonth = /trước tháng (\d{1,2})( hàng năm| năm (\d{4}))?/.exec(lower);
  if (beforeMonth) {
    const month = Number(beforeMonth[1]);
    const year = beforeMonth[3] ? Number(beforeMonth[3]) : planYear;
    const by = month === 1 ? iso(31, 12, year - 1) : lastDayOfMonth(year, month - 1);
    return {
      kind: beforeMonth[2]?.includes('hàng năm') ? 'recurring' : 'by-date',
      by,
      ...(beforeMonth[2]?.includes('hàng năm') ? { cadence: ['yearly'] as Cadence[] } : {}),
      label: `hạn cuối năm ${year}: ${dmy(by)}`,
    };
  }

  // "Năm 2023-2025": by the end of the last year.
  const range = /năm (\d{4})\s*[-–]\s*(\d{4})/.exec(lower);
  if (range) {
    const by = `${range[2]}-12-31`;
    return { kind: 'by-date', by, label: `hạn cuối ${dmy(by)}` };
  }

  // Work that recurs: "Thường xuyên", "Quý, năm", "Năm 2023 và hàng năm", "Năm 2023; 6 tháng; năm".
  const cadence: Cadence[] = [];
  if (/thường xuyên/.test(lower)) cadence.push('ongoing');
  if (/định kỳ/.test(lower)) cadence.push('periodic');
  if (/(^|[\s;,])quý([\s;,]|$)/.test(lower)) cadence.push('quarterly');
  if (/6 tháng/.test(lower)) cadence.push('half-yearly');
  if (/hàng năm|các năm tiếp theo|(^|[;,]\s*)năm$|quý, năm|; năm/.test(lower)) cadence.push('yearly');

  const inYear = /(?:trong )?năm (\d{4})/.exec(lower);
  if (inYear) {
    const by = `${inYear[1]}-12-31`;
    if (cadence.length)
      return { kind: 'recurring', by, cadence, label: `năm ${inYear[1]} hạn cuối ${dmy(by)}, sau đó ${cadenceLabel(cadence)}` };
    return { kind: 'by-date', by, label: `hạn cuối ${dmy(by)}` };
  }
  if (/^sau khi /.test(lower)) return { kind: 'after-event', label: 'sau một sự kiện, không có ngày cố định' };
  if (cadence.length) return { kind: 'recurring', cadence, label: cadenceLabel(cadence) };
  return { kind: 'unstated', label: 'không có ngày cụ thể' };
}

function cadenceLabel(cadence: Cadence[]): string {
  const words: Record<Cadence, string> = {
    ongoing: 'thường xuyên',
    periodic: 'định kỳ',
    quarterly: 'hằng quý',
    'half-yearly': '6 tháng một lần',
    yearly: 'hằng năm',
  };
  return [...new Set(cadence)].map((c) => words[c]).join(', ');
}
