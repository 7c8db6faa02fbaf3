/**
 * npm run import -- <tệp.xlsx|tệp.csv> [--type lich-tiep|ngan-sach|danh-ba] [--dry-run] [--replace]
 * Imports reception sessions, a budget table or contacts from a spreadsheet filled in from the templates in
 * docs/huong-dan-bien-tap/mau/. The rows are merged into the files on record: what the sheet names is added
 * or updated, everything else stays as it is. Every run prints what changes, field by field. Nothing is
 * written unless every row is valid and the content still passes the full check afterwards, and nothing on
 * record is replaced or removed without --replace.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { checkContent, formatReport } from '../src/lib/content/check.ts';
import { readEntry } from '../src/lib/content/read.ts';
import { readSpreadsheet } from '../src/lib/import/read-file.ts';
import { replacements, runImport, type PlannedWrite } from '../src/lib/import/run.ts';
import { formatImportProblem } from '../src/lib/import/table.ts';
import { areaKinds } from '../src/schemas/area.ts';
import { buildDate } from '../src/lib/dates.ts';
import { vi } from '../src/i18n/vi.ts';

const usage = 'Dùng: npm run import -- <tệp.xlsx|tệp.csv> [--type lich-tiep|ngan-sach|danh-ba] [--dry-run] [--replace]';
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const input = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--type');
const dryRun = args.includes('--dry-run');
const replace = args.includes('--replace');
if (!input || !existsSync(input)) {
  console.error(`${input ? `Không tìm thấy tệp "${input}".` : 'Cần cho biết tệp cần nhập.'}\n${usage}`);
  process.exit(2);
}

// The file first: a file that cannot be read is said in one sentence, before the content is checked.
const read = await readSpreadsheet(input, readFileSync(input));
if ('error' in read) {
  console.error(`Không ghi tệp nào. ${read.error}`);
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
const named = (entries: { id: string; data: Record<string, unknown> }[]) =>
  entries.map((e) => ({ id: e.id, name: String(e.data['name']) }));
const fileText = (file: string) => (existsSync(path.join(root, file)) ? readFileSync(path.join(root, file), 'utf8') : undefined);
const result = runImport(
  read.sheets,
  {
    today,
    units: named(content.units),
    areas: content.areas.flatMap((a) => [
      { id: a.id, name: String(a.data['name']) },
      { id: a.id, name: `${areaKinds[a.data['kind']]} ${String(a.data['name'])}` },
    ]),
    contactGroups: vi.contacts.groups,
    // The file as written, not as the schema fills it in: a merge must not add the schema's defaults.
    existing(collection, id) {
      const entry = content[collection].find((x) => x.id === id);
      if (!entry) return undefined;
      const raw = readEntry(path.resolve(entry.file));
      return { data: raw.data, ...(raw.body !== undefined ? { body: raw.body.replace(/^\n+/, '').trimEnd() } : {}) };
    },
  },
  content,
  root,
  option('--type'),
  fileText,
);

const name = path.basename(input);
if (result.problems.length) {
  console.error(`Không ghi tệp nào. ${name}${result.kind ? ` (${result.kind.label})` : ''} có ${result.problems.length} lỗi:`);
  for (const p of result.problems) console.error(`  ${formatImportProblem(name, p)}`);
  process.exit(1);
}

/** The diff of one file, under a heading that says what happens to it. */
const show = (w: PlannedWrite, verb: string, out: (line: string) => void) => {
  if (!w.created && w.changes.length === 0) return out(`content/${w.file}: không thay đổi (bảng tính giống hệt tệp đã có)`);
  out(`${verb} ${w.created ? 'tạo' : 'cập nhật'} content/${w.file}:`);
  for (const line of w.lines) out(line);
  for (const note of w.notes) out(`  lưu ý: ${note}`);
};

console.log(`${name}: ${result.kind!.label}, ${result.rows} dòng hợp lệ.`);
const replacing = replacements(result.writes);
if (dryRun) {
  for (const w of result.writes) show(w, 'sẽ', console.log);
  if (replacing.length)
    console.log(`Có ${replacing.length} thay đổi sửa hoặc xóa dữ liệu đã có (dòng "sửa", "xóa"): khi ghi thật cần thêm --replace.`);
  console.log('Chạy thử (--dry-run): không ghi tệp nào.');
  process.exit(0);
}
if (replacing.length && !replace) {
  for (const w of result.writes) show(w, 'cần --replace để', console.error);
  console.error(
    `\nKhông ghi tệp nào: bảng tính sẽ sửa hoặc xóa ${replacing.length} giá trị đã có (các dòng "sửa", "xóa" ở trên).\n` +
      `Xem kỹ từng dòng. Nếu đúng là muốn thay, chạy lại với --replace:\n  npm run import -- ${input} --replace\n` +
      'Nếu không, sửa bảng tính (chỉ ghi những buổi, những người cần thêm hoặc sửa) rồi nhập lại.',
  );
  process.exit(1);
}
const changed = result.writes.filter((w) => w.created || w.changes.length);
const previous = changed.map((w) => ({ w, full: path.join(root, w.file), old: fileText(w.file) }));
for (const { w, full } of previous) {
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, w.text);
}
// The whole content must still pass: anything else broken by these files undoes the import.
const after = checkContent(root, today);
if (after.problems.length) {
  for (const { full, old } of previous) {
    if (old === undefined) rmSync(full);
    else writeFileSync(full, old);
  }
  console.error(`${formatReport(after.problems)}\n\nĐã hoàn tác: nội dung sau khi nhập không hợp lệ, không tệp nào thay đổi.`);
  process.exit(1);
}
for (const w of result.writes) show(w, 'đã', console.log);
console.log(changed.length ? 'Kiểm tra toàn bộ nội dung: không có lỗi.' : 'Không có gì để ghi.');
