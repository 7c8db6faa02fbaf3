/**
 * The plan importer on the real seed and on malformed copies of it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readCollectionFiles } from '../../src/lib/content/read.ts';
import { findDuplicates, importPlan, lostFragments, PlanImportError } from '../../src/lib/plan-import/index.ts';
import { diffPlans, editedTasks, formatDiff, isEmptyDiff, movedTasks } from '../../src/lib/plan-import/diff.ts';
import {
  decideReimport,
  parseMapOption,
  type ReimportOptions,
  type Repoint,
  type TaskReference,
} from '../../src/lib/plan-import/reimport.ts';
import { repointChanges, repointObligationText, repointProgressText } from '../../src/lib/plan-import/references.ts';
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
      [1, 1],
      [2, null],
      [3, 2],
      [4, 3],
      [5, 4],
      [6, 5],
      [7, 6],
      [8, 7],
      [9, 8],
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
    expect(report.skipped.filter((s) => s.rule.startsWith('dòng tiêu đề cột lặp lại')).map((s) => s.line)).toEqual([
      177, 183, 189, 201, 209, 215, 225, 239, 243,
    ]);
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

  it('records what it inferred: the blank item name, and the judged rows of this seed', () => {
    expect(plan.annex.items.filter((i) => i.nameInferred).map((i) => i.number)).toEqual([1]);
    const inferred = plan.annex.tasks
      .filter((t) => t.inferences.length > 0)
      .map((t) => ({ id: t.id, line: t.sourceLine, inferences: t.inferences }));
    expect(inferred).toEqual([
      { id: '3-03', line: 186, inferences: [{ kind: 'inherited-sub-dimension', columns: ['subDimension'] }] },
      { id: '6-05', line: 218, inferences: [{ kind: 'shifted-result', columns: ['result'], neighbour: '6-06' }] },
      { id: '6-06', line: 219, inferences: [{ kind: 'shifted-result', columns: ['result'], neighbour: '6-05' }] },
      { id: '7-08', line: 233, inferences: [{ kind: 'ambiguous-merge', columns: ['lead', 'timeline'] }] },
      { id: '7-09', line: 234, inferences: [{ kind: 'ambiguous-merge', columns: ['lead', 'timeline'] }] },
    ]);
    expect(report.repairs.filter((r) => r.rule.startsWith('suy luận của cổng')).map((r) => r.line)).toEqual([186, 218, 219, 233, 234]);
  });

  it('keeps a judgement on its row when rows elsewhere move, and stops when the judged row changes', () => {
    const lines = seedText.split('\n');
    const withLines = (edit: (l: string[]) => string[]) => importPlan(edit([...lines]).join('\n'), { units, sourceFile: SEED });
    // Tasks 1-02 and 1-03 deleted: 3-03 is now 3-03 still, on line 184.
    const moved = withLines((l) => [...l.slice(0, 162), ...l.slice(164)]).plan.annex.tasks.find((t) => t.inferences.length > 0)!;
    expect(moved).toMatchObject({ id: '3-03', sourceLine: 184 });
    // The sub-dimension cell of 3-03 filled in: the judgement no longer holds.
    const filled = (l: string[]) =>
      l.map((text, i) => (i === 185 ? text.replace(/^\t\t\t/, '\t\tc) Công khai minh bạch ngân sách xã, phường\t') : text));
    expect(() => withLines(filled)).toThrow(/3-03: các cột subDimension không còn là ô trống/);
    // 6-06's result rewritten (the shift repaired in the source): the judgement no longer holds.
    const fixed = (l: string[]) => l.map((text, i) => (i === 218 ? text.replace('100% hồ sơ trễ hạn', 'Mọi phản ánh, kiến nghị') : text));
    expect(() => withLines(fixed)).toThrow(/6-06: kết quả không còn bắt đầu/);
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
  const attempt = (file: string) => () =>
    importPlan(readFileSync(path.join('tests/fixtures/plan', file), 'utf8'), { units, sourceFile: file });

  it('names the line of a truncated row', () => {
    expect(attempt('truncated-row.txt')).toThrow(new PlanImportError(186, 'hàng bị cụt: có 5 cột, cần 8'));
  });

  it('names the line of an unknown column layout', () => {
    expect(attempt('unknown-columns.txt')).toThrow(
      /^dòng 189: bố cục cột không nhận ra: "TT \| Chỉ số nội dung \| Nội dung thành phần \| Kết quả \| Nhiệm vụ/,
    );
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

describe('duplicated rows and paragraphs', () => {
  const lines = seedText.split('\n');
  const withCopyOf = (n: number) => [...lines.slice(0, n), lines[n - 1]!, ...lines.slice(n)].join('\n');

  it('reports an annex row written twice, with both lines', () => {
    const { report } = importPlan(withCopyOf(165), { units, sourceFile: SEED });
    expect(report.duplicates).toEqual([
      { line: 166, firstLine: 165, kind: 'hàng phụ lục', text: expect.stringMatching(/^Đăng thông cáo báo chí/) },
    ]);
  });

  it('reports a body paragraph written twice, with both lines', () => {
    const { report } = importPlan(withCopyOf(39), { units, sourceFile: SEED });
    expect(report.duplicates).toEqual([
      { line: 40, firstLine: 39, kind: 'đoạn văn', text: expect.stringMatching(/^Thực hiện đúng, đủ việc công khai/) },
    ]);
  });

  it('finds none in the seed, and lets a short line repeat', () => {
    expect(report.duplicates).toEqual([]);
    expect(
      findDuplicates(
        [
          { line: 1, text: 'Năm 2023.' },
          { line: 5, text: 'Năm 2023.' },
        ],
        [],
      ),
    ).toEqual([]);
  });
});

describe('re-importing over the plan already there', () => {
  const lines = seedText.split('\n');
  /** The seed with lines from..to (1-based, inclusive) deleted, or replaced by `insert`. */
  const edited = (from: number, to: number, insert: string[] = []) =>
    importPlan([...lines.slice(0, from - 1), ...insert, ...lines.slice(to)].join('\n'), { units, sourceFile: SEED }).plan;
  const progress = (id: string): TaskReference => ({ file: `content/plan-progress/19-kh-ubnd-2023--${id}.yaml`, kind: 'tiến độ', id });
  const none: ReimportOptions = { replace: false, renumber: false, map: new Map() };
  const decide = (after: typeof plan, refs: TaskReference[], options: Partial<ReimportOptions> = {}) =>
    decideReimport(plan, after, diffPlans(plan, after), refs, { ...none, ...options });

  // Rows 163-167 of the seed are tasks 1-02 to 1-06.
  const fiveDeleted = edited(163, 167);

  it('finds no change when the source is unchanged', () => {
    const diff = diffPlans(plan, plan);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(formatDiff(diff, 'x.yaml', { before: 71, after: 71 })).toContain('không có thay đổi');
    expect(decide(plan, [progress('1-07'), progress('bao-cao-6-thang-dau-nam')])).toEqual({ problems: [], repoints: [] });
  });

  it('shows five deleted rows as five removals and the rows after them as moves, not edits', () => {
    const diff = diffPlans(plan, fiveDeleted);
    expect(diff.removedTasks.map((t) => t.id)).toEqual(['1-02', '1-03', '1-04', '1-05', '1-06']);
    expect(diff.addedTasks).toEqual([]);
    expect(movedTasks(diff).map((p) => `${p.from}→${p.to}`)).toEqual([
      '1-07→1-02',
      '1-08→1-03',
      '1-09→1-04',
      '1-10→1-05',
      '1-11→1-06',
      '1-12→1-07',
    ]);
    expect(editedTasks(diff)).toEqual([]);
    const text = formatDiff(diff, 'x.yaml', { before: 71, after: 66 });
    expect(text).toContain('x.yaml (71 nhiệm vụ → 66)');
    expect(text).toContain('  1-05 "Giới thiệu các tổ chức chính trị, chính trị - xã hội');
    expect(text).toContain('  1-07 → 1-02 "Ban hành Kế hoạch đào tạo');
  });

  it('refuses five deleted rows when a task with progress would move, and says how to go on', () => {
    const { problems, repoints } = decide(fiveDeleted, [progress('1-01'), progress('1-07'), progress('2-02')]);
    expect(repoints).toEqual([]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^Nhiệm vụ 1-07 \("Ban hành Kế hoạch đào tạo.*"\) nay là 1-02: tiến độ content\/plan-progress\/19-kh-ubnd-2023--1-07\.yaml sẽ trỏ sai nhiệm vụ\. Chạy lại với --renumber .* hoặc --map 1-07=1-02\.$/,
      ),
      'Kế hoạch mới bỏ 5 nhiệm vụ (1-02, 1-03, 1-04, 1-05, 1-06) (xem danh sách ở trên). Nếu đúng là tệp nguồn đã bỏ, chạy lại với --replace.',
    ]);
  });

  it('re-points progress with --renumber, or with --map, once removals are accepted with --replace', () => {
    const moved = { file: progress('1-07').file, kind: 'tiến độ', from: '1-07', to: '1-02' };
    expect(decide(fiveDeleted, [progress('1-01'), progress('1-07')], { renumber: true, replace: true })).toEqual({
      problems: [],
      repoints: [{ ...moved, id: '1-07', reason: '--renumber, cùng nội dung' }],
    });
    expect(decide(fiveDeleted, [progress('1-07')], { map: new Map([['1-07', '1-02']]), replace: true })).toEqual({
      problems: [],
      repoints: [{ ...moved, id: '1-07', reason: '--map' }],
    });
  });

  it('needs --replace to remove a task nothing points at, and nothing else', () => {
    const lastOfItem1Deleted = edited(173, 173);
    expect(diffPlans(plan, lastOfItem1Deleted).removedTasks.map((t) => t.id)).toEqual(['1-12']);
    expect(decide(lastOfItem1Deleted, [progress('1-07')]).problems).toEqual([expect.stringContaining('bỏ 1 nhiệm vụ (1-12)')]);
    expect(decide(lastOfItem1Deleted, [progress('1-07')], { replace: true }).problems).toEqual([]);
  });

  it('refuses removing a task with progress even with --replace, until --map says where it went', () => {
    const sevenDeleted = edited(168, 168);
    expect(decide(sevenDeleted, [progress('1-07')], { replace: true, renumber: true }).problems).toEqual([
      'Nhiệm vụ 1-07 không còn trong kế hoạch mới nhưng có tiến độ content/plan-progress/19-kh-ubnd-2023--1-07.yaml. Cho biết nhiệm vụ mới tương ứng bằng --map 1-07=<mã mới>, hoặc xóa tệp nếu nhiệm vụ bị bỏ thật.',
    ]);
    expect(decide(sevenDeleted, [progress('1-07')], { replace: true, map: new Map([['1-07', '1-06']]) }).problems).toEqual([]);
  });

  it('follows swapped rows with --renumber, for progress files and obligations alike', () => {
    const swapped = edited(163, 164, [lines[163]!, lines[162]!]);
    const obligation: TaskReference = { file: 'content/obligations/x.yaml', kind: 'nghĩa vụ', id: '1-03' };
    const refs = [progress('1-02'), progress('1-03'), obligation];
    expect(decide(swapped, refs).problems).toHaveLength(2);
    expect(decide(swapped, refs, { renumber: true })).toEqual({
      problems: [],
      repoints: [
        { ...progress('1-02'), from: '1-02', to: '1-03', reason: '--renumber, cùng nội dung' },
        { ...progress('1-03'), from: '1-03', to: '1-02', reason: '--renumber, cùng nội dung' },
        { ...obligation, from: '1-03', to: '1-02', reason: '--renumber, cùng nội dung' },
      ],
    });
  });

  it('pairs an edited task that also moved, but asks for --map rather than following it on its own', () => {
    const row168 = lines[167]!.replace('Ban hành Kế hoạch đào tạo', 'Ban hành và triển khai Kế hoạch đào tạo');
    const after = edited(163, 168, [row168]);
    const diff = diffPlans(plan, after);
    expect(movedTasks(diff).find((p) => p.from === '1-07')).toMatchObject({ to: '1-02', sameText: false, changed: ['nhiệm vụ'] });
    expect(decide(after, [progress('1-07')], { renumber: true, replace: true }).problems).toEqual([
      expect.stringMatching(
        /^Nhiệm vụ 1-07 đã sửa nội dung và có lẽ nay là 1-02 \("Ban hành và triển khai Kế hoạch đào tạo.*Kiểm tra, rồi chạy lại với --map 1-07=1-02\.$/,
      ),
    ]);
  });

  it('keeps progress on a task edited in place, and lists the edit', () => {
    const after = edited(168, 168, [lines[167]!.replace('Ban hành Kế hoạch đào tạo', 'Ban hành và triển khai Kế hoạch đào tạo')]);
    const diff = diffPlans(plan, after);
    expect(editedTasks(diff)).toEqual([expect.objectContaining({ from: '1-07', to: '1-07', changed: ['nhiệm vụ'] })]);
    expect(formatDiff(diff, 'x.yaml', { before: 71, after: 71 })).toContain('Nhiệm vụ sửa (1):\n  1-07: nhiệm vụ');
    expect(decide(after, [progress('1-07')])).toEqual({ problems: [], repoints: [] });
  });

  it('lists body paragraphs removed and added, with the part they stood in', () => {
    const after = edited(39, 39, ['- Một đoạn văn mới được thêm vào phần này của kế hoạch.']);
    const diff = diffPlans(plan, after);
    expect(diff.removedParagraphs).toEqual([{ where: 'phần II.1.a', text: expect.stringMatching(/^Thực hiện đúng, đủ việc công khai/) }]);
    expect(diff.addedParagraphs).toEqual([{ where: 'phần II.1.a', text: 'Một đoạn văn mới được thêm vào phần này của kế hoạch.' }]);
    expect(decide(after, []).problems).toEqual([expect.stringContaining('bỏ 1 đoạn văn')]);
  });

  it('refuses a milestone with progress that the new source no longer has', () => {
    const after = { ...plan, milestones: plan.milestones.slice(1) };
    const diff = diffPlans(plan, after);
    expect(diff.removedMilestones).toEqual([{ id: 'bao-cao-6-thang-dau-nam', title: 'Báo cáo 6 tháng đầu năm' }]);
    expect(decide(after, [progress('bao-cao-6-thang-dau-nam')], { replace: true }).problems).toEqual([
      expect.stringMatching(/^Mốc báo cáo bao-cao-6-thang-dau-nam không còn trong kế hoạch mới/),
    ]);
  });

  it('refuses a --map to a task that does not exist, from a task nothing points at, or onto a task already taken', () => {
    expect(decide(fiveDeleted, [progress('1-07')], { replace: true, map: new Map([['1-07', '1-99']]) }).problems).toContain(
      '--map 1-07=1-99: kế hoạch mới không có nhiệm vụ hay mốc 1-99.',
    );
    expect(decide(plan, [], { map: new Map([['1-03', '1-04']]) }).problems).toEqual([
      '--map 1-03=1-04: không có tệp tiến độ hay nghĩa vụ nào trỏ tới 1-03; kiểm tra lại mã cũ.',
    ]);
    expect(decide(plan, [progress('1-01'), progress('1-07')], { map: new Map([['1-07', '1-01']]) }).problems).toEqual([
      expect.stringMatching(/^Các tệp của 1-01, 1-07 .* sẽ cùng trỏ tới 1-01/),
    ]);
  });

  it('refuses a first import when files already point at the plan, since nothing shows where they pointed', () => {
    expect(decideReimport(null, plan, null, [progress('1-07')], none).problems).toEqual([
      expect.stringMatching(/^Chưa có tệp kế hoạch cũ để so sánh/),
    ]);
    expect(decideReimport(null, plan, null, [], none).problems).toEqual([]);
  });

  it('reads --map as old=new pairs, comma-separated or repeated', () => {
    expect(parseMapOption(['1-07=1-02,1-08=1-03', '3-04=3-05'])).toEqual(
      new Map([
        ['1-07', '1-02'],
        ['1-08', '1-03'],
        ['3-04', '3-05'],
      ]),
    );
    expect(() => parseMapOption(['1-07:1-02'])).toThrow('--map "1-07:1-02": cần dạng mã-cũ=mã-mới, ví dụ --map 1-07=1-02');
    expect(() => parseMapOption(['1-07=1-02,1-07=1-03'])).toThrow('--map: mã cũ 1-07 được ghi hai lần');
  });
});

describe('re-pointing the files that name a task', () => {
  const progressText = readFileSync('content/plan-progress/19-kh-ubnd-2023--1-01.yaml', 'utf8');

  it('changes only the task of a progress file, keeping its comment and layout', () => {
    expect(repointProgressText(progressText, '1-02')).toBe(progressText.replace('task: 1-01', 'task: 1-02'));
  });

  it('moves every reference of an obligation at once, so a swap stays a swap, and keeps its layout', () => {
    const text =
      'title: X\npapi: [{ dimension: 3 }]\nplanTasks: [19-kh-ubnd-2023/9-01, "19-kh-ubnd-2023/9-02", 5-kh-ubnd-2024/9-01]\ncadence: yearly\n';
    expect(
      repointObligationText(
        text,
        '19-kh-ubnd-2023',
        new Map([
          ['9-01', '9-02'],
          ['9-02', '9-01'],
        ]),
      ),
    ).toBe(
      'title: X\npapi: [{ dimension: 3 }]\nplanTasks: [19-kh-ubnd-2023/9-02, "19-kh-ubnd-2023/9-01", 5-kh-ubnd-2024/9-01]\ncadence: yearly\n',
    );
  });

  it('renames a progress file named after its task, and refuses to overwrite one that stays', () => {
    const repoint = (from: string, to: string): Repoint => ({
      file: `p/19-kh-ubnd-2023--${from}.yaml`,
      kind: 'tiến độ',
      from,
      to,
      reason: '--map',
    });
    const read = () => progressText;
    const swap = repointChanges('19-kh-ubnd-2023', [repoint('1-01', '1-02'), repoint('1-02', '1-01')], read, () => true);
    expect([...swap.write.keys()]).toEqual(['p/19-kh-ubnd-2023--1-02.yaml', 'p/19-kh-ubnd-2023--1-01.yaml']);
    expect(swap.remove).toEqual([]);
    expect(swap.problems).toEqual([]);
    const onto = repointChanges('19-kh-ubnd-2023', [repoint('1-01', '1-02')], read, () => true);
    expect(onto.problems).toEqual([
      'Không đổi được tên p/19-kh-ubnd-2023--1-01.yaml thành p/19-kh-ubnd-2023--1-02.yaml: tệp ấy đã có. Gộp hai tệp bằng tay rồi chạy lại.',
    ]);
    const rename = repointChanges('19-kh-ubnd-2023', [repoint('1-01', '1-02')], read, () => false);
    expect(rename.remove).toEqual(['p/19-kh-ubnd-2023--1-01.yaml']);
    expect(rename.lines).toEqual(['p/19-kh-ubnd-2023--1-01.yaml → p/19-kh-ubnd-2023--1-02.yaml: nhiệm vụ 1-01 → 1-02 (--map)']);
  });
});
