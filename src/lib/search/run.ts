/**
 * Runs every variant of a query against Pagefind and merges the results, best first. Shared by the search
 * island and the relevance tests, so tests measure what visitors get.
 */
import { expandQuery } from './query.ts';

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindLike {
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface MergedResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}

export async function runSearch(pagefind: PagefindLike, query: string, filters: Record<string, unknown> = {}): Promise<MergedResult[]> {
  const variants = expandQuery(query);
  const options = Object.keys(filters).length ? { filters } : {};
  if (variants.length === 0) {
    // No words: list everything the filters allow.
    const all = await pagefind.search(null, options);
    return (all?.results ?? []).map((r) => ({ id: r.id, score: r.score, data: () => r.data() }));
  }
  const searches = await Promise.all(variants.map((v) => pagefind.search(v.text, options)));
  const best = new Map<string, MergedResult>();
  searches.forEach((found, i) => {
    for (const r of found?.results ?? []) {
      const score = r.score * variants[i]!.weight;
      const known = best.get(r.id);
      if (!known || score > known.score) best.set(r.id, { id: r.id, score, data: () => r.data() });
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score);
}
