import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/open-data.ts';

describe('CSV exports', () => {
  it('starts with a byte-order mark so Excel reads UTF-8 Vietnamese', () => {
    expect(toCsv([], [{ key: 'a', label: 'Tên' }]).startsWith('\uFEFFTên\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = toCsv(
      [{ name: 'Chi thường xuyên, "khác"', note: 'dòng 1\ndòng 2', n: 1200 }],
      [
        { key: 'name', label: 'Nội dung' },
        { key: 'note', label: 'Ghi chú' },
        { key: 'n', label: 'Số tiền' },
      ],
    );
    expect(csv).toBe('\uFEFFNội dung,Ghi chú,Số tiền\r\n"Chi thường xuyên, ""khác""","dòng 1\ndòng 2",1200\r\n');
  });

  it('joins lists of values and writes structures as JSON', () => {
    const csv = toCsv(
      [{ tags: ['a', 'b'], obj: { x: 1 } }],
      [
        { key: 'tags', label: 'T' },
        { key: 'obj', label: 'O' },
      ],
    );
    expect(csv.split('\r\n')[1]).toBe('a; b,"{""x"":1}"');
  });

  it.each([
    ['=', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+', '+84 chi khác', `"'+84 chi khác"`],
    ['-', '-Chi khác', `"'-Chi khác"`],
    ['@', '@SUM(A1)', `"'@SUM(A1)"`],
    ['a tab', '\tThu', `"'\tThu"`],
    ['a carriage return', '\rThu', `"'\rThu"`],
    ['a full-width =', '\uFF1D1+2', `"'\uFF1D1+2"`],
  ])('neutralises a text cell starting with %s: a quote before it, and the field quoted', (_, value, written) => {
    const csv = toCsv([{ name: value }], [{ key: 'name', label: 'Nội dung' }]);
    expect(csv.split('\r\n').slice(1, -1).join('\r\n')).toBe(written);
  });

  it('keeps numbers as numbers, negative ones too, and leaves ordinary text alone', () => {
    const csv = toCsv(
      [{ a: -5, b: 1200, c: 'Chi thường xuyên', d: 'a-b=c', e: true }],
      ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, label: key })),
    );
    expect(csv.split('\r\n')[1]).toBe('"-5",1200,Chi thường xuyên,a-b=c,true');
  });

  it('neutralises a label that would start a formula too', () => {
    expect(toCsv([], [{ key: 'a', label: '=Tên' }])).toBe(`\uFEFF"'=Tên"\r\n`);
  });
});
