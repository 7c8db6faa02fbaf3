/**
 * The search page: the page's GET form (SearchForm.astro, which works without JavaScript: the query is in
 * ?q=, so every search is a link) enhanced to search as you type with Pagefind, loaded only when a search
 * starts. Queries are
 * expanded for the way people type Vietnamese (lib/search), results are an ordered list, most relevant
 * first, announced to screen readers.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatDate, isRealIsoDate } from '../lib/dates.ts';
import { runSearch, type MergedResult, type PagefindData, type PagefindLike } from '../lib/search/run.ts';
import { newestFirstFacets, queryParam, searchFacets, searchMeta, type SearchFacet } from '../lib/search/contract.ts';
import { setParams, urlWithParams } from '../lib/url-state.ts';

interface Pagefind extends PagefindLike {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchStrings {
  resultsFor: string;
  noResults: string;
  loading: string;
  /** "Tìm thấy {n} kết quả" */
  resultCount: string;
  more: string;
  filtersLegend: string;
  all: string;
  /** Label of each filter. */
  filterNames: Record<SearchFacet, string>;
}

interface Props {
  strings: SearchStrings;
  /** id of the search box of the page's form, which this island takes over. */
  inputId: string;
  bundlePath?: string;
}

const PAGE = 10;
/** Typing pause after which the search runs. */
const TYPING_PAUSE_MS = 300;
/** The URL parameters the search page owns. */
const PARAMS = [queryParam, ...searchFacets];

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
  const { [queryParam]: q = '', ...filters } = setParams(window.location.search, PARAMS);
  return { q, filters };
}

function writeUrl(q: string, filters: Record<string, string>): void {
  window.history.replaceState(null, '', urlWithParams(window.location, PARAMS, { ...filters, [queryParam]: q }));
}

/** The line under a result's title: its type and date ("Biểu mẫu · 05/12/2026"), or '' when it has neither. */
function typeAndDate(meta: Record<string, string>): string {
  const date = meta[searchMeta.date];
  return [meta[searchMeta.type], date && isRealIsoDate(date) ? formatDate(date) : date].filter(Boolean).join(' · ');
}

export default function SearchResults({ strings, inputId, bundlePath = '/pagefind/' }: Props) {
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
  const filtersFetched = useRef(false);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

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
        if (!filtersFetched.current) {
          filtersFetched.current = true;
          setAvailable(await pf.filters());
        }
        const merged = await runSearch(pf, q, f);
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
    [bundlePath],
  );

  // First load: the search in the URL (search and inputId never change, so this runs once).
  useEffect(() => {
    const initial = readUrl();
    const input = document.getElementById(inputId);
    if (input instanceof HTMLInputElement) input.value = initial.q;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the query string exists only in the browser, after hydration
    setQuery(initial.q);
    setFilters(initial.filters);
    if (initial.q || Object.keys(initial.filters).length) {
      focusAfter.current = true;
      void search(initial.q, initial.filters);
    }
  }, [search, inputId]);

  // The form: search as you type, once typing pauses, and at once on submit. Taken over again when the
  // filters change, so a search always runs with the filters on screen; a pending one is dropped then.
  useEffect(() => {
    const input = document.getElementById(inputId);
    const form = input instanceof HTMLInputElement ? input.form : null;
    if (!(input instanceof HTMLInputElement) || !form) return;
    const onInput = () => {
      setQuery(input.value);
      clearTimeout(typingTimer.current);
      typingTimer.current = setTimeout(() => void search(input.value, filters), TYPING_PAUSE_MS);
    };
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      clearTimeout(typingTimer.current);
      focusAfter.current = true;
      void search(input.value, filters);
    };
    input.addEventListener('input', onInput);
    form.addEventListener('submit', onSubmit);
    return () => {
      clearTimeout(typingTimer.current);
      input.removeEventListener('input', onInput);
      form.removeEventListener('submit', onSubmit);
    };
  }, [inputId, search, filters]);

  useEffect(() => {
    if (state === 'done' && focusAfter.current) {
      focusAfter.current = false;
      headingRef.current?.focus();
    }
  }, [state]);

  const more = async () =>
    setShown([...shown, ...(await Promise.all(results.slice(shown.length, shown.length + PAGE).map((r) => r.data())))]);

  const setFilter = (key: string, value: string) => {
    const next = { ...filters };
    if (value) next[key] = value;
    else delete next[key];
    setFilters(next);
    void search(query, next);
  };

  const filterKeys = searchFacets.filter((k) => Object.keys(available[k] ?? {}).length > 0);

  return (
    <div>
      {filterKeys.length > 0 && (
        <fieldset className="mt-4 min-w-0 border-0 p-0">
          <legend className="font-bold">{strings.filtersLegend}</legend>
          <div className="mt-2 grid gap-3 sm:grid-cols-2 md:grid-cols-4">
            {filterKeys.map((key) => (
              <div key={key} className="flex min-w-0 flex-col">
                <label htmlFor={`loc-${key}`}>{strings.filterNames[key]}</label>
                <select
                  id={`loc-${key}`}
                  value={filters[key] ?? ''}
                  onChange={(e) => setFilter(key, e.target.value)}
                  className="w-full min-w-0 border-2 border-ink bg-white p-2"
                >
                  <option value="">{strings.all}</option>
                  {Object.entries(available[key] ?? {})
                    .sort(([a], [b]) => (newestFirstFacets.has(key) ? b.localeCompare(a) : a.localeCompare(b, 'vi')))
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
          {state === 'done' &&
            (results.length === 0
              ? strings.noResults
              : strings.resultCount.replace('{n}', new Intl.NumberFormat('vi-VN').format(results.length)))}
          {state === 'error' && strings.noResults}
        </p>
        {state === 'done' && shown.length > 0 && (
          <ol className="grid gap-6">
            {shown.map((r) => (
              <li key={r.url}>
                <a href={r.url} className="text-lg font-bold">
                  {r.meta[searchMeta.title] ?? r.url}
                </a>
                {typeAndDate(r.meta) && <p className="m-0 text-sm text-muted">{typeAndDate(r.meta)}</p>}
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
