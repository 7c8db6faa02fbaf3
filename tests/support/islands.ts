/** Templates (routes) whose pages may carry an island, and why. Every other page must ship no JavaScript. */
export const ROUTES_WITH_ISLANDS: Record<string, string> = {
  '/tim-kiem': 'search results from Pagefind',
  '/ke-hoach/[plan]/phu-luc': 'filters for the annex table (the table is complete without it)',
  '/thu-tuc-hanh-chinh': 'filters for the procedure list (the list is complete without it)',
  '/bieu-mau': 'filters for the form list (the list is complete without it)',
  '/bieu-mau/[form]': 'filling the form in the browser',
  '/cong-khai/[kind]/[...page]': 'filters for a page of a disclosure list',
  '/cong-khai/nam/[year]/[...page]': 'filters for a page of a disclosure list',
  '/cong-khai/dia-ban/[area]/[...page]': 'filters for a page of a disclosure list',
  '/cong-khai/don-vi/[unit]/[...page]': 'filters for a page of a disclosure list',
};
