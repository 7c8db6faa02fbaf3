/**
 * The search contract: the names the built pages write into Pagefind attributes (data-pagefind-filter,
 * -meta, -sort) and the search page reads back. The layout writes them, the search island filters and
 * shows results by them, the dictionary labels them, all from here, so renaming a facet cannot leave one
 * side behind.
 */

/** Filters a visitor can narrow results by, in the order the search page shows them; also its URL parameters. */
export const searchFacets = ['loai', 'linh-vuc', 'nam', 'dia-ban', 'don-vi'] as const;
export type SearchFacet = (typeof searchFacets)[number];

/** The filter that holds a page's type: the same text as its `type` metadata. */
export const typeFacet = 'loai' satisfies SearchFacet;

/** Filters whose values read best newest first (years) rather than in alphabetical order. */
export const newestFirstFacets: ReadonlySet<SearchFacet> = new Set<SearchFacet>(['nam']);

/** Filters of one page: facet → its values on that page. */
export type SearchFilters = Partial<Record<SearchFacet, string[]>>;

/** Metadata shown with a result: Pagefind takes `title` from the h1; the layout writes `type` and `date`. */
export const searchMeta = { title: 'title', type: 'type', date: 'date' } as const;

/** Sort keys: results can be ordered by the page's date (YYYY-MM-DD). */
export const searchSort = { date: 'date' } as const;

/** The search page's URL parameter for the words typed. */
export const queryParam = 'q';

/**
 * Kinds of page in the results (the `type` shown beside a result and the `loai` filter). Their Vietnamese
 * labels are vi.searchTypes; a disclosure's type is its kind's label in src/schemas/disclosures.ts.
 */
export const searchTypeKeys = [
  'page',
  'unit',
  'area',
  'procedure',
  'form',
  'plan',
  'planTask',
  'planByUnit',
  'directory',
  'reception',
  'question',
] as const;
export type SearchTypeKey = (typeof searchTypeKeys)[number];

/** The `name:value` text of a Pagefind attribute. */
export function pagefindPair(name: string, value: string): string {
  return `${name}:${value}`;
}
