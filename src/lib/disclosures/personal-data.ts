/**
 * What of a record may be published on a given day. A record that names people (containsPersonalData)
 * shows the names only during its posting period; after that every output — pages, search index, feeds,
 * exports, attachments — gets the aggregate figures and the decision, never the names.
 */
export interface PersonalRecord {
  containsPersonalData?: boolean | undefined;
  postingPeriod?: { from: string; to: string } | undefined;
  households?: unknown[] | undefined;
  attachments: unknown[];
}

export interface PublicView<T> {
  data: T;
  /** True when names were removed because the posting period ended. */
  personalDataRemoved: boolean;
  /** The day names stop being published, for records that carry them. */
  namesUntil?: string | undefined;
}

export function personalDataExpired(record: PersonalRecord, today: string): boolean {
  return record.containsPersonalData === true && (record.postingPeriod === undefined || record.postingPeriod.to < today);
}

export function publicView<T extends PersonalRecord>(record: T, today: string): PublicView<T> {
  if (!record.containsPersonalData) return { data: record, personalDataRemoved: false };
  if (!personalDataExpired(record, today)) return { data: record, personalDataRemoved: false, namesUntil: record.postingPeriod?.to };
  // Attachments of such a record are the posted lists themselves: they go with the names.
  return { data: { ...record, households: [], attachments: [] }, personalDataRemoved: true, namesUntil: record.postingPeriod?.to };
}
