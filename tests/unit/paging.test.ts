import { describe, expect, it } from 'vitest';
import { pageParam, paginate } from '../../src/lib/paging.ts';

describe('paged lists', () => {
  it('puts page 1 at the base address and links neighbours', () => {
    const pages = paginate([1, 2, 3, 4, 5], '/cong-khai/ngan-sach/', 2);
    expect(pages.map((p) => [p.url, p.items])).toEqual([
      ['/cong-khai/ngan-sach/', [1, 2]],
      ['/cong-khai/ngan-sach/trang/2/', [3, 4]],
      ['/cong-khai/ngan-sach/trang/3/', [5]],
    ]);
    expect(pages[1]).toMatchObject({ prev: '/cong-khai/ngan-sach/', next: '/cong-khai/ngan-sach/trang/3/', total: 3 });
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('trang/3');
  });

  it('has one empty page for an empty list', () => {
    expect(paginate([], '/x/', 10)).toMatchObject([{ number: 1, total: 1, items: [] }]);
  });
});
