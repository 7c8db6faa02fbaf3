/** The locality's PAPI scores, oldest year first. A locality without any gets no dashboard and no links to it. */
import { getCollection } from 'astro:content';

export async function getPapiScores() {
  return (await getCollection('papiScores')).map((e) => e.data).sort((a, b) => a.year - b.year);
}

export async function hasPapiScores(): Promise<boolean> {
  return (await getPapiScores()).length > 0;
}
