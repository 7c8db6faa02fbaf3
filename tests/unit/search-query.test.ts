import { describe, expect, it } from 'vitest';
import { dSpellings, expandQuery, MAX_VARIANTS } from '../../src/lib/search/query.ts';
import { runSearch, type PagefindLike } from '../../src/lib/search/run.ts';

const texts = (q: string) => expandQuery(q).map((v) => v.text);

describe('turning what people type into queries', () => {
  it('tries each plain d as đ, keeping what was typed first', () => {
    expect(texts('dat dai')[0]).toBe('dat dai');
    expect(texts('dat dai').sort()).toEqual(['dat dai', 'dat đai', 'đat dai', 'đat đai'].sort());
    expect(dSpellings('HDND')).toEqual(['HDND', 'HĐND', 'HDNĐ', 'HĐNĐ']);
    expect(expandQuery('đất đai')[0]).toEqual({ text: 'đất đai', weight: 1 });
  });

  it('expands abbreviations and everyday names, both ways', () => {
    expect(texts('GCN QSDĐ')).toContain('giấy chứng nhận QSDĐ');
    expect(texts('GCN QSDĐ')).toContain('GCN quyền sử dụng đất');
    expect(texts('so do')).toContain('giấy chứng nhận quyền sử dụng đất');
    expect(texts('Ủy ban nhân dân phường')).toContain('UBND phường');
    expect(texts('cccd')).toContain('căn cước công dân');
  });

  it('also tries document numbers as their parts', () => {
    expect(texts('19/KH-UBND')).toContain('19 KH UBND');
  });

  it('recognises Telex leftovers', () => {
    expect(texts('chuwngs thuwcj ban sao')).toContain('chứng thực ban sao');
  });

  it('never runs more than a bounded number of searches', () => {
    expect(expandQuery('dang ky dat dai don de nghi duong dien').length).toBeLessThanOrEqual(MAX_VARIANTS);
    expect(expandQuery('   ')).toEqual([]);
  });
});

describe('merging the results of every variant', () => {
  const index: Record<string, { id: string; score: number }[]> = {
    'dat dai': [],
    'đat đai': [{ id: 'dat-dai', score: 5 }],
    'đat dai': [{ id: 'dat-dai', score: 2 }],
    'dat đai': [{ id: 'other', score: 1 }],
  };
  const pagefind: PagefindLike = {
    search: async (q) => ({
      results: (index[q ?? ''] ?? []).map((r) => ({ ...r, data: async () => ({ url: `/${r.id}/`, excerpt: '', meta: {}, filters: {} }) })),
    }),
  };

  it('keeps each page once with its best weighted score, best first', async () => {
    const merged = await runSearch(pagefind, 'dat dai');
    expect(merged.map((m) => m.id)).toEqual(['dat-dai', 'other']);
    expect(merged[0]!.score).toBeCloseTo(5 * 0.97);
  });
});
