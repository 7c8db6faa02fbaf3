/**
 * npm run import:plan -- seeds/<file>.txt [--dry-run] [--renumber] [--map old=new,…] [--replace] [--out content/plans]
 * Imports a plan exported to text into content/plans/<id>.yaml, printing every repair and every line it
 * could not place, then what changes against the plan already there. Exits 1 without writing anything if
 * text would be lost, a row or paragraph is written twice, or a progress file or obligation would end up
 * on another task or none (see src/lib/plan-import/reimport.ts for the options that say how they move).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { readCollectionFiles } from '../src/lib/content/read.ts';
import { diffPlans, formatDiff, type PlanContent } from '../src/lib/plan-import/diff.ts';
import { importPlan, PlanImportError } from '../src/lib/plan-import/index.ts';
import { readTaskReferences, repointChanges } from '../src/lib/plan-import/references.ts';
import { decideReimport, parseMapOption } from '../src/lib/plan-import/reimport.ts';
import { formatDuplicate, formatReport } from '../src/lib/plan-import/report.ts';

const USAGE =
  'Cách dùng: npm run import:plan -- seeds/<tệp>.txt [--dry-run] [--renumber] [--map mã-cũ=mã-mới,…] [--replace] [--out content/plans]';

function refuse(lines: string[]): never {
  console.error(['', 'Không ghi gì:', ...lines.map((l) => `  - ${l}`)].join('\n'));
  process.exit(1);
}

let args;
let map: Map<string, string>;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      renumber: { type: 'boolean', default: false },
      map: { type: 'string', multiple: true, default: [] },
    },
  });
  map = parseMapOption(args.values.map);
} catch (error) {
  console.error(`${error instanceof Error && error.message.startsWith('--map') ? error.message : 'Tùy chọn không nhận ra.'}\n${USAGE}`);
  process.exit(2);
}
const source = args.positionals[0];
if (!source || args.positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}
const contentDir = process.env['PORTAL_CONTENT_DIR'] ?? 'content';
const outDir = args.values.out ?? path.join(contentDir, 'plans');
const dryRun = args.values['dry-run'];

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
if (report.lost.length) refuse([`${report.lost.length} đoạn văn bản nguồn không có trong kết quả (xem "Văn bản bị mất" ở trên).`]);
if (report.duplicates.length) {
  refuse([
    ...report.duplicates.map((d) => formatDuplicate(d, source)),
    'Hàng hoặc đoạn văn viết hai lần thường là lỗi khi xuất văn bản: xóa bản lặp trong tệp nguồn rồi chạy lại.',
  ]);
}

const out = path.join(outDir, `${plan.id}.yaml`);
const { id: _id, ...data } = plan;
const before = existsSync(out) ? (parse(readFileSync(out, 'utf8')) as PlanContent & { source?: { file: string } }) : null;

// The same content from the same text, whatever path the seed was given by: nothing to do.
const comparable = (p: object) => ({
  ...(JSON.parse(JSON.stringify(p)) as object),
  source: { ...(p as { source?: object }).source, file: '' },
});
if (before && isDeepStrictEqual(comparable(before), comparable(data))) {
  console.log(`\nKhông có thay đổi: ${out} đã đúng với ${source}; không ghi gì.`);
  process.exit(0);
}

const diff = before ? diffPlans(before, plan) : null;
console.log(
  `\n${diff && before ? formatDiff(diff, out, { before: before.annex.tasks.length, after: plan.annex.tasks.length }) : `Chưa có ${out}: nhập lần đầu.`}`,
);

const references = readTaskReferences(contentDir, plan.id);
const decision = decideReimport(before, plan, diff, references, { replace: args.values.replace, renumber: args.values.renumber, map });
const changes = repointChanges(plan.id, decision.repoints, (f) => readFileSync(f, 'utf8'), existsSync);
if (decision.problems.length || changes.problems.length) refuse([...decision.problems, ...changes.problems]);

if (changes.lines.length)
  console.log(`\nChuyển tệp theo nhiệm vụ (${changes.lines.length}):\n${changes.lines.map((l) => `  ${l}`).join('\n')}`);
if (dryRun) {
  console.log(`\n--dry-run: không ghi gì. Bỏ --dry-run để ghi ${out}${changes.lines.length ? ' và chuyển các tệp trên' : ''}.`);
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
const header = [
  `# Tạo bởi "npm run import:plan -- ${source}". Đừng sửa tay: sửa tệp nguồn và nhập lại.`,
  '# Tiến độ thực hiện từng nhiệm vụ ghi trong content/plan-progress/.',
  '',
].join('\n');
// Progress files first: a plan written without them would leave the site pointing at the wrong tasks.
for (const file of changes.remove) rmSync(file);
for (const [file, text] of changes.write) writeFileSync(file, text);
writeFileSync(out, header + stringify(data, { lineWidth: 0, aliasDuplicateObjects: false }));
console.log(
  `\nĐã ghi ${out}: ${plan.annex.items.length} mục, ${plan.annex.tasks.length} nhiệm vụ, ${plan.sections.length} phần nội dung, ${plan.milestones.length} mốc báo cáo.`,
);
