/** Procedures and forms as pages need them. */
import { getCollection, getEntry } from 'astro:content';
import { formUsage } from '../lib/procedures.ts';

export async function getProcedures() {
  return (await getCollection('procedures')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'vi'));
}

export async function getForms() {
  return (await getCollection('forms')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'vi'));
}

export async function getForm(id: string) {
  const entry = await getEntry('forms', id);
  if (!entry) throw new Error(`Không có biểu mẫu "${id}"`);
  return entry;
}

export async function getFormUsage() {
  return formUsage(await getProcedures());
}
