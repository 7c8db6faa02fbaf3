import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../src/lib/import/read-file.ts';

const template = readFileSync('docs/huong-dan-bien-tap/mau/lich-tiep.xlsx');
const error = async (file: string, bytes: Uint8Array) => {
  const read = await readSpreadsheet(file, bytes);
  return 'error' in read ? read.error : undefined;
};

describe('reading a spreadsheet file that office staff send', () => {
  it('reads the shipped .xlsx template and a CSV saved by Excel set to Vietnamese (semicolons, BOM)', async () => {
    const xlsx = await readSpreadsheet('lich.xlsx', template);
    expect('sheets' in xlsx && xlsx.sheets[0]!.data[0]![0]).toBe('Mã lịch');
    const csv = await readSpreadsheet('a.csv', Buffer.from('\uFEFFHọ tên;Chức danh\nNguyễn Văn X;Chủ tịch\n'));
    expect(csv).toEqual({
      sheets: [
        {
          sheet: 'a.csv',
          data: [
            ['Họ tên', 'Chức danh'],
            ['Nguyễn Văn X', 'Chủ tịch'],
          ],
        },
      ],
    });
  });

  it.each([
    ['rong.xlsx', Buffer.alloc(0), 'rong.xlsx: tệp rỗng (0 byte)'],
    [
      'web.xlsx',
      Buffer.from('<!DOCTYPE html><html><table></table></html>'),
      'web.xlsx: không phải bảng tính Excel mà là một trang web (HTML)',
    ],
    ['cu.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'cu.xlsx: là tệp Excel 97–2003 (.xls)'],
    ['cat.xlsx', template.subarray(0, 400), 'cat.xlsx: tệp .xlsx bị hỏng hoặc chưa tải về hết'],
    ['chu.xlsx', Buffer.from('Mã lịch,Tên lịch\n'), 'chu.xlsx: không phải tệp Excel .xlsx'],
    ['rong.csv', Buffer.alloc(0), 'rong.csv: tệp rỗng (0 byte)'],
    ['latin.csv', Buffer.from([0x48, 0xe4, 0x0a]), 'latin.csv: không phải văn bản UTF-8'],
    ['nhay.csv', Buffer.from('a,b\n"c,d\n'), 'nhay.csv: bảng CSV không đọc được'],
    ['bang.ods', template, 'bang.ods: chỉ nhập được tệp .xlsx hoặc .csv (tệp này có đuôi ".ods")'],
  ])('explains %s in Vietnamese and says how to save it again', async (file, bytes, message) => {
    const said = await error(file, bytes);
    expect(said).toContain(message);
    expect(said).toMatch(/lưu|Lưu/);
  });
});
