/** Procedures and forms as pages need them. */
import { getCollection } from 'astro:content';
import { formUsage } from '../lib/procedures.ts';

export async function getProcedures() {
  return (await getCollection('procedures')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'vi'));
}

export async function getForms() {
  return (await getCollection('forms')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'vi'));
}

export async function getFormUsage() {
  return formUsage(await getProcedures());
}
