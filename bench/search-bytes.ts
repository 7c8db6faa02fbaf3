/**
 * node bench/search-bytes.ts <dist> — what a visitor downloads to search: the Pagefind loader and
 * everything it fetches for a first query (WebAssembly, metadata, index chunks, the first 5 results'
 * fragments), then for a later, different query — searched as the search page does (runSearch, with its
 * đ and Telex variants). Run in its own process: it installs browser globals.
 * Sizes are bytes on the wire: Pagefind's own files are stored compressed; its scripts are counted gzipped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSize } from '../src/lib/page-weight.ts';
import { runSearch, type PagefindLike } from '../src/lib/search/run.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const queries = [process.argv[3] ?? 'giay phep xay dung', process.argv[4] ?? 'ngân sách phường'];
const fetched: { file: string; bytes: number }[] = [];
const g = globalThis as Record<string, unknown>;
g['fetch'] = async (input: string | URL) => {
  const url = new URL(String(input), 'http://127.0.0.1/');
  const file = path.join(dist, decodeURIComponent(url.pathname));
  const bytes = readFileSync(file);
  const onWire = /\.(js|json)$/.test(file) ? gzipSize(bytes) : bytes.length;
  fetched.push({ file: path.relative(dist, file), bytes: onWire });
  return new Response(bytes);
};
g['window'] ??= globalThis;
g['location'] ??= new URL('http://127.0.0.1/');
g['document'] ??= { currentScript: null, querySelector: () => null };

const loader = path.join(dist, 'pagefind', 'pagefind.js');
const api = (await import(pathToFileURL(loader).href)) as PagefindLike & {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
};
const total = () => fetched.reduce((n, f) => n + f.bytes, 0);

await api.options({ basePath: 'http://127.0.0.1/pagefind/' });
await api.init();
const first = await runSearch(api, queries[0]!);
await Promise.all(first.slice(0, 5).map((r) => r.data()));
const firstBytes = total() + gzipSize(readFileSync(loader));
const before = total();
const later = await runSearch(api, queries[1]!);
await Promise.all(later.slice(0, 5).map((r) => r.data()));

console.log(
  JSON.stringify({
    queries,
    firstQueryBytes: firstBytes,
    laterQueryBytes: total() - before,
    firstResults: first.length,
    laterResults: later.length,
    files: fetched.length,
    ...(process.env['BENCH_VERBOSE'] ? { breakdown: fetched } : {}),
  }),
);
