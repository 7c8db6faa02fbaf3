import { describe, expect, it } from 'vitest';
import {
  complianceReport,
  currentAreas,
  itemsFor,
  lateSessionsByArea,
  type ContentLike,
  type Entry,
} from '../../src/lib/compliance-report.ts';

// The fixtures give only the fields the report reads, not every field the schemas output.
const partial = <T>(fixture: object) => fixture as unknown as T;

const holidays2026 = {
  year: 2026,
  // Tết Nguyên đán 2026 (sample range for the test) and Giỗ Tổ Hùng Vương.
  daysOff: [
    { from: '2026-02-14', to: '2026-02-22', name: 'Tết Nguyên đán' },
    { from: '2026-04-27', to: '2026-04-27', name: 'Giỗ Tổ Hùng Vương' },
  ],
  workingDays: [],
};

const base = (overrides: Partial<Record<string, unknown[]>> = {}): ContentLike =>
  partial<ContentLike>({
    areas: [
      { id: 'pho-hien', data: { name: 'Phố Hiến', kind: 'phuong' } },
      { id: 'an-tao', data: { name: 'An Tảo', kind: 'phuong', dissolvedOn: '2025-07-01' } },
    ],
    units: [{ id: 'ubnd-pho-hien', data: { area: 'pho-hien' } }],
    holidays: [{ id: '2026', data: holidays2026 }],
    receptions: [],
    ...overrides,
  });

const session = (date: string, publishedOn: string) => ({
  id: `tiep-${date}`,
  data: {
    title: 'Tiếp công dân',
    unit: 'ubnd-pho-hien',
    start: '08:00',
    end: '11:00',
    place: 'Trụ sở',
    publishedOn,
    topics: [],
    sessions: [{ date, topics: [], announcedOn: publishedOn }],
    changes: [],
  },
});

describe('sessions announced fewer than 5 working days ahead', () => {
  it('counts working days, not calendar days, across Tết', () => {
    // Announced Thu 12/02 for Tue 24/02: 12 calendar days, but Tết takes 14–22/02, so only 3 working days.
    const content = base({ receptions: [session('2026-02-24', '2026-02-12')] });
    expect(lateSessionsByArea(content, '2026-03-01')).toEqual({ 'pho-hien': 1 });
  });

  it('accepts an announcement 5 working days ahead even over a holiday', () => {
    // Announced Mon 20/04 for Tue 28/04: 21, 22, 23, 24 and 28 are working days (27 is Giỗ Tổ).
    const content = base({ receptions: [session('2026-04-28', '2026-04-20')] });
    expect(lateSessionsByArea(content, '2026-05-01')).toEqual({});
  });
});

describe('which items fulfil an obligation', () => {
  const obligation = partial<Entry<'obligations'>>({
    id: 'thuc-hien-quy',
    data: { fulfilledBy: { collection: 'budgets', where: { budgetKind: ['thuc-hien-quy'] } } },
  });
  const budget = (id: string, budgetKind: string, obligations: string[] = []) => ({
    id,
    data: { title: id, publishedOn: '2026-10-10', area: 'pho-hien', budgetKind, obligations },
  });

  it('takes items of the right kind, and any item of another kind that declares the obligation', () => {
    const content = base({
      budgets: [budget('quy-3', 'thuc-hien-quy'), budget('du-toan', 'du-toan')],
      notices: [{ id: 'thong-bao', data: { title: 'Thông báo', publishedOn: '2026-10-11', obligations: ['thuc-hien-quy'] } }],
    });
    expect(itemsFor(obligation, content).map((i) => i.url)).toEqual(['/cong-khai/ngan-sach/quy-3/', '/cong-khai/thong-bao/thong-bao/']);
  });

  it('counts a page of the portal as the item that fulfils a duty it serves, published as of the build', () => {
    const catalogue = partial<Entry<'obligations'>>({ id: 'danh-muc', data: { fulfilledBy: null, portalPage: 'catalogue' } });
    expect(itemsFor(catalogue, base({}), '2026-12-05')).toEqual([
      {
        id: 'portal:catalogue',
        url: '/cong-khai/danh-muc/',
        title: 'Trang Danh mục thông tin phải công khai',
        publishedOn: '2026-12-05',
        area: undefined,
      },
    ]);
    const none = partial<Entry<'obligations'>>({ id: 'kiem-toan', data: { fulfilledBy: null } });
    expect(itemsFor(none, base({}), '2026-12-05')).toEqual([]);
  });
});

describe('the report', () => {
  it('covers only wards and communes that still exist', () => {
    expect(currentAreas(base(), '2026-11-29')).toEqual(['pho-hien']);
    expect(currentAreas(base(), '2025-06-30')).toEqual(['pho-hien', 'an-tao']);
  });

  it('orders obligations and gives one row per current area', () => {
    const content = base({
      obligations: [
        { id: 'b', data: { order: 2, fulfilledBy: { collection: 'budgets' }, cadence: 'on-change', dueDates: [], scope: 'locality' } },
        {
          id: 'a',
          data: {
            order: 1,
            fulfilledBy: { collection: 'budgets' },
            cadence: 'quarterly',
            dueDates: ['01-15', '04-15', '07-15', '10-15'],
            scope: 'each-area',
          },
        },
      ],
      budgets: [{ id: 'quy-3', data: { title: 'Quý 3', publishedOn: '2026-10-10', area: 'pho-hien', obligations: [] } }],
    });
    const report = complianceReport(content, '2026-11-29');
    expect(report.map((o) => [o.id, o.rows.map((r) => [r.area, r.status])])).toEqual([
      ['a', [['pho-hien', 'published']]],
      ['b', [[undefined, 'published']]],
    ]);
  });
});
