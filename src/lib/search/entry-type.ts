/**
 * The search result type (`loai`) of a collection's entry pages, as the collection manifest names it, in the
 * dictionary's words: a page says which collection it shows and the manifest says how that is found.
 */
import { collectionDefs, type CollectionName } from '../../collections.ts';
import { vi } from '../../i18n/vi.ts';

export function entrySearchType(name: CollectionName): string {
  const key = collectionDefs[name].pages?.searchType;
  if (!key) throw new Error(`"${name}" không có pages.searchType trong src/collections.ts`);
  return vi.searchTypes[key];
}
