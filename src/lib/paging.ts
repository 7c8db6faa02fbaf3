/** Splits a list into pages for static, JavaScript-free paged lists. Page 1 lives at the base address. */
export interface Page<T> {
  number: number;
  total: number;
  items: T[];
  /** Address of this page, given the list's base address ("/cong-khai/ngan-sach/"). */
  url: string;
  prev?: string | undefined;
  next?: string | undefined;
}

export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}trang/${n}/`;
}

export function paginate<T>(items: T[], base: string, size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => {
    const number = i + 1;
    return {
      number,
      total,
      items: items.slice(i * size, (i + 1) * size),
      url: pageUrl(base, number),
      prev: number > 1 ? pageUrl(base, number - 1) : undefined,
      next: number < total ? pageUrl(base, number + 1) : undefined,
    };
  });
}

/** The rest parameter of a paged route: undefined for page 1, "trang/2" for page 2. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `trang/${n}`;
}
