/**
 * Relevance as citizens type: the shared suite (tests/search/shared-queries.tsv) and the project's own cases,
 * run through the same query expansion as the search page, against the real index.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSearch } from '../../src/lib/search/run.ts';
import { pagefind } from '../support/pagefind.ts';

function cases(file: string): { query: string; expected: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .slice(1)
    .map((l) => {
      const [query, expected] = l.split('\t');
      return { query: query!.trim(), expected: expected!.trim() };
    });
}

const norm = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

async function top3(query: string): Promise<string[]> {
  const merged = await runSearch(await pagefind(), query);
  const data = await Promise.all(merged.slice(0, 3).map((r) => r.data()));
  return data.map((d) => d.meta['title'] ?? '');
}

describe.each([
  ['shared suite', 'tests/search/shared-queries.tsv'],
  ['portal cases', 'tests/search/portal-queries.tsv'],
])('%s', (_name, file) => {
  const all = cases(file);
  it('has cases', () => expect(all.length).toBeGreaterThan(10));
  it.each(all)('"$query" → a top-3 title contains "$expected"', async ({ query, expected }) => {
    const titles = await top3(query);
    expect(
      titles.some((t) => norm(t).includes(norm(expected))),
      `top 3: ${titles.join(' | ')}`,
    ).toBe(true);
  });
});

describe('ranking', () => {
  const order = async (query: string) => {
    const merged = await runSearch(await pagefind(), query);
    return Promise.all(merged.slice(0, 20).map(async (r) => (await r.data()).url));
  };
  const road = '/cong-khai/thong-bao/tam-cam-duong-thi-cong-cong-thoat-nuoc-phuong-son-nam-2026/';
  const praise = '/cong-khai/thong-bao/tuyen-duong-nguoi-tot-viec-tot-phuong-pho-hien-2025/';
  const rank = (urls: string[], url: string) => (urls.includes(url) ? urls.indexOf(url) : Infinity);

  it('puts exact-diacritic matches above folded ones (đường, dương)', async () => {
    const forRoad = await order('đường');
    expect(rank(forRoad, road)).toBeLessThan(rank(forRoad, praise));
    const forPraise = await order('dương');
    expect(rank(forPraise, praise)).toBeLessThan(rank(forPraise, road));
  });

  it('finds both when typed without marks (duong)', async () => {
    const urls = await order('duong');
    expect(urls).toContain(road);
    expect(urls).toContain(praise);
  });
});
