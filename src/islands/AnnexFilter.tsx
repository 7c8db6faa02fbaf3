/**
 * Filters the annex table already in the page (it is complete without JavaScript) by item, lead unit and
 * timeline. The choice lives in the URL (?muc=3&chu-tri=phong-noi-vu&thoi-gian=…), so a filtered view can
 * be shared.
 */
import { useEffect, useState } from 'react';

export interface Option {
  value: string;
  label: string;
}

export interface AnnexFilterStrings {
  legend: string;
  item: string;
  unit: string;
  timeline: string;
  all: string;
  reset: string;
  /** "Đang hiện {shown}/{total} nhiệm vụ" */
  showing: string;
}

interface Props {
  items: Option[];
  units: Option[];
  timelines: Option[];
  strings: AnnexFilterStrings;
  /** id of the table to filter */
  tableId: string;
}

const PARAMS = { item: 'muc', unit: 'chu-tri', timeline: 'thoi-gian' } as const;
type Filters = Record<keyof typeof PARAMS, string>;

function readUrl(): Filters {
  const q = new URLSearchParams(window.location.search);
  return { item: q.get(PARAMS.item) ?? '', unit: q.get(PARAMS.unit) ?? '', timeline: q.get(PARAMS.timeline) ?? '' };
}

function writeUrl(filters: Filters): void {
  const q = new URLSearchParams(window.location.search);
  for (const key of Object.keys(PARAMS) as (keyof Filters)[]) {
    if (filters[key]) q.set(PARAMS[key], filters[key]);
    else q.delete(PARAMS[key]);
  }
  const search = q.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
}

function apply(tableId: string, filters: Filters): { shown: number; total: number } {
  const table = document.getElementById(tableId);
  if (!table) return { shown: 0, total: 0 };
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-task-row]')];
  let shown = 0;
  for (const row of rows) {
    const visible =
      (!filters.item || row.dataset['item'] === filters.item) &&
      (!filters.unit || (row.dataset['lead'] ?? '').split(' ').includes(filters.unit)) &&
      (!filters.timeline || row.dataset['timeline'] === filters.timeline);
    row.hidden = !visible;
    if (visible) shown++;
  }
  for (const group of table.querySelectorAll<HTMLElement>('tbody[data-item-group]')) {
    group.hidden = !group.querySelector('tr[data-task-row]:not([hidden])');
  }
  return { shown, total: rows.length };
}

export default function AnnexFilter({ items, units, timelines, strings, tableId }: Props) {
  const [filters, setFilters] = useState<Filters>({ item: '', unit: '', timeline: '' });
  const [count, setCount] = useState<{ shown: number; total: number } | null>(null);

  useEffect(() => {
    setFilters(readUrl());
  }, []);

  useEffect(() => {
    setCount(apply(tableId, filters));
  }, [filters, tableId]);

  const change = (key: keyof Filters) => (event: React.ChangeEvent<HTMLSelectElement>) => {
    const next = { ...filters, [key]: event.target.value };
    setFilters(next);
    writeUrl(next);
  };
  const reset = () => {
    const none = { item: '', unit: '', timeline: '' };
    setFilters(none);
    writeUrl(none);
  };

  const select = (key: keyof Filters, label: string, options: Option[]) => (
    <div className="flex min-w-0 flex-col">
      <label htmlFor={`loc-${key}`} className="font-bold">
        {label}
      </label>
      <select id={`loc-${key}`} value={filters[key]} onChange={change(key)} className="w-full min-w-0 border-2 border-ink bg-white p-2">
        <option value="">{strings.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <fieldset className="my-4 min-w-0 border-0 border-l-4 border-solid border-brand bg-panel p-4">
      <legend className="mb-2 text-lg font-bold">{strings.legend}</legend>
      <div className="grid gap-3 md:grid-cols-3">
        {select('item', strings.item, items)}
        {select('unit', strings.unit, units)}
        {select('timeline', strings.timeline, timelines)}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <button type="button" onClick={reset} className="border-2 border-ink bg-white px-3 py-1 font-bold">
          {strings.reset}
        </button>
        <p role="status" className="m-0">
          {count ? strings.showing.replace('{shown}', String(count.shown)).replace('{total}', String(count.total)) : ''}
        </p>
      </div>
    </fieldset>
  );
}
