import { z } from 'astro/zod';
import { text, choice, localDate, publication } from './fields.ts';
import type { CollectionName } from '../collections.ts';

export const cadences = {
  quarterly: 'Hằng quý',
  'half-yearly': '6 tháng một lần',
  yearly: 'Hằng năm',
  'on-change': 'Khi có văn bản, quyết định mới',
  'before-event': 'Trước sự kiện ít nhất 5 ngày làm việc',
} as const;

/**
 * Pages of the portal itself that fulfil a duty the content collections do not (the organisation pages, search,
 * the English pages, this catalogue). The catalogue links to them; the routes are in the catalogue page.
 */
export const portalPages = {
  units: 'Trang Cơ cấu tổ chức',
  search: 'Chức năng tìm kiếm, in trang',
  englishOrganisation: 'Trang tiếng Anh về tổ chức',
  catalogue: 'Trang Danh mục thông tin phải công khai',
} as const;

export const ruleKinds = { law: 'Quy định pháp luật', house: 'Quy định riêng của địa phương' } as const;

/** Content collections whose items can fulfil an obligation. */
export const fulfillingCollections = [
  'documents',
  'budgets',
  'povertyReviews',
  'landUse',
  'inspections',
  'recruitment',
  'antiCorruption',
  'notices',
  'procedures',
  'receptions',
  'plans',
  'questions',
] as const satisfies readonly CollectionName[];
export type FulfillingCollection = (typeof fulfillingCollections)[number];

/**
 * Something the locality must publish: its legal basis, what fulfils it, how often, where and for how
 * long. One registry feeds the public catalogue (Article 19 of the Law on Access to Information), the
 * compliance report and `npm run audit`.
 */
export const obligationSchema = z.strictObject({
  title: text.meta({ title: 'Thông tin phải công khai' }),
  legalBases: z
    .array(z.strictObject({ document: text.meta({ title: 'Văn bản' }), article: text.meta({ title: 'Điều, khoản' }) }))
    .min(1)
    .meta({ title: 'Căn cứ' }),
  /** PAPI dimensions and sub-dimensions this serves. */
  papi: z
    .array(z.strictObject({ dimension: z.int().min(1).max(8), subDimension: text.optional() }))
    .default([])
    .meta({ title: 'Chỉ số PAPI' }),
  /** Tasks of the plan that ask for this publication ("19-kh-ubnd-2023/3-04"). */
  planTasks: z
    .array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'dạng <mã kế hoạch>/<mã nhiệm vụ>' }))
    .default([])
    .meta({ title: 'Nhiệm vụ trong kế hoạch' }),
  /** Null for a duty the kit has no content type for yet: listed as not yet published, never hidden. */
  fulfilledBy: z
    .strictObject({
      collection: z.enum(fulfillingCollections).meta({ title: 'Loại nội dung' }),
      /** Only items whose field has one of these values, e.g. { budgetKind: ['du-toan'] }. */
      where: z.record(z.string(), z.array(z.string())).optional().meta({ title: 'Điều kiện' }),
    })
    .nullable()
    // Left out (as the editing UI leaves an empty object out of the file) means the same as null.
    .default(null)
    .meta({ title: 'Nội dung đáp ứng' }),
  /** For a duty with no content type that a page of the portal itself fulfils. */
  portalPage: choice(portalPages).optional().meta({ title: 'Trang của cổng đáp ứng' }),
  /**
   * Law (with its citation) or the locality's own practice. Only law can make a locality late ("Quá hạn") in
   * the compliance report; a house rule is shown apart.
   */
  ruleKind: choice(ruleKinds).default('law').meta({ title: 'Loại quy định' }),
  /** The duty applies from this date (the article's entry into force) until `validTo`, exclusive, if set. */
  validFrom: localDate.optional().meta({ title: 'Áp dụng từ ngày' }),
  validTo: localDate.optional().meta({ title: 'Hết áp dụng từ ngày' }),
  cadence: choice(cadences).meta({ title: 'Tần suất' }),
  /**
   * For periodic cadences, the day(s) of the year (MM-DD) by which each edition must be out: an item
   * published after the previous due date and by this one fulfils it. Quarterly budget execution, due 15
   * days after each quarter: ["01-15", "04-15", "07-15", "10-15"].
   */
  dueDates: z
    .array(z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'ngày dạng TT-NN, ví dụ 01-31' }))
    .default([])
    .meta({ title: 'Hạn đăng mỗi kỳ' }),
  /** "each-area": every current ward or commune; "locality": once for the portal. */
  scope: choice({ 'each-area': 'Từng phường, xã', locality: 'Toàn địa bàn' }).meta({ title: 'Phạm vi' }),
  /** Article 19 catalogue: where, in what form, when and for how long. */
  where: text.meta({ title: 'Nơi công khai' }),
  form: text.meta({ title: 'Hình thức' }),
  when: text.meta({ title: 'Thời điểm công khai' }),
  duration: text.meta({ title: 'Thời hạn công khai' }),
  /** False while a legal reference (article, clause) has not been checked against the text. */
  verified: z.boolean().default(false).meta({ title: 'Đã đối chiếu căn cứ' }),
  note: text.optional().meta({ title: 'Ghi chú' }),
  order: z.int().default(100).meta({ title: 'Thứ tự' }),
  ...publication,
});

export type Obligation = z.infer<typeof obligationSchema>;
