/**
 * npm run import -- <tệp.xlsx|tệp.csv> [--type lich-tiep|ngan-sach|danh-ba] [--dry-run]
 * Imports reception sessions, a budget table or contacts from a spreadsheet filled in from the templates in
 * docs/huong-dan-bien-tap/mau/. Every bad cell is reported with its sheet, row and column; nothing is
 * written unless every row is valid and the content still passes the full check afterwards.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import readExcelFile from 'read-excel-file/node';
import { checkContent, formatReport } from '../src/lib/content/check.ts';
import { runImport, type SheetData } from '../src/lib/import/run.ts';
import { formatImportProblem } from '../src/lib/import/table.ts';
import type { Cell } from '../src/lib/import/cells.ts';
import { areaKinds } from '../src/schemas/area.ts';
import { buildDate } from '../src/lib/dates.ts';
import { vi } from '../src/i18n/vi.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const input = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--type');
const dryRun = args.includes('--dry-run');
if (!input || !existsSync(input)) {
  console.error(`${input ? `Không tìm thấy tệp "${input}".` : 'Cần cho biết tệp cần nhập.'}\nDùng: npm run import -- <tệp.xlsx|tệp.csv> [--type lich-tiep|ngan-sach|danh-ba] [--dry-run]`);
  process.exit(2);
}

async function readSheets(file: string): Promise<SheetData[]> {
  if (/\.xlsx$/i.test(file)) return (await readExcelFile(file)).map((s) => ({ sheet: s.sheet, data: s.data as Cell[][] }));
  if (/\.csv$/i.test(file)) {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    // Excel set to Vietnamese saves CSV with semicolons.
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    return [{ sheet: path.basename(file), data: parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as Cell[][] }];
  }
  console.error(`Chỉ nhập được tệp .xlsx hoặc .csv ("${file}").`);
  process.exit(2);
}

const root = path.resolve(process.env['PORTAL_CONTENT_DIR'] ?? 'content');
const today = buildDate();
const before = checkContent(root, today);
if (before.problems.length) {
  console.error(`${formatReport(before.problems)}\n\nNội dung hiện có đang lỗi; sửa trước khi nhập bảng tính.`);
  process.exit(2);
}
const content = before.content;
const named = (entries: { id: string; data: Record<string, unknown> }[]) => entries.map((e) => ({ id: e.id, name: String(e.data['name']) }));
const result = runImport(
  await readSheets(input),
  {
    today,
    units: named(content.units),
    areas: content.areas.flatMap((a) => [
      { id: a.id, name: String(a.data['name']) },
      { id: a.id, name: `${areaKinds[a.data['kind'] as keyof typeof areaKinds]} ${String(a.data['name'])}` },
    ]),
    contactGroups: vi.contacts.groups,
    existing(collection, id) {
      const e = content[collection].find((x) => x.id === id);
      return e ? { data: e.data, ...(e.body !== undefined ? { body: e.body.replace(/^\n+/, '').trimEnd() } : {}) } : undefined;
    },
  },
  content,
  root,
  option('--type'),
);

const name = path.basename(input);
if (result.problems.length) {
  console.error(`Không ghi tệp nào. ${name}${result.kind ? ` (${result.kind.label})` : ''} có ${result.problems.length} lỗi:`);
  for (const p of result.problems) console.error(`  ${formatImportProblem(name, p)}`);
  process.exit(1);
}

console.log(`${name}: ${result.kind!.label}, ${result.rows} dòng hợp lệ.`);
if (dryRun) {
  for (const w of result.writes) console.log(`  sẽ ${w.created ? 'tạo' : 'cập nhật'} content/${w.file}`);
  console.log('Chạy thử (--dry-run): không ghi tệp nào.');
  process.exit(0);
}
const previous = result.writes.map((w) => ({ w, full: path.join(root, w.file), old: existsSync(path.join(root, w.file)) ? readFileSync(path.join(root, w.file), 'utf8') : undefined }));
for (const { w, full } of previous) {
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, w.text);
}
// The whole content must still pass: anything else broken by these files undoes the import.
const after = checkContent(root, today);
if (after.problems.length) {
  for (const { full, old } of previous) (old === undefined ? rmSync(full) : writeFileSync(full, old));
  console.error(`${formatReport(after.problems)}\n\nĐã hoàn tác: nội dung sau khi nhập không hợp lệ, không tệp nào thay đổi.`);
  process.exit(1);
}
for (const { w } of previous) console.log(`  đã ${w.created ? 'tạo' : 'cập nhật'} content/${w.file}`);
console.log('Kiểm tra toàn bộ nội dung: không có lỗi.');
