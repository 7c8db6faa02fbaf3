/**
 * Searches the built Pagefind index from Node, as the browser would: pagefind.js is imported from dist/
 * with a fetch that reads the files, so relevance is tested on what visitors get.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertBuilt, distDir } from './dist.ts';

export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    q: string | null,
    o?: Record<string, unknown>,
  ): Promise<{
    results: {
      id: string;
      score: number;
      data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
    }[];
  }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loaded: Promise<PagefindApi> | undefined;

function installBrowserShims(): void {
  const g = globalThis as Record<string, unknown>;
  g['fetch'] = async (input: string | URL) => {
    const url = new URL(String(input), 'http://127.0.0.1/');
    const file = path.join(distDir, decodeURIComponent(url.pathname));
    return new Response(readFileSync(file));
  };
  g['window'] ??= globalThis;
  g['location'] ??= new URL('http://127.0.0.1/');
  g['document'] ??= { currentScript: null, querySelector: () => null };
}

export function pagefind(): Promise<PagefindApi> {
  loaded ??= (async () => {
    assertBuilt();
    installBrowserShims();
    const api = (await import(pathToFileURL(path.join(distDir, 'pagefind', 'pagefind.js')).href)) as PagefindApi;
    await api.options({ basePath: 'http://127.0.0.1/pagefind/' });
    await api.init();
    return api;
  })();
  return loaded;
}

export async function search(query: string | null, options: Record<string, unknown> = {}, limit = 10): Promise<SearchHit[]> {
  const api = await pagefind();
  const found = await api.search(query, options);
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => ({ url: d.url, title: d.meta['title'] ?? '', excerpt: d.excerpt, meta: d.meta, filters: d.filters }));
}
