/**
 * Collection reads shared by many pages. Astro-aware, so kept out of src/lib.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildDate } from '../lib/dates.ts';
import { authorityStatus, successorsFor, type AuthorityFacts, type AuthorityStatus } from '../lib/authority.ts';

export async function getLocality() {
  const entry = await getEntry('locality', 'locality');
  if (!entry) throw new Error('Thiếu content/locality.yaml');
  return entry.data;
}

export async function getUnits() {
  return (await getCollection('units')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'vi'));
}

export async function getUnit(id: string) {
  const entry = await getEntry('units', id);
  if (!entry) throw new Error(`Không có đơn vị "${id}"`);
  return entry;
}

let unitsById: Promise<Map<string, { id: string } & CollectionEntry<'units'>['data']>> | undefined;

export async function getAuthorityStatus(id: string): Promise<AuthorityStatus> {
  unitsById ??= getCollection('units').then((all) => new Map(all.map((u) => [u.id, { id: u.id, ...u.data }])));
  const units = await unitsById;
  return authorityStatus(id, (unitId) => units.get(unitId), buildDate());
}

let areasById: Promise<Map<string, { id: string } & CollectionEntry<'areas'>['data']>> | undefined;

/** The successors a notice about a record of `unitId` names: the one serving the record's area (or the unit's own) when that decides it. */
export async function getNamedSuccessors(unitId: string, recordArea: string | undefined): Promise<AuthorityFacts[]> {
  const status = await getAuthorityStatus(unitId);
  areasById ??= getCollection('areas').then((all) => new Map(all.map((a) => [a.id, { id: a.id, ...a.data }])));
  const areas = await areasById;
  return successorsFor(status, recordArea, (id) => areas.get(id), buildDate());
}

export async function getAreas() {
  return (await getCollection('areas')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'vi'));
}

export async function getArea(id: string) {
  const entry = await getEntry('areas', id);
  if (!entry) throw new Error(`Không có địa bàn "${id}"`);
  return entry;
}

/** The Markdown pages of content/pages/, each at its `path`. */
export async function getContentPages() {
  return getCollection('pages');
}

/** The contact books, one per area, in the order of their files. */
export async function getContactBooks() {
  return getCollection('contacts');
}
