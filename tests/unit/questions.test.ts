import { describe, expect, it } from 'vitest';
import { percentile, responseStats } from '../../src/lib/questions.ts';
import { WorkingCalendar } from '../../src/lib/calendar/working-days.ts';

const calendar = new WorkingCalendar([
  { year: 2025, daysOff: ['2025-09-01', '2025-09-02'].map((date) => ({ date, name: 'Quốc khánh' })), workingDays: [] },
]);

describe('response times', () => {
  it('uses nearest-rank percentiles', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([3, 7], 50)).toBe(3);
    expect(percentile([], 50)).toBeUndefined();
  });

  it('counts working days, skipping holidays, and the share within the limit', () => {
    const stats = responseStats(
      [
        // Fri 29/08 → Wed 03/09: Mon 01 and Tue 02 are Quốc khánh, so 1 working day.
        { unit: 'a', askedOn: '2025-08-29', answeredOn: '2025-09-03', limitWorkingDays: 1 },
        { unit: 'a', askedOn: '2025-09-03', answeredOn: '2025-09-24', limitWorkingDays: 10 },
        { unit: 'a', askedOn: '2025-09-10', limitWorkingDays: 10 },
        { unit: 'b', askedOn: '2025-11-20', limitWorkingDays: 10 },
      ],
      calendar,
      '2025-11-25',
    );
    expect(stats[0]).toEqual({ unit: 'a', asked: 3, answered: 2, median: 1, p90: 15, withinLimit: 1 / 3, overdueOpen: 1 });
    expect(stats[1]).toEqual({
      unit: 'b',
      asked: 1,
      answered: 0,
      median: undefined,
      p90: undefined,
      withinLimit: undefined,
      overdueOpen: 0,
    });
  });
});
