/** Published questions and answers, with response times counted in working days. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { workingCalendar } from './reception.ts';
import { responseStats } from '../lib/questions.ts';
import { buildDate } from '../lib/dates.ts';

export type Question = CollectionEntry<'questions'>;

export interface QuestionView {
  entry: Question;
  url: string;
  /** Working days from question to answer, or to the build date while unanswered. */
  workingDays: number;
  onTime: boolean;
}

export async function getQuestions(): Promise<QuestionView[]> {
  const calendar = await workingCalendar();
  const today = buildDate();
  return (await getCollection('questions'))
    .sort((a, b) => b.data.askedOn.localeCompare(a.data.askedOn) || a.id.localeCompare(b.id))
    .map((entry) => {
      const workingDays = calendar.workingDaysBetween(entry.data.askedOn, entry.data.answeredOn ?? today);
      return { entry, url: `/hoi-dap/${entry.id}/`, workingDays, onTime: workingDays <= entry.data.limitWorkingDays };
    });
}

export async function getResponseStats() {
  const calendar = await workingCalendar();
  return responseStats(
    (await getCollection('questions')).map((q) => q.data),
    calendar,
    buildDate(),
  );
}
