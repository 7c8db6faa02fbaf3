/**
 * Search results on the search page, from Pagefind's JS API. The query comes from ?q= so every search is a
 * link; results are an ordered list, most relevant first, announced to screen readers.
 */
import { useEffect, useRef, useState } from 'react';
import { formatDate, isRealIsoDate } from '../lib/dates.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

export interface SearchStrings {
  resultsFor: string;
  noResults: string;
  loading: string;
  /** "Tìm thấy {n} kết quả", with {n} replaced. */
  resultCount: string;
}

interface Props {
  strings: SearchStrings;
  /** Where Pagefind's bundle is served. */
  bundlePath?: string;
}

const PAGE_SIZE = 20;

export default function SearchResults({ strings, bundlePath = '/pagefind/' }: Props) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
  const [results, setResults] = useState<PagefindResultData[]>([]);
  const [total, setTotal] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
    setQuery(q);
    if (!q) return;
    let cancelled = false;
    setState('loading');
    (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
      await pagefind.options({ basePath: bundlePath });
      await pagefind.init();
      const found = await pagefind.search(q);
      const data = await Promise.all(found.results.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (cancelled) return;
      setTotal(found.results.length);
      setResults(data);
      setState('done');
    })().catch(() => !cancelled && setState('error'));
    return () => {
      cancelled = true;
    };
  }, [bundlePath]);

  useEffect(() => {
    if (state === 'done') headingRef.current?.focus();
  }, [state]);

  if (!query) return null;
  return (
    <section aria-labelledby="ket-qua-tim-kiem" className="mt-6">
      <h2 id="ket-qua-tim-kiem" ref={headingRef} tabIndex={-1}>
        {strings.resultsFor} “{query}”
      </h2>
      <p role="status" className="text-muted">
        {state === 'loading' && strings.loading}
        {state === 'done' && (total === 0 ? strings.noResults : strings.resultCount.replace('{n}', new Intl.NumberFormat('vi-VN').format(total)))}
        {state === 'error' && strings.noResults}
      </p>
      {results.length > 0 && (
        <ol className="grid gap-6">
          {results.map((r) => (
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
    </section>
  );
}
