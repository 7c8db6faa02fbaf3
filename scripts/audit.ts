/**
 * npm run audit [-- --strict] [--date YYYY-MM-DD] [--content <folder>]
 * Prints, for every obligation to publish, whether it is published, due soon, overdue or missing, per
 * ward or commune — the same report as the site's compliance page. With --strict it exits 1 if anything
 * is overdue or missing: run it before publishing.
 */
import path from 'node:path';
import { checkContent, formatReport } from '../src/lib/content/check.ts';
import { complianceReport } from '../src/lib/compliance-report.ts';
import { areaKinds } from '../src/schemas/area.ts';
import { summarize, type ComplianceStatus } from '../src/lib/compliance.ts';
import { buildDate, formatDate } from '../src/lib/dates.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const strict = args.includes('--strict');
const today = option('--date') ?? buildDate();
const root = path.resolve(option('--content') ?? process.env['PORTAL_CONTENT_DIR'] ?? 'content');

const { problems, content } = checkContent(root);
if (problems.length) {
  console.error(formatReport(problems));
  console.error('\nSửa nội dung trước khi kiểm tra việc công khai.');
  process.exit(2);
}

const labels: Record<ComplianceStatus, string> = {
  published: 'Đã công khai',
  'due-soon': 'Sắp đến hạn',
  overdue: 'QUÁ HẠN',
  missing: 'CHƯA CÓ',
};
const areaName = (id: string | undefined) => {
  if (!id) return 'Toàn địa bàn';
  const a = content.areas.find((x) => x.id === id)?.data;
  // The kind's own label: a thị trấn is neither a xã nor a phường.
  return a ? `${areaKinds[a.kind]} ${a.name}` : id;
};

const report = complianceReport(content, today);
const rows = report.flatMap((r) => r.rows);
console.log(`Kiểm tra công khai thông tin ngày ${formatDate(today)}: ${report.length} nghĩa vụ, ${rows.length} mục kiểm tra.\n`);
for (const r of report) {
  console.log(r.data.title);
  for (const row of r.rows) {
    const latest = row.latest ? `mới nhất ${formatDate(row.latest.publishedOn)} (${row.latest.url})` : 'chưa có nội dung';
    const due = row.nextDue ? `; hạn kế tiếp ${formatDate(row.nextDue)}` : '';
    const late = row.lateSessions ? `; ${row.lateSessions} buổi tiếp thông báo muộn` : '';
    const sample = row.sampleItems.length ? `; ${row.sampleItems.length} mục dữ liệu mẫu (không tính)` : '';
    console.log(`  ${labels[row.status].padEnd(13)} ${areaName(row.area)}: ${latest}${due}${late}${sample}`);
  }
}
const counts = summarize(rows);
console.log(
  `\nTổng: ${counts.published} đã công khai, ${counts['due-soon']} sắp đến hạn, ${counts.overdue} quá hạn, ${counts.missing} chưa có.`,
);
if (strict && (counts.overdue || counts.missing)) {
  console.error(`Chế độ nghiêm ngặt: còn ${counts.overdue} mục quá hạn và ${counts.missing} mục chưa có.`);
  process.exit(1);
}
