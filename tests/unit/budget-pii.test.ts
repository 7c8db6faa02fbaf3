import { describe, expect, it } from 'vitest';
import { budgetTotalProblems, executionRate } from '../../src/lib/budget.ts';
import { findPii, publicContactsOf } from '../../src/lib/pii.ts';

describe('budget totals', () => {
  const section = (total: number, amounts: number[], estimate?: number, estimates?: number[]) => ({
    title: 'Tổng thu ngân sách xã',
    total: { amount: total, ...(estimate !== undefined ? { estimate } : {}) },
    lines: amounts.map((amount, i) => ({ name: `Dòng ${i + 1}`, amount, ...(estimates ? { estimate: estimates[i] } : {}) })),
  });

  it('accepts lines that add up', () => {
    expect(budgetTotalProblems([section(3000, [1000, 2000])], 'nghìn đồng')).toEqual([]);
  });

  it('names the part and the difference when they do not', () => {
    expect(budgetTotalProblems([section(3006, [1000, 2000])], 'nghìn đồng')).toEqual([
      {
        path: ['sections', 0, 'total', 'amount'],
        message: 'tổng số tiền các dòng của phần "Tổng thu ngân sách xã" là 3.000, khác số ghi 3.006 (chênh −6 nghìn đồng)',
      },
    ]);
  });

  it('checks estimates and detail lines too', () => {
    const withDetail = {
      title: 'Chi',
      total: { amount: 500 },
      lines: [
        {
          name: 'Chi thường xuyên',
          amount: 500,
          lines: [
            { name: 'Lương', amount: 300 },
            { name: 'Hoạt động', amount: 250 },
          ],
        },
      ],
    };
    const problems = budgetTotalProblems([section(300, [100, 200], 1000, [400, 500]), withDetail], 'đồng');
    expect(problems.map((p) => p.path.join('.'))).toEqual(['sections.0.total.estimate', 'sections.1.lines.0.amount']);
    expect(problems[1]!.message).toContain('chênh +50 đồng');
  });

  it('gives execution as a share of the estimate', () => {
    expect(executionRate(450, 1000)).toBe(45);
    expect(executionRate(1, 3)).toBe(33.3);
    expect(executionRate(5, undefined)).toBeUndefined();
  });
});

describe('personal data lint', () => {
  it('finds citizen ID numbers and mobile numbers', () => {
    expect(findPii('CCCD 033090001234 của ông A')).toEqual([{ kind: 'citizen-id', text: '033090001234' }]);
    expect(findPii('Liên hệ 0912 345 678 hoặc 0987.654.321').map((m) => m.kind)).toEqual(['mobile-phone', 'mobile-phone']);
    expect(findPii('+84 912345678').map((m) => m.kind)).toEqual(['mobile-phone']);
  });

  it('leaves published office landlines, hotlines, amounts and codes alone (every form: pii.test.ts)', () => {
    const contacts = publicContactsOf({ locality: [], units: [{ phone: '0221 3862 000' }], contacts: [], receptions: [] });
    expect(findPii('Điện thoại 0221 3862 000, đường dây nóng 1022, tổng 1.234.567.890 đồng, mã 1.001193, năm 2023', contacts)).toEqual([]);
    expect(findPii('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=223498332346')).toEqual([]);
  });
});
