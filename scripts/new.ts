/**
 * npm run new -- <loại> [tên-tệp]
 * Creates a draft record of that kind in content/ with today's date and every required field filled
 * (placeholders in [ngoặc vuông] to replace), checks it, and prints where it is. Kinds: the collection's
 * name, its folder, or its Vietnamese address (thong-bao, van-ban, ngan-sach, thu-tuc, lich-tiep, hoi-dap…).
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { collectionDefs, type CollectionName } from '../src/collections.ts';
import { checkContent, fieldOf, formatReport } from '../src/lib/content/check.ts';
import { SCAFFOLD_BODY, scaffoldRecord } from '../src/lib/content/scaffold.ts';
import { scaffoldAdjustments } from '../src/lib/content/scaffold-adjustments.ts';
import { jsonSchemaOf } from '../src/lib/schema/json-schema.ts';
import { buildDate } from '../src/lib/dates.ts';

/** The collections editors create, by their `npm run new` kind name (from the manifest). */
const creatable = (Object.keys(collectionDefs) as CollectionName[]).filter(
  (n) => collectionDefs[n].scaffold !== false && 'dir' in collectionDefs[n].source,
);
const kindName = (n: CollectionName): string => collectionDefs[n].scaffold || n;

function resolveKind(arg: string | undefined): CollectionName | undefined {
  if (!arg) return undefined;
  return (
    creatable.find((n) => kindName(n) === arg) ??
    creatable.find((n) => n === arg || (collectionDefs[n].source as { dir: string }).dir === arg)
  );
}

const [kindArg, nameArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const name = resolveKind(kindArg);
if (!name || !creatable.includes(name)) {
  console.error(
    `${kindArg ? `Không có loại nội dung "${kindArg}".` : 'Cần cho biết loại nội dung.'} Dùng: npm run new -- <loại> [tên-tệp]\nCác loại:`,
  );
  for (const n of creatable)
    console.error(`  ${kindName(n).padEnd(24)} ${collectionDefs[n].label} (content/${(collectionDefs[n].source as { dir: string }).dir}/)`);
  process.exit(2);
}
if (nameArg && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(nameArg)) {
  console.error(`Tên tệp "${nameArg}" chỉ được gồm chữ thường không dấu, số và dấu gạch ngang.`);
  process.exit(2);
}

const root = path.resolve(process.env['PORTAL_CONTENT_DIR'] ?? 'content');
const def = collectionDefs[name];
const source = def.source as { dir: string; format: 'yaml' | 'md' };
const today = buildDate();
const { content } = checkContent(root, today);
const locality = content.locality[0]?.data;

const record = scaffoldRecord(jsonSchemaOf(def.schema), {
  today,
  reference(fieldPath) {
    const rule = def.refs.find((r) => r.field === fieldPath.join('.'));
    if (!rule) return undefined;
    const ids = content[rule.to].map((e) => e.id);
    return rule.to === 'units' && locality && ids.includes(locality.operator) ? locality.operator : ids[0];
  },
  phone: locality?.hotline ?? '1022',
  email: locality?.email ?? 'lienhe@example.org',
  url: locality?.siteUrl ?? 'https://example.org/',
});
// Values that must be unique in the collection (a year, a document number) are moved off existing ones.
for (const field of def.unique) {
  const taken = new Set(content[name].map((e) => String(fieldOf(e.data, field))));
  for (
    let value = record[field];
    (typeof value === 'number' || typeof value === 'string') && taken.has(String(value));
    value = record[field]
  ) {
    record[field] = typeof value === 'number' ? value + 1 : `${value}-moi`;
  }
}
scaffoldAdjustments[name]?.(record, { today, content });

const base = nameArg ?? `${kindName(name)}-${today}`;
let id = base;
for (let n = 2; existsSync(path.join(root, source.dir, `${id}.${source.format === 'md' ? 'md' : 'yaml'}`)); n++) id = `${base}-${n}`;
const file = path.join(root, source.dir, `${id}.${source.format === 'md' ? 'md' : 'yaml'}`);
const yaml = stringify(record, { lineWidth: 0 });
writeFileSync(file, source.format === 'md' ? `---\n${yaml}---\n\n${SCAFFOLD_BODY}\n` : yaml);

const problems = checkContent(root, today).problems.filter((p) => path.resolve(p.file) === file);
if (problems.length) {
  rmSync(file);
  console.error(
    `Không tạo được bản nháp hợp lệ cho ${def.label} (lỗi của công cụ, xin báo cho nhóm phát triển):\n${formatReport(problems)}`,
  );
  process.exit(1);
}
console.log(
  `Đã tạo ${path.relative(process.cwd(), file)} (${def.label}${'draft' in record ? ', bản nháp' : '; loại này không có bản nháp: tệp sẽ được công bố ở lần tạo trang tiếp theo'}).`,
);
console.log(
  `Thay các chỗ trong [ngoặc vuông], rồi kiểm tra bằng "npm run check"${'draft' in record ? '; xóa dòng "draft: true" khi muốn công bố' : ''}.`,
);
