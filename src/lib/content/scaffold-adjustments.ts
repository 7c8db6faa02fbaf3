/**
 * What a generic scaffold cannot guess for some collections: rules that tie fields together (a schedule
 * needs a session or a rule; a holiday list belongs to its year; progress names a real task).
 */
import type { CollectionName } from '../../collections.ts';
import type { CheckedContent } from './check.ts';
import { addDays } from '../calendar/iso.ts';

export interface AdjustContext {
  today: string;
  /** Ids and data of the existing content, by collection. */
  content: CheckedContent;
}

export const scaffoldAdjustments: Partial<Record<CollectionName, (record: Record<string, unknown>, ctx: AdjustContext) => void>> = {
  receptions(record, { today }) {
    record['sessions'] = [{ date: addDays(today, 14), announcedOn: today }];
  },
  obligations(record) {
    record['cadence'] = 'on-change';
  },
  holidays(record) {
    const year = record['year'] as number;
    record['daysOff'] = [{ from: `${year}-01-01`, to: `${year}-01-01`, name: 'Tết Dương lịch' }];
  },
  planProgress(record, { content }) {
    const plan = content.plans[0];
    const tasks = plan?.data.annex.tasks ?? [];
    const done = new Set(content.planProgress.map((p) => `${p.data.plan}/${p.data.task}`));
    const task = tasks.find((t) => !done.has(`${plan!.id}/${t.id}`)) ?? tasks[0];
    if (plan && task) {
      record['plan'] = plan.id;
      record['task'] = task.id;
    }
  },
};
