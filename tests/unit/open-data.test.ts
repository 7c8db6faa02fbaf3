import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/open-data.ts';

describe('CSV exports', () => {
  it('starts with a byte-order mark so Excel reads UTF-8 Vietnamese', () => {
    expect(toCsv([], [{ key: 'a', label: 'Tên' }]).startsWith('\uFEFFTên\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = toCsv([{ name: 'Chi thường xuyên, "khác"', note: 'dòng 1\ndòng 2', n: 1200 }], [
      { key: 'name', label: 'Nội dung' },
      { key: 'note', label: 'Ghi chú' },
      { key: 'n', label: 'Số tiền' },
    ]);
    expect(csv).toBe('\uFEFFNội dung,Ghi chú,Số tiền\r\n"Chi thường xuyên, ""khác""","dòng 1\ndòng 2",1200\r\n');
  });

  it('joins lists of values and writes structures as JSON', () => {
    const csv = toCsv([{ tags: ['a', 'b'], obj: { x: 1 } }], [
      { key: 'tags', label: 'T' },
      { key: 'obj', label: 'O' },
    ]);
    expect(csv.split('\r\n')[1]).toBe('a; b,"{""x"":1}"');
  });
});
