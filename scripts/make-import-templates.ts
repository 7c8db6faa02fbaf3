/**
 * npm run templates — writes the spreadsheet templates for `npm run import` into
 * docs/huong-dan-bien-tap/mau/: for each kind an .xlsx (a data sheet with example rows and a guide sheet)
 * and a .csv with the same columns. The examples are sample data; the test suite imports them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import { stringify } from 'csv-stringify/sync';
import { importKinds, type ImportContext } from '../src/lib/import/kinds.ts';
import { vi } from '../src/i18n/vi.ts';

const outDir = path.resolve('docs/huong-dan-bien-tap/mau');

/** Column order follows the kind's columns; examples are keyed by header. */
const examples: Record<string, Record<string, string>[]> = {
  'lich-tiep': [
    {
      'Mã lịch': 'lich-tiep-mau-ubnd-phuong-pho-hien',
      'Tên lịch': 'Lịch tiếp công dân đột xuất của Chủ tịch UBND phường Phố Hiến (mẫu)',
      'Đơn vị tiếp': 'ubnd-phuong-pho-hien',
      'Người tiếp': 'Nguyễn Văn X',
      'Chức vụ': 'Chủ tịch Ủy ban nhân dân phường',
      'Điện thoại cơ quan': '0221 3000 301',
      'Địa điểm': 'Phòng tiếp công dân, trụ sở Ủy ban nhân dân phường Phố Hiến',
      Ngày: '07/01/2027',
      'Giờ bắt đầu': '07:30',
      'Giờ kết thúc': '11:00',
      'Nội dung': 'Đất đai; xây dựng',
      'Ngày thông báo': '24/12/2026',
    },
    {
      'Mã lịch': 'lich-tiep-mau-ubnd-phuong-pho-hien',
      'Tên lịch': 'Lịch tiếp công dân đột xuất của Chủ tịch UBND phường Phố Hiến (mẫu)',
      'Đơn vị tiếp': 'ubnd-phuong-pho-hien',
      'Người tiếp': 'Nguyễn Văn X',
      'Chức vụ': 'Chủ tịch Ủy ban nhân dân phường',
      'Điện thoại cơ quan': '0221 3000 301',
      'Địa điểm': 'Phòng tiếp công dân, trụ sở Ủy ban nhân dân phường Phố Hiến',
      Ngày: '14/01/2027',
      'Giờ bắt đầu': '13:30',
      'Giờ kết thúc': '16:30',
      'Nội dung': '',
      'Ngày thông báo': '24/12/2026',
    },
  ],
  'ngan-sach': [
    ['Tổng thu ngân sách phường', 'Tổng', '', '', '1200', '4800'],
    ['Tổng thu ngân sách phường', '1', '', 'Thu ngân sách phường được hưởng theo phân cấp', '500', '2000'],
    ['Tổng thu ngân sách phường', '2', '', 'Lệ phí trước bạ nhà, đất', '300', '1100'],
    ['Tổng thu ngân sách phường', '2', '', 'Thu khác ngân sách', '200', '900'],
    ['Tổng thu ngân sách phường', '1', '', 'Thu bổ sung từ ngân sách cấp trên', '700', '2800'],
    ['Tổng chi ngân sách phường', 'Tổng', '', '', '1000', '4800'],
    ['Tổng chi ngân sách phường', '1', '', 'Chi đầu tư phát triển', '150', '900'],
    ['Tổng chi ngân sách phường', '1', '', 'Chi thường xuyên', '850', '3700'],
    ['Tổng chi ngân sách phường', '1', '', 'Dự phòng ngân sách', '0', '200'],
  ].map(([section, level, code, name, amount, estimate]) => ({
    'Mã bản ghi': 'thuc-hien-quy-4-2026-phuong-pho-hien-mau',
    'Tiêu đề': 'Công khai tình hình thực hiện dự toán ngân sách phường Phố Hiến quý IV năm 2026 (mẫu)',
    'Tóm tắt': 'Số thu, chi ngân sách phường đã thực hiện đến hết quý IV năm 2026, so với dự toán cả năm (số liệu mẫu).',
    Loại: 'Thực hiện dự toán quý',
    'Năm ngân sách': '2026',
    Quý: '4',
    'Địa bàn': 'Phố Hiến',
    'Đơn vị ban hành': 'ubnd-phuong-pho-hien',
    'Ngày ban hành': '12/01/2027',
    'Ngày đăng': '14/01/2027',
    'Đơn vị tính': 'triệu đồng',
    Phần: section!,
    Cấp: level!,
    Mã: code!,
    'Nội dung': name!,
    'Số tiền': amount!,
    'Dự toán': estimate!,
  })),
  'danh-ba': [
    {
      'Địa bàn': 'Phố Hiến',
      'Họ tên': 'Nguyễn Văn X',
      'Chức danh': 'Chủ tịch Ủy ban nhân dân phường Phố Hiến',
      'Thôn, tổ dân phố': '',
      Nhóm: 'Lãnh đạo',
      'Điện thoại cơ quan': '0221 3000 301',
    },
    {
      'Địa bàn': 'Phố Hiến',
      'Họ tên': 'Trần Thị Y',
      'Chức danh': 'Tổ trưởng',
      'Thôn, tổ dân phố': 'Tổ dân phố số 1',
      Nhóm: 'Trưởng thôn, tổ trưởng tổ dân phố',
      'Điện thoại cơ quan': '',
    },
    {
      'Địa bàn': 'Phố Hiến',
      'Họ tên': 'Lê Văn Z',
      'Chức danh': 'Đại biểu Hội đồng nhân dân phường Phố Hiến',
      'Thôn, tổ dân phố': 'Tổ dân phố số 1 và số 2',
      Nhóm: 'Đại biểu Hội đồng nhân dân',
      'Điện thoại cơ quan': '',
    },
  ],
};

// Columns only: references are not resolved here, so the context needs no content.
const ctx: ImportContext = { today: '2026-11-29', units: [], areas: [], contactGroups: vi.contacts.groups, existing: () => undefined };
const bold = (value: string) => ({ value, type: String, fontWeight: 'bold' as const });

for (const kind of importKinds) {
  const columns = kind.columns(ctx);
  const rows = examples[kind.id]!.map((e) => columns.map((c) => e[c.header] ?? ''));
  const data = [columns.map((c) => bold(c.header)), ...rows.map((r) => r.map((value) => ({ value, type: String })))];
  const guide = [
    [bold('Cột'), bold('Bắt buộc'), bold('Cách ghi')],
    ...columns.map((c) => [
      { value: c.header, type: String },
      { value: c.required ? 'Có' : 'Không', type: String },
      { value: c.note, type: String },
    ]),
    [],
    [
      {
        value:
          'Các dòng ở trang đầu là ví dụ (dữ liệu mẫu): thay bằng số liệu thật. Ghi ngày dạng dd/mm/yyyy, giờ dạng HH:MM. Cột điện thoại để định dạng Văn bản để giữ số 0 ở đầu.',
        type: String,
      },
    ],
    [
      {
        value:
          'Nhập lại chỉ thêm hoặc sửa những gì bảng tính ghi; mọi thứ khác trong tệp đã có được giữ nguyên. Sửa hoặc xóa dữ liệu đã có chỉ được ghi khi chạy với --replace, sau khi xem danh sách thay đổi.',
        type: String,
      },
    ],
  ];
  await writeExcelFile([
    { data, sheet: kind.label.slice(0, 31), columns: columns.map((c) => ({ width: Math.max(12, Math.min(48, c.header.length + 6)) })) },
    { data: guide, sheet: 'Hướng dẫn', columns: [{ width: 22 }, { width: 10 }, { width: 100 }] },
  ]).toFile(path.join(outDir, `${kind.id}.xlsx`));
  writeFileSync(path.join(outDir, `${kind.id}.csv`), '\uFEFF' + stringify([columns.map((c) => c.header), ...rows]));
  console.log(`Đã viết mẫu ${kind.id}.xlsx và ${kind.id}.csv (${rows.length} dòng ví dụ).`);
}
