import { z } from 'astro/zod';
import { localDate, ref, slug, text, url, publication, choice } from './fields.ts';

/** Fields (lĩnh vực) of administrative procedures, with the label citizens know. */
export const procedureFields = {
  'chung-thuc': 'Chứng thực',
  'ho-tich': 'Hộ tịch',
  'xay-dung': 'Hoạt động xây dựng',
  'dat-dai': 'Đất đai',
  'tiep-can-thong-tin': 'Tiếp cận thông tin',
} as const;

export const procedureLevels = { xa: 'Cấp xã', tinh: 'Cấp tỉnh' } as const;
export const formerLevels = { huyen: 'cấp huyện', 'xa-va-huyen': 'cấp xã và cấp huyện' } as const;
export const channels = { 'truc-tiep': 'Trực tiếp', 'buu-chinh': 'Qua bưu chính', 'truc-tuyen': 'Trực tuyến' } as const;
export const onlineLevels = { 'toan-trinh': 'Dịch vụ công trực tuyến toàn trình', 'mot-phan': 'Dịch vụ công trực tuyến một phần' } as const;

/** Whether one fact was checked against its legal basis, and what is uncertain if not. */
const factCheck = z.strictObject({ verified: z.boolean(), note: text });

const legalBasis = z.strictObject({
  number: text.meta({ title: 'Số ký hiệu' }),
  title: text.meta({ title: 'Trích yếu' }),
  issuer: text.meta({ title: 'Cơ quan ban hành' }),
  /** Null when the date could not be checked. */
  date: localDate.nullable().default(null).meta({ title: 'Ngày ban hành' }),
  verified: z.boolean().default(true).meta({ title: 'Đã đối chiếu' }),
  note: text.optional().meta({ title: 'Ghi chú' }),
});

/**
 * An administrative procedure as the national procedure database records it, for the implementing level
 * here. Facts not checked against their legal basis say so (`verified: false` with a note), never a guess.
 */
export const procedureSchema = z.strictObject({
  /** Mã thủ tục in the national database ("1.001193"); null or left out only where none exists. */
  code: z
    .string()
    .regex(/^\d\.\d{6}$/, { error: 'mã thủ tục có dạng 1.001193' })
    .nullable()
    .default(null)
    .meta({ title: 'Mã thủ tục' }),
  name: text.meta({ title: 'Tên thủ tục' }),
  field: choice(procedureFields).meta({ title: 'Lĩnh vực' }),
  level: choice(procedureLevels).meta({ title: 'Cấp thực hiện' }),
  /** Level before 1 July 2025, when it differs. */
  formerLevel: choice(formerLevels).optional().meta({ title: 'Cấp thực hiện trước 01/07/2025' }),
  agency: text.meta({ title: 'Cơ quan thực hiện' }),
  /** The authority that publishes the procedure (by law, the provincial chair's decision). */
  issuingAuthority: ref.meta({ title: 'Cơ quan công bố' }),
  applicants: z.array(text).min(1).meta({ title: 'Đối tượng thực hiện' }),
  steps: z.array(text).min(1).meta({ title: 'Trình tự thực hiện' }),
  channels: z
    .array(
      z.strictObject({
        channel: choice(channels).meta({ title: 'Cách thức' }),
        processingTime: text.meta({ title: 'Thời hạn giải quyết' }),
        fee: text.meta({ title: 'Phí, lệ phí' }),
        notes: text.optional().meta({ title: 'Ghi chú' }),
      }),
    )
    .min(1)
    .meta({ title: 'Cách thức thực hiện' }),
  dossier: z
    .array(
      z.strictObject({
        name: text.meta({ title: 'Thành phần hồ sơ' }),
        copies: text.meta({ title: 'Số lượng' }),
        /** Id of the form in content/forms/, when the document has one. */
        form: slug.optional().meta({ title: 'Biểu mẫu' }),
        notes: text.optional().meta({ title: 'Ghi chú' }),
      }),
    )
    .min(1)
    .meta({ title: 'Hồ sơ cần chuẩn bị' }),
  processingTime: text.meta({ title: 'Thời hạn giải quyết' }),
  result: text.meta({ title: 'Kết quả' }),
  fees: z
    .array(
      z.strictObject({
        name: text.meta({ title: 'Khoản thu' }),
        /** VND; null when the amount could not be verified. */
        amount: z.int().min(0).nullable().default(null).meta({ title: 'Mức thu (đồng)' }),
        unit: text.meta({ title: 'Đơn vị tính' }),
        basis: text.meta({ title: 'Căn cứ' }),
        verified: z.boolean().meta({ title: 'Đã đối chiếu' }),
        note: text.optional().meta({ title: 'Ghi chú' }),
      }),
    )
    .meta({ title: 'Phí, lệ phí' }),
  requirements: z.array(text).meta({ title: 'Yêu cầu, điều kiện' }),
  legalBases: z.array(legalBasis).min(1).meta({ title: 'Căn cứ pháp lý' }),
  onlineLevel: choice(onlineLevels).nullable().default(null).meta({ title: 'Mức độ dịch vụ công trực tuyến' }),
  nationalPortalUrl: url.nullable().default(null).meta({ title: 'Địa chỉ trên Cổng Dịch vụ công quốc gia' }),
  /** The provincial decision that published the procedure; null while not found. */
  publishingDecision: z
    .strictObject({ number: text, date: localDate, issuer: text })
    .nullable()
    .default(null)
    .meta({ title: 'Quyết định công bố' }),
  lastCheckedOn: localDate.meta({ title: 'Ngày đối chiếu gần nhất' }),
  /** True when code, agency, dossier and time limits were checked against the national record. */
  verified: z.boolean().meta({ title: 'Đã đối chiếu' }),
  /** Per-fact checks, keyed by field name ("processingTime", "fees"…). */
  factChecks: z.record(z.string(), factCheck).default({}).meta({ title: 'Đối chiếu từng thông tin' }),
  notes: text.optional().meta({ title: 'Ghi chú' }),
  sources: z.array(text).min(1).meta({ title: 'Nguồn' }),
  ...publication,
});

export type Procedure = z.infer<typeof procedureSchema>;
