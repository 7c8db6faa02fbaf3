/**
 * Every CSV the site writes opens in a spreadsheet as data: no cell starts a formula (OWASP CSV injection)
 * unless neutralised with a leading quote. Planted formula cells: tests/build/personal-data-window.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir } from '../support/dist.ts';
import { formulaCells, writtenCsvFiles } from '../support/csv.ts';

describe('CSV files', () => {
  it('have no cell a spreadsheet would run as a formula', () => {
    assertBuilt();
    const files = writtenCsvFiles(distDir);
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap(formulaCells)).toEqual([]);
  });
});
