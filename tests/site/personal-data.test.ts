/**
 * Personal data in the built site (Law on Personal Data Protection 91/2025/QH15), with every name taken
 * from content/ so that no hand list can fall behind:
 * - household names (poverty reviews) stand only on their list's own page, while it is posted: in no other
 *   page, Pagefind fragment, feed, sitemap or open-data file; a list page showing them is noindex and out
 *   of the sitemap;
 * - the privacy notice exists, gives the operator's contacts from locality.yaml, and is linked from the
 *   footer of every page and, next to the names, from every page that names a person.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readCollectionFiles } from '../../src/lib/content/read.ts';
import { routes } from '../../src/lib/routes.ts';
import { distDir, htmlPages, loadPage, readPage, searchFragmentsText } from '../support/dist.ts';
import { search } from '../support/pagefind.ts';

type Data = Record<string, unknown>;
const records = (dir: string, format: 'yaml' | 'md') => readCollectionFiles('content', { dir, format });
const namesIn = (list: unknown) =>
  Array.isArray(list) ? (list as { name?: unknown }[]).map((p) => p.name).filter((n): n is string => typeof n === 'string') : [];

const lists = records('poverty-reviews', 'md');
const householdNames = [...new Set(lists.flatMap((l) => namesIn(l.data['households'])))];
/** Everyone content names: households, officials in the directories and reception schedules, signers. */
const peopleNames = [
  ...new Set([
    ...householdNames,
    ...records('contacts', 'yaml').flatMap((c) => namesIn(c.data['people'])),
    ...records('reception', 'yaml').flatMap((r) => namesIn([r.data['official']])),
    ...records('documents', 'md').flatMap((d) => namesIn([d.data['signer']])),
    ...records('plans', 'yaml').flatMap((p) => namesIn([p.data['signer']])),
  ]),
];

// A name as a whole name: "Nguyễn Văn A" is not found in "Nguyễn Văn An".
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (names: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
const households = pattern(householdNames);
const people = pattern(peopleNames);

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));
const text = (file: string) => readFileSync(file, 'utf8');
const rel = (file: string) => path.relative(distDir, file);
const listPages = new Set(lists.map((l) => `/cong-khai/ho-ngheo/${l.id}/`));
/** Pages showing household rows: the lists inside their posting period. */
const pagesWithHouseholds = htmlPages().filter((p) => readPage(p).includes('data-ho-gia-dinh'));

describe('household names from the lists that name people', () => {
  it('are taken from content, and some list shows them on its page in this build', () => {
    expect(householdNames.length).toBeGreaterThan(3);
    expect(pagesWithHouseholds.length).toBeGreaterThan(0);
    for (const p of pagesWithHouseholds) expect(listPages.has(p), p).toBe(true);
  });

  it('stand on no page but the list’s own', () => {
    const others = htmlPages().filter((p) => !listPages.has(p) && households.test(readPage(p)));
    expect(others).toEqual([]);
  });

  it('are in no Pagefind fragment', () => {
    const fragments = searchFragmentsText();
    expect(fragments.length).toBeGreaterThan(1000);
    expect(fragments.match(households)).toBeNull();
  });

  it('are in no feed and no sitemap', () => {
    const xml = files(distDir).filter((f) => f.endsWith('.xml'));
    expect(xml.filter((f) => f.endsWith('feed.xml')).length).toBeGreaterThan(1);
    expect(xml.filter((f) => path.basename(f).startsWith('sitemap')).length).toBeGreaterThan(0);
    expect(xml.filter((f) => households.test(text(f))).map(rel)).toEqual([]);
  });

  it('are in no open-data file, which gives the counts per area and category instead', () => {
    const openData = files(path.join(distDir, 'du-lieu-mo')).filter((f) => /\.(csv|json)$/.test(f));
    expect(openData.length).toBeGreaterThan(5);
    expect(openData.filter((f) => households.test(text(f))).map(rel)).toEqual([]);
    const rows = (JSON.parse(text(path.join(distDir, 'du-lieu-mo', 'ho-ngheo.json'))) as { items: { data: Data }[] }).items;
    expect(rows.length).toBe(lists.length);
    for (const r of rows) {
      expect(r.data['households']).toBeUndefined();
      expect(r.data['counts']).toMatchObject({ poor: expect.any(Number), nearPoor: expect.any(Number) });
    }
  });

  it('are in no other text file the site writes but the list’s own page and its posted files', () => {
    const own = new Set(pagesWithHouseholds.map((p) => path.join(distDir, p, 'index.html')));
    const written = files(distDir).filter(
      (f) => /\.(html|xml|json|csv|txt|ics|js)$/.test(f) && !own.has(f) && !rel(f).startsWith(`tep${path.sep}`),
    );
    expect(written.filter((f) => households.test(text(f))).map(rel)).toEqual([]);
  });

  it('make their list page noindex and keep it out of the sitemap; no other page is noindex', () => {
    const noindex = htmlPages().filter((p) => loadPage(p)('meta[name="robots"]').attr('content') === 'noindex');
    expect(noindex.sort()).toEqual([...pagesWithHouseholds].sort());
    const sitemap = files(distDir)
      .filter((f) => /sitemap-\d+\.xml$/.test(f))
      .map(text)
      .join('\n');
    for (const p of pagesWithHouseholds) expect(sitemap).not.toContain(p);
    expect(sitemap).toContain('/cong-khai/ho-ngheo/');
  });
});

describe('the privacy notice', () => {
  const notice = routes.privacyNotice();
  const locality = parse(readFileSync('content/locality.yaml', 'utf8')) as { email: string; hotline: string };

  it('says what is published, on which basis, for how long, how to object, and whom to write to', () => {
    const $ = loadPage(notice);
    expect($('h1').text()).toBe('Thông báo về dữ liệu cá nhân');
    const main = $('main').text();
    expect(main).toContain('91/2025/QH15');
    expect(main).toContain('thông tin công vụ');
    expect($('main h2').length).toBeGreaterThanOrEqual(5);
    expect($(`main a[href="mailto:${locality.email}"]`).length).toBeGreaterThan(0);
    expect($(`main a[href="tel:${locality.hotline.replace(/\D/g, '')}"]`).length).toBeGreaterThan(0);
  });

  it('is found by the site search', async () => {
    expect((await search('dữ liệu cá nhân')).map((h) => h.url)).toContain(notice);
  });

  it('is linked from the footer of every page', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((p) => loadPage(p)(`footer a[href="${notice}"]`).length === 0)).toEqual([]);
  });

  it('is linked, in the page’s own content, from every page that names a person', () => {
    expect(peopleNames.length).toBeGreaterThan(householdNames.length);
    const naming = htmlPages().filter((p) => people.test(loadPage(p)('main').text()));
    expect(naming.length).toBeGreaterThan(5);
    expect(naming.filter((p) => loadPage(p)(`main a[href="${notice}"]`).length === 0)).toEqual([]);
  });
});
