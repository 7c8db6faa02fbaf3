/**
 * Where each task of a plan stands on the build date. Neither late state is entered by hand: after a task's
 * stated deadline (the day after it), a task whose progress record says it is not done is "Quá hạn"; a task
 * with no progress record at all is "Chưa có báo cáo" — nobody reported, which is not the same as failing.
 */
export type EnteredStatus = 'chua-bat-dau' | 'dang-thuc-hien' | 'hoan-thanh';
export type TaskStatus = EnteredStatus | 'chua-co-bao-cao' | 'qua-han';

export const STATUS_ORDER: TaskStatus[] = ['hoan-thanh', 'dang-thuc-hien', 'chua-bat-dau', 'chua-co-bao-cao', 'qua-han'];

/** @param entered the status in the task's progress record, undefined when there is none */
export function taskStatus(entered: EnteredStatus | undefined, deadline: { by?: string | undefined }, today: string): TaskStatus {
  if (entered === 'hoan-thanh') return 'hoan-thanh';
  if (deadline.by !== undefined && deadline.by < today) return entered === undefined ? 'chua-co-bao-cao' : 'qua-han';
  return entered ?? 'chua-bat-dau';
}

export type StatusCounts = Record<TaskStatus, number>;

export function countStatuses(statuses: TaskStatus[]): StatusCounts {
  const counts: StatusCounts = { 'hoan-thanh': 0, 'dang-thuc-hien': 0, 'chua-bat-dau': 0, 'chua-co-bao-cao': 0, 'qua-han': 0 };
  for (const s of statuses) counts[s]++;
  return counts;
}

export interface ItemProgress {
  item: number;
  name: string;
  total: number;
  counts: StatusCounts;
}

/** Counts per plan item, in item order. */
export function progressByItem(items: { number: number; name: string }[], tasks: { item: number; status: TaskStatus }[]): ItemProgress[] {
  return items.map((item) => {
    const mine = tasks.filter((t) => t.item === item.number).map((t) => t.status);
    return { item: item.number, name: item.name, total: mine.length, counts: countStatuses(mine) };
  });
}

/** Share of tasks done, as a whole percentage (0 when there are none). */
export function percentDone(counts: StatusCounts): number {
  const total = STATUS_ORDER.reduce((n, s) => n + counts[s], 0);
  return total === 0 ? 0 : Math.round((counts['hoan-thanh'] / total) * 100);
}
