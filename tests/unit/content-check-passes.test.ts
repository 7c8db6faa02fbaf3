/**
 * The content check as a table of passes (lib/content/check.ts, checkPasses): each pass finds its own kind
 * of problem, and the table's order matters where a pass reads what an earlier one collected (the valid
 * entries of the schema pass) and where two problems fall on one line (the report keeps the table's order).
 * Each case is planted in a copy of the small valid other-locality fixture.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, checkPasses, compareProblems, formatProblem, readContent, type CheckPass } from '../../src/lib/content/check.ts';

const today = '2026-12-01';
const work = mkdtempSync(path.join(tmpdir(), 'portal-check-passes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(root: string, file: string, lines: string[]): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), lines.join('\n') + '\n');
}

function page(name: string, fields: string[], body = 'Nội dung.', title = `Trang ${name}`): string[] {
  return [
    '---',
    `title: ${title}`,
    'description: Trang thử.',
    `path: ${name}`,
    'issuingAuthority: ubnd-xa-thu-nghiem',
    'updated: 2026-01-15',
    ...fields,
    '---',
    '',
    body,
  ];
}

const unit = (name: string, fields: string[] = []) => [`name: ${name}`, 'kind: phong', 'level: xa', ...fields];

/** One problem of every kind, each in its own file so that every pass can be told apart. */
const planted = path.join(work, 'planted');
cpSync('tests/fixtures/other-locality', planted, { recursive: true });
write(planted, 'pages/ghi-chu.txt', ['Một tệp mà trang không đọc.']);
write(planted, 'pages/cu-phap-sai.md', ['---', 'title: Cú pháp sai', 'path cu-phap-sai', '---', '', 'Nội dung.']);
write(planted, 'units/cu/phong-van-hoa.yaml', unit('Phòng Văn hóa (cũ)'));
write(planted, 'units/phong-van-hoa.yaml', unit('Phòng Văn hóa'));
write(planted, 'units/phong-sai-loai.yaml', ['name: Phòng sai loại', 'kind: khong-co-loai-nay', 'level: xa']);
write(planted, 'units/phong-trung-ten.yaml', unit('Ủy ban nhân dân xã Thử Nghiệm'));
write(planted, 'units/phong-cap-tren-khong-co.yaml', unit('Phòng cấp trên không có', ['parent: khong-ton-tai']));
write(planted, 'units/phong-nhap.yaml', unit('Phòng nháp', ['draft: true']));
write(planted, 'units/phong-truc-thuoc-nhap.yaml', unit('Phòng trực thuộc phòng nháp', ['parent: phong-nhap']));
write(planted, 'units/phong-tu-truc-thuoc.yaml', unit('Phòng tự trực thuộc', ['parent: phong-tu-truc-thuoc']));
write(planted, 'pages/trang-mau.md', page('trang-mau', [], 'Nội dung.', '"[Tiêu đề]"'));
write(planted, 'pages/so-dien-thoai.md', page('so-dien-thoai', [], 'Gọi anh Nam: 0912 345 678.'));
const noLocality = path.join(work, 'no-locality');
cpSync('tests/fixtures/other-locality', noLocality, { recursive: true });
rmSync(path.join(noLocality, 'locality.yaml'));

/** A line of the report with the fixture's folder left out. */
function inRoot(root: string, line: string): string {
  return line.replaceAll(`${path.relative(process.cwd(), root)}/`, '');
}

/** The problems one pass finds, after the passes before it in the table have run. */
function passProblems(root: string, name: string): string[] {
  const ctx = readContent(root, today);
  for (const pass of checkPasses) {
    const found = pass.run(ctx);
    if (pass.name === name) return found.map((p) => inRoot(root, formatProblem(p)));
  }
  throw new Error(`no pass named ${name}`);
}

/** Each pass, the fixture it is tried on, and the one problem it must report there. */
const expected: Record<string, { root: string; problem: string }> = {
  layout: {
    root: planted,
    problem: 'pages/ghi-chu.txt:1 chỉ tệp .md (chữ thường) trong thư mục này được đọc; đổi đuôi tệp, hoặc chuyển tệp ra khỏi content/',
  },
  'missing-files': { root: noLocality, problem: 'locality.yaml:1 thiếu tệp thông tin địa phương' },
  syntax: { root: planted, problem: 'pages/cu-phap-sai.md:3 lỗi cú pháp YAML: thiếu dấu ":" sau tên trường' },
  'duplicate-ids': {
    root: planted,
    problem: `units/phong-van-hoa.yaml:1 id: mã "phong-van-hoa" trùng với tệp units/cu/phong-van-hoa.yaml; mỗi đơn vị cần một tên tệp khác nhau`,
  },
  schema: {
    root: planted,
    problem:
      'units/phong-sai-loai.yaml:2 Loại đơn vị (kind): phải là một trong các giá trị: uy-ban, hoi-dong, van-phong, phong, trung-tam, mat-tran, doan-the, co-quan-tinh, co-quan-nganh-doc, co-quan-dang, nhom',
  },
  'unique-values': {
    root: planted,
    problem: `units/ubnd-xa-thu-nghiem.yaml:1 Tên đầy đủ (name): giá trị "Ủy ban nhân dân xã Thử Nghiệm" trùng với units/phong-trung-ten.yaml`,
  },
  references: {
    root: planted,
    problem: 'units/phong-cap-tren-khong-co.yaml:4 Trực thuộc (parent): không có đơn vị "khong-ton-tai" (xem thư mục content/units)',
  },
  'published-references': {
    root: planted,
    problem: 'units/phong-truc-thuoc-nhap.yaml:4 Trực thuộc (parent): đơn vị "phong-nhap" là bản nháp hoặc chưa đến ngày công bố',
  },
  placeholders: {
    root: planted,
    problem:
      'pages/trang-mau.md:2 Tiêu đề (title): còn chữ mẫu "[Tiêu đề]" chưa thay; điền nội dung thật, hoặc giữ "draft: true" nếu chưa muốn công bố',
  },
  rules: { root: planted, problem: 'units/phong-tu-truc-thuoc.yaml:4 Trực thuộc (parent): một đơn vị không thể trực thuộc chính nó' },
  'personal-data': {
    root: planted,
    problem:
      'pages/so-dien-thoai.md:9 nội dung: có số điện thoại di động (0912 345 678); số của người dân là dữ liệu cá nhân (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): chỉ đăng số máy cơ quan hoặc đường dây nóng đã ghi trong content/locality.yaml hay content/units/',
  },
};

describe('each pass of the content check', () => {
  it('has a case here', () => {
    expect(checkPasses.map((p) => p.name).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))(
    '%s reports its kind of problem, and only that one on the planted fixture',
    (name, { root, problem }) => {
      expect(passProblems(root, name)).toEqual([problem]);
    },
  );

  it('all together give the report of checkContent', () => {
    for (const root of [planted, noLocality]) {
      const lines = checkContent(root, today).problems.map((p) => inRoot(root, formatProblem(p)));
      expect(lines.sort()).toEqual(
        Object.values(expected)
          .filter((e) => e.root === root)
          .map((e) => e.problem)
          .sort(),
      );
    }
  });
});

describe('the order of the passes', () => {
  const names = checkPasses.map((p) => p.name);

  it('runs the schema pass before every pass that reads the valid entries it collects', () => {
    for (const reader of ['unique-values', 'published-references', 'placeholders', 'rules'])
      expect(names.indexOf(reader)).toBeGreaterThan(names.indexOf('schema'));
  });

  it('matters: without the schema pass first, the rules and the checks of published records find nothing', () => {
    const ctx = readContent(planted, today);
    const run = (name: string) => checkPasses.find((p) => p.name === name)!.run(ctx);
    const early = ['unique-values', 'published-references', 'placeholders', 'rules'].map(run);
    expect(early.flat()).toEqual([]);
    run('schema');
    expect(['unique-values', 'published-references', 'placeholders', 'rules'].map((n) => run(n).length)).toEqual([1, 1, 1, 1]);
  });

  it('decides the order of two problems on one line: the unknown field (schema), then the phone number in it (personal data)', () => {
    const root = path.join(work, 'same-line');
    cpSync('tests/fixtures/other-locality', root, { recursive: true });
    write(root, 'pages/ghi-chu.md', page('ghi-chu', ['ghiChu: gọi 0912 345 678']));
    const report = (passes: readonly CheckPass[]) => {
      const ctx = readContent(root, today);
      return passes
        .flatMap((pass) => pass.run(ctx))
        .sort(compareProblems)
        .map((p) => `${p.line} ${p.message}`);
    };
    const unknownField = expect.stringMatching(/^7 có trường không được biết đến: ghiChu/);
    const phone = expect.stringMatching(/^7 có số điện thoại di động \(0912 345 678\)/);
    expect(checkContent(root, today).problems.map((p) => `${p.line} ${p.message}`)).toEqual([unknownField, phone]);
    expect(report(checkPasses)).toEqual([unknownField, phone]);
    expect(report([...checkPasses].reverse())).toEqual([phone, unknownField]);
  });
});
