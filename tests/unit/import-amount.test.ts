import { describe, expect, it } from 'vitest';
import { readAmount } from '../../src/lib/import/cells.ts';
import { parseTable } from '../../src/lib/import/table.ts';

describe('reading money amounts the way Vietnamese spreadsheets write them', () => {
  it.each([
    ['1200000', 1_200_000],
    ['1.200.000', 1_200_000],
    ['1,200,000', 1_200_000],
    ['1 200 000', 1_200_000],
    ['1\u00a0200\u00a0000', 1_200_000],
    ['0', 0],
    [' 4800 ', 4800],
  ])('accepts "%s" as %d', (cell, value) => {
    expect(readAmount(cell)).toEqual({ value });
  });

  it('accepts whole-number cells from an .xlsx file', () => {
    expect(readAmount(1_200_000)).toEqual({ value: 1_200_000 });
    expect(readAmount(0)).toEqual({ value: 0 });
  });

  it.each([
    ['1200.0', 'có phần thập phân'],
    ['12.00', 'có phần thập phân'],
    ['1.200,50', 'trộn nhiều loại dấu phân cách'],
    ['1,200.50', 'trộn nhiều loại dấu phân cách'],
    ['1,2', 'có phần thập phân'],
    ['1,200', 'mơ hồ'],
    ['1.200', 'mơ hồ'],
    ['12.000', 'mơ hồ'],
    ['1.20.000', 'nhóm chữ số không đủ 3 chữ số'],
    ['1200.000', 'nhóm chữ số không đủ 3 chữ số'],
    ['1 20 000', 'đủ 3 chữ số'],
    ['-500', 'số âm'],
    ['−500', 'số âm'],
    ['1.200.000 đồng', 'chỉ được gồm chữ số'],
    ['khoảng 1 tỷ', 'chỉ được gồm chữ số'],
    ['.', 'chỉ được gồm chữ số'],
  ])('refuses "%s" (%s)', (cell, why) => {
    const read = readAmount(cell);
    expect(read).toEqual({ error: expect.stringContaining(why) });
    expect(read).toEqual({ error: expect.stringContaining(`(đang là "${cell.trim()}")`) });
  });

  it('refuses number cells that are not whole, are negative or are not numbers', () => {
    expect(readAmount(1200.5)).toEqual({ error: expect.stringContaining('có phần thập phân') });
    expect(readAmount(-1)).toEqual({ error: expect.stringContaining('số âm') });
    expect(readAmount(Number.NaN)).toEqual({ error: expect.stringContaining('không phải số') });
    expect(readAmount(true)).toEqual({ error: expect.stringContaining('không phải số') });
  });

  it('names the refused cell by sheet, row, column letter and header', () => {
    const columns = [
      { header: 'Nội dung', key: 'name', required: true, read: (c: unknown) => ({ value: String(c) }), note: '' },
      { header: 'Số tiền', key: 'amount', required: true, read: readAmount, note: '' },
    ];
    const { problems } = parseTable(
      'Bảng 1',
      [
        ['Nội dung', 'Số tiền'],
        ['Thu', '1.200.000'],
        ['Chi', '1200.0'],
      ],
      columns,
    );
    expect(problems).toEqual([{ sheet: 'Bảng 1', row: 3, column: 'B', header: 'Số tiền', message: expect.stringContaining('"1200.0"') }]);
  });
});
