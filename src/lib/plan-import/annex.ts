/**
 * The annex "Biểu tổng hợp nhiệm vụ": a tab-separated table with the quirks of its export. Each quirk has
 * one explicit rule below, and every use of a rule is reported with its line.
 */
import { dimensionByName, dimensionBySubDimension } from '../papi.ts';
import { normalizeSpace } from '../text.ts';
import { matchUnits, type NamedUnit } from '../unit-match.ts';
import type { Plan, PlanTask } from '../../schemas/plan.ts';
import { parseDeadline } from '../plan/deadline.ts';
import { cellBlocks } from './blocks.ts';
import { PlanImportError, type ImportReport } from './report.ts';
import type { SourceLine } from './body.ts';

export const ANNEX_COLUMNS = [
  'TT',
  'Chỉ số nội dung',
  'Nội dung thành phần',
  'Nhiệm vụ',
  'Kết quả',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp thực hiện',
  'Thời gian thực hiện',
] as const;
const HEADER_FIRST = new Set(['TT', 'STT', 'IT']);
const STRAY_LINES = new Set(['ỦY BAN NHÂN DÂN']);
const SUB_DIMENSION = /^([a-zđ])\)\s+(.+)$/;
const TIMELINE = /^(thường xuyên|năm \d{4}|trong năm|quý|hoàn thành|trước |sau khi|định kỳ|\d{1,2}\/\d{4})/i;

/** The annex as the plan's schema records it: its items, and its tasks with where each came from in the seed. */
export type Annex = Plan['annex'];
export type AnnexItem = Annex['items'][number];
export type AnnexTask = PlanTask;
export type InheritedColumn = PlanTask['inherited'][number];

function isHeader(cells: string[]): boolean {
  return HEADER_FIRST.has(cells[0]!.trim()) && cells[1]?.trim() === ANNEX_COLUMNS[1];
}

function checkHeader(cells: string[], line: number): void {
  const names = cells.map((c) => c.trim());
  while (names.length > ANNEX_COLUMNS.length && names[names.length - 1] === '') names.pop();
  const expected = ANNEX_COLUMNS.slice(1);
  const same = names.length === ANNEX_COLUMNS.length && HEADER_FIRST.has(names[0]!) && expected.every((c, i) => names[i + 1] === c);
  if (!same) {
    throw new PlanImportError(
      line,
      `bố cục cột không nhận ra: "${names.join(' | ')}"; cần ${ANNEX_COLUMNS.length} cột: ${ANNEX_COLUMNS.join(' | ')}`,
    );
  }
}

export function parseAnnex(lines: SourceLine[], units: NamedUnit[], planYear: number, report: ImportReport): Annex {
  let i = 0;
  const titleParts: SourceLine[] = [];
  let caption = '';
  // Title lines (capitals, possibly broken across lines) up to the caption "(Kèm theo …)".
  for (; i < lines.length; i++) {
    const t = normalizeSpace(lines[i]!.text);
    if (!t) continue;
    if (/^\(Kèm theo/.test(t)) {
      caption = t;
      i++;
      break;
    }
    if (t.includes('\t')) break;
    titleParts.push({ line: lines[i]!.line, text: t });
  }
  if (titleParts.length > 1) {
    report.repairs.push({
      line: titleParts[1]!.line,
      rule: 'nối tiêu đề phụ lục bị xuống dòng',
      message: `nối ${titleParts.length} dòng tiêu đề thành một`,
    });
  }
  const title = titleParts.map((p) => p.text).join(' ');

  const items: AnnexItem[] = [];
  const tasks: AnnexTask[] = [];
  let headerSeen = false;
  let item: AnnexItem | undefined;
  let sub: AnnexTask['subDimension'] = null;
  let above: { lead: string; coordinators: string; timeline: string; result: string } | undefined;
  let taskCount = 0;

  for (; i < lines.length; i++) {
    const { line, text } = lines[i]!;
    if (text.trim() === '') continue;
    const cells = text.split('\t');
    if (cells.length === 1) {
      if (STRAY_LINES.has(text.trim())) {
        report.skipped.push({ line, rule: 'dòng lạc giữa bảng (đầu trang của bản xuất)', text: text.trim() });
        continue;
      }
      throw new PlanImportError(line, `dòng không thuộc bảng và không đặt được vào đâu: "${text.trim().slice(0, 60)}"`);
    }
    if (HEADER_FIRST.has(cells[0]!.trim())) {
      checkHeader(cells, line);
      if (headerSeen) report.skipped.push({ line, rule: 'dòng tiêu đề cột lặp lại ở đầu trang', text: cells.slice(0, 3).join(' | ') });
      headerSeen = true;
      continue;
    }
    if (!headerSeen) throw new PlanImportError(line, 'bảng phụ lục không có dòng tiêu đề cột (TT, Chỉ số nội dung, …)');
    if (cells.length < ANNEX_COLUMNS.length) {
      throw new PlanImportError(line, `hàng bị cụt: có ${cells.length} cột, cần ${ANNEX_COLUMNS.length}`);
    }
    const extra = cells.slice(ANNEX_COLUMNS.length).filter((c) => c.trim() !== '');
    if (extra.length) throw new PlanImportError(line, `hàng có nội dung ngoài ${ANNEX_COLUMNS.length} cột: "${extra[0]!.slice(0, 40)}"`);
    if (isHeader(cells)) continue;

    let [no, dimension, subDimension, task, result, lead, coordinators, timeline] = cells
      .slice(0, ANNEX_COLUMNS.length)
      .map((c) => c.trim()) as [string, string, string, string, string, string, string, string];

    // Rule: a sub-dimension ("a) …") written in the dimension column belongs to the next column.
    if (SUB_DIMENSION.test(dimension) && !subDimension) {
      report.repairs.push({
        line,
        rule: 'nội dung thành phần lệch sang cột chỉ số',
        message: `"${dimension}" chuyển sang cột Nội dung thành phần`,
      });
      subDimension = dimension;
      dimension = '';
    }
    // Rule: a timeline written in the coordinating-units column, with the timeline column empty.
    let coordinatorsMissing = false;
    if (!timeline && TIMELINE.test(coordinators)) {
      report.repairs.push({
        line,
        rule: 'thời gian lệch sang cột đơn vị phối hợp',
        message: `"${coordinators}" chuyển sang cột Thời gian thực hiện; hàng này không ghi đơn vị phối hợp`,
      });
      timeline = coordinators;
      coordinators = '';
      coordinatorsMissing = true;
    }

    if (no) {
      if (!/^\d+$/.test(no)) throw new PlanImportError(line, `cột TT phải là số thứ tự của mục, đang là "${no}"`);
      const number = Number(no);
      let name = dimension;
      let dim = name ? dimensionByName(name) : undefined;
      const nameInferred = !name;
      // Rule: an item whose name is missing takes the name of the PAPI dimension its first sub-dimension belongs to.
      if (!name) {
        dim = dimensionBySubDimension(subDimension);
        if (!dim)
          throw new PlanImportError(line, `mục ${number} không có tên và không suy ra được từ nội dung thành phần "${subDimension}"`);
        name = dim.name;
        report.repairs.push({
          line,
          rule: 'bổ sung tên chỉ số nội dung bị thiếu',
          message: `mục ${number}: "${name}" (Chỉ số PAPI nội dung ${dim.number}, suy từ "${subDimension}")`,
        });
      }
      item = { number, name, nameInferred, papiDimension: dim?.number ?? null };
      items.push(item);
      sub = null;
      above = undefined;
      taskCount = 0;
    } else if (dimension) {
      throw new PlanImportError(line, `cột Chỉ số nội dung có "${dimension.slice(0, 40)}" nhưng cột TT trống`);
    }
    if (!item) throw new PlanImportError(line, 'hàng nhiệm vụ đứng trước mục đầu tiên (cột TT trống)');

    const inherited: InheritedColumn[] = [];
    if (subDimension) {
      const m = SUB_DIMENSION.exec(subDimension);
      sub = m ? { letter: m[1]!, name: m[2]! } : { letter: null, name: subDimension };
    } else if (sub) inherited.push('subDimension');

    if (!task) throw new PlanImportError(line, 'hàng không có nội dung ở cột Nhiệm vụ');

    // Rule: an empty cell continues the merged cell above it, within the same item.
    const fill = (column: 'lead' | 'coordinators' | 'timeline' | 'result', value: string): string => {
      if (value || !above) return value;
      if (column === 'coordinators' && coordinatorsMissing) return value;
      if (!above[column]) return value;
      inherited.push(column);
      return above[column];
    };
    lead = fill('lead', lead);
    coordinators = fill('coordinators', coordinators);
    timeline = fill('timeline', timeline);
    result = fill('result', result);
    if (inherited.some((c) => c !== 'subDimension')) {
      report.repairs.push({
        line,
        rule: 'ô trống tiếp nối ô gộp phía trên',
        message: `lấy ${inherited
          .filter((c) => c !== 'subDimension')
          .map(columnName)
          .join(', ')} từ hàng trên`,
      });
    }
    above = { lead, coordinators, timeline, result };

    const leadMatch = matchUnits(lead, units);
    const coordinatorMatch = matchUnits(coordinators, units);
    for (const text of leadMatch.unmatched) report.unmatchedUnits.push({ line, column: 'Đơn vị chủ trì', text });
    for (const text of coordinatorMatch.unmatched) report.unmatchedUnits.push({ line, column: 'Đơn vị phối hợp', text });
    if (leadMatch.ids.length === 0) throw new PlanImportError(line, `không xác định được đơn vị chủ trì từ "${lead}"`);

    const taskBlocks = cellBlocks(task);
    const resultBlocks = cellBlocks(result);
    for (const rule of new Set([...taskBlocks.rules, ...resultBlocks.rules])) {
      report.repairs.push({ line, rule, message: 'đọc định dạng trong ô' });
    }

    taskCount++;
    tasks.push({
      id: `${item.number}-${String(taskCount).padStart(2, '0')}`,
      item: item.number,
      subDimension: sub,
      task: taskBlocks.blocks,
      result: resultBlocks.blocks,
      lead: leadMatch.ids,
      leadText: lead,
      coordinators: coordinatorMatch.ids,
      coordinatorsText: coordinators,
      timeline,
      deadline: parseDeadline(timeline, planYear),
      inherited,
      // Judgements about particular rows are added once the plan is known (judgements.ts).
      inferences: [],
      sourceLine: line,
    });
  }
  if (!headerSeen) throw new PlanImportError(lines[0]?.line ?? 1, 'không tìm thấy bảng phụ lục (dòng tiêu đề cột TT, Chỉ số nội dung, …)');
  return { title, caption, items, tasks };
}

function columnName(column: InheritedColumn): string {
  return {
    subDimension: 'nội dung thành phần',
    lead: 'đơn vị chủ trì',
    coordinators: 'đơn vị phối hợp',
    timeline: 'thời gian',
    result: 'kết quả',
  }[column];
}
