/** Whether a record is public on a given day: not a draft, and its publishAt (if any) has come. */
export interface Publishable {
  draft?: boolean | undefined;
  publishAt?: string | undefined;
}

export function isPublished(data: Publishable, today: string): boolean {
  return !data.draft && (!data.publishAt || data.publishAt <= today);
}

/** Keeps only the records that are public on `today`, in every collection. */
export function publishedOnly<Content extends { [name: string]: { data: object }[] | undefined }>(
  content: Content,
  today: string,
): Content {
  // Each collection keeps its own entries, fewer of them: the same type as the content given.
  return Object.fromEntries(
    Object.entries(content).map(([name, entries]) => [name, (entries ?? []).filter((e) => isPublished(e.data as Publishable, today))]),
  ) as Content;
}
