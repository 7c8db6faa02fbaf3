/** Every line of one budget disclosure as CSV: part, code, line, estimate, amount, unit. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getDisclosures } from '../../../data/disclosures.ts';
import { budgetUnits } from '../../../schemas/disclosures.ts';
import { toCsv } from '../../../lib/open-data.ts';
import { vi } from '../../../i18n/index.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getDisclosures('budgets')).map((b) => ({ params: { id: b.id }, props: { data: b.data } }));

export const GET: APIRoute = ({ props }) => {
  const data = props['data'] as CollectionEntry<'budgets'>['data'];
  const unit = budgetUnits[data.unit];
  const rows = data.sections.flatMap((s) => [
    ...s.lines.flatMap((l) => [
      { section: s.title, level: 1, code: l.code, name: l.name, estimate: l.estimate, amount: l.amount, unit },
      ...l.lines.map((sub) => ({
        section: s.title,
        level: 2,
        code: sub.code,
        name: sub.name,
        estimate: sub.estimate,
        amount: sub.amount,
        unit,
      })),
    ]),
    { section: s.title, level: 0, code: '', name: vi.disclosure.total, estimate: s.total.estimate, amount: s.total.amount, unit },
  ]);
  const label = vi.disclosure.budgetCsvColumns;
  const csv = toCsv(rows, [
    { key: 'section', label: label.section },
    { key: 'level', label: label.level },
    { key: 'code', label: label.code },
    { key: 'name', label: label.name },
    { key: 'estimate', label: label.estimate },
    { key: 'amount', label: label.amount },
    { key: 'unit', label: label.unit },
  ]);
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
