/**
 * Budget disclosures add up: each part's lines sum to its stated total, and a line's detail lines sum to
 * the line. A mismatch is reported with the difference, so a typing error cannot be published.
 */
import type { z } from 'astro/zod';
import type { budgetSchema } from '../schemas/disclosures.ts';
import { formatNumber } from './format.ts';

/** A part of a budget disclosure as its schema accepts it (detail lines may be left out). */
export type BudgetSection = z.input<typeof budgetSchema>['sections'][number];
/** A line of a part, or a detail line of a line: the figures a total is compared with. */
type Figures = Pick<BudgetSection['lines'][number], 'amount' | 'estimate'>;

export interface TotalProblem {
  path: (string | number)[];
  message: string;
}

const sum = (values: (number | undefined)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);

function compare(
  what: string,
  stated: number,
  lines: Figures[],
  column: 'amount' | 'estimate',
  unit: string,
  path: (string | number)[],
): TotalProblem[] {
  const present = lines.filter((l) => l[column] !== undefined);
  if (column === 'estimate' && present.length === 0) return [];
  const total = sum(lines.map((l) => l[column]));
  if (total === stated) return [];
  const diff = total - stated;
  const label = column === 'amount' ? 'số tiền' : 'dự toán';
  return [
    {
      path,
      message: `tổng ${label} các dòng của ${what} là ${formatNumber(total)}, khác số ghi ${formatNumber(stated)} (chênh ${diff > 0 ? '+' : '−'}${formatNumber(Math.abs(diff))} ${unit})`,
    },
  ];
}

export function budgetTotalProblems(sections: BudgetSection[], unit: string): TotalProblem[] {
  const problems: TotalProblem[] = [];
  sections.forEach((section, s) => {
    problems.push(
      ...compare(`phần "${section.title}"`, section.total.amount, section.lines, 'amount', unit, ['sections', s, 'total', 'amount']),
    );
    if (section.total.estimate !== undefined) {
      problems.push(
        ...compare(`phần "${section.title}"`, section.total.estimate, section.lines, 'estimate', unit, [
          'sections',
          s,
          'total',
          'estimate',
        ]),
      );
    }
    section.lines.forEach((line, l) => {
      if (!line.lines?.length) return;
      problems.push(...compare(`dòng "${line.name}"`, line.amount, line.lines, 'amount', unit, ['sections', s, 'lines', l, 'amount']));
      if (line.estimate !== undefined)
        problems.push(
          ...compare(`dòng "${line.name}"`, line.estimate, line.lines, 'estimate', unit, ['sections', s, 'lines', l, 'estimate']),
        );
    });
  });
  return problems;
}

/** Execution as a share of the estimate, in whole percent; undefined without an estimate. */
export function executionRate(amount: number, estimate: number | undefined): number | undefined {
  if (!estimate) return undefined;
  return Math.round((amount / estimate) * 1000) / 10;
}
