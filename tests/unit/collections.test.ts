/**
 * The collection manifest (src/collections.ts) is the one list of collections: every folder of content/ and
 * of every full content folder among the fixtures has its entry, every entry has a schema and its folder,
 * and what other code names (references, obligations, scaffold kinds, open-data slugs) is in it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { collectionByFolder, collectionDefs, editableCollections, type CollectionName } from '../../src/collections.ts';
import { ATTACHMENTS_DIR } from '../../src/lib/content/files.ts';
import { fulfillingCollections } from '../../src/schemas/obligation.ts';
import { areaKinds } from '../../src/schemas/area.ts';
import { entrySearchType } from '../../src/lib/search/entry-type.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const contentDir = path.join(repo, 'content');
const fixturesDir = path.join(repo, 'tests/fixtures');
const names = Object.keys(collectionDefs) as CollectionName[];

/** A fixture is a full content folder when it has the locality's settings, as every content folder must. */
const contentFixtures = readdirSync(fixturesDir).filter((d) => existsSync(path.join(fixturesDir, d, 'locality.yaml')));

/** The folders and top-level files of a content folder that no manifest entry reads (attachments aside). */
function unlisted(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => !(e.isDirectory() && e.name === ATTACHMENTS_DIR))
    .filter((e) => {
      const name = collectionByFolder.get(e.name);
      if (!name) return true;
      return e.isDirectory() !== 'dir' in collectionDefs[name].source;
    })
    .map((e) => e.name);
}

const work = mkdtempSync(path.join(tmpdir(), 'portal-collections-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the collection manifest', () => {
  it('has an entry for every folder of content/', () => {
    expect(unlisted(contentDir)).toEqual([]);
  });

  it('finds the full content folders among the fixtures', () => {
    expect(contentFixtures.length).toBeGreaterThanOrEqual(4);
  });

  it.each(contentFixtures)('has an entry for every folder of the %s fixture', (fixture) => {
    expect(unlisted(path.join(fixturesDir, fixture))).toEqual([]);
  });

  it('names a folder no entry reads', () => {
    const root = path.join(work, 'stray');
    mkdirSync(path.join(root, 'notices'), { recursive: true });
    mkdirSync(path.join(root, 'thong-bao-cu'));
    mkdirSync(path.join(root, ATTACHMENTS_DIR));
    writeFileSync(path.join(root, 'locality.yaml'), '');
    // A folder named like a single-file collection is not that collection.
    mkdirSync(path.join(root, 'plans.yaml'));
    expect(unlisted(root).sort()).toEqual(['plans.yaml', 'thong-bao-cu']);
  });

  it.each(names)('gives %s a schema and a folder (or file) that exists in content/', (name) => {
    const def = collectionDefs[name];
    expect(def.schema).toBeInstanceOf(z.ZodObject);
    const source = 'dir' in def.source ? def.source.dir : def.source.file;
    expect(existsSync(path.join(contentDir, source)), `content/${source}`).toBe(true);
  });

  it('reads each folder for one collection only', () => {
    expect(collectionByFolder.size).toBe(names.length);
  });

  it('refers only to collections it lists, and so do the obligations', () => {
    for (const name of names) for (const ref of collectionDefs[name].refs) expect(names, `${name}.${ref.field}`).toContain(ref.to);
    for (const c of fulfillingCollections) expect(names).toContain(c);
  });

  it('lets exactly the collections the obligation form offers fulfil an obligation, each with its list page and entry pages', () => {
    // The obligation schema's choice list (the editing UI's select) is checked here against the manifest, which says how each counts.
    const counted = names.filter((n) => collectionDefs[n].compliance);
    expect([...fulfillingCollections].sort()).toEqual(counted.sort());
    for (const name of counted) expect(collectionDefs[name].pages?.list?.(), name).toMatch(/^\/.+\/$/);
  });

  it("names the search result type of entry pages from the manifest, in the dictionary's words", () => {
    expect(entrySearchType('procedures')).toBe('Thủ tục hành chính');
    expect(entrySearchType('contacts')).toBe('Danh bạ');
    expect(() => entrySearchType('holidays')).toThrow(/pages.searchType/);
  });

  it('gives every kind of `npm run new` and every open-data dataset its own name', () => {
    const kinds = names.map((n) => collectionDefs[n].scaffold).filter((k) => k !== false);
    expect(new Set(kinds).size).toBe(kinds.length);
    const slugs = names.flatMap((n) => collectionDefs[n].openData?.slug ?? []);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('keeps the imported plans out of the editing UI and `npm run new`', () => {
    expect(Object.keys(editableCollections)).not.toContain('plans');
    expect(collectionDefs.plans.scaffold).toBe(false);
    expect(Object.keys(editableCollections)).toContain('notices');
  });

  it('labels every kind of area, thị trấn included', () => {
    expect(Object.values(areaKinds)).toEqual(['Phường', 'Xã', 'Thị trấn']);
  });
});
