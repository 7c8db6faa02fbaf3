/**
 * npm run bench [-- 1000 10000] [--keep] [--report] — builds the portal with its real templates over generated content of
 * each size, indexes it with Pagefind, and reports build and index time, pages per second, peak memory
 * of the build's process tree, dist and index size, per-template page weight (gzip) and the bytes of a
 * first and a later search. Figures go to bench/results/<N>.json and the table in bench/RESULTS.md.
 * A benchmark, not a test: it measures and never fails on a figure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateContent } from './generate.ts';
import { pageWeight } from '../src/lib/page-weight.ts';

const sizes = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
// --report rewrites RESULTS.md from the recorded figures without building.
const runSizes = process.argv.includes('--report') ? [] : sizes.length ? sizes : [1000, 10000];
const keep = process.argv.includes('--keep');
const buildDate = '2026-11-29';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}
const sizeOf = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0);

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const sum = (pid: number): number => (rss.get(pid) ?? 0) + (children.get(pid) ?? []).reduce((n, c) => n + sum(c), 0);
  return sum(root);
}

async function timedBuild(contentDir: string, distDir: string) {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    env: {
      ...process.env,
      PORTAL_CONTENT_DIR: contentDir,
      PORTAL_DIST_DIR: distDir,
      PORTAL_BUILD_DATE: buildDate,
      ASTRO_TELEMETRY_DISABLED: '1',
      CI: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(poll);
  if (code !== 0) throw new Error(`Bản dựng thất bại:\n${output.slice(-3000)}`);
  const seconds = (performance.now() - started) / 1000;
  const indexSeconds = Number(/Đã lập chỉ mục tìm kiếm cho \d+ trang trong ([\d.]+) giây/.exec(output)?.[1] ?? NaN);
  // "12073 page(s) built in 1m 16s" or "… built in 58.2s": Astro's own count, its clock includes the index.
  const pagesLine = /\[build\] (\d+) page\(s\) built in (?:(\d+)m )?([\d.]+)s/.exec(output);
  const astroSeconds = pagesLine ? Number(pagesLine[2] ?? 0) * 60 + Number(pagesLine[3]) : NaN;
  return { seconds, indexSeconds, astroPages: Number(pagesLine?.[1]), astroSeconds, peakMemory: peak };
}

function weightsByTemplate(distDir: string) {
  const read = (sitePath: string) => new Uint8Array(readFileSync(path.join(distDir, decodeURIComponent(sitePath))));
  const seen = new Map<string, ReturnType<typeof pageWeight> & { page: string }>();
  for (const file of filesUnder(distDir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const html = readFileSync(file, 'utf8');
    const route = /<body[^>]*data-route="([^"]+)"/.exec(html)?.[1] ?? '(khác)';
    if (seen.has(route)) continue;
    seen.set(route, { page: '/' + path.relative(distDir, file).replace(/index\.html$/, ''), ...pageWeight(html, read) });
  }
  return Object.fromEntries([...seen].sort(([a], [b]) => a.localeCompare(b)));
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;

mkdirSync('bench/results', { recursive: true });
for (const count of runSizes) {
  const work = mkdtempSync(path.join(os.tmpdir(), `portal-bench-${count}-`));
  const contentDir = path.join(work, 'content');
  const distDir = path.join(work, 'dist');
  console.log(`\n== ${count} bản ghi sinh thêm ==`);
  const generated = generateContent({ from: 'content', to: contentDir, seedsDir: 'seeds', count });
  const build = await timedBuild(contentDir, distDir);
  const files = filesUnder(distDir);
  const html = files.filter((f) => f.endsWith('.html'));
  const search = JSON.parse(spawnSync(process.execPath, ['bench/search-bytes.ts', distDir], { encoding: 'utf8' }).stdout);
  const result = {
    records: count,
    generated,
    buildDate,
    machine: machine(),
    htmlPages: html.length,
    buildSeconds: Number(build.seconds.toFixed(1)),
    astroSeconds: build.astroSeconds,
    astroPages: build.astroPages,
    indexSeconds: build.indexSeconds,
    pagesPerSecond: Math.round(html.length / build.seconds),
    peakMemoryBytes: build.peakMemory,
    distBytes: sizeOf(files),
    indexBytes: sizeOf(files.filter((f) => f.includes(`${path.sep}pagefind${path.sep}`))),
    search,
    templates: weightsByTemplate(distDir),
  };
  writeFileSync(`bench/results/${count}.json`, JSON.stringify(result, null, 2) + '\n');
  console.log(
    `${result.htmlPages} trang trong ${result.buildSeconds} s (Pagefind ${result.indexSeconds} s trong đó), ${result.pagesPerSecond} trang/s, ` +
      `bộ nhớ đỉnh ${mb(result.peakMemoryBytes)}, dist ${mb(result.distBytes)}, chỉ mục ${mb(result.indexBytes)}, ` +
      `tìm lần đầu ${kb(search.firstQueryBytes)}, lần sau ${kb(search.laterQueryBytes)}`,
  );
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`Giữ lại ${work}`);
}

writeResultsMarkdown();

/** bench/RESULTS.md from every bench/results/*.json, so the figures in the docs are the measured ones. */
function writeResultsMarkdown() {
  const results = readdirSync('bench/results')
    .filter((n) => n.endsWith('.json'))
    .map((n) => JSON.parse(readFileSync(path.join('bench/results', n), 'utf8')))
    .sort((a, b) => a.records - b.records);
  if (results.length === 0) return;
  const m = results.at(-1).machine;
  // Each run records its own machine; the table assumes one, so say which.
  const rows = results.map(
    (r) =>
      `| ${r.records.toLocaleString('en')} | ${r.htmlPages.toLocaleString('en')} | ${r.buildSeconds} | ${r.indexSeconds} | ${r.pagesPerSecond} | ${mb(r.peakMemoryBytes)} | ${mb(r.distBytes)} | ${mb(r.indexBytes)} | ${kb(r.search.firstQueryBytes)} | ${kb(r.search.laterQueryBytes)} |`,
  );
  const largest = results.at(-1);
  const templates = Object.entries(
    largest.templates as Record<string, { page: string; html: number; shell: number; css: number; js: number; fonts: number }>,
  ).map(([route, w]) => `| \`${route}\` | ${kb(w.html)} | ${kb(w.shell)} | ${kb(w.css)} | ${kb(w.js)} |`);
  const text = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.ts) from bench/results/*.json; rerun it to refresh. Generated content:',
    "the project's own content plus N records (notices, documents, questions) in sentences drawn from the seed plan",
    'and the bundled pages (bench/generate.ts). Times are wall clock for `scripts/build.ts` (Astro build, then',
    "Pagefind); memory is the peak resident size of the build's whole process tree; sizes are on disk; search",
    'bytes are what a visitor downloads for a first query (Pagefind loader gzipped, WebAssembly, metadata, index',
    'chunks, 5 result fragments) and for a later different query, searched the way the search page does.',
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}. Build date pinned to ${largest.buildDate}.`,
    '',
    '| Records added | HTML pages | Build (s) | of which Pagefind (s) | Pages/s | Peak memory | dist | Index | First search | Later search |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `## Page weight per template (gzip, ${largest.records.toLocaleString('en')} records)`,
    '',
    'HTML of one page of each template, the shell (everything outside <main>), CSS and JavaScript loaded before any',
    `interaction. Fonts: every page declares the same subset web fonts (two weights), ${kb(Object.values(largest.templates as Record<string, { fonts: number }>)[0]!.fonts)} in all.`,
    '',
    '| Template | HTML | Shell | CSS | JS |',
    '|---|---:|---:|---:|---:|',
    ...templates,
    '',
  ];
  writeFileSync('bench/RESULTS.md', text.join('\n'));
}
