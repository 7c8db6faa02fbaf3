/**
 * `npm run import` on spreadsheets: the shipped templates import cleanly (xlsx and csv); bad files are
 * refused with every bad cell named by sheet, row and column in Vietnamese, and nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import writeExcelFile from 'write-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';

const templates = path.resolve('docs/huong-dan-bien-tap/mau');
const work = mkdtempSync(path.join(tmpdir(), 'portal-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function freshContent(name: string): string {
  const dir = path.join(work, name);
  cpSync('content', dir, { recursive: true });
  return dir;
}
const run = (content: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/import.ts', ...args], {
    env: { ...process.env, PORTAL_CONTENT_DIR: content, PORTAL_BUILD_DATE: '2026-11-29' },
    encoding: 'utf8',
    timeout: 60_000,
  });

/** A fingerprint of every file in a folder, to prove nothing changed. */
function fingerprint(dir: string): string {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(f));
  return hash.digest('hex');
}

async function xlsx(file: string, rows: (string | number)[][]) {
  await writeExcelFile(rows.map((r) => r.map((value) => ({ value })))).toFile(file);
  return file;
}

describe('npm run import with the shipped templates', () => {
  // The contacts template names a person already on file with another phone: that change needs --replace.
  it.each(['lich-tiep.xlsx', 'lich-tiep.csv', 'ngan-sach.xlsx', 'ngan-sach.csv', 'danh-ba.xlsx', 'danh-ba.csv'])(
    'imports %s into content that still passes the check',
    (template) => {
      const content = freshContent(`good-${template}`);
      const result = run(content, path.join(templates, template), ...(template.startsWith('danh-ba') ? ['--replace'] : []));
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/đã (tạo|cập nhật) content\//);
      expect(checkContent(content, '2026-11-29').problems).toEqual([]);
    },
  );

  it('turns the reception rows into one schedule with its sessions, dates and times', () => {
    const content = freshContent('reception');
    run(content, path.join(templates, 'lich-tiep.xlsx'));
    const schedule = parse(readFileSync(path.join(content, 'reception', 'lich-tiep-mau-ubnd-phuong-pho-hien.yaml'), 'utf8'));
    expect(schedule.sessions).toEqual([
      { date: '2027-01-07', topics: ['Đất đai', 'xây dựng'], announcedOn: '2026-12-24' },
      { date: '2027-01-14', start: '13:30', end: '16:30', topics: [], announcedOn: '2026-12-24' },
    ]);
    expect(schedule.official).toEqual({ name: 'Nguyễn Văn X', title: 'Chủ tịch Ủy ban nhân dân phường', phone: '0221 3000 301' });
  });

  it('nests budget lines under their level-1 line and keeps the totals', () => {
    const content = freshContent('budget');
    run(content, path.join(templates, 'ngan-sach.csv'));
    const text = readFileSync(path.join(content, 'budgets', 'thuc-hien-quy-4-2026-phuong-pho-hien-mau.md'), 'utf8');
    const data = parse(text.split('---')[1]!);
    expect(data.sections[0].total).toEqual({ amount: 1200, estimate: 4800 });
    expect(data.sections[0].lines[0].lines.map((l: { name: string }) => l.name)).toEqual([
      'Lệ phí trước bạ nhà, đất',
      'Thu khác ngân sách',
    ]);
    expect(data.area).toBe('pho-hien');
  });

  it('can show what it would write without writing (--dry-run)', () => {
    const content = freshContent('dry');
    const before = fingerprint(content);
    const result = run(content, path.join(templates, 'danh-ba.xlsx'), '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('sẽ cập nhật content/contacts/pho-hien.yaml');
    expect(fingerprint(content)).toBe(before);
  });
});

describe('npm run import refuses bad files and writes nothing', () => {
  it('names a wrong date format and a missing column, by sheet, row and column', async () => {
    const content = freshContent('bad-reception');
    const before = fingerprint(content);
    const header = ['Mã lịch', 'Tên lịch', 'Đơn vị tiếp', 'Người tiếp', 'Chức vụ', 'Địa điểm', 'Ngày', 'Giờ bắt đầu', 'Giờ kết thúc'];
    const row = (date: string) => [
      'lich-thu',
      'Lịch thử',
      'ubnd-phuong-pho-hien',
      'Nguyễn Văn X',
      'Chủ tịch',
      'Trụ sở',
      date,
      '07:30',
      '11:00',
    ];
    const file = await xlsx(path.join(work, 'lich-sai.xlsx'), [header, row('07/01/2027'), row('2027-01-14')]);
    const result = run(content, file, '--type', 'lich-tiep');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Không ghi tệp nào');
    expect(result.stderr).toContain('thiếu cột "Ngày thông báo"');
    expect(fingerprint(content)).toBe(before);

    // With the column back, the wrong date is named at its cell.
    const withColumn = await xlsx(path.join(work, 'lich-sai-ngay.xlsx'), [
      [...header, 'Ngày thông báo'],
      [...row('07/01/2027'), '24/12/2026'],
      [...row('2027-01-14'), '24/12/2026'],
    ]);
    const second = run(content, withColumn);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(
      /lich-sai-ngay\.xlsx: trang "Sheet1", dòng 3, cột G \(Ngày\): ngày phải viết dạng dd\/mm\/yyyy, ví dụ 05\/12\/2026 \(đang là "2027-01-14"\)/,
    );
    expect(fingerprint(content)).toBe(before);
  });

  it('reports every bad row at once: totals that do not add up, an unknown unit, a phone that lost its 0', async () => {
    const content = freshContent('bad-budget');
    const before = fingerprint(content);
    const csv = readFileSync(path.join(templates, 'ngan-sach.csv'), 'utf8')
      .replace('Tổng,,,1200,4800', 'Tổng,,,1250,4800')
      .replace(/,ubnd-phuong-pho-hien,12\/01\/2027/, ',ubnd-khong-co,12/01/2027');
    writeFileSync(path.join(work, 'ngan-sach-sai.csv'), csv);
    const result = run(content, path.join(work, 'ngan-sach-sai.csv'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('không có đơn vị "ubnd-khong-co"');
    expect(result.stderr).toMatch(/dòng 2, cột H \(Đơn vị ban hành\)/);
    expect(result.stderr).toMatch(
      /dòng 2, cột P \(Số tiền\): tổng số tiền các dòng của phần "Tổng thu ngân sách phường" là 1.200, khác số ghi 1.250/,
    );
    expect(fingerprint(content)).toBe(before);

    const phones = await xlsx(path.join(work, 'danh-ba-so.xlsx'), [
      ['Địa bàn', 'Họ tên', 'Chức danh', 'Nhóm', 'Điện thoại cơ quan'],
      ['Phố Hiến', 'Nguyễn Văn X', 'Chủ tịch', 'Lãnh đạo', 2213000301],
      ['Phố Hiến', 'Trần Thị Y', 'Công chức', 'Nhóm không có', '0221 3000 302'],
    ]);
    const second = run(content, phones);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/dòng 2, cột E \(Điện thoại cơ quan\): số điện thoại đã bị bảng tính đổi thành số và mất số 0 ở đầu/);
    expect(second.stderr).toMatch(/dòng 3, cột D \(Nhóm\): phải là một trong: Lãnh đạo;/);
    expect(fingerprint(content)).toBe(before);
  });

  it('says which templates exist when the header row matches none', async () => {
    const file = await xlsx(path.join(work, 'la.xlsx'), [
      ['Cột lạ', 'Khác'],
      ['a', 'b'],
    ]);
    const result = run(freshContent('unknown'), file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('dòng tiêu đề không khớp mẫu nào');
    expect(result.stderr).toContain('Lịch tiếp công dân (cột: Mã lịch');
  });
});

/** The reception columns, in the template's order, with the optional "Thao tác" column last. */
const receptionHeader = [
  'Mã lịch',
  'Tên lịch',
  'Đơn vị tiếp',
  'Người tiếp',
  'Chức vụ',
  'Điện thoại cơ quan',
  'Địa điểm',
  'Ngày',
  'Giờ bắt đầu',
  'Giờ kết thúc',
  'Nội dung',
  'Ngày thông báo',
];
/** A row for the existing schedule of the chairman of Hồng Châu (weekly on Wednesdays, one one-off session on 04/12/2026). */
const hongChau = (cells: { date: string; start: string; end: string; place: string; announced: string; topics?: string }) => [
  'chu-tich-ubnd-phuong-hong-chau',
  'Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân phường Hồng Châu',
  'ubnd-phuong-hong-chau',
  'Lê Văn X',
  'Chủ tịch Ủy ban nhân dân phường',
  '0000 000 401',
  cells.place,
  cells.date,
  cells.start,
  cells.end,
  cells.topics ?? '',
  cells.announced,
];
const hongChauFile = (content: string) => path.join(content, 'reception', 'chu-tich-ubnd-phuong-hong-chau.yaml');

describe('re-importing merges into what is there and never loses data', () => {
  it('adds a new one-off session and keeps the existing one, the weekly rule, its time and place byte for byte', async () => {
    const content = freshContent('reception-add');
    const before = readFileSync(hongChauFile(content), 'utf8');
    const file = await xlsx(path.join(work, 'lich-them.xlsx'), [
      receptionHeader,
      hongChau({
        date: '18/12/2026',
        start: '08:00',
        end: '10:00',
        place: 'Nhà văn hóa tổ dân phố số 5',
        announced: '28/11/2026',
        topics: 'Đất đai',
      }),
    ]);
    const result = run(content, file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const after = readFileSync(hongChauFile(content), 'utf8');
    // Everything that was there is still there, in the same bytes; the new session is inserted after the old one.
    const oldSessionEnd = before.indexOf('publishedOn:');
    expect(after.slice(0, oldSessionEnd)).toBe(before.slice(0, oldSessionEnd));
    expect(after.slice(after.indexOf('publishedOn:'))).toBe(before.slice(oldSessionEnd));
    const data = parse(after);
    expect(data.sessions).toEqual([
      parse(before).sessions[0],
      {
        date: '2026-12-18',
        start: '08:00',
        end: '10:00',
        place: 'Nhà văn hóa tổ dân phố số 5',
        topics: ['Đất đai'],
        announcedOn: '2026-11-28',
      },
    ]);
    expect(result.stdout).toContain('đã cập nhật content/reception/chu-tich-ubnd-phuong-hong-chau.yaml');
    expect(result.stdout).toMatch(/thêm\s+Buổi tiếp 18\/12\/2026 08:00/);
    expect(result.stdout).not.toMatch(/\b(sửa|xóa)\b/);
    expect(checkContent(content, '2026-11-29').problems).toEqual([]);
  });

  it('lists a change to an existing session and writes it only with --replace', async () => {
    const content = freshContent('reception-change');
    const before = fingerprint(content);
    const original = readFileSync(hongChauFile(content), 'utf8');
    const file = await xlsx(path.join(work, 'lich-doi.xlsx'), [
      receptionHeader,
      hongChau({ date: '04/12/2026', start: '14:00', end: '16:30', place: 'Hội trường tổ dân phố số 2', announced: '01/12/2026' }),
    ]);
    const refused = run(content, file);
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain(
      'sửa  Buổi tiếp 04/12/2026 14:00 › Địa điểm: "Nhà văn hóa tổ dân phố số 2 (địa điểm mẫu)" → "Hội trường tổ dân phố số 2"',
    );
    expect(refused.stderr).toContain('--replace');
    expect(fingerprint(content)).toBe(before);

    const replaced = run(content, file, '--replace');
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toContain('Địa điểm: "Nhà văn hóa tổ dân phố số 2 (địa điểm mẫu)" → "Hội trường tổ dân phố số 2"');
    expect(readFileSync(hongChauFile(content), 'utf8')).toBe(
      original.replace('place: Nhà văn hóa tổ dân phố số 2 (địa điểm mẫu)', 'place: Hội trường tổ dân phố số 2'),
    );
  });

  it('changes the weekly schedule only on a row marked "Định kỳ", and removes a session only on a row marked "Xóa"', async () => {
    const content = freshContent('reception-weekly');
    const original = parse(readFileSync(hongChauFile(content), 'utf8'));
    const file = await xlsx(path.join(work, 'lich-dinh-ky.xlsx'), [
      [...receptionHeader, 'Thao tác'],
      [...hongChau({ date: '', start: '08:00', end: '11:00', place: 'Phòng tiếp công dân mới', announced: '' }), 'Định kỳ'],
      [...hongChau({ date: '04/12/2026', start: '14:00', end: '', place: '', announced: '' }), 'Xóa'],
    ]);
    const dry = run(content, file, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('sửa  Giờ bắt đầu: "07:30" → "08:00"');
    expect(dry.stdout).toContain('xóa  Buổi tiếp 04/12/2026 14:00');
    expect(dry.stdout).toContain('--replace');
    expect(parse(readFileSync(hongChauFile(content), 'utf8'))).toEqual(original);

    expect(run(content, file).status).not.toBe(0);
    const written = run(content, file, '--replace');
    expect(written.status).toBe(0);
    const data = parse(readFileSync(hongChauFile(content), 'utf8'));
    expect(data).toEqual({ ...original, start: '08:00', end: '11:00', place: 'Phòng tiếp công dân mới', sessions: [] });
    expect(data.recurrence).toEqual(original.recurrence);
  });

  it('upserts contacts by person: the template adds two people to the 11 and changes one phone only with --replace', () => {
    const content = freshContent('contacts');
    const contactsFile = path.join(content, 'contacts', 'pho-hien.yaml');
    const before = readFileSync(contactsFile, 'utf8');
    const refused = run(content, path.join(templates, 'danh-ba.csv'));
    expect(refused.status).not.toBe(0);
    const said = refused.stdout + refused.stderr;
    expect(said).toContain(
      'sửa  Nguyễn Văn X (Chủ tịch Ủy ban nhân dân phường Phố Hiến) › Điện thoại cơ quan: "0000 000 201" → "0221 3000 301"',
    );
    expect(said).toMatch(/thêm\s+Trần Thị Y \(Tổ trưởng\)/);
    expect(said).toMatch(/thêm\s+Lê Văn Z \(Đại biểu/);
    expect(readFileSync(contactsFile, 'utf8')).toBe(before);

    const written = run(content, path.join(templates, 'danh-ba.csv'), '--replace');
    expect(written.status).toBe(0);
    const people = parse(readFileSync(contactsFile, 'utf8')).people as { name: string; workPhone?: string }[];
    expect(people).toHaveLength(13);
    expect(people.slice(0, 11).map((p) => p.name)).toEqual((parse(before).people as { name: string }[]).map((p) => p.name));
    expect(people[0]!.workPhone).toBe('0221 3000 301');
    // The ten people the sheet did not name keep their lines as they were.
    for (const line of before.split('\n').filter((l) => l.startsWith('  - {') && !l.includes('Nguyễn Văn X')))
      expect(readFileSync(contactsFile, 'utf8')).toContain(line);
  });

  it('re-imports the same budget table as "no change", and replaces a changed one only with --replace', () => {
    const content = freshContent('budget-again');
    const csv = path.join(templates, 'ngan-sach.csv');
    const budgetFile = path.join(content, 'budgets', 'thuc-hien-quy-4-2026-phuong-pho-hien-mau.md');
    expect(run(content, csv).status).toBe(0);
    const first = readFileSync(budgetFile, 'utf8');
    const again = run(content, csv);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('không thay đổi');
    expect(readFileSync(budgetFile, 'utf8')).toBe(first);

    writeFileSync(path.join(work, 'ngan-sach-doi.csv'), readFileSync(csv, 'utf8').replaceAll('(số liệu mẫu).', '(số liệu mẫu, đã sửa).'));
    const refused = run(content, path.join(work, 'ngan-sach-doi.csv'));
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('sửa  Tóm tắt:');
    expect(readFileSync(budgetFile, 'utf8')).toBe(first);
    expect(run(content, path.join(work, 'ngan-sach-doi.csv'), '--replace').status).toBe(0);
    expect(readFileSync(budgetFile, 'utf8')).toContain('(số liệu mẫu, đã sửa).');
  });
});

describe('npm run import reads amounts in one explicit convention', () => {
  it('refuses "1200.0" even when every amount is so written and the totals still match', () => {
    const content = freshContent('decimal-amounts');
    const before = fingerprint(content);
    const csv = readFileSync(path.join(templates, 'ngan-sach.csv'), 'utf8').replace(/,(\d+),(\d+)$/gm, ',$1.0,$2.0');
    expect(csv).toContain(',1200.0,4800.0');
    writeFileSync(path.join(work, 'ngan-sach-thap-phan.csv'), csv);
    const result = run(content, path.join(work, 'ngan-sach-thap-phan.csv'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/ngan-sach-thap-phan\.csv: trang "ngan-sach-thap-phan\.csv", dòng 2, cột P \(Số tiền\): .*"1200\.0"/);
    expect(result.stderr).toMatch(/dòng 2, cột Q \(Dự toán\)/);
    expect(fingerprint(content)).toBe(before);
  });
});

describe('npm run import explains a file it cannot read, in Vietnamese, and writes nothing', () => {
  const template = readFileSync(path.join(templates, 'lich-tiep.xlsx'));
  // The file is read before the content, so one copy of the content serves every case.
  const content = freshContent('broken-files');
  it.each([
    ['rong.xlsx', Buffer.alloc(0), /rong\.xlsx: tệp rỗng \(0 byte\)/],
    [
      'trang-web.xlsx',
      Buffer.from('<html><body><table><tr><td>Mã lịch</td></tr></table></body></html>'),
      /trang-web\.xlsx: .*trang web \(HTML\)/,
    ],
    ['cat-do.xlsx', template.subarray(0, 300), /cat-do\.xlsx: .*bị hỏng hoặc chưa tải về hết/],
    ['rong.csv', Buffer.alloc(0), /rong\.csv: tệp rỗng \(0 byte\)/],
    ['bang.ods', template, /bang\.ods: chỉ nhập được tệp \.xlsx hoặc \.csv/],
  ])('%s', (name, bytes, message) => {
    const before = fingerprint(content);
    writeFileSync(path.join(work, name), bytes);
    const result = run(content, path.join(work, name));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\bat .*\.(js|ts):\d+|Error:/);
    if (!name.endsWith('.ods')) expect(result.stderr).toMatch(/lưu lại dạng \.xlsx .*CSV UTF-8/);
    expect(fingerprint(content)).toBe(before);
  });
});
