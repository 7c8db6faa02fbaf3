/**
 * npm run import:plan -- seeds/<file>.txt [--out content/plans]
 * Imports a plan exported to text into content/plans/<id>.yaml, printing every repair and every line it
 * could not place. Exits 1 without writing if the input cannot be read or any text would be lost.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { readCollectionFiles } from '../src/lib/content/read.ts';
import { importPlan, PlanImportError } from '../src/lib/plan-import/index.ts';
import { formatReport } from '../src/lib/plan-import/report.ts';

const args = process.argv.slice(2);
const source = args.find((a) => !a.startsWith('--'));
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1]! : path.join(process.env['PORTAL_CONTENT_DIR'] ?? 'content', 'plans');
if (!source) {
  console.error('Cách dùng: npm run import:plan -- seeds/<tệp>.txt [--out content/plans]');
  process.exit(2);
}

const contentDir = process.env['PORTAL_CONTENT_DIR'] ?? 'content';
const units = readCollectionFiles(contentDir, { dir: 'units', format: 'yaml' }).map((u) => {
  const d = u.data as { name?: string; shortName?: string; aliases?: string[] };
  return { id: u.id, names: [d.name ?? '', d.shortName ?? '', ...(d.aliases ?? [])].filter(Boolean) };
});

let result;
try {
  result = importPlan(readFileSync(source, 'utf8'), { units, sourceFile: source });
} catch (error) {
  if (error instanceof PlanImportError) {
    console.error(`${source}:${error.line} ${error.message.replace(/^dòng \d+: /, '')}`);
    console.error('Không ghi gì: sửa tệp nguồn rồi chạy lại.');
    process.exit(1);
  }
  throw error;
}
const { plan, report } = result;
console.log(formatReport(report, source));
if (report.lost.length) {
  console.error(`\n${report.lost.length} đoạn văn bản nguồn không có trong kết quả: không ghi gì.`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
const out = path.join(outDir, `${plan.id}.yaml`);
const { id: _id, ...data } = plan;
const header = [
  `# Tạo bởi "npm run import:plan -- ${source}". Đừng sửa tay: sửa tệp nguồn và nhập lại.`,
  '# Tiến độ thực hiện từng nhiệm vụ ghi trong content/plan-progress/.',
  '',
].join('\n');
writeFileSync(out, header + stringify(data, { lineWidth: 0, aliasDuplicateObjects: false }));
console.log(`\nĐã ghi ${out}: ${plan.annex.items.length} mục, ${plan.annex.tasks.length} nhiệm vụ, ${plan.sections.length} phần nội dung, ${plan.milestones.length} mốc báo cáo.`);
