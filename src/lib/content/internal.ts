/**
 * Editors' notes (what was checked, where, what is missing) live in fields the collection manifest declares
 * internal (src/collections.ts, `internal`). The checker validates them like any field; every path that hands
 * content to the site (the content loader, scripts that write published files) strips them first, so no page,
 * index, feed, export, PDF or DOCX can show them.
 */
import { collectionDefs, type CollectionName } from '../../collections.ts';
import type { CheckedContent } from './check.ts';

/**
 * A copy of `data` without the fields at `paths`: dotted paths in which "*" stands for every element of a list
 * or every value of a record ("fees.*.note", "factChecks.*.note"). The input is left as it is.
 */
export function stripInternal<T>(data: T, paths: readonly string[]): T {
  if (paths.length === 0) return data;
  let copy = structuredClone(data) as unknown;
  for (const p of paths) copy = removeAt(copy, p.split('.'));
  return copy as T;
}

function removeAt(value: unknown, segments: string[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  const [head, ...rest] = segments as [string, ...string[]];
  const container = value as Record<string, unknown>;
  const keys = head === '*' ? Object.keys(container) : Object.hasOwn(container, head) ? [head] : [];
  for (const key of keys) {
    if (rest.length === 0) delete container[key];
    else container[key] = removeAt(container[key], rest);
  }
  // An emptied list element stays in place: deleting a key from an array would leave a hole.
  return value;
}

/** Checked content as outputs may use it: every entry without its collection's internal fields. */
export function publicContent(content: CheckedContent): CheckedContent {
  return Object.fromEntries(
    (Object.keys(content) as CollectionName[]).map((name) => [
      name,
      content[name].map((entry) => ({ ...entry, data: stripInternal(entry.data, collectionDefs[name].internal) })),
    ]),
  ) as CheckedContent;
}
