/**
 * The search page: a GET form that works without JavaScript (the query is in ?q=, so every search is a
 * link), enhanced to search as you type with Pagefind, loaded only when a search starts. Queries are
 * expanded for the way people type Vietnamese (lib/search), results are an ordered list, most relevant
 * first, announced to screen readers.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatDate, isRealIsoDate } from '../lib/dates.ts';
import { runSearch, type MergedResult, type PagefindData, type PagefindLike } from '../lib/search/run.ts';

interface Pagefind extends PagefindLike {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchStrings {
  label: string;
  placeholder: string;
  submit: string;
  resultsFor: string;
  noResults: string;
  loading: string;
  /** "Tìm thấy {n} kết quả" */
  resultCount: string;
  more: string;
  filtersLegend: string;
  all: string;
  /** Label per filter key (loai, nam, dia-ban, don-vi, linh-vuc). */
  filterNames: Record<string, string>;
}

interface Props {
  strings: SearchStrings;
  bundlePath?: string;
}

const PAGE = 10;
const FILTER_KEYS = ['loai', 'linh-vuc', 'nam', 'dia-ban', 'don-vi'];

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(bundlePath: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
    await pf.options({ basePath: bundlePath, excerptLength: 24 });
    await pf.init();
    return pf;
  })();
  return pagefindPromise;
}

function readUrl(): { q: string; filters: Record<string, string> } {
  const params = new URLSearchParams(window.location.search);
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key);
    if (v) filters[key] = v;
  }
  return { q: params.get('q') ?? '', filters };
}

function writeUrl(q: string, filters: Record<string, string>): void {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  const search = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
}

export default function SearchResults({ strings, bundlePath = '/pagefind/' }: Props) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [available, setAvailable] = useState<Record<string, Record<string, number>>>({});
  const [state, setState] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
  const [results, setResults] = useState<MergedResult[]>([]);
  const [shown, setShown] = useState<PagefindData[]>([]);
  const [searched, setSearched] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef(false);
  const run = useRef(0);

  const search = useCallback(
    async (q: string, f: Record<string, string>) => {
      const id = ++run.current;
      writeUrl(q, f);
      if (!q.trim() && Object.keys(f).length === 0) {
        setState('idle');
        setResults([]);
        setShown([]);
        return;
      }
      setState('loading');
      try {
        const pf = await loadPagefind(bundlePath);
        if (Object.keys(available).length === 0) setAvailable(await pf.filters());
        const merged = await runSearch(pf, q, Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v])));
        const first = await Promise.all(merged.slice(0, PAGE).map((r) => r.data()));
        if (id !== run.current) return;
        setResults(merged);
        setShown(first);
        setSearched(q);
        setState('done');
      } catch {
        if (id === run.current) setState('error');
      }
    },
    [bundlePath, available],
  );

  useEffect(() => {
    const initial = readUrl();
    setQuery(initial.q);
    setFilters(initial.filters);
    if (initial.q || Object.keys(initial.filters).length) {
      focusAfter.current = true;
      void search(initial.q, initial.filters);
    }
    // Only on first load; later searches come from the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (state === 'done' && focusAfter.current) {
      focusAfter.current = false;
      headingRef.current?.focus();
    }
  }, [state]);

  // Search as you type, once typing pauses.
  useEffect(() => {
    if (state === 'idle' && !query) return;
    const timer = setTimeout(() => void search(query, filters), 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);

  const more = async () => setShown([...shown, ...(await Promise.all(results.slice(shown.length, shown.length + PAGE).map((r) => r.data())))]);

  const setFilter = (key: string, value: string) => {
    const next = { ...filters };
    if (value) next[key] = value;
    else delete next[key];
    setFilters(next);
    void search(query, next);
  };

  const filterKeys = FILTER_KEYS.filter((k) => Object.keys(available[k] ?? {}).length > 0);

  return (
    <div>
      <form
        action="/tim-kiem/"
        method="get"
        role="search"
        aria-label={strings.label}
        className="max-w-xl"
        onSubmit={(e) => {
          e.preventDefault();
          focusAfter.current = true;
          void search(query, filters);
        }}
      >
        <label htmlFor="o-tim-kiem" className="mb-2 block font-bold">
          {strings.label}
        </label>
        <div className="flex w-full">
          <input
            id="o-tim-kiem"
            name="q"
            type="search"
            value={query}
            placeholder={strings.placeholder}
            onChange={(e) => setQuery(e.target.value)}
            className="min-w-0 flex-1 border-2 border-ink bg-white px-3 py-2 text-base text-ink"
          />
          <button type="submit" className="shrink-0 border-2 border-ink bg-ink px-4 py-2 font-bold text-white">
            {strings.submit}
          </button>
        </div>
      </form>

      {filterKeys.length > 0 && (
        <fieldset className="mt-4 min-w-0 border-0 p-0">
          <legend className="font-bold">{strings.filtersLegend}</legend>
          <div className="mt-2 grid gap-3 sm:grid-cols-2 md:grid-cols-4">
            {filterKeys.map((key) => (
              <div key={key} className="flex min-w-0 flex-col">
                <label htmlFor={`loc-${key}`}>{strings.filterNames[key] ?? key}</label>
                <select id={`loc-${key}`} value={filters[key] ?? ''} onChange={(e) => setFilter(key, e.target.value)} className="w-full min-w-0 border-2 border-ink bg-white p-2">
                  <option value="">{strings.all}</option>
                  {Object.entries(available[key] ?? {})
                    .sort(([a], [b]) => (key === 'nam' ? b.localeCompare(a) : a.localeCompare(b, 'vi')))
                    .map(([value, count]) => (
                      <option key={value} value={value}>
                        {value} ({count})
                      </option>
                    ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
      )}

      <section aria-labelledby="ket-qua-tim-kiem" className="mt-6">
        {state !== 'idle' && (
          <h2 id="ket-qua-tim-kiem" ref={headingRef} tabIndex={-1}>
            {searched ? `${strings.resultsFor} “${searched}”` : strings.resultsFor}
          </h2>
        )}
        <p role="status" className="text-muted">
          {state === 'loading' && strings.loading}
          {state === 'done' && (results.length === 0 ? strings.noResults : strings.resultCount.replace('{n}', new Intl.NumberFormat('vi-VN').format(results.length)))}
          {state === 'error' && strings.noResults}
        </p>
        {state === 'done' && shown.length > 0 && (
          <ol className="grid gap-6">
            {shown.map((r) => (
              <li key={r.url}>
                <a href={r.url} className="text-lg font-bold">
                  {r.meta['title'] ?? r.url}
                </a>
                {(r.meta['type'] || r.meta['date']) && (
                  <p className="m-0 text-sm text-muted">
                    {[r.meta['type'], r.meta['date'] && isRealIsoDate(r.meta['date']) ? formatDate(r.meta['date']) : r.meta['date']].filter(Boolean).join(' · ')}
                  </p>
                )}
                <p className="m-0" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
              </li>
            ))}
          </ol>
        )}
        {state === 'done' && shown.length < results.length && (
          <button type="button" onClick={() => void more()} className="mt-4 border-2 border-ink bg-white px-4 py-2 font-bold">
            {strings.more.replace('{n}', String(Math.min(PAGE, results.length - shown.length)))}
          </button>
        )}
      </section>
    </div>
  );
}
