/**
 * npm run audit [-- --strict] [--date YYYY-MM-DD] [--content <folder>]
 * Prints, for every obligation to publish, its state (lib/compliance.ts) per ward or commune — the same report
 * as the site's compliance page, law and the locality's own house rules apart. With --strict it exits 1 if a
 * duty in law is overdue or missing (never for a house rule): run it before publishing.
 */
import path from 'node:path';
import { checkContent, formatReport } from '../src/lib/content/check.ts';
import { byRuleKind, complianceReport } from '../src/lib/compliance-report.ts';
import { areaKinds } from '../src/schemas/area.ts';
import { COMPLIANCE_STATES, isViolation, summarize, type ComplianceStatus } from '../src/lib/compliance.ts';
import { vi } from '../src/i18n/vi.ts';
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

// A law breached is shouted (capitals); a house rule is never "Quá hạn" or a violation.
const lawLabel = (s: ComplianceStatus) =>
  s === 'missing' || s === 'overdue' ? vi.compliance.status[s].toLocaleUpperCase('vi') : vi.compliance.status[s];
const houseLabel = (s: ComplianceStatus) => vi.compliance.houseStatus[s];
const areaName = (id: string | undefined) => {
  if (!id) return 'Toàn địa bàn';
  const a = content.areas.find((x) => x.id === id)?.data;
  // The kind's own label: a thị trấn is neither a xã nor a phường.
  return a ? `${areaKinds[a.kind]} ${a.name}` : id;
};
const totals = (counts: Record<ComplianceStatus, number>, label: (s: ComplianceStatus) => string) =>
  COMPLIANCE_STATES.map((s) => `${counts[s]} ${label(s).toLocaleLowerCase('vi')}`).join(', ');

const report = complianceReport(content, today);
const { law, house } = byRuleKind(report);
const rows = report.flatMap((r) => r.rows);
// Labels line up on the longest one printed.
const width =
  Math.max(
    ...law.flatMap((r) => r.rows.map((x) => lawLabel(x.status).length)),
    ...house.flatMap((r) => r.rows.map((x) => houseLabel(x.status).length)),
  ) + 1;
console.log(`Kiểm tra công khai thông tin ngày ${formatDate(today)}: ${report.length} nghĩa vụ, ${rows.length} mục kiểm tra.`);
const sections = [
  { title: vi.compliance.lawSection.toLocaleUpperCase('vi'), obligations: law, label: lawLabel },
  { title: vi.compliance.houseSection.toLocaleUpperCase('vi'), obligations: house, label: houseLabel },
];
for (const section of sections) {
  if (!section.obligations.length) continue;
  console.log(`\n${section.title}\n`);
  for (const r of section.obligations) {
    console.log(r.data.title);
    for (const row of r.rows) {
      const first = row.firstDue && row.firstDue < today ? ` (hạn đầu tiên ${formatDate(row.firstDue)})` : '';
      const latest = row.latest ? `mới nhất ${formatDate(row.latest.publishedOn)} (${row.latest.url})` : `chưa có nội dung${first}`;
      const due = row.nextDue ? `; hạn kế tiếp ${formatDate(row.nextDue)}` : '';
      const late = row.lateSessions ? `; ${row.lateSessions} buổi tiếp thông báo muộn` : '';
      const sample = row.sampleItems.length ? `; ${row.sampleItems.length} mục dữ liệu mẫu (không tính)` : '';
      console.log(`  ${section.label(row.status).padEnd(width)} ${areaName(row.area)}: ${latest}${due}${late}${sample}`);
    }
  }
}
const lawCounts = summarize(law.flatMap((r) => r.rows));
console.log(`\nTổng (quy định pháp luật): ${totals(lawCounts, (s) => vi.compliance.status[s])}.`);
if (house.length) console.log(`Tổng (quy định riêng của địa phương): ${totals(summarize(house.flatMap((r) => r.rows)), houseLabel)}.`);
// Only law fails the strict check: a house rule is the locality's own practice.
const violations = law.flatMap((r) => r.rows).filter(isViolation);
if (strict && violations.length) {
  console.error(
    `Chế độ nghiêm ngặt: còn ${lawCounts.overdue} mục quá hạn và ${lawCounts.missing} mục chưa công khai theo quy định pháp luật.`,
  );
  process.exit(1);
}
