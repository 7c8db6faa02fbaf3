import { describe, expect, it } from 'vitest';
import { columnLetter, readChoice, readDate, readInteger, readPhone, readReference, readTime } from '../../src/lib/import/cells.ts';
import { parseTable } from '../../src/lib/import/table.ts';

describe('reading spreadsheet cells', () => {
  it('reads dates as dd/mm/yyyy or real date cells, never as mm/dd', () => {
    expect(readDate('05/12/2026')).toEqual({ value: '2026-12-05' });
    expect(readDate('5/1/2027')).toEqual({ value: '2027-01-05' });
    expect(readDate(new Date(Date.UTC(2026, 11, 5)))).toEqual({ value: '2026-12-05' });
    expect(readDate('2026-12-05')).toMatchObject({ error: expect.stringContaining('dd/mm/yyyy') });
    expect(readDate('31/02/2026')).toMatchObject({ error: expect.stringContaining('không có thật') });
  });

  it('reads times written the usual ways and Excel times', () => {
    expect(readTime('7:30')).toEqual({ value: '07:30' });
    expect(readTime('14h')).toEqual({ value: '14:00' });
    expect(readTime(0.3125)).toEqual({ value: '07:30' });
    expect(readTime('25:00')).toMatchObject({ error: expect.stringContaining('HH:MM') });
  });

  it('reads whole numbers with Vietnamese thousands dots', () => {
    expect(readInteger('1.234.567')).toEqual({ value: 1234567 });
    expect(readInteger(42)).toEqual({ value: 42 });
    expect(readInteger('12,5')).toMatchObject({ error: expect.any(String) });
  });

  it('refuses a phone number the spreadsheet turned into a number', () => {
    expect(readPhone('0221 3000 301')).toEqual({ value: '0221 3000 301' });
    expect(readPhone(2213000301)).toMatchObject({ error: expect.stringContaining('mất số 0') });
  });

  it('accepts a choice by code or label, and a unit by code or name', () => {
    const kinds = readChoice({ 'du-toan': 'Dự toán', 'quyet-toan': 'Quyết toán' });
    expect(kinds('quyết toán')).toEqual({ value: 'quyet-toan' });
    expect(kinds('du-toan')).toEqual({ value: 'du-toan' });
    const units = readReference([{ id: 'ubnd-xa', name: 'Ủy ban nhân dân xã' }], 'đơn vị');
    expect(units('Ủy ban nhân dân xã')).toEqual({ value: 'ubnd-xa' });
    expect(units('ubnd-khac')).toMatchObject({ error: expect.stringContaining('không có đơn vị "ubnd-khac"') });
  });

  it('names columns with letters', () => {
    expect([0, 7, 25, 26, 27].map(columnLetter)).toEqual(['A', 'H', 'Z', 'AA', 'AB']);
  });
});

describe('reading a sheet as a table', () => {
  const columns = [
    { header: 'Ngày', key: 'date', required: true, read: readDate, note: '' },
    { header: 'Ghi chú', key: 'note', required: false, read: (c: unknown) => ({ value: String(c) }), note: '' },
  ];

  it('reports every bad cell with its row and column, skipping empty rows', () => {
    const { rows, problems } = parseTable(
      'Trang 1',
      [
        ['Ngày', 'Ghi chú'],
        ['01/01/2027', 'a'],
        [null, null],
        ['2027-01-02', 'b'],
        [null, 'c'],
      ],
      columns,
    );
    expect(rows.map((r) => r.row)).toEqual([2, 4, 5]);
    expect(problems.map((p) => `${p.row}${p.column} ${p.message}`)).toEqual([
      '4A ngày phải viết dạng dd/mm/yyyy, ví dụ 05/12/2026 (đang là "2027-01-02")',
      '5A bắt buộc nhưng đang trống',
    ]);
  });

  it('names a missing column and one that is not in the template', () => {
    const { problems } = parseTable(
      'Trang 1',
      [
        ['Ghi chú', 'Thừa'],
        ['a', 'b'],
      ],
      columns,
    );
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('cột "Thừa" không có trong mẫu'), 'thiếu cột "Ngày"']);
  });
});
