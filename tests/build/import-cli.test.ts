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
  spawnSync(process.execPath, ['scripts/import.ts', ...args], { env: { ...process.env, PORTAL_CONTENT_DIR: content, PORTAL_BUILD_DATE: '2026-11-29' }, encoding: 'utf8', timeout: 60_000 });

/** A fingerprint of every file in a folder, to prove nothing changed. */
function fingerprint(dir: string): string {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(f));
  return hash.digest('hex');
}

async function xlsx(file: string, rows: (string | number)[][]) {
  await writeExcelFile(rows.map((r) => r.map((value) => ({ value })))).toFile(file);
  return file;
}

describe('npm run import with the shipped templates', () => {
  it.each(['lich-tiep.xlsx', 'lich-tiep.csv', 'ngan-sach.xlsx', 'ngan-sach.csv', 'danh-ba.xlsx', 'danh-ba.csv'])('imports %s into content that still passes the check', (template) => {
    const content = freshContent(`good-${template}`);
    const result = run(content, path.join(templates, template));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/đã (tạo|cập nhật) content\//);
    expect(checkContent(content, '2026-11-29').problems).toEqual([]);
  });

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
    expect(data.sections[0].lines[0].lines.map((l: { name: string }) => l.name)).toEqual(['Lệ phí trước bạ nhà, đất', 'Thu khác ngân sách']);
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
    const row = (date: string) => ['lich-thu', 'Lịch thử', 'ubnd-phuong-pho-hien', 'Nguyễn Văn X', 'Chủ tịch', 'Trụ sở', date, '07:30', '11:00'];
    const file = await xlsx(path.join(work, 'lich-sai.xlsx'), [header, row('07/01/2027'), row('2027-01-14')]);
    const result = run(content, file, '--type', 'lich-tiep');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Không ghi tệp nào');
    expect(result.stderr).toContain('thiếu cột "Ngày thông báo"');
    expect(fingerprint(content)).toBe(before);

    // With the column back, the wrong date is named at its cell.
    const withColumn = await xlsx(path.join(work, 'lich-sai-ngay.xlsx'), [[...header, 'Ngày thông báo'], [...row('07/01/2027'), '24/12/2026'], [...row('2027-01-14'), '24/12/2026']]);
    const second = run(content, withColumn);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/lich-sai-ngay\.xlsx: trang "Sheet1", dòng 3, cột G \(Ngày\): ngày phải viết dạng dd\/mm\/yyyy, ví dụ 05\/12\/2026 \(đang là "2027-01-14"\)/);
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
    expect(result.stderr).toMatch(/dòng 2, cột P \(Số tiền\): tổng số tiền các dòng của phần "Tổng thu ngân sách phường" là 1.200, khác số ghi 1.250/);
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
    const file = await xlsx(path.join(work, 'la.xlsx'), [['Cột lạ', 'Khác'], ['a', 'b']]);
    const result = run(freshContent('unknown'), file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('dòng tiêu đề không khớp mẫu nào');
    expect(result.stderr).toContain('Lịch tiếp công dân (cột: Mã lịch');
  });
});
