import { describe, expect, it } from 'vitest';
import { htmlPages, readPage } from '../support/dist.ts';
import { pagefind, search } from '../support/pagefind.ts';
import { searchFacets, typeFacet } from '../../src/lib/search/contract.ts';
import { vi } from '../../src/i18n/vi.ts';
import { disclosureKinds } from '../../src/schemas/disclosures.ts';

describe('the Pagefind index of the built site', () => {
  it('indexes content pages and finds them by words of their text', async () => {
    const hits = await search('khả năng tiếp cận');
    expect(hits[0]?.url).toBe('/tiep-can/');
    expect(hits[0]?.title).toBe('Tuyên bố về khả năng tiếp cận');
  });

  it('finds a unit page by the unit name', async () => {
    const hits = await search('Phòng Nội vụ');
    expect(hits.map((h) => h.title)).toContain('Phòng Nội vụ thành phố Hưng Yên');
  });

  it('does not index the header, navigation or footer', async () => {
    // Words that appear only in the shell of every page.
    for (const shellOnly of ['Bỏ qua, đến nội dung chính', 'bộ công cụ mã nguồn mở', 'Cơ quan quản lý cổng: Phòng Văn hóa']) {
      const hits = await search(`"${shellOnly}"`);
      expect(hits, shellOnly).toEqual([]);
    }
  });

  it('indexes exactly the pages marked as content', async () => {
    const marked = htmlPages().filter((p) => readPage(p).includes('data-pagefind-body'));
    const everything = await search(null, {}, 10_000);
    expect(marked.length).toBeGreaterThan(20);
    expect(new Set(everything.map((h) => h.url))).toEqual(new Set(marked));
  });

  it('records the content type of each result', async () => {
    const [hit] = await search('Tuyên bố về khả năng tiếp cận');
    expect(hit?.meta['type']).toBe('Trang thông tin');
  });

  it('offers only the filters and types of the search contract, each type shown as it is filtered', async () => {
    const filters = await (await pagefind()).filters();
    expect(
      Object.keys(filters).every((name) => (searchFacets as readonly string[]).includes(name)),
      Object.keys(filters).join(', '),
    ).toBe(true);
    const knownTypes = new Set<string>([...Object.values(vi.searchTypes), ...Object.values(disclosureKinds).map((k) => k.label)]);
    expect(Object.keys(filters[typeFacet] ?? {}).filter((type) => !knownTypes.has(type))).toEqual([]);
    const everything = await search(null, {}, 10_000);
    expect(everything.filter((hit) => hit.meta['type'] !== hit.filters[typeFacet]?.[0]).map((hit) => hit.url)).toEqual([]);
  });
});
