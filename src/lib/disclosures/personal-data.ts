/**
 * What of a record may be published on a given day. A record that names people (containsPersonalData)
 * shows them only during its posting period (Law on Personal Data Protection 91/2025/QH15: data are kept
 * public no longer than the purpose needs). After that the whole record's personal data is gone from
 * every output — page, search index, feeds, exports, attachments: its household list and its attachments
 * (the posted lists themselves) are dropped and its Markdown body, where names, numbers or addresses may be
 * written, is replaced by a neutral notice. What stays is what names nobody: title, summary, issuer, dates,
 * decision and figures (the check refuses household names in the title and summary).
 */
import { formatDate } from '../dates.ts';

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

/** The body an expired record is published with, in place of the one the office wrote. */
export function removedBodyNotice(until: string | undefined): string {
  const ended = until ? `Thời gian niêm yết đã kết thúc ngày ${formatDate(until)}` : 'Hồ sơ không ghi thời gian niêm yết';
  return `${ended}: nội dung chi tiết của hồ sơ có thông tin cá nhân nên đã được gỡ khỏi cổng theo Luật Bảo vệ dữ liệu cá nhân. Cần thông tin về hồ sơ, xin liên hệ cơ quan ban hành nêu trên.\n`;
}

/**
 * A content entry as it may be stored for the build on a given day: unchanged, or, once its personal data
 * has expired, without its list, its attachments and its written body. Applied where entries are loaded,
 * so nothing downstream can publish what was removed.
 */
export function publishableEntry<Data extends object>(
  data: Data,
  body: string | undefined,
  today: string,
): { data: Data; body: string | undefined } {
  if (!namesPeople(data) || !personalDataExpired(data, today)) return { data, body };
  const view = publicView({ ...data, attachments: data.attachments ?? [] }, today);
  return { data: view.data, body: body === undefined ? undefined : removedBodyNotice(data.postingPeriod?.to) };
}

/** Records of the collections that may name people (poverty reviews) declare it with containsPersonalData. */
function namesPeople(data: object): data is PersonalRecord {
  return 'containsPersonalData' in data && data.containsPersonalData === true;
}
