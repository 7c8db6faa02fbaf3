/**
 * The kinds of public disclosure, one schema each, all extending disclosureBase. The labels are what
 * residents read; the keys are the content folders and the URL segments.
 */
import { z } from 'astro/zod';
import { localDate, slug, text, choice } from './fields.ts';
import { disclosureBase } from './disclosure-base.ts';

export const documentTypes = {
  'nghi-quyet': 'Nghị quyết',
  'quyet-dinh': 'Quyết định',
  'chi-thi': 'Chỉ thị',
  'ke-hoach': 'Kế hoạch',
  'thong-bao': 'Thông báo',
  'bao-cao': 'Báo cáo',
  'cong-van': 'Công văn',
  'to-trinh': 'Tờ trình',
} as const;

/** Văn bản: a document with its official number. */
export const documentSchema = disclosureBase.extend({
  number: text.meta({ title: 'Số ký hiệu' }),
  documentType: choice(documentTypes).meta({ title: 'Loại văn bản' }),
  signer: z.strictObject({ name: text, title: text }).meta({ title: 'Người ký' }),
  effectiveOn: localDate.optional().meta({ title: 'Ngày hiệu lực' }),
});

export const budgetKinds = {
  'du-toan': 'Dự toán',
  'thuc-hien-quy': 'Thực hiện dự toán quý',
  'thuc-hien-6-thang': 'Thực hiện dự toán 6 tháng',
  'thuc-hien-nam': 'Thực hiện dự toán năm',
  'quyet-toan': 'Quyết toán',
} as const;

export const budgetUnits = { dong: 'đồng', 'nghin-dong': 'nghìn đồng', 'trieu-dong': 'triệu đồng' } as const;

const amount = z.int().min(0);
const budgetLine = z.strictObject({
  code: text.optional().meta({ title: 'Mã' }),
  name: text.meta({ title: 'Nội dung' }),
  /** The figure this disclosure is about (estimate, execution or settlement). */
  amount: amount.meta({ title: 'Số tiền' }),
  /** The year's estimate, for execution and settlement reports. */
  estimate: amount.optional().meta({ title: 'Dự toán' }),
});

/** Công khai ngân sách: numbers, not only a PDF; lines must add up to their totals. */
export const budgetSchema = disclosureBase.extend({
  budgetKind: choice(budgetKinds).meta({ title: 'Loại công khai ngân sách' }),
  fiscalYear: z.int().min(2000).max(2100).meta({ title: 'Năm ngân sách' }),
  /** Quarter (1–4) for quarterly execution. */
  quarter: z.int().min(1).max(4).optional().meta({ title: 'Quý' }),
  unit: choice(budgetUnits).meta({ title: 'Đơn vị tính' }),
  sections: z
    .array(
      z.strictObject({
        title: text.meta({ title: 'Phần' }),
        total: z
          .strictObject({ amount: amount.meta({ title: 'Số tiền' }), estimate: amount.optional().meta({ title: 'Dự toán' }) })
          .meta({ title: 'Tổng' }),
        lines: z
          .array(budgetLine.extend({ lines: z.array(budgetLine).default([]).meta({ title: 'Dòng chi tiết' }) }))
          .min(1)
          .meta({ title: 'Các dòng' }),
      }),
    )
    .min(1)
    .meta({ title: 'Các phần' }),
});

export const householdCategories = { ngheo: 'Hộ nghèo', 'can-ngheo': 'Hộ cận nghèo' } as const;

/** Rà soát hộ nghèo, cận nghèo: counts always; names only during the posting period. */
export const povertyReviewSchema = disclosureBase.extend({
  year: z.int().min(2000).max(2100).meta({ title: 'Năm rà soát' }),
  decision: z.strictObject({ number: text, date: localDate }).optional().meta({ title: 'Quyết định công nhận' }),
  counts: z
    .strictObject({
      poor: z.int().min(0).meta({ title: 'Số hộ nghèo' }),
      nearPoor: z.int().min(0).meta({ title: 'Số hộ cận nghèo' }),
      escapedPoverty: z.int().min(0).optional().meta({ title: 'Số hộ thoát nghèo' }),
      totalHouseholds: z.int().min(1).optional().meta({ title: 'Tổng số hộ trên địa bàn' }),
    })
    .meta({ title: 'Số liệu tổng hợp' }),
  /** Marks a record that names people: it may then carry household names, until its posting period ends. */
  containsPersonalData: z.boolean().default(false).meta({ title: 'Có dữ liệu cá nhân' }),
  households: z
    .array(
      z.strictObject({
        name: text.meta({ title: 'Chủ hộ' }),
        village: text.meta({ title: 'Thôn, tổ dân phố' }),
        category: choice(householdCategories).meta({ title: 'Loại' }),
      }),
    )
    .default([])
    .meta({ title: 'Danh sách hộ' }),
});

export const landUseKinds = {
  'quy-hoach': 'Quy hoạch sử dụng đất',
  'ke-hoach-nam': 'Kế hoạch sử dụng đất hằng năm',
  'boi-thuong': 'Phương án bồi thường, hỗ trợ, tái định cư',
  'bang-gia-dat': 'Bảng giá đất',
} as const;

export const landUseSchema = disclosureBase.extend({
  planKind: choice(landUseKinds).meta({ title: 'Loại' }),
  /** "2021–2030" or "2023". */
  period: text.meta({ title: 'Kỳ' }),
  decision: z.strictObject({ number: text, date: localDate, issuer: text }).meta({ title: 'Quyết định phê duyệt' }),
  projects: z
    .array(
      z.strictObject({
        name: text.meta({ title: 'Công trình, dự án' }),
        areaHa: z.number().min(0).meta({ title: 'Diện tích (ha)' }),
        location: text.meta({ title: 'Vị trí' }),
      }),
    )
    .default([])
    .meta({ title: 'Công trình, dự án' }),
});

export const inspectionSchema = disclosureBase.extend({
  /** Who or what was inspected. */
  subject: text.meta({ title: 'Đối tượng thanh tra' }),
  conclusion: z.strictObject({ number: text, date: localDate }).meta({ title: 'Kết luận thanh tra' }),
  findings: z.array(text).min(1).meta({ title: 'Kết quả thanh tra' }),
  recommendations: z.array(text).default([]).meta({ title: 'Kiến nghị xử lý' }),
});

export const recruitmentSchema = disclosureBase.extend({
  positions: z
    .array(
      z.strictObject({
        title: text.meta({ title: 'Vị trí' }),
        count: z.int().min(1).meta({ title: 'Chỉ tiêu' }),
        requirements: text.optional().meta({ title: 'Yêu cầu' }),
      }),
    )
    .min(1)
    .meta({ title: 'Vị trí tuyển dụng' }),
  applyFrom: localDate.meta({ title: 'Nhận hồ sơ từ ngày' }),
  applyTo: localDate.meta({ title: 'Nhận hồ sơ đến ngày' }),
  applyAt: text.meta({ title: 'Nơi nhận hồ sơ' }),
});

export const antiCorruptionSchema = disclosureBase.extend({
  /** "6 tháng đầu năm 2023", "Năm 2023". */
  period: text.meta({ title: 'Kỳ báo cáo' }),
  results: z
    .array(z.strictObject({ indicator: text.meta({ title: 'Chỉ tiêu' }), value: text.meta({ title: 'Kết quả' }) }))
    .min(1)
    .meta({ title: 'Kết quả' }),
});

export const noticeSchema = disclosureBase.extend({
  category: slug.optional().meta({ title: 'Chuyên mục' }),
});

/** The kinds, in the order of the disclosures hub, with their content folder, URL and label. */
export const disclosureKinds = {
  documents: { folder: 'documents', path: 'van-ban', label: 'Văn bản', schema: documentSchema },
  budgets: { folder: 'budgets', path: 'ngan-sach', label: 'Ngân sách', schema: budgetSchema },
  povertyReviews: { folder: 'poverty-reviews', path: 'ho-ngheo', label: 'Hộ nghèo, hộ cận nghèo', schema: povertyReviewSchema },
  landUse: { folder: 'land-use', path: 'dat-dai', label: 'Quy hoạch, kế hoạch sử dụng đất', schema: landUseSchema },
  inspections: { folder: 'inspections', path: 'thanh-tra', label: 'Kết luận thanh tra', schema: inspectionSchema },
  recruitment: { folder: 'recruitment', path: 'tuyen-dung', label: 'Tuyển dụng', schema: recruitmentSchema },
  antiCorruption: {
    folder: 'anti-corruption',
    path: 'phong-chong-tham-nhung',
    label: 'Phòng, chống tham nhũng',
    schema: antiCorruptionSchema,
  },
  notices: { folder: 'notices', path: 'thong-bao', label: 'Thông báo', schema: noticeSchema },
} as const;

export type DisclosureKind = keyof typeof disclosureKinds;
