/**
 * Filters a list already in the page (complete without JavaScript) by a few facets and by words typed with
 * or without diacritics. Items are elements with data-filter-item and one data-<facet> attribute per facet
 * (space-separated values). The choice lives in the URL so a filtered list can be shared.
 */
import { useEffect, useState } from 'react';
import { foldVietnamese as fold } from '../lib/text.ts';

export interface Facet {
  /** URL parameter and data attribute name, e.g. "linh-vuc" → data-linh-vuc. */
  key: string;
  label: string;
  options: { value: string; label: string }[];
}

export interface ListFilterStrings {
  legend: string;
  text: string;
  all: string;
  reset: string;
  /** "Đang hiện {shown}/{total}" */
  showing: string;
}

interface Props {
  listId: string;
  facets: Facet[];
  strings: ListFilterStrings;
}


type Choice = Record<string, string>;

function apply(listId: string, facets: Facet[], choice: Choice): { shown: number; total: number } {
  const list = document.getElementById(listId);
  if (!list) return { shown: 0, total: 0 };
  const items = [...list.querySelectorAll<HTMLElement>('[data-filter-item]')];
  const words = fold(choice['q'] ?? '').split(' ').filter(Boolean);
  let shown = 0;
  for (const item of items) {
    const byFacet = facets.every((f) => !choice[f.key] || (item.getAttribute(`data-${f.key}`) ?? '').split(' ').includes(choice[f.key]!));
    const text = fold(item.textContent ?? '');
    const visible = byFacet && words.every((w) => text.includes(w));
    item.hidden = !visible;
    if (visible) shown++;
  }
  // Hide a group heading whose items are all hidden.
  for (const group of list.querySelectorAll<HTMLElement>('[data-filter-group]')) {
    group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
  }
  return { shown, total: items.length };
}

export default function ListFilter({ listId, facets, strings }: Props) {
  const keys = ['q', ...facets.map((f) => f.key)];
  const [choice, setChoice] = useState<Choice>({});
  const [count, setCount] = useState<{ shown: number; total: number } | null>(null);

  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    setChoice(Object.fromEntries(keys.map((k) => [k, q.get(k) ?? ''])));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => setCount(apply(listId, facets, choice)), [choice, listId, facets]);

  const update = (next: Choice) => {
    setChoice(next);
    const q = new URLSearchParams(window.location.search);
    for (const k of keys) {
      if (next[k]) q.set(k, next[k]!);
      else q.delete(k);
    }
    const search = q.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
  };

  return (
    <fieldset className="my-4 min-w-0 border-0 border-l-4 border-solid border-brand bg-panel p-4">
      <legend className="mb-2 text-lg font-bold">{strings.legend}</legend>
      <div className="grid gap-3 md:grid-cols-3">
        <div className="flex min-w-0 flex-col">
          <label htmlFor={`${listId}-q`} className="font-bold">
            {strings.text}
          </label>
          <input
            id={`${listId}-q`}
            type="search"
            value={choice['q'] ?? ''}
            onChange={(e) => update({ ...choice, q: e.target.value })}
            className="w-full min-w-0 border-2 border-ink bg-white p-2"
          />
        </div>
        {facets.map((f) => (
          <div key={f.key} className="flex min-w-0 flex-col">
            <label htmlFor={`${listId}-${f.key}`} className="font-bold">
              {f.label}
            </label>
            <select
              id={`${listId}-${f.key}`}
              value={choice[f.key] ?? ''}
              onChange={(e) => update({ ...choice, [f.key]: e.target.value })}
              className="w-full min-w-0 border-2 border-ink bg-white p-2"
            >
              <option value="">{strings.all}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <button type="button" onClick={() => update({})} className="border-2 border-ink bg-white px-3 py-1 font-bold">
          {strings.reset}
        </button>
        <p role="status" className="m-0">
          {count ? strings.showing.replace('{shown}', String(count.shown)).replace('{total}', String(count.total)) : ''}
        </p>
      </div>
    </fieldset>
  );
}
