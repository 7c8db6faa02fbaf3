/**
 * Readings of a particular seed that no general rule can make, written down once so that every re-import
 * keeps them and readers are told. A general rule would be wrong here: an empty cell continuing a merged
 * cell across a new sub-dimension is routine in item 6 (one office leads all of it) and doubtful in item 7;
 * whether a result fits its task is a matter of meaning, not layout. So each judgement names its plan and
 * finds its row by the start of the task's text (not by line: rows added or deleted elsewhere in the seed
 * must not move it), and the import stops if that row is gone or no longer as described (the merged cell
 * filled in, the result rewritten): a changed row must be read again by a person.
 */
import { comparableText } from '../text.ts';
import { blocksText } from './blocks.ts';
import { PlanImportError, type ImportReport } from './report.ts';
import type { PlanTask, TaskInference } from '../../schemas/plan.ts';

interface Judgement {
  /** The start of the task's text: finds the row. */
  taskStart: string;
  /** For a shifted result: the start of the result as judged. */
  resultStart?: string;
  inference: Omit<TaskInference, 'neighbour'>;
  /** The start of the text of the task a shifted result may belong to (recorded as that task's id). */
  neighbourStart?: string;
  /** Seed line when the judgement was made, for whoever reads this table. */
  seedLine: number;
  /** Why, for the import report and for whoever reads this table. */
  why: string;
}

/** By plan id (slug of number and year). */
export const SEED_JUDGEMENTS: Record<string, Judgement[]> = {
  '19-kh-ubnd-2023': [
    {
      seedLine: 186,
      taskStart: 'Thực hiện thu chi các khoản kinh phí',
      inference: { kind: 'inherited-sub-dimension', columns: ['subDimension'] },
      why: 'ô nội dung thành phần trống; nhiệm vụ thu chi ngân sách không thuộc "b) Công khai minh bạch danh sách hộ nghèo" ở hàng trên mà gần với "c) Công khai minh bạch ngân sách xã, phường" ở hàng dưới',
    },
    {
      seedLine: 218,
      taskStart: 'Tăng cường trách nhiệm phối hợp giữa các cơ quan',
      resultStart: 'Trên 95% hồ sơ giải quyết TTHC',
      inference: { kind: 'shifted-result', columns: ['result'] },
      neighbourStart: 'Tổ chức thực hiện hiệu quả công tác tiếp nhận',
      why: 'kết quả "100% hồ sơ trễ hạn phải được xin lỗi" ở hàng dưới khớp với nhiệm vụ xin lỗi khi trễ hạn ở hàng này',
    },
    {
      seedLine: 219,
      taskStart: 'Tổ chức thực hiện hiệu quả công tác tiếp nhận',
      resultStart: '100% hồ sơ trễ hạn phải được xin lỗi',
      inference: { kind: 'shifted-result', columns: ['result'] },
      neighbourStart: 'Tăng cường trách nhiệm phối hợp giữa các cơ quan',
      why: 'kết quả "100% hồ sơ trễ hạn phải được xin lỗi" không khớp nhiệm vụ tiếp nhận phản ánh, kiến nghị ở hàng này',
    },
    {
      seedLine: 233,
      taskStart: 'Xây dựng trường học an toàn',
      inference: { kind: 'ambiguous-merge', columns: ['lead', 'timeline'] },
      why: 'đơn vị chủ trì và thời gian trống ở đầu "b) Giáo dục tiểu học"; ô gộp từ dòng 231 (dịch vụ y tế) có thể không kéo sang, còn "Phòng Giáo dục và Đào tạo" ở dòng 235 có thể là ô gộp của các hàng này',
    },
    {
      seedLine: 234,
      taskStart: 'Công tác phổ cập giáo dục',
      inference: { kind: 'ambiguous-merge', columns: ['lead', 'timeline'] },
      why: 'như hàng 7-08 ở trên',
    },
  ],
};

const RULE = 'suy luận của cổng (ghi trong judgements.ts)';

/** Adds the plan's judgements to its tasks; throws if a judged row is gone or no longer as the table describes it. */
export function applyJudgements(planId: string, tasks: PlanTask[], report: ImportReport, judgements = SEED_JUDGEMENTS): void {
  const startsWith = (text: string, start: string) => comparableText(text).startsWith(comparableText(start));
  const find = (start: string, seedLine: number) => {
    const found = tasks.filter((t) => startsWith(blocksText(t.task), start));
    if (found.length !== 1)
      throw new PlanImportError(
        found[0]?.sourceLine ?? seedLine,
        `${found.length ? 'nhiều' : 'không có'} nhiệm vụ bắt đầu bằng "${start}…"; đọc lại hàng này và sửa src/lib/plan-import/judgements.ts`,
      );
    return found[0]!;
  };
  for (const j of judgements[planId] ?? []) {
    const task = find(j.taskStart, j.seedLine);
    const changed = (what: string) =>
      new PlanImportError(task.sourceLine, `${task.id}: ${what}; đọc lại hàng này và sửa src/lib/plan-import/judgements.ts`);
    if (j.inference.kind !== 'shifted-result' && !j.inference.columns.every((c) => task.inherited.includes(c)))
      throw changed(`các cột ${j.inference.columns.join(', ')} không còn là ô trống tiếp nối ô gộp`);
    if (j.resultStart !== undefined && !startsWith(blocksText(task.result), j.resultStart))
      throw changed(`kết quả không còn bắt đầu bằng "${j.resultStart}…"`);
    const neighbour = j.neighbourStart === undefined ? undefined : find(j.neighbourStart, j.seedLine).id;
    task.inferences.push({ ...j.inference, ...(neighbour ? { neighbour } : {}) });
    report.repairs.push({ line: task.sourceLine, rule: RULE, message: `${task.id}: ${j.why}` });
  }
}
