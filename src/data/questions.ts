/** Published questions and answers, with response times counted in working days. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { routes } from '../lib/routes.ts';
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

let questions: Promise<QuestionView[]> | undefined;

export function getQuestions(): Promise<QuestionView[]> {
  questions ??= loadQuestions();
  return questions;
}

async function loadQuestions(): Promise<QuestionView[]> {
  const calendar = await workingCalendar();
  const today = buildDate();
  return (await getCollection('questions'))
    .sort((a, b) => b.data.askedOn.localeCompare(a.data.askedOn) || a.id.localeCompare(b.id))
    .map((entry) => {
      const workingDays = calendar.workingDaysBetween(entry.data.askedOn, entry.data.answeredOn ?? today);
      return { entry, url: routes.question(entry.id), workingDays, onTime: workingDays <= entry.data.limitWorkingDays };
    });
}

let stats: Promise<ReturnType<typeof responseStats>> | undefined;

export function getResponseStats() {
  stats ??= (async () =>
    responseStats(
      (await getCollection('questions')).map((q) => q.data),
      await workingCalendar(),
      buildDate(),
    ))();
  return stats;
}
