import { describe, expect, it } from 'vitest';
import { monthGrid, monthsAround } from '../../src/lib/reception/months.ts';

describe('month views', () => {
  it('covers the month before and two after', () => {
    expect(monthsAround('2026-12-05')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('lays out a month in weeks starting on Monday', () => {
    const grid = monthGrid('2026-12');
    // 1 December 2026 is a Tuesday.
    expect(grid[0]).toEqual([null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(grid.at(-1)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
  });
});
