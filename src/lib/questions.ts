/**
 * How quickly questions are answered, per unit: median and 90th-percentile working days to answer, and
 * the share answered within the legal time limit. An unanswered question counts against the unit once
 * its limit has passed.
 */
import type { Question } from '../schemas/question.ts';
import type { WorkingCalendar } from './calendar/working-days.ts';

/** What the statistics read of a question. */
export type QuestionTiming = Pick<Question, 'unit' | 'askedOn' | 'answeredOn' | 'limitWorkingDays'>;

export interface ResponseStats {
  unit: string;
  asked: number;
  answered: number;
  /** Working days from question to answer, answered questions only. */
  median: number | undefined;
  p90: number | undefined;
  /** Answered within the limit, over answered plus unanswered past their limit (0–1). */
  withinLimit: number | undefined;
  overdueOpen: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function responseStats(questions: QuestionTiming[], calendar: WorkingCalendar, today: string): ResponseStats[] {
  const units = [...new Set(questions.map((q) => q.unit))].sort();
  return units.map((unit) => {
    const mine = questions.filter((q) => q.unit === unit);
    const answered = mine.filter((q) => q.answeredOn);
    const days = answered.map((q) => calendar.workingDaysBetween(q.askedOn, q.answeredOn!)).sort((a, b) => a - b);
    const within = answered.filter((q) => calendar.workingDaysBetween(q.askedOn, q.answeredOn!) <= q.limitWorkingDays).length;
    const overdueOpen = mine.filter((q) => !q.answeredOn && calendar.workingDaysBetween(q.askedOn, today) > q.limitWorkingDays).length;
    const considered = answered.length + overdueOpen;
    return {
      unit,
      asked: mine.length,
      answered: answered.length,
      median: percentile(days, 50),
      p90: percentile(days, 90),
      withinLimit: considered ? within / considered : undefined,
      overdueOpen,
    };
  });
}
