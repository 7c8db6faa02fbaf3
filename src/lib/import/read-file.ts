/**
 * Turns the bytes of a spreadsheet file into sheets of cells, or into one Vietnamese sentence saying what
 * is wrong with the file and how to save it again. Office staff send files that are empty, cut short by a
 * download, saved by a web page as "Excel" (really HTML), or in the old .xls format: none of these may end
 * in a stack trace.
 */
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import readExcelFile from 'read-excel-file/node';
import type { Cell } from './cells.ts';

export interface SheetData {
  sheet: string;
  data: Cell[][];
}

export type ReadSpreadsheet = { sheets: SheetData[] } | { error: string };

const resave =
  'Mở tệp bằng Excel (hoặc LibreOffice) rồi lưu lại dạng .xlsx (Sổ làm việc Excel), hoặc dạng CSV UTF-8 (phân tách bằng dấu phẩy), và nhập lại tệp mới.';

/** What the first bytes say the file really is. */
function sniff(bytes: Uint8Array): 'zip' | 'ole' | 'html' | 'other' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  const start = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|\?xml|table|head|body|meta)/.test(start)) return 'html';
  return 'other';
}

export async function readSpreadsheet(file: string, bytes: Uint8Array): Promise<ReadSpreadsheet> {
  const name = path.basename(file);
  const fail = (what: string, advice = resave): ReadSpreadsheet => ({ error: `${name}: ${what}. ${advice}` });
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv') {
    return fail(
      `chỉ nhập được tệp .xlsx hoặc .csv (tệp này có đuôi "${ext || 'không có đuôi'}")`,
      ext === '.xls' ? resave : 'Lưu bảng tính dạng .xlsx hoặc CSV UTF-8 rồi nhập lại.',
    );
  }
  if (bytes.length === 0) return fail('tệp rỗng (0 byte), không có dữ liệu; có thể tệp chưa được lưu xong hoặc chép bị lỗi');

  if (ext === '.xlsx') {
    const kind = sniff(bytes);
    if (kind === 'html')
      return fail(
        'không phải bảng tính Excel mà là một trang web (HTML) được đặt đuôi .xlsx, thường do tải về từ một phần mềm hay trang web',
      );
    if (kind === 'ole') return fail('là tệp Excel 97–2003 (.xls) được đổi đuôi thành .xlsx');
    if (kind !== 'zip') return fail('không phải tệp Excel .xlsx (nội dung không đúng định dạng)');
    try {
      const sheets = await readExcelFile(Buffer.from(bytes));
      return { sheets: sheets.map((s) => ({ sheet: s.sheet, data: s.data as Cell[][] })) };
    } catch {
      // The reader only says "couldn't unzip": a cut-short download or a damaged file.
      return fail('tệp .xlsx bị hỏng hoặc chưa tải về hết, không đọc được');
    }
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true })
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .normalize('NFC');
  } catch {
    return fail(
      'không phải văn bản UTF-8 (có thể được lưu bằng bảng mã Windows-1258 hoặc TCVN3), chữ có dấu sẽ bị sai',
      'Trong Excel chọn Lưu thành… → CSV UTF-8 (phân tách bằng dấu phẩy), hoặc lưu dạng .xlsx, rồi nhập lại.',
    );
  }
  if (sniff(bytes) === 'html') return fail('không phải bảng CSV mà là một trang web (HTML) được đặt đuôi .csv');
  // Excel set to Vietnamese saves CSV with semicolons.
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return { sheets: [{ sheet: name, data: parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) }] };
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return fail(`bảng CSV không đọc được${line ? ` ở dòng ${line}` : ''} (thường do dấu nháy kép " không đóng)`);
  }
}
