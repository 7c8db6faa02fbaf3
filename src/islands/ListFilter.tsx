/**
 * Filters a list or table already in the page (complete without JavaScript) by a few facets and, if asked,
 * by words typed with or without diacritics. Items are elements with data-filter-item and one data
 * attribute per facet (space-separated values); a data-filter-group element whose items are all hidden is
 * hidden too. The choice lives in the URL so a filtered view can be shared. Every filter on the site is
 * this island with its own facets: procedures, forms, disclosures, the plan's annex.
 */
import { useEffect, useState } from 'react';
import { foldVietnamese as fold } from '../lib/text.ts';
import { readParams, urlWithParams, type ParamValues } from '../lib/url-state.ts';

export interface Facet {
  /** URL parameter, e.g. "linh-vuc". */
  key: string;
  /** Data attribute of each item holding its values, without "data-"; the key when left out. */
  attribute?: string;
  /** id of the facet's select; "<listId>-<key>" when left out. */
  id?: string;
  label: string;
  options: { value: string; label: string }[];
}

export interface ListFilterStrings {
  legend: string;
  /** Label of the words box; without it the filter has no words box. */
  text?: string;
  all: string;
  reset: string;
  /** "Đang hiện {shown}/{total}" */
  showing: string;
}

interface Props {
  /** id of the element holding the items. */
  listId: string;
  facets: Facet[];
  strings: ListFilterStrings;
}

/** URL parameter of the words box. */
const WORDS = 'q';

/** The URL parameters this filter owns. */
function paramNames(facets: Facet[], withWords: boolean): string[] {
  return [...(withWords ? [WORDS] : []), ...facets.map((f) => f.key)];
}

function apply(listId: string, facets: Facet[], choice: ParamValues): { shown: number; total: number } {
  const list = document.getElementById(listId);
  if (!list) return { shown: 0, total: 0 };
  const items = [...list.querySelectorAll<HTMLElement>('[data-filter-item]')];
  const words = fold(choice[WORDS] ?? '')
    .split(' ')
    .filter(Boolean);
  let shown = 0;
  for (const item of items) {
    const byFacet = facets.every(
      (f) => !choice[f.key] || (item.getAttribute(`data-${f.attribute ?? f.key}`) ?? '').split(' ').includes(choice[f.key]!),
    );
    const visible = byFacet && (words.length === 0 || words.every((w) => fold(item.textContent ?? '').includes(w)));
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
  const names = paramNames(facets, Boolean(strings.text));
  const [choice, setChoice] = useState<ParamValues>({});
  const [count, setCount] = useState<{ shown: number; total: number } | null>(null);

  // The URL is read after hydration (the server-rendered page has no query string); props never change,
  // so this runs once.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the query string exists only in the browser, after hydration
  useEffect(() => setChoice(readParams(window.location.search, paramNames(facets, Boolean(strings.text)))), [facets, strings.text]);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the count comes from the server-rendered list in the DOM, after it is filtered
  useEffect(() => setCount(apply(listId, facets, choice)), [choice, listId, facets]);

  const update = (next: ParamValues) => {
    setChoice(next);
    window.history.replaceState(null, '', urlWithParams(window.location, names, next));
  };

  return (
    <fieldset className="my-4 min-w-0 border-0 border-l-4 border-solid border-brand bg-panel p-4">
      <legend className="mb-2 text-lg font-bold">{strings.legend}</legend>
      <div className="grid gap-3 md:grid-cols-3">
        {strings.text && (
          <div className="flex min-w-0 flex-col">
            <label htmlFor={`${listId}-${WORDS}`} className="font-bold">
              {strings.text}
            </label>
            <input
              id={`${listId}-${WORDS}`}
              type="search"
              value={choice[WORDS] ?? ''}
              onChange={(e) => update({ ...choice, [WORDS]: e.target.value })}
              className="w-full min-w-0 border-2 border-ink bg-white p-2"
            />
          </div>
        )}
        {facets.map((f) => (
          <div key={f.key} className="flex min-w-0 flex-col">
            <label htmlFor={f.id ?? `${listId}-${f.key}`} className="font-bold">
              {f.label}
            </label>
            <select
              id={f.id ?? `${listId}-${f.key}`}
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
