/** Whether a record is public on a given day: not a draft, and its publishAt (if any) has come. */
export interface Publishable {
  draft?: boolean | undefined;
  publishAt?: string | undefined;
}

export function isPublished(data: Publishable, today: string): boolean {
  return !data.draft && (!data.publishAt || data.publishAt <= today);
}

/** Keeps only the records that are public on `today`, in every collection. */
export function publishedOnly<E extends { data: Record<string, unknown> }>(content: Record<string, E[] | undefined>, today: string): Record<string, E[]> {
  return Object.fromEntries(Object.entries(content).map(([name, entries]) => [name, (entries ?? []).filter((e) => isPublished(e.data as Publishable, today))]));
}
