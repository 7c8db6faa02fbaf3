/**
 * The plan importer on the real seed and on malformed copies of it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readCollectionFiles } from '../../src/lib/content/read.ts';
import { importPlan, lostFragments, PlanImportError } from '../../src/lib/plan-import/index.ts';
import { comparableText } from '../../src/lib/text.ts';
import { blocksText } from '../../src/lib/plan-import/blocks.ts';

const SEED = 'seeds/000_c0cd988506191886.txt';
const seedText = readFileSync(SEED, 'utf8');
const units = readCollectionFiles('content', { dir: 'units', format: 'yaml' }).map((u) => {
  const d = u.data as { name: string; shortName?: string; aliases?: string[] };
  return { id: u.id, names: [d.name, d.shortName ?? '', ...(d.aliases ?? [])].filter(Boolean) };
});
const { plan, report } = importPlan(seedText, { units, sourceFile: SEED });

/** Rows of the annex in the seed: lines after "Phụ lục" with tab-separated cells, headers excluded. */
const seedLines = seedText.split('\n');
const annexStart = seedLines.findIndex((l) => l.trim() === 'Phụ lục');
const annexRows = seedLines
  .map((text, i) => ({ line: i + 1, cells: text.split('\t') }))
  .filter((r) => r.line > annexStart && r.cells.length >= 8 && !['TT', 'STT', 'IT'].includes(r.cells[0]!.trim()));

describe('importing the 2023 PAPI plan from the seed', () => {
  it('reads the metadata', () => {
    expect(plan).toMatchObject({
      number: '19/KH-UBND',
      issuedOn: '2023-02-08',
      year: 2023,
      issuingAuthority: 'ubnd-thanh-pho-hung-yen',
      signer: { name: 'Doãn Quốc Hoàn', title: 'CHỦ TỊCH', capacity: 'TM. ỦY BAN NHÂN DÂN' },
    });
    expect(plan.recipients).toHaveLength(10);
    expect(plan.recipients[0]).toBe('Sở Nội vụ;');
  });

  it('keeps the body as sections I, II, III with their numbered and lettered parts and lists', () => {
    expect(plan.sections.map((s) => `${s.number}. ${s.title}`)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', 'II. NỘI DUNG', 'III. TỔ CHỨC THỰC HIỆN']);
    expect(plan.sections[1]!.children.map((c) => c.number)).toEqual(['1', '2', '3']);
    expect(plan.sections[1]!.children[2]!.children.map((c) => c.number)).toEqual(['a', 'b', 'c', 'd', 'đ']);
    const firstPart = plan.sections[1]!.children[0]!.children[0]!;
    expect(firstPart.blocks.find((b) => b.type === 'ul')).toMatchObject({ type: 'ul' });
    expect((firstPart.blocks.find((b) => b.type === 'ul') as { items: string[] }).items).toHaveLength(8);
  });

  it('finds 9 items, the PAPI dimension of each, none for item 2', () => {
    expect(plan.annex.items.map((i) => [i.number, i.papiDimension])).toEqual([
      [1, 1], [2, null], [3, 2], [4, 3], [5, 4], [6, 5], [7, 6], [8, 7], [9, 8],
    ]);
    expect(plan.annex.items[0]!.name).toBe('Tham gia của người dân ở cấp cơ sở');
  });

  it('places every annex row as a task, each with at least one lead unit', () => {
    expect(plan.annex.tasks).toHaveLength(annexRows.length);
    expect(plan.annex.tasks).toHaveLength(71);
    expect(plan.annex.tasks.map((t) => t.sourceLine)).toEqual(annexRows.map((r) => r.line));
    expect(plan.annex.tasks.filter((t) => t.lead.length === 0)).toEqual([]);
    expect(report.lost).toEqual([]);
  });

  it('keeps every task and result cell of the annex in the generated content', () => {
    const onDisk = parse(readFileSync('content/plans/19-kh-ubnd-2023.yaml', 'utf8')) as typeof plan;
    const missing = annexRows.flatMap((r) => {
      const task = onDisk.annex.tasks.find((t) => t.sourceLine === r.line);
      const pairs: [string, string][] = [
        [r.cells[3]!, task ? blocksText(task.task) : ''],
        [r.cells[4]!, task ? blocksText(task.result) : ''],
      ];
      return pairs
        .filter(([cell, kept]) => comparableText(cell) && !comparableText(kept).includes(comparableText(cell)))
        .map(([cell]) => `${r.line}: ${cell.slice(0, 60)}`);
    });
    expect(missing).toEqual([]);
  });

  it('repairs the known quirks by explicit rules and reports each', () => {
    const rules = (name: string) => report.repairs.filter((r) => r.rule === name).map((r) => r.line);
    expect(rules('nội dung thành phần lệch sang cột chỉ số')).toEqual([162, 166, 168, 172, 211, 218, 221, 240, 241]);
    expect(rules('thời gian lệch sang cột đơn vị phối hợp')).toEqual([231, 235]);
    expect(rules('bổ sung tên chỉ số nội dung bị thiếu')).toEqual([162]);
    expect(rules('nối dòng bị ngắt trang')).toEqual([49, 113]);
    expect(report.skipped.filter((s) => s.rule.startsWith('dòng tiêu đề cột lặp lại')).map((s) => s.line)).toEqual([177, 183, 189, 201, 209, 215, 225, 239, 243]);
    expect(report.skipped.find((s) => s.text === 'ỦY BAN NHÂN DÂN')?.line).toBe(175);
  });

  it('moves a timeline out of the coordinators column and leaves coordinators unstated there', () => {
    const task = plan.annex.tasks.find((t) => t.sourceLine === 235)!;
    expect(task).toMatchObject({ timeline: 'Hoàn thành trước tháng 10 hàng năm', coordinators: [], lead: ['phong-giao-duc-dao-tao'] });
    expect(task.deadline).toMatchObject({ kind: 'recurring', by: '2023-09-30' });
  });

  it('continues merged cells from the row above and says so', () => {
    const task = plan.annex.tasks.find((t) => t.sourceLine === 165)!;
    expect(task.lead).toEqual(['ban-tuyen-giao-thanh-uy', 'phong-van-hoa-thong-tin']);
    expect(task.inherited).toEqual(['subDimension', 'lead', 'coordinators', 'timeline']);
  });

  it('turns HTML fragments into paragraphs and lists', () => {
    const task = plan.annex.tasks.find((t) => t.sourceLine === 179)!;
    expect(task.task[0]).toEqual({ type: 'p', text: 'Công khai những nội dung sau:' });
    expect(task.task[1]).toMatchObject({ type: 'ol' });
    expect(plan.annex.tasks.find((t) => t.sourceLine === 185)!.task[0]).toEqual({
      type: 'ul',
      items: [
        'Tổ chức triển khai rà soát hộ nghèo.',
        'Thực hiện công khai, minh bạch danh sách hộ nghèo (Tổ chức họp dân để thống nhất kết quả rà soát; Thực hiện niêm yết công khai danh sách hộ nghèo)',
      ],
    });
  });

  it('finds the report deadlines as milestones', () => {
    expect(plan.milestones).toEqual([
      { id: 'bao-cao-6-thang-dau-nam', title: 'Báo cáo 6 tháng đầu năm', due: '2023-06-04', dueText: 'trước ngày 05/6/2023' },
      { id: 'bao-cao-ca-nam', title: 'Báo cáo cả năm', due: '2023-10-24', dueText: 'trước ngày 25/10/2023' },
    ]);
  });

  it('matches the content file, which is only ever written by the importer', () => {
    const onDisk = parse(readFileSync('content/plans/19-kh-ubnd-2023.yaml', 'utf8'));
    const { id: _id, ...fresh } = plan;
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(fresh)));
  });
});

describe('importing malformed input', () => {
  const attempt = (file: string) => () => importPlan(readFileSync(path.join('tests/fixtures/plan', file), 'utf8'), { units, sourceFile: file });

  it('names the line of a truncated row', () => {
    expect(attempt('truncated-row.txt')).toThrow(new PlanImportError(186, 'hàng bị cụt: có 5 cột, cần 8'));
  });

  it('names the line of an unknown column layout', () => {
    expect(attempt('unknown-columns.txt')).toThrow(/^dòng 189: bố cục cột không nhận ra: "TT \| Chỉ số nội dung \| Nội dung thành phần \| Kết quả \| Nhiệm vụ/);
  });

  it('names the line of text it cannot place', () => {
    expect(attempt('stray-line.txt')).toThrow('dòng 200: dòng không thuộc bảng và không đặt được vào đâu: "Trang 5"');
  });

  it('refuses a file without its annex', () => {
    expect(() => importPlan(seedText.replace('Phụ lục', 'Phu luc'), { units, sourceFile: SEED })).toThrow(/không tìm thấy dòng "Phụ lục"/);
  });
});

describe('the loss check', () => {
  it('finds source text missing from the output, ignoring markup, list marks and spacing', () => {
    const source = [
      { line: 1, text: '<p>Đẩy mạnh   cải cách</p>' },
      { line: 2, text: '- Niêm yết công khai;' },
      { line: 3, text: 'Câu bị bỏ sót.' },
    ];
    expect(lostFragments(source, 'Đẩy mạnh cải cách \u0001 Niêm yết công khai;')).toEqual([{ line: 3, text: 'Câu bị bỏ sót.' }]);
  });
});
